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

  it('charts a kind the reference lacks where the page states it two ways, the page\'s values marked', () => {
    const money = (value: number, conflicts: number[]) => ({ ...FIGURES[5]!, kind: 'money' as const, unit: 'USD', value, dealId: COLOSSUS, conflicts });
    const page = [...FIGURES, money(6e9, [7]), money(3.6e9, [6])];
    const chart = consensusCharts(dealMap().get(COLOSSUS)!, page, others).find((c) => c.kind === 'money')!;
    expect(chart.references).toEqual([]);
    expect(chart.unit).toBe('USD');
    expect(chart.bars.map((b) => [b.value, b.count, b.onPage])).toEqual([
      [6e9, 1, true],
      [3.6e9, 1, true],
    ]);
    // Without a conflict, a kind the reference lacks stays out.
    expect(consensusCharts(dealMap().get(COLOSSUS)!, [...FIGURES, money(6e9, [])], others).some((c) => c.kind === 'money')).toBe(false);
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
      { value: 5e9, count: 1, isReference: true, status: 'match', onPage: true },
      { value: 1e9, count: 0, isReference: true, status: 'none', onPage: false },
    ]);
  });

  it('leaves out kinds no page reports', () => {
    const deal = dealMap().get(COLOSSUS)!;
    expect(consensusCharts(deal, [], [])).toEqual([]);
    expect(consensusCharts(deal, FIGURES.filter((f) => f.kind === 'gpus'), []).map((c) => c.kind)).toEqual(['gpus']);
  });
});
