import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import { loadDataset } from '../../../lib/node/load-dataset';

/** An amount in another currency restates a fact, converted; it never disagrees with the dollar figure. */
describe('an amount in another currency', async () => {
  const engine = compileDataset(await loadDataset());
  const analysis = analyzeArticle(engine, {
    title: '英伟达与康宁、朗美通和高意签订光通信采购承诺', lang: 'zh-Hans', publishedAt: '2026-05-08',
    blocks: [
      { kind: 'paragraph', text: '英伟达已与康宁、朗美通和高意三家光通信企业签订总额45亿美元（约合人民币325亿元）的采购承诺。' },
      { kind: 'paragraph', text: '分析师表示，英伟达对康宁等三家供应商的45亿美元承诺，相当于提前锁定产能。' },
    ],
  });
  const yuan = analysis.figures.find((f) => f.currency === 'CNY')!;

  it('stays unverified and states no fact of the deal', () => {
    expect(yuan).toMatchObject({ status: 'unverified' });
    expect(yuan.fact).toBeUndefined();
  });

  it('makes no contradiction with the dollar amounts', () => {
    expect(analysis.figures.filter((f) => f.conflicts?.length)).toEqual([]);
  });
});
