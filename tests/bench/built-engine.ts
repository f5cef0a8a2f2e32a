import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { TimingReply, TimingRequest } from './engine-timing';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Times the engine as the extension ships it: bundled by esbuild, without the
 * name-keeping wrappers tsx adds to every function it compiles (those run each
 * time a closure is created, and cost the engine about a fifth of its time
 * under tsx that no build of the extension pays), and in a worker thread of its
 * own, as in the extension (engine-timing.ts says why that matters).
 */
export async function timeBuiltEngine(request: TimingRequest): Promise<TimingReply> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'tests/bench/engine-timing.ts')],
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
    const file = path.join(dir, 'engine-timing.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    // The worker takes the request as a structured clone: flat strings, as a message delivers them.
    const worker = new Worker(file, { workerData: request });
    return await new Promise<TimingReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the timing worker exited with code ${code}`)));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
