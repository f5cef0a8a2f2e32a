/** Runs `work` and counts its time as the page's. */
export type Timed = <T>(work: () => T) => T;

/**
 * The main-thread time of one run of the pipeline, across the tasks it
 * spans: only the work wrapped in `timed` counts, not the waits for the
 * background or for code to load.
 */
export class RunTimer {
  private readonly started = performance.now();
  private busy = 0;

  timed: Timed = (work) => {
    const t = performance.now();
    try {
      return work();
    } finally {
      this.busy += performance.now() - t;
    }
  };

  /** Records the run for DevTools' performance panel, its wall time in `detail`. */
  measure(name: string): void {
    performance.measure(name, { start: this.started, duration: this.busy, detail: { wallMs: performance.now() - this.started } });
  }
}
