import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type * as Analyze from '../../lib/analyze/analyze-article';
import type * as Engine from '../../lib/analyze/engine';

export interface BuiltEngine {
  analyzeArticle: typeof Analyze.analyzeArticle;
  compileDataset: typeof Engine.compileDataset;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The engine as the extension ships it: bundled by esbuild, without the
 * name-keeping wrappers tsx adds to every function it compiles. Those wrappers
 * run each time a closure is created, and cost the engine about a fifth of its
 * time under tsx that no build of the extension pays (its chunks have none).
 */
export async function builtEngine(): Promise<BuiltEngine> {
  const result = await build({
    stdin: {
      contents: "export { analyzeArticle } from './lib/analyze/analyze-article';\nexport { compileDataset } from './lib/analyze/engine';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    write: false,
    alias: { '@': ROOT },
    logLevel: 'warning',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'deal-lens-bench-'));
  try {
    const file = path.join(dir, 'engine.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    return (await import(pathToFileURL(file).href)) as BuiltEngine;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
