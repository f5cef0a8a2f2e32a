import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last change before re-analysing. */
const DEBOUNCE_MS = 400;
/**
 * At most one run per this period, however fast the page changes: a mutation
 * storm costs at most one analysis every two seconds.
 */
const MIN_INTERVAL_MS = 2000;

/**
 * Re-runs the pipeline when the page's content changes, debounced and rate
 * bounded, never two runs at once. Mutations inside our own card are ignored.
 */
export class RunScheduler {
  private timer: number | undefined;
  private lastRun = 0;
  private running = false;
  private again = false;

  constructor(private readonly ctx: ContentScriptContext, private readonly run: () => Promise<unknown>) {}

  observe(doc: Document, onChange: () => void): void {
    const observer = new MutationObserver((mutations) => {
      if (mutations.every((m) => isOwn(m.target))) return;
      onChange();
      this.soon();
    });
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => observer.disconnect());
  }

  /** Runs as soon as allowed (an SPA navigation or a settings change). */
  now(): void {
    this.schedule(0);
  }

  private soon(): void {
    this.schedule(DEBOUNCE_MS);
  }

  private schedule(delay: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    const wait = Math.max(delay, this.lastRun + MIN_INTERVAL_MS - Date.now());
    this.timer = this.ctx.setTimeout(() => void this.fire(), wait);
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.lastRun = Date.now();
    try {
      await this.run();
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.soon();
      }
    }
  }
}

function isOwn(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeName === 'DEAL-LENS-CARD') return true;
  return false;
}
