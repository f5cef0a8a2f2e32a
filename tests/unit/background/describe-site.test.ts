import { beforeAll, describe as group, expect, it } from 'vitest';
import { setMessageSource } from '@/components/shared/i18n';
import { describe } from '@/entrypoints/background/describe';
import type { Figure } from '@/lib/analyze/types';
import { messageSource } from '../popup/messages';
import { bundledDataset } from '../popup/sample';

const dataset = bundledDataset();

/** A figure checked against an Epoch AI record, as the engine leaves it. */
function siteFigure(verdict: 'match' | 'mismatch' | 'differs', certainty: 'confirmed' | 'likely'): Figure {
  return {
    block: 0,
    start: 0,
    end: 6,
    text: '350 MW',
    kind: 'power',
    value: 350_000_000,
    unit: 'W',
    bound: 'exact',
    dealId: null,
    status: verdict === 'differs' ? 'unverified' : verdict,
    expected: { value: 35_000_000, unit: 'W', bound: 'approx', label: 'power capacity', source: 'https://epoch.ai/data/gpu-clusters' },
    site: {
      entityId: 'el-capitan',
      site: 'Lawrence Livermore NL El Capitan',
      record: 'Lawrence Livermore NL El Capitan Phase 2',
      verdict,
      status: 'existing',
      certainty,
      asOf: '2024-11-18',
      credit: 'Epoch AI, CC BY 4.0',
      url: 'https://epoch.ai/data/gpu-clusters',
    },
  };
}

group('hover card of a figure checked against a site', () => {
  beforeAll(() => setMessageSource(messageSource('en')));

  it('names the record, its status and certainty, its as-of date, and credits Epoch AI with a link', () => {
    const card = describe({ kind: 'figure', figure: siteFigure('mismatch', 'confirmed') }, dataset);
    expect(card.rows).toEqual([
      ['Reads as', '350 MW'],
      ['Reference', '≈ 35 MW (power capacity)'],
      ['Epoch AI record', 'Lawrence Livermore NL El Capitan Phase 2'],
      ['Status', 'existing · Confirmed'],
      ['As of', expect.stringContaining('2024')],
    ]);
    expect(card.status).toEqual({ text: 'Differs from the reference', tone: 'mismatch' });
    expect(card.source).toEqual({ label: 'Data', text: 'Epoch AI, CC BY 4.0', href: 'https://epoch.ai/data/gpu-clusters' });
  });

  it("says a difference from a Likely record is a difference from Epoch AI's estimate, not a flag", () => {
    const card = describe({ kind: 'figure', figure: siteFigure('differs', 'likely') }, dataset);
    expect(card.status).toEqual({ text: "Differs from Epoch AI's estimate", tone: 'neutral' });
    expect(card.rows).toContainEqual(['Status', 'existing · Likely']);
  });
});
