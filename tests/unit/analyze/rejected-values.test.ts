import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

const engine = compileDataset(await loadDataset());

/** An article of paragraphs, published in May 2026. */
const articleOf = (title: string, lang: string, paragraphs: string[]): Article => ({
  title,
  lang,
  publishedAt: '2026-05-20',
  blocks: paragraphs.map((text) => ({ text, kind: 'paragraph' as const })),
});

/** A value the page itself calls wrong is not its claim anywhere on the page. */
describe('analyzeArticle with a value the page rejects', () => {
  const article = (paragraphs: string[]) => articleOf('Anthropic rents all of SpaceX Colossus 1', 'en', paragraphs);
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

/** A correction notice that gives the right value for a fact sets aside the article's other value for it. */
describe('analyzeArticle with a correction notice', () => {
  const article = (paragraphs: string[]) => articleOf('AWS va fournir davantage de capacité à Anthropic', 'fr', paragraphs);
  const body = 'Anthropic pourra disposer de jusqu’à 5 GW chez AWS. Dans l’immédiat, AWS doit mettre en service environ 2 GW supplémentaires pour Anthropic d’ici à la fin de 2026.';

  it('leaves unverified the value a correction sets right, and checks the correction’s own', () => {
    const notice = 'Rectificatif, 22 mai 2026 : contrairement à ce qu’indiquait une version précédente de cet article, les capacités qu’AWS doit ajouter pour Anthropic d’ici à la fin de 2026 représentent environ 1 GW.';
    const result = analyzeArticle(engine, article([body, notice]));
    expect(result.figures.find((f) => f.value === 2e9)).toMatchObject({ dealId: null, status: 'unverified', veto: 'rejected' });
    expect(result.figures.find((f) => f.value === 1e9)).toMatchObject({ dealId: 'anthropic-amazon', status: 'match' });
    expect(result.figures.find((f) => f.value === 5e9)).toMatchObject({ dealId: 'anthropic-amazon', status: 'match' });
  });

  it('still flags the value when no correction speaks of it', () => {
    const result = analyzeArticle(engine, article([body, 'Anthropic et Amazon n’ont pas commenté.']));
    expect(result.figures.find((f) => f.value === 2e9)).toMatchObject({ dealId: 'anthropic-amazon', status: 'mismatch' });
  });
});

/** A figure restated in brackets in another unit is the same statement: it takes the first one's veto. */
describe('analyzeArticle with a figure restated in brackets', () => {
  const article = (text: string) => articleOf('アンソロピック、スペースXのコロッサス1を丸ごと借りる', 'ja', ['アンソロピックとスペースXはコロッサス1の賃貸契約を結んだ。', text]);

  it('sets aside a bracketed restatement of a sum over two deals', () => {
    const result = analyzeArticle(engine, article('同社が確保した計算能力は、グーグル・クラウドやアマゾン ウェブ サービスとの契約を合わせて約1500万キロワット（roughly 15GW）に達する。'));
    const sums = result.figures.filter((f) => f.value === 15e9);
    expect(sums).toHaveLength(2);
    for (const f of sums) expect(f).toMatchObject({ dealId: null, status: 'unverified' });
  });

  it('reads a bracketed figure of another value on its own', () => {
    const result = analyzeArticle(engine, article('コロッサス1の受電能力は3万キロワット（300MW）規模とされる。'));
    expect(result.figures.find((f) => f.value === 3e7)).toMatchObject({ dealId: 'anthropic-spacex-colossus-1', status: 'mismatch' });
    expect(result.figures.find((f) => f.value === 3e8)).toMatchObject({ dealId: 'anthropic-spacex-colossus-1', status: 'match' });
  });
});
