import type { Fact } from '../dataset/schema';

/**
 * How far apart a figure and a fact may be and still be one quantity misstated.
 * Real slips are a decimal place or a scale word: 22,000 for 220,000, $200
 * million for $200 billion (1,000×). A share price, a switch's price or a
 * prize beside a $200 billion contract is another quantity, not a slip.
 */
const MAX_SLIP = 1000;

/** The kinds a slip of scale can hide in; a term in years or a date cannot be off by 1,000×. */
const SCALED = new Set<string>(['money', 'power', 'gpus', 'chips']);

/**
 * Whether a figure is more than a slip away from every fact of its kind its
 * deal records: then it states something else, and is not compared.
 */
export function offScale(kind: string, value: number, facts: readonly Fact[]): boolean {
  if (!SCALED.has(kind) || !(value > 0)) return false;
  const same = facts.filter((f) => f.kind === kind && typeof f.value === 'number' && f.value > 0);
  return same.length > 0 && same.every((f) => {
    const ratio = (f.value as number) / value;
    return ratio > MAX_SLIP || ratio < 1 / MAX_SLIP;
  });
}
