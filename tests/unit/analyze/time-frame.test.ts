import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import { loadDataset } from '../../../lib/node/load-dataset';

/** A figure tied to a deal by the sentence before takes that sentence's time frame. */
describe('a past state told a sentence later', async () => {
  const engine = compileDataset(await loadDataset());
  const figureOf = (lang: string, text: string, figure: string) =>
    analyzeArticle(engine, { title: 'Colossus 1', lang, publishedAt: '2026-05-08', blocks: [{ kind: 'paragraph', text }] }, { force: true }).figures.find((f) => f.text === figure);

  it.each([
    ['ja', 'Colossus 1は2024年に稼働を始めた。稼働開始時点のGPUは10万基だった。', '10万基'],
    ['en', 'Colossus 1 came online in 2024. Back then it held 100,000 GPUs.', '100,000 GPUs'],
  ])('leaves it unflagged (%s)', (lang, text, figure) => {
    expect(figureOf(lang, text, figure)).toMatchObject({ status: 'unverified', veto: 'milestone' });
  });

  it('still flags a figure whose sentence before is about today', () => {
    expect(figureOf('en', 'Anthropic now uses all of Colossus 1. By our count that is 22,000 GPUs.', '22,000 GPUs')).toMatchObject({ status: 'mismatch' });
  });
});
