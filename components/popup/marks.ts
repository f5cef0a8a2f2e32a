/** Performance marks the popup sets, for profiling in DevTools and for npm run bench:browser. */

/** The popup's entry script has started: everything before it is the browser opening the page. */
export const POPUP_START_MARK = 'popup:start';

/** The first answer about the page is on screen. */
export const FIRST_RENDER_MARK = 'popup:first-render';

/**
 * The popup's marks, set only when "Mark timings for DevTools" is on. The
 * first ones come before the settings are read: they wait here with their
 * times, and reach the timeline once the settings say so (or are dropped).
 */
export class PendingMarks {
  private pending: Array<{ name: string; startTime: number }> = [];
  private on: boolean | undefined;

  /** Marks `name` now, or holds it until the settings are known. */
  mark(name: string, startTime = performance.now()): void {
    if (this.on) performance.mark(name, { startTime });
    else if (this.on === undefined) this.pending.push({ name, startTime });
  }

  /** The settings are read: sets the marks held so far when `on`, and every later one. */
  settle(on: boolean): void {
    this.on = on;
    for (const { name, startTime } of this.pending.splice(0)) if (on) performance.mark(name, { startTime });
  }

  /** Back to "not known yet", as in a new popup (the DOM tests mount several in one document). */
  reset(): void {
    this.on = undefined;
    this.pending = [];
  }
}

/** The popup document's marks. */
export const popupMarks = new PendingMarks();
