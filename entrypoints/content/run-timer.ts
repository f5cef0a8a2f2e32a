/** Runs `work` and counts its time as the page's. */
export type Timed = <T>(work: () => T) => T;

/**
 * The main-thread time of one run of the pipeline, across the tasks it
 * spans: only the work wrapped in `timed` counts, not the waits for the
 * background or for code to load. Each stretch of that work is marked as a
 * `deal-lens:step` measure, so a profile (or npm run bench:browser) can tell
 * our long tasks from the page's own.
 */
export class RunTimer {
  private readonly started = performance.now();
  private busy = 0;

  timed: Timed = (work) => {
    const t = performance.now();
    try {
      return work();
    } finally {
      const end = performance.now();
      this.busy += end - t;
      performance.measure('deal-lens:step', { start: t, end });
    }
  };

  /** Records the run for DevTools' performance panel, its wall time in `detail`. */
  measure(name: string): void {
    performance.measure(name, { start: this.started, duration: this.busy, detail: { wallMs: performance.now() - this.started } });
  }
}
