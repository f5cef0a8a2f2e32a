import { describe, expect, it } from 'vitest';
import type { Figure } from '@/lib/analyze/types';
import { coverageOf } from '@/lib/compare/coverage';
import type { PageRecord } from '@/lib/messages/page-record';

const DEAL = 'anthropic-spacex-colossus-1';
const figure = (value: number, more: Partial<Figure> = {}): Figure => ({
  block: 0, start: 0, end: 5, text: String(value), kind: 'gpus', value, unit: 'GPU', bound: 'exact', dealId: DEAL, status: 'unverified', fact: 'gpus', ...more,
});
const page = (n: number, ...values: Array<number | [number, string]>): PageRecord => ({
  url: `https://news${n}.example.com/story`, title: `Story ${n}`, site: `news${n}.example.com`, lang: 'en', seenAt: n, deals: [DEAL],
  figures: values.map((v) => {
    const [value, fact] = Array.isArray(v) ? v : [v, 'gpus'];
    return { text: String(value), kind: 'gpus', value, unit: 'GPU', bound: 'exact', dealId: DEAL, status: 'unverified', fact };
  }),
});

describe('coverageOf', () => {
  it('says what two or more articles read before agree on, where the figure says otherwise, with the articles', () => {
    const [coverage] = coverageOf([figure(22_000)], [page(1, 220_000), page(2, 221_000), page(3, 220_000)]);
    expect(coverage).toMatchObject({ value: 220_000, unit: 'GPU', bound: 'exact' });
    expect(coverage!.articles.map((a) => a.title)).toEqual(['Story 1', 'Story 2', 'Story 3']);
  });

  it.each<[string, Figure, PageRecord[]]>([
    ['one article only', figure(22_000), [page(1, 220_000)]],
    ['articles that disagree with each other', figure(22_000), [page(1, 220_000), page(2, 100_000)]],
    ['an article that agrees with the figure', figure(22_000), [page(1, 220_000), page(2, 220_000), page(3, 22_000)]],
    ['articles about another fact', figure(22_000), [page(1, [220_000, 'gpus:target']), page(2, [220_000, 'gpus:target'])]],
    ['a figure the dataset checks', figure(22_000, { status: 'mismatch' }), [page(1, 220_000), page(2, 220_000)]],
    ['a figure stating no fact (a weak link)', figure(22_000, { fact: undefined }), [page(1, 220_000), page(2, 220_000)]],
    ['a figure of another deal', figure(22_000, { dealId: 'anthropic-amazon' }), [page(1, 220_000), page(2, 220_000)]],
  ])('says nothing for %s', (_what, f, pages) => {
    expect(coverageOf([f], pages)).toEqual([undefined]);
  });

  it('takes no witness from an article that states the fact two ways', () => {
    expect(coverageOf([figure(22_000)], [page(1, 220_000), page(2, 220_000, 22_000)])).toEqual([undefined]);
    expect(coverageOf([figure(22_000)], [page(1, 220_000), page(2, 220_000, 22_000), page(3, 220_000)])[0]?.articles).toHaveLength(2);
  });
});
