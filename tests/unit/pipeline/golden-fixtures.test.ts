import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/node/load-dataset';
import { DATASETS_DIR, PAGES_DIR, loadCorpus } from '../../eval/corpus';
import { evaluate } from '../../eval/evaluate';
import { scoreCorpus } from '../../eval/score';

/**
 * The whole pipeline over every golden page (tests/fixtures/README.md): each
 * page's detection matches its gold, no page raises a flag its gold does not
 * hold, and the corpus clears the accuracy bars.
 */
describe('golden pages', async () => {
  const runs = evaluate(loadCorpus(PAGES_DIR), await loadDataset());
  const alt = evaluate(loadCorpus(DATASETS_DIR, '.alt.expected.json'), await loadDataset(`${DATASETS_DIR}alt-dataset.json`));

  it('covers all eight languages and at least 25 pages', () => {
    expect(runs.length).toBeGreaterThanOrEqual(25);
    const langs = new Set(runs.map((r) => r.page.gold.lang));
    for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es']) expect(langs).toContain(lang);
  });

  it.each([...runs, ...alt].map((r) => [r.page.name, r] as const))('%s: detected as its gold says, with no false flag', (_name, run) => {
    expect(run.analysis.isComputeDeal).toBe(run.page.gold.isComputeDeal);
    expect(run.score.falseFlags).toEqual([]);
  });

  it('clears the accuracy bars', () => {
    const total = scoreCorpus([...runs, ...alt].map((r) => r.score));
    expect(total.detectionAccuracy).toBe(1);
    expect(total.mismatchPrecision).toBeGreaterThanOrEqual(0.95);
    expect(total.mismatchRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.matchRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.entityRecall).toBeGreaterThanOrEqual(0.95);
  });
});
