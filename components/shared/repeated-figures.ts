/**
 * Figures a page states more than once. Pages repeat a lead figure in summary
 * boxes, pull quotes and tables that restate the body (seed-000-zh-hant says
 * "22,000+ GPUs" four times and "300+ MW" twelve times); the popup, the badge
 * and the reports show each such figure once, with its count.
 */
import type { Figure } from '@/lib/analyze/types';

type FigureLike = Pick<Figure, 'text' | 'kind' | 'value' | 'bound' | 'dealId' | 'status'> & Partial<Pick<Figure, 'currency' | 'expected'>>;

export interface Repeated<T> {
  /** The first occurrence in page order. */
  first: T;
  /** Every occurrence, in page order. */
  occurrences: T[];
}

/**
 * The words as a reader compares them: compatibility forms folded (full-width
 * digits, no-break spaces, as fr-colossus-nbsp-match has), runs of space as one.
 */
export function normalizeFigureText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Figures with the same key say the same thing: same words, reading, deal, verdict and reference. */
export function sameFigureKey(f: FigureLike): string {
  const ref = f.expected;
  return JSON.stringify([
    normalizeFigureText(f.text),
    f.kind,
    f.value,
    f.bound,
    f.currency ?? null,
    f.dealId,
    f.status,
    ref ? [ref.value, ref.unit, ref.bound, ref.label ?? null, ref.source ?? null] : null,
  ]);
}

/** Groups items whose figures say the same thing; groups and occurrences keep the order given. */
export function groupRepeats<T>(items: readonly T[], figureOf: (item: T) => FigureLike): Array<Repeated<T>> {
  const groups = new Map<string, Repeated<T>>();
  for (const item of items) {
    const key = sameFigureKey(figureOf(item));
    const group = groups.get(key);
    if (group) group.occurrences.push(item);
    else groups.set(key, { first: item, occurrences: [item] });
  }
  return [...groups.values()];
}

/** How many different figures a list holds, and how many times the page states them. */
export function countRepeats(figures: readonly FigureLike[]): { distinct: number; total: number } {
  return { distinct: groupRepeats(figures, (f) => f).length, total: figures.length };
}
