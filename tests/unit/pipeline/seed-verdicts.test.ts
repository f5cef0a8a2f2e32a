import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/node/load-dataset';
import { PAGES_DIR, loadCorpus } from '../../eval/corpus';
import { evaluate } from '../../eval/evaluate';

/** The verdicts the seed coverage is known for, read straight from the articles. */
describe('the seed articles against the bundled dataset', async () => {
  const runs = evaluate(loadCorpus(PAGES_DIR).filter((p) => p.name.startsWith('seed-')), await loadDataset());
  const page = (prefix: string) => runs.find((r) => r.page.name.startsWith(prefix))!.analysis;
  const figures = (prefix: string, text: RegExp) => page(prefix).figures.filter((f) => text.test(f.text));

  it('flags the 22,000+ GPUs in 000 against the 220,000+ reference', () => {
    const flagged = figures('seed-000', /22,000\+/);
    expect(flagged.length).toBeGreaterThan(0);
    for (const f of flagged) {
      expect(f.status).toBe('mismatch');
      expect(f.dealId).toBe('anthropic-spacex-colossus-1');
      expect(f.expected).toMatchObject({ value: 220000, bound: 'min' });
    }
  });

  it('matches 220,000 / 22 萬 / 22 万 GPUs', () => {
    for (const [prefix, text] of [['seed-000', /22 萬/], ['seed-001', /22 万/], ['seed-002', /220,000/], ['seed-004', /220,000/]] as const) {
      const found = figures(prefix, text).filter((f) => f.kind === 'gpus');
      expect(found.length, `${prefix} ${text}`).toBeGreaterThan(0);
      for (const f of found) expect(f.status, `${prefix} ${f.text}`).toBe('match');
    }
  });

  it('does not flag the 25,000 A100 GPUs in 002, nor $200 a month or the $200 billion capex in 003', () => {
    const a100 = figures('seed-002', /25,000/);
    expect(a100.length).toBeGreaterThan(0);
    expect(a100.every((f) => f.status !== 'mismatch' && f.dealId === null)).toBe(true);
    const monthly = figures('seed-003', /\$(20|100|200)\b(?! billion)/);
    expect(monthly.every((f) => f.status === 'unverified' && f.dealId === null)).toBe(true);
    const capex = figures('seed-003', /200 billion/);
    expect(capex.length).toBeGreaterThan(0);
    expect(capex.every((f) => f.status === 'unverified' && f.dealId === null)).toBe(true);
  });

  it('reads every seed as compute-deal coverage of the Colossus 1 deal', () => {
    for (const run of runs) {
      expect(run.analysis.isComputeDeal, run.page.name).toBe(true);
      expect(run.analysis.deals, run.page.name).toContain('anthropic-spacex-colossus-1');
    }
  });
});
