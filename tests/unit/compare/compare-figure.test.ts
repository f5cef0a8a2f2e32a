import { describe, expect, it } from 'vitest';
import { compareFigure } from '../../../lib/compare/compare-figure';
import type { Deal } from '../../../lib/dataset/schema';
import type { RawFigure } from '../../../lib/extract/raw-figure';

const deal: Deal = {
  id: 'd',
  title: 'A deal',
  parties: ['a'],
  announced: '2026-05-06',
  facts: [
    { kind: 'gpus', value: 220_000, unit: 'GPU', bound: 'min', label: 'GPUs', source: 'https://example.org/a' },
    { kind: 'power', value: 5e9, unit: 'W', bound: 'max', label: 'total' },
    { kind: 'power', value: 1e9, unit: 'W', bound: 'approx', label: 'by end of 2026' },
  ],
};

const figure = (over: Partial<RawFigure>): RawFigure => ({ start: 0, end: 1, text: 'x', kind: 'gpus', value: 1, unit: 'GPU', bound: 'exact', ...over });

describe('compareFigure', () => {
  it('reports a mismatch with the reference fact, its label and source', () => {
    const verdict = compareFigure(figure({ value: 22_000, bound: 'min' }), deal);
    expect(verdict.status).toBe('mismatch');
    expect(verdict.expected).toEqual({ value: 220_000, unit: 'GPU', bound: 'min', label: 'GPUs', source: 'https://example.org/a' });
  });

  it('matches any one of several facts of the kind', () => {
    expect(compareFigure(figure({ kind: 'power', unit: 'W', value: 1e9, bound: 'approx' }), deal).status).toBe('match');
    expect(compareFigure(figure({ kind: 'power', unit: 'W', value: 5e9, bound: 'max' }), deal).status).toBe('match');
  });

  it('reports the closest fact when none agrees', () => {
    const verdict = compareFigure(figure({ kind: 'power', unit: 'W', value: 1.5e9 }), deal);
    expect(verdict.status).toBe('mismatch');
    expect(verdict.expected?.value).toBe(1e9);
  });

  it('leaves a kind the deal has no fact of unverified', () => {
    expect(compareFigure(figure({ kind: 'money', unit: 'USD', value: 5 }), deal).status).toBe('unverified');
  });

  it('never verifies money in another currency', () => {
    const eur = { ...deal, facts: [{ kind: 'money' as const, value: 30e9, unit: 'USD', bound: 'exact' as const }] };
    expect(compareFigure(figure({ kind: 'money', unit: 'USD', value: 30e9, currency: 'EUR' }), eur).status).toBe('unverified');
  });

  it.each([
    ['2026-05-06', undefined, 'match', 'the announcement date'],
    ['2026-05-07', 8, 'match', 'Beijing time is a day ahead (北京时间 5 月 7 日凌晨, seed 001)'],
    ['2026-05-07', undefined, 'unverified', 'a day off with no zone may be a local date'],
    ['2026-05-09', undefined, 'mismatch', 'three days off'],
    ['2026-05-05', 8, 'mismatch', 'a zone ahead cannot make a date earlier'],
    ['2026-05-05', undefined, 'mismatch', 'a day early with no zone: no reader\'s zone is behind the US announcement'],
  ] as const)('date %s (UTC%s) → %s: %s', (value, offset, status, _covers) => {
    const date = figure({ kind: 'date', unit: 'date', value, ...(offset !== undefined ? { utcOffsetHours: offset } : {}) });
    expect(compareFigure(date, deal).status).toBe(status);
  });

  it.each([
    ['2026-05-07', 'match', 'the small hours of May 7 in Beijing are May 6 in the US'],
    ['2026-05-06', 'mismatch', 'the small hours of May 6 in Beijing are May 5 in the US (北京时间5月6日凌晨)'],
  ] as const)('date %s in the small hours of UTC+8 → %s: %s', (value, status, _covers) => {
    const date = figure({ kind: 'date', unit: 'date', value, utcOffsetHours: 8, smallHours: true });
    expect(compareFigure(date, deal).status).toBe(status);
  });

  it.each([
    [-5, 'mismatch', 'a page published in US time writes US dates: a day off is wrong'],
    [-3, 'mismatch', 'so does one published in the Americas'],
    [2, 'unverified', 'a page published in Europe may date it locally'],
  ] as const)('a day off with no zone, on a page published at UTC%s → %s: %s', (pageOffset, status, _covers) => {
    const date = figure({ kind: 'date', unit: 'date', value: '2026-05-07' });
    expect(compareFigure(date, deal, { pageOffsetHours: pageOffset }).status).toBe(status);
  });
});
