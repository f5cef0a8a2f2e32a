import { describe, expect, it } from 'vitest';
import { compareWithSite, ESTIMATE_TOLERANCE } from '@/lib/compare/compare-site';
import type { Attribution, Site, SiteRecord } from '@/lib/dataset/schema';
import type { RawFigure } from '@/lib/extract/raw-figure';
import { recordInForce } from '@/lib/sites/site-index';

const URL = 'https://epoch.ai/data/gpu-clusters';
const ATTRIBUTIONS = new Map<string, Attribution>([[URL, { url: URL, publisher: 'Epoch AI', title: 'Data on GPU Clusters', licence: 'CC BY 4.0', credit: 'Epoch AI, GPU Clusters' }]]);

const record = (name: string, asOf: string | undefined, gpus: number, status: SiteRecord['status'] = 'existing', certainty: SiteRecord['certainty'] = 'confirmed'): SiteRecord => ({
  name,
  ...(asOf ? { asOf } : {}),
  status,
  certainty,
  facts: [{ kind: 'gpus', value: gpus, unit: 'GPU', bound: 'approx' }],
  source: URL,
});

/** Colossus as Epoch records it: three dated phases, then a plan. */
const SITE: Site = {
  entity: 'colossus-1',
  name: 'Colossus',
  records: [
    record('Phase 1', '2024-09-02', 100_000),
    record('Phase 2', '2025-02-18', 200_000, 'existing', 'likely'),
    record('Phase 3', '2025-07-22', 230_000),
    record('Plan', undefined, 1_000_000, 'planned', 'likely'),
  ],
};

describe('recordInForce', () => {
  it.each([
    // The latest record on or before the article's day.
    ['2024-10-01', 'Phase 1'],
    ['2025-02-18', 'Phase 2'],
    ['2025-12-01', 'Phase 3'],
    // Before any dated record, only a plan can be in force.
    ['2023-01-01', 'Plan'],
    // No date: the latest record of all.
    [undefined, 'Plan'],
  ])('on %s: %s', (date, name) => {
    expect(recordInForce(SITE, 'gpus', date)?.name).toBe(name);
  });

  it('skips records without a figure of the kind', () => {
    expect(recordInForce(SITE, 'power', '2025-12-01')).toBeUndefined();
  });
});

const figure = (value: number, bound: RawFigure['bound'] = 'exact'): RawFigure => ({ start: 0, end: 1, text: String(value), kind: 'gpus', value, unit: 'GPU', bound });

describe('compareWithSite', () => {
  it.each([
    // Within the estimate's tolerance either way.
    [230_000, 'exact', 'Phase 3', 'match', 'match'],
    [190_000, 'exact', 'Phase 3', 'match', 'match'],
    // A tenfold slip against an existing, Confirmed record: red.
    [23_000, 'exact', 'Phase 3', 'mismatch', 'mismatch'],
    // "About 150,000" reaches 165,000; 230,000 × 0.75 is 172,500: still apart.
    [150_000, 'approx', 'Phase 3', 'mismatch', 'mismatch'],
    // Against a Likely record, or a plan, a difference is said, never flagged.
    [500_000, 'exact', 'Phase 2', 'unverified', 'differs'],
    [100_000, 'exact', 'Plan', 'unverified', 'differs'],
  ] as const)('%s (%s) against %s: %s', (value, bound, name, status, verdict) => {
    const held = SITE.records.find((r) => r.name === name)!;
    const result = compareWithSite(figure(value, bound), SITE, held, ATTRIBUTIONS);
    expect(result?.status).toBe(status);
    expect(result?.check.verdict).toBe(verdict);
    expect(result?.check).toMatchObject({ record: name, status: held.status, certainty: held.certainty, credit: 'Epoch AI, CC BY 4.0', url: URL });
  });

  it('documents a tolerance wider than the deals dataset\'s rounding', () => {
    expect(ESTIMATE_TOLERANCE).toBe(0.25);
  });

  it('never compares money in another currency', () => {
    const euros: RawFigure = { ...figure(230_000), kind: 'money', unit: 'USD', currency: 'EUR' };
    expect(compareWithSite(euros, SITE, SITE.records[2]!, ATTRIBUTIONS)).toBeUndefined();
  });
});
