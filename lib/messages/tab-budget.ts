/**
 * What one tab may ask of the background in a while. A page cannot send our
 * messages, but it steers what its content script sends: a page that keeps
 * changing its content reruns the analysis every 2 s (the gate's rate bound),
 * with as much text as it likes, and a page that keeps changing its address
 * leaves a record each time. Pure and clocked by its caller, so tests run it.
 */

/** A refusal, with how long until the tab may ask again. */
export interface Refusal {
  ok: false;
  retryInMs: number;
}

export interface AnalyzeLimits {
  /** Analyses per tab within `windowMs`. */
  runs: number;
  /** Characters of article text per tab within `windowMs`. */
  chars: number;
  windowMs: number;
}

/**
 * A long article is ~100,000 characters of JSON and reruns at most every 2 s
 * as its content changes: 30 runs and 3 M characters a minute. Twice that passes;
 * a page sending megabytes at that pace is refused after a few.
 */
export const ANALYZE_LIMITS: AnalyzeLimits = { runs: 60, chars: 8_000_000, windowMs: 60_000 };

/** Sliding-window budgets of analyses, in runs and in characters, per tab. */
export class AnalyzeBudget {
  private readonly spent = new Map<number, Array<{ at: number; chars: number }>>();

  constructor(private readonly limits: AnalyzeLimits = ANALYZE_LIMITS) {}

  /** Spends one run of `chars` characters for `tabId`, or refuses without spending. */
  take(tabId: number, chars: number, now: number): { ok: true } | Refusal {
    const since = now - this.limits.windowMs;
    const recent = (this.spent.get(tabId) ?? []).filter((s) => s.at > since);
    const total = recent.reduce((sum, s) => sum + s.chars, 0);
    if (recent.length >= this.limits.runs || total + chars > this.limits.chars) {
      this.spent.set(tabId, recent);
      // The oldest spending leaves the window first; a single run over the whole budget never fits.
      return { ok: false, retryInMs: recent.length > 0 ? recent[0]!.at + this.limits.windowMs - now : this.limits.windowMs };
    }
    recent.push({ at: now, chars });
    this.spent.set(tabId, recent);
    return { ok: true };
  }

  forget(tabId: number): void {
    this.spent.delete(tabId);
  }
}

/**
 * A new page record per tab at most once every `intervalMs`; a tab's record of
 * the address it last recorded may be renewed at any time (it replaces itself).
 * A reader takes longer than 20 s over an article; a page that rewrites its
 * address with pushState to leave one record per address gets one.
 */
export class RecordPace {
  private readonly last = new Map<number, { url: string; at: number }>();

  constructor(private readonly intervalMs = 20_000) {}

  allow(tabId: number, url: string, now: number): boolean {
    const last = this.last.get(tabId);
    if (last && last.url !== url && now - last.at < this.intervalMs) return false;
    this.last.set(tabId, { url, at: last?.url === url ? last.at : now });
    return true;
  }

  forget(tabId: number): void {
    this.last.delete(tabId);
  }
}
