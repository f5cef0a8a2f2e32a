/**
 * Timing helpers for npm run bench:browser that see what a page's own clock
 * cannot: code run in a fresh isolated world (as a content script is), and
 * the main thread's busy time from a trace, rendering included.
 */
import type { Browser, Page } from 'playwright-core';
import { inFreshWorld } from '../e2e/harness/worlds';

/**
 * The floor's pass as source text: one TreeWalker pass over the page's text
 * and one combined regular expression over each node. `floorTimes` runs it
 * once cold (the first pass in its world) and then warm over many passes,
 * since the page clock is coarse (0.1 ms in Chromium without isolation).
 */
export const FLOOR_SOURCE = `(() => {
  const re = /Anthropic|SpaceX|NVIDIA|Colossus 1|Google|Amazon|\\d[\\d,.\\s]*\\s*(?:[kMGT]W|GPUs?|megawatts?|gigawatts?|billion|million|萬|万|億|亿|만|억|兆瓦|吉瓦)/giu;
  let n = 0;
  const pass = () => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data;
      re.lastIndex = 0;
      while (re.exec(text)) n++;
    }
  };
  const t = performance.now();
  pass();
  const cold = performance.now() - t;
  for (let i = 0; i < 5; i++) pass();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 300 || runs < 20) {
    pass();
    runs++;
  }
  return { cold, warm: (performance.now() - start) / runs + n * 0 };
})()`;

/** The floor on `page`, in a fresh world: its first (cold) pass and its warm average, in ms. */
export function floorTimes(page: Page): Promise<{ cold: number; warm: number }> {
  return inFreshWorld(page, FLOOR_SOURCE);
}

/** The fields of Chromium's trace events these helpers read. */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { message?: string; url?: string }; fileName?: string; worldId?: number };
}

/**
 * Main-thread busy time between pairs of `console.timeStamp(label + ':start')`
 * and `console.timeStamp(label + ':end')` that `run` makes in the page:
 * the sum of the renderer main thread's tasks within each window, so script,
 * style, layout, paint and commit all count, and waiting for a frame does not.
 * Returns ms per label (summed over its windows).
 */
export async function mainThreadTime(browser: Browser, page: Page, run: () => Promise<void>): Promise<Record<string, number>> {
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  let buffer: Buffer;
  try {
    await run();
  } finally {
    buffer = await browser.stopTracing();
  }
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message);
  if (stamps.length === 0) throw new Error('the trace holds none of the page\'s time stamps');
  const { pid, tid } = stamps[0]!;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.dur !== undefined);
  const open = new Map<string, number>();
  const totals: Record<string, number> = {};
  for (const stamp of stamps.sort((a, b) => a.ts - b.ts)) {
    const [label, edge] = stamp.args!.data!.message!.split(':') as [string, string];
    if (edge === 'start') {
      open.set(label, stamp.ts);
      continue;
    }
    const from = open.get(label);
    if (from === undefined) continue;
    let busy = 0;
    for (const task of tasks) busy += Math.max(0, Math.min(task.ts + task.dur!, stamp.ts) - Math.max(task.ts, from));
    totals[label] = (totals[label] ?? 0) + busy / 1000;
  }
  return totals;
}
