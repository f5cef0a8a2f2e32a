import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import { loadDataset } from '../../../lib/node/load-dataset';

/**
 * NVIDIA's optical commitment is a total over three suppliers. One supplier
 * named with "and others" (康寧等三家, コーニングなど3社) names the list, so the
 * figure is the whole; one supplier named alone takes a share of it.
 */
describe('a supplier named for the list', async () => {
  const engine = compileDataset(await loadDataset());
  const figureOf = (text: string, lang: string) => {
    const analysis = analyzeArticle(engine, {
      title: 'NVIDIA optical supply', lang, publishedAt: '2026-05-08',
      blocks: [{ kind: 'paragraph', text }],
    }, { force: true });
    return analysis.figures.find((f) => f.kind === 'money')!;
  };

  it.each([
    ['NVIDIA committed $5.4 billion to Corning and others for optical parts.', 'en'],
    ['您提到對康寧等三家光通訊供應商的54億美元承諾，交期大概多久？', 'zh-Hant'],
    ['英伟达向康宁等三家光通信供应商承诺了54亿美元。', 'zh-Hans'],
    ['エヌビディアはコーニングなど3社に54億ドルを約束した。', 'ja'],
    ['엔비디아는 코닝 등 3개사에 54억 달러를 약속했다.', 'ko'],
  ])('compares "%s" with the total', (text, lang) => {
    expect(figureOf(text, lang)).toMatchObject({ dealId: 'nvidia-optical-suppliers', status: 'mismatch' });
  });

  it('leaves one supplier named alone unverified', () => {
    expect(figureOf('Of that, Corning alone could get about $1.2 billion, NVIDIA said.', 'en')).toMatchObject({ dealId: null, veto: 'part' });
  });
});
