import { describe, expect, it } from 'vitest';
import { countRepeats, groupRepeats, normalizeFigureText } from '@/components/shared/repeated-figures';
import { FIGURES } from '../popup/sample';

const [power, gpus220k, gpus22k] = [FIGURES[0]!, FIGURES[1]!, FIGURES[2]!];

describe('grouping figures the page repeats', () => {
  it('makes one group per figure, with every occurrence in the order given', () => {
    const items = [gpus22k, power, { ...gpus22k, block: 9 }, gpus220k, { ...gpus22k, block: 12 }];
    const groups = groupRepeats(items, (f) => f);
    expect(groups.map((g) => [g.first.text, g.occurrences.map((o) => o.block)])).toEqual([
      ['22,000+ GPUs', [gpus22k.block, 9, 12]],
      ['300+ MW', [power.block]],
      ['超過 22 萬張', [gpus220k.block]],
    ]);
  });

  it.each([
    // Spacing and full-width forms are how a page sets the same words.
    ['the same words, spaced and set differently', { text: ' 22,000+\u00a0GPUs ' }, 1],
    ['the same words in full-width digits', { text: '２２,０００+ GPUs' }, 1],
    // Anything the reader would read as a different claim stays apart.
    ['other words for the same value', { text: 'over 22,000 GPUs' }, 2],
    ['another deal', { dealId: 'anthropic-amazon' }, 2],
    ['another verdict', { status: 'match' as const }, 2],
    ['another reference', { expected: { ...gpus22k.expected!, source: 'another source' } }, 2],
    ['another reading', { bound: 'exact' as const }, 2],
  ])('groups %s into %i group(s)', (_what, change, groups) => {
    expect(groupRepeats([gpus22k, { ...gpus22k, ...change }], (f) => f)).toHaveLength(groups);
  });

  it('folds spacing and compatibility forms of the words', () => {
    expect(normalizeFigureText('  ２２,０００+\u00a0\u00a0GPUs\n')).toBe('22,000+ GPUs');
  });

  it('counts distinct figures and how often they are stated', () => {
    expect(countRepeats([gpus22k, { ...gpus22k, block: 9 }, { ...gpus22k, block: 12 }, { ...gpus22k, block: 15 }])).toEqual({ distinct: 1, total: 4 });
    expect(countRepeats([])).toEqual({ distinct: 0, total: 0 });
  });
});
