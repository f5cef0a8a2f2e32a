import { describe, expect, it } from 'vitest';
import { offScale } from '../../../lib/link/magnitude';
import type { Fact } from '../../../lib/dataset/schema';

const money = (value: number): Fact => ({ kind: 'money', value, unit: 'USD', bound: 'exact' });
const gpus = (value: number): Fact => ({ kind: 'gpus', value, unit: 'GPU', bound: 'min' });

describe('offScale', () => {
  it.each<[string, Fact['kind'], number, Fact[]]>([
    ['a share price against a $200 billion contract', 'money', 412.5, [money(2e11)]],
    ['a switch price against it', 'money', 20_000, [money(2e11)]],
    ['a $1 million prize against a $30 billion deal', 'money', 1e6, [money(3e10)]],
    ['a 64-GPU cluster against 220,000 GPUs', 'gpus', 64, [gpus(220_000)]],
    ['a company worth $2 quadrillion against $200 billion', 'money', 2e15, [money(2e11)]],
  ])('takes %s for another quantity', (_what, kind, value, facts) => {
    expect(offScale(kind, value, facts)).toBe(true);
  });

  it.each<[string, Fact['kind'], number, Fact[]]>([
    ['a tenfold slip ($20 billion for $200 billion)', 'money', 2e10, [money(2e11)]],
    ['a scale-word slip ($200 million for $200 billion)', 'money', 2e8, [money(2e11)]],
    ['a figure near one of two facts', 'money', 5e9, [money(2e11), money(4.5e9)]],
    ['a kind the deal records nothing of', 'power', 1, [money(2e11)]],
  ])('keeps %s comparable', (_what, kind, value, facts) => {
    expect(offScale(kind, value, facts)).toBe(false);
  });
});
