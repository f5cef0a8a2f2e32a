import { describe, expect, it } from 'vitest';
import { applyFactor, divideBy } from '../../../../lib/extract/numbers/scale';

describe('applyFactor and divideBy', () => {
  it.each<[string, () => number, number]>([
    ['0.3 GW in watts, free of binary noise', () => applyFactor(0.3, 1e9), 3e8],
    ['4.5 billion', () => applyFactor(4.5, 1e9), 4.5e9],
    ['2.2 myriads', () => applyFactor(2.2, 1e4), 22_000],
    ['an integer product stays exact', () => applyFactor(220, 1000), 220_000],
    ['18 months in years', () => divideBy(18, 12), 1.5],
    ['one month in years, to 15 digits', () => divideBy(1, 12), 0.0833333333333333],
  ])('%s', (_name, compute, expected) => {
    expect(compute()).toBe(expected);
  });
});
