/**
 * A page load's main-thread cost from a Chrome trace: the renderer main
 * thread's task time while the page loads and settles, and the part of it
 * spent in an extension's scripts, by file. Tracing over CDP sees what no
 * script in the page can: our scripts' compile and evaluation, the setting up
 * of their world, and the style, layout and paint their work causes.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The fields of Chromium's trace events read here. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; frame?: string; functionName?: string; scriptName?: string; message?: string };
    beginData?: { url?: string; frame?: string };
    fileName?: string;
    worldId?: number;
  };
}

/** What the bench traces: the performance panel's own categories, and V8's execution. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];

/** Runs `work` while the browser traces `page`'s target; returns the trace's events. */
export async function traced(page: Page, work: () => Promise<void>, categories = TRACE_CATEGORIES): Promise<TraceEvent[]> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  try {
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    try {
      await work();
    } finally {
      await cdp.send('Tracing.end');
      await complete;
    }
  } finally {
    await cdp.detach().catch(() => {});
  }
  return events;
}

/** The page's renderer main thread: the one that parsed `url`. */
function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  return parse && { pid: parse.pid, tid: parse.tid };
}

/** Sum of the thread's top-level tasks, in ms: a task nested in another (a nested run loop) counts once. */
function taskTime(events: TraceEvent[], thread: { pid: number; tid: number }): { total: number; tasks: TraceEvent[] } {
  const tasks = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.name === 'RunTask' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    top.push(task);
    end = task.ts + task.dur!;
  }
  return { total: top.reduce((sum, e) => sum + e.dur!, 0) / 1000, tasks: top };
}

/** Where a page load's main-thread time went, in ms. */
export interface LoadCost {
  /** The renderer main thread's task time from the navigation until `settled`. */
  task: number;
  /** The longest of those tasks. */
  longest: number;
  /** With `origin` given, and the profiler traced: CPU time in that origin's scripts by file (the innermost of its frames on the stack). */
  byFile: Record<string, number>;
  /** With `origin` given: its classic scripts' evaluation (EvaluateScript, first run's synchronous part included), by file. */
  evaluated: Record<string, number>;
  /** Module evaluation on the page's thread (v8.evaluateModule): only an extension imports modules on the bench pages. */
  modules: number;
}

/**
 * Loads `url` in a new tab of `context` from a blank page of the same site
 * (so the renderer is the one the page loads in), tracing from the
 * navigation until `settled` resolves, and reads the page thread's cost from
 * the trace. `profile` adds V8's sampling profiler, which attributes time to
 * scripts by file but slows the page: time costs with it off.
 */
export async function traceLoad(
  context: BrowserContext,
  blankUrl: string,
  url: string,
  settled: (page: Page) => Promise<void>,
  opts: { origin?: string; profile?: boolean } = {},
): Promise<LoadCost> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    const categories = TRACE_CATEGORIES.filter((c) => opts.profile || c !== 'disabled-by-default-v8.cpu_profiler');
    const events = await traced(
      page,
      async () => {
        await page.goto(url);
        await settled(page);
      },
      categories,
    );
    const thread = pageThread(events, url);
    if (!thread) throw new Error(`the trace holds no parse of ${url}`);
    const { total, tasks } = taskTime(events, thread);
    const mine = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid;
    const evaluated: Record<string, number> = {};
    let modules = 0;
    for (const e of events) {
      if (!mine(e) || e.ph !== 'X') continue;
      if (e.name === 'v8.evaluateModule') modules += (e.dur ?? 0) / 1000;
      const file = e.name === 'EvaluateScript' && opts.origin && e.args?.data?.url?.startsWith(opts.origin) ? e.args.data.url.slice(opts.origin.length) : undefined;
      if (file) evaluated[file] = (evaluated[file] ?? 0) + (e.dur ?? 0) / 1000;
    }
    return {
      task: total,
      longest: Math.max(0, ...tasks.map((e) => e.dur! / 1000)),
      byFile: opts.origin && opts.profile ? samplesByFile(events, thread.pid, opts.origin) : {},
      evaluated,
      modules,
    };
  } finally {
    await page.close();
  }
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

/** CPU time in `origin`'s scripts by file, from the sampling profiler's chunks for process `pid`. */
function samplesByFile(events: TraceEvent[], pid: number, origin: string): Record<string, number> {
  const nodes = new Map<number, ProfileNode>();
  const samples: Array<[number, number]> = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue;
    const data = (e.args as { data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } }).data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    const ids = data?.cpuProfile?.samples ?? [];
    ids.forEach((id, i) => samples.push([id, data?.timeDeltas?.[i] ?? 0]));
  }
  const fileOf = new Map<number, string | null>();
  const file = (id: number): string | null => {
    if (fileOf.has(id)) return fileOf.get(id)!;
    const node = nodes.get(id);
    const url = node?.callFrame.url ?? '';
    const found = url.startsWith(origin) ? url.slice(origin.length) : node?.parent !== undefined ? file(node.parent) : null;
    fileOf.set(id, found);
    return found;
  };
  const totals: Record<string, number> = {};
  // A sample's time is the gap to the next one.
  for (let i = 0; i + 1 < samples.length; i++) {
    const f = file(samples[i]![0]);
    if (f) totals[f] = (totals[f] ?? 0) + samples[i + 1]![1] / 1000;
  }
  return totals;
}
