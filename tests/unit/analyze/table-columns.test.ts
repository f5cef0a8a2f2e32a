import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

/** A table that writes its units once, in the column header, and bare numbers below. */
describe('analyzeArticle with units in the column header', async () => {
  const engine = compileDataset(await loadDataset());
  const article = (rows: string[]): Article => ({
    title: 'Anthropics Rechenpartner',
    lang: 'de',
    publishedAt: '2026-05-20',
    blocks: [
      { kind: 'paragraph', text: 'Anthropic hat sich Rechenkapazität bei fast jedem großen Anbieter gesichert. Unsere Übersicht:' },
      ...rows.map((text) => ({ text, kind: 'row' as const })),
    ],
  });

  it("reads a bare cell with its column's unit, painted on the number alone", () => {
    const result = analyzeArticle(engine, article(['Abnehmer | Partner | Zusage (Mrd. US-Dollar) | Laufzeit (Jahre)', 'Anthropic | Google Cloud, Broadcom | 200 | 10']), { force: true });
    const row = result.figures.filter((f) => f.block === 2);
    expect(row.map((f) => [f.text, f.start, f.kind, f.value, f.dealId, f.status])).toEqual([
      ['200', 37, 'money', 2e11, 'anthropic-google-broadcom', 'match'],
      ['10', 43, 'duration', 10, 'anthropic-google-broadcom', 'mismatch'],
    ]);
  });

  it('reads no unit into a table whose header gives none', () => {
    const result = analyzeArticle(engine, article(['Abnehmer | Partner | Zusage | Laufzeit', 'Anthropic | Google Cloud, Broadcom | 200 | 10']), { force: true });
    expect(result.figures.filter((f) => f.block === 2)).toEqual([]);
  });

  it('gives a later table no unit of an earlier one', () => {
    const result = analyzeArticle(engine, {
      ...article(['Partner | Zusage (Mrd. US-Dollar)', 'Google Cloud | 200']),
      blocks: [
        ...article(['Partner | Zusage (Mrd. US-Dollar)', 'Google Cloud | 200']).blocks,
        { kind: 'paragraph', text: 'Und die zweite Tabelle:' },
        { kind: 'row', text: 'Partner | Zusage' },
        { kind: 'row', text: 'Google Cloud | 300' },
      ],
    }, { force: true });
    expect(result.figures.map((f) => f.text)).toEqual(['200']);
  });
});
