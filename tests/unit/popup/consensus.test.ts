import { describe, expect, it } from 'vitest';
import { consensusCharts } from '@/components/popup/consensus';
import { AMAZON, COLOSSUS, dealMap, FIGURES, samplePages } from './sample';

const others = samplePages().slice(0, 3);

describe('consensusCharts', () => {
  const charts = consensusCharts(dealMap().get(COLOSSUS)!, FIGURES, others);
  const gpus = charts.find((c) => c.kind === 'gpus')!;

  it('makes one chart per fact kind of the deal', () => {
    expect(charts.map((c) => c.kind)).toEqual(['power', 'gpus']);
  });

  it('counts the pages reporting each value, a page that repeats one counting once', () => {
    // Current page (220,000 and 22,000), ChaoBro, Malik Logix (twice), Odaily (220,000 and 22,000).
    expect(gpus.bars.map((b) => [b.value, b.count])).toEqual([
      [220000, 4],
      [22000, 2],
    ]);
    expect(gpus.pages).toBe(4);
  });

  it('marks the reference and carries the figures’ verdicts', () => {
    expect(gpus.bars.map((b) => [b.isReference, b.status])).toEqual([
      [true, 'match'],
      [false, 'mismatch'],
    ]);
  });

  it('adds a reference nobody reported as an empty bar', () => {
    const amazon = consensusCharts(dealMap().get(AMAZON)!, FIGURES, [])[0]!;
    expect(amazon.bars).toEqual([
      { value: 5e9, count: 1, isReference: true, status: 'match' },
      { value: 1e9, count: 0, isReference: true, status: 'none' },
    ]);
  });

  it('leaves out kinds no page reports', () => {
    const deal = dealMap().get(COLOSSUS)!;
    expect(consensusCharts(deal, [], [])).toEqual([]);
    expect(consensusCharts(deal, FIGURES.filter((f) => f.kind === 'gpus'), []).map((c) => c.kind)).toEqual(['gpus']);
  });
});
