import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

/** A value the page itself calls wrong is not its claim anywhere on the page. */
describe('analyzeArticle with a value the page rejects', async () => {
  const engine = compileDataset(await loadDataset());
  const article = (paragraphs: string[]): Article => ({
    title: 'Anthropic rents all of SpaceX Colossus 1',
    lang: 'en',
    publishedAt: '2026-05-08',
    blocks: paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
  });
  const host = 'Host: So Anthropic gets 22,000 GPUs at Colossus 1 from SpaceX?';

  it('refuses the value where the page writes it without the correction', () => {
    const result = analyzeArticle(engine, article([host, 'Guest: Colossus 1 holds over 220,000 GPUs, not 22,000 GPUs.']));
    const claims = result.figures.filter((f) => f.kind === 'gpus' && f.value === 22_000);
    expect(claims).toHaveLength(2);
    for (const f of claims) expect(f).toMatchObject({ dealId: null, status: 'unverified', veto: 'rejected' });
    expect(result.figures.find((f) => f.value === 220_000)).toMatchObject({ dealId: 'anthropic-spacex-colossus-1', status: 'match' });
  });

  it('flags the same value when the page never rejects it', () => {
    const result = analyzeArticle(engine, article([host, 'Guest: Colossus 1 holds over 220,000 GPUs in all.']));
    expect(result.figures.find((f) => f.value === 22_000)).toMatchObject({ dealId: 'anthropic-spacex-colossus-1', status: 'mismatch' });
  });
});
