import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, createReadStream, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../eval/corpus';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const CLI = `${ROOT}lib/node/cli/analyze.ts`;
/** A pipe takes 64 KiB at once; output beyond that is what a too-early exit loses. */
const PIPE_BUFFER = 64 * 1024;

/**
 * A fixed share of the corpus: its reports pass a pipe's buffer many times over, and the run does not
 * grow with every batch of pages the corpus takes in (all of them took a minute at 2,000 pages).
 */
const SAMPLE = 150;
const pages = readdirSync(PAGES_DIR)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .slice(0, SAMPLE)
  .map((name) => `${PAGES_DIR}${name}`);

/**
 * Runs the CLI as its own process with stdout a pipe, read a page at a time as a
 * slow consumer (`jq`, a script) would. Node's own `stdio: 'pipe'` hands the child a
 * socket pair, whose buffer holds this output whole and hides the bug, so stdout
 * here is a named pipe.
 */
async function runPiped(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'analyze-pipe-'));
  try {
    const fifo = join(dir, 'stdout');
    execFileSync('mkfifo', [fifo]);
    // Opened read-write, the pipe's end for the child opens at once (Linux), and the
    // reader's open then finds a writer.
    const writeEnd = openSync(fifo, constants.O_RDWR);
    const reader = createReadStream(fifo, { highWaterMark: 4096 });
    await once(reader, 'open');
    const child = spawn(TSX, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', writeEnd, 'pipe'] });
    closeSync(writeEnd);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    reader.on('data', (chunk) => {
      out.push(chunk as Buffer);
      reader.pause();
      setTimeout(() => reader.resume(), 5);
    });
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    const [code] = await Promise.all([
      new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      }),
      new Promise<void>((resolve, reject) => {
        reader.on('error', reject);
        reader.on('close', () => resolve());
      }),
    ]);
    return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run analyze -- --json, piped', () => {
  it('writes the whole JSON array past 64 KiB and exits 0', async () => {
    const { code, stdout } = await runPiped(['--json', ...pages]);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(PIPE_BUFFER);
    const reports = JSON.parse(stdout) as { source: string }[];
    expect(reports).toHaveLength(pages.length);
    expect(reports.map((r) => r.source)).toEqual(pages);
    expect(code).toBe(0);
  }, 60_000);

  it('still reports every readable input past 64 KiB when one cannot be read, and exits non-zero', async () => {
    const missing = `${PAGES_DIR}no-such-page.html`;
    const inputs = [...pages.slice(0, 10), missing, ...pages.slice(10)];
    const { code, stdout, stderr } = await runPiped(['--json', ...inputs]);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(PIPE_BUFFER);
    const reports = JSON.parse(stdout) as { source: string; error?: string; title?: string }[];
    expect(reports).toHaveLength(inputs.length);
    expect(reports[10]).toMatchObject({ source: missing, error: expect.stringMatching(/ENOENT/) });
    expect(reports.filter((r) => r.error === undefined && r.title !== undefined)).toHaveLength(pages.length);
    expect(stderr).toContain(`error: ${missing}`);
    expect(code).not.toBe(0);
  }, 60_000);
});
