/** Runs `work` and counts its time as the page's. */
export type Timed = <T>(work: () => T) => T;

/** Runs `work` as a named stretch of a run (Readability's), for the timeline. */
export type MeasureAs = <T>(name: string, work: () => T) => T;

interface Entry {
  name: string;
  options: PerformanceMeasureOptions;
}

/**
 * The main-thread time of one run of the pipeline, across the tasks it
 * spans: only the work wrapped in `timed` counts, not the waits for the
 * background or for code to load. Each stretch of that work is a
 * `deal-lens:step` entry, so a profile (or npm run bench:browser) can tell
 * our long tasks from the page's own.
 *
 * The entries stay here until `record` puts them on the timeline, which only
 * happens when "Mark timings for DevTools" is on: the page shares its
 * performance timeline with content scripts, so marks would tell every site
 * that the reader uses the extension.
 */
export class RunTimer {
  private readonly started = performance.now();
  private busy = 0;
  private readonly entries: Entry[] = [];

  timed: Timed = (work) => this.span('deal-lens:step', work, true);

  measureAs: MeasureAs = (name, work) => this.span(name, work, false);

  private span<T>(name: string, work: () => T, busy: boolean): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      const end = performance.now();
      if (busy) this.busy += end - start;
      this.entries.push({ name, options: { start, end } });
    }
  }

  /** Ends the run as the `name` entry: its main-thread time, its wall time in `detail`. */
  finish(name: string): void {
    this.entries.push({ name, options: { start: this.started, duration: this.busy, detail: { wallMs: performance.now() - this.started } } });
  }

  /** Puts the run's entries on the page's timeline, for DevTools' performance panel. */
  record(): void {
    for (const { name, options } of this.entries.splice(0)) performance.measure(name, options);
  }
}
