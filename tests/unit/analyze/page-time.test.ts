import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import { loadDataset } from '../../../lib/node/load-dataset';

/** A date a day after the announcement is wrong on a page published in American time, and may be local elsewhere. */
describe('the zone a page is published in', async () => {
  const engine = compileDataset(await loadDataset());
  const statusOf = (publishedAt: string) =>
    analyzeArticle(engine, {
      title: 'Anthropic and SpaceX sign Colossus 1 deal', lang: 'en', publishedAt,
      blocks: [{ kind: 'paragraph', text: 'Anthropic and SpaceX announced the Colossus 1 agreement on May 7.' }],
    }, { force: true }).figures.find((f) => f.kind === 'date')?.status;

  it.each([
    ['2026-05-07T17:15:00-05:00', 'mismatch'],
    ['2026-05-07T17:15:00-0400', 'mismatch'],
    ['2026-05-07T17:15:00+09:00', 'unverified'],
    ['2026-05-07T17:15:00Z', 'unverified'],
    ['2026-05-07', 'unverified'],
  ])('published %s: %s', (publishedAt, status) => {
    expect(statusOf(publishedAt)).toBe(status);
  });
});
