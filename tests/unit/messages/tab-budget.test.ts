import { describe, expect, it } from 'vitest';
import { AnalyzeBudget, RecordPace } from '@/lib/messages/tab-budget';

describe('AnalyzeBudget', () => {
  const limits = { runs: 3, chars: 1_000, windowMs: 60_000 };

  it('lets a tab analyse within its runs and characters, then refuses and says when to retry', () => {
    const budget = new AnalyzeBudget(limits);
    expect(budget.take(1, 400, 0)).toEqual({ ok: true });
    expect(budget.take(1, 400, 10_000)).toEqual({ ok: true });
    // 1,200 characters would pass the window's 1,000.
    expect(budget.take(1, 400, 20_000)).toEqual({ ok: false, retryInMs: 40_000 });
    // Another tab has a budget of its own.
    expect(budget.take(2, 400, 20_000)).toEqual({ ok: true });
    // Once the first run leaves the window, there is room again.
    expect(budget.take(1, 400, 60_001)).toEqual({ ok: true });
  });

  it('counts runs as well as characters', () => {
    const budget = new AnalyzeBudget(limits);
    for (const at of [0, 1, 2]) expect(budget.take(1, 1, at).ok).toBe(true);
    expect(budget.take(1, 1, 3)).toEqual({ ok: false, retryInMs: 59_997 });
  });

  it('refuses a single request over the whole budget, and forgets a closed tab', () => {
    const budget = new AnalyzeBudget(limits);
    expect(budget.take(1, 5_000, 0).ok).toBe(false);
    for (const at of [0, 1, 2]) budget.take(1, 1, at);
    budget.forget(1);
    expect(budget.take(1, 1, 3).ok).toBe(true);
  });
});

describe('RecordPace', () => {
  it('lets a tab record a new address once per interval, and renew its last one at any time', () => {
    const pace = new RecordPace(20_000);
    expect(pace.allow(1, 'https://e.vil/a', 0)).toBe(true);
    // pushState to new addresses, right away: refused.
    expect(pace.allow(1, 'https://e.vil/b', 1_000)).toBe(false);
    expect(pace.allow(1, 'https://e.vil/c', 2_000)).toBe(false);
    // The same page analysed again (its content changed) replaces its own record.
    expect(pace.allow(1, 'https://e.vil/a', 3_000)).toBe(true);
    expect(pace.allow(2, 'https://news.example/x', 3_000)).toBe(true);
    expect(pace.allow(1, 'https://e.vil/d', 20_000)).toBe(true);
  });
});
