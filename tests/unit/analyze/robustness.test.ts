import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article, Block } from '../../../lib/analyze/types';
import { analysisSchema } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

/**
 * The engine must never throw, whatever a page holds. Its growth with input
 * size is measured by `npm run bench` (the adversarial rows), not timed here.
 */
describe('analyzeArticle on random and adversarial input', async () => {
  const engine = compileDataset(await loadDataset());
  const article = (blocks: Block[], lang = 'en'): Article => ({ title: 'Anthropic SpaceX Colossus 1 deal', lang, blocks });

  // Pieces that exercise every stage: aliases, numerals, units, qualifiers, separators, scripts.
  const piece = fc.constantFrom(
    'Anthropic', 'SpaceX', 'Colossus 1', 'Colossus 2', 'NVIDIA', '英伟达', 'エヌビディア', '엔비디아', 'Google Cloud',
    '220,000', '22 萬', '2000억', '0.3', '2,2', '220.000', '220\u202f000', '五年', '三十万', 'over ', 'up to ', '约', '以上',
    ' MW', ' GW', ' GPUs', '张', '개', ' billion', '$', '美元', ' Milliarden', ' dollars', ' per month', 'May 6', '5 月 6 日',
    '北京时间', '. ', '。', ' | ', ',', '\u00a0', '\ud800', '\udfff', '10-K', 'GPT-4', 'the deal', 'revenue',
  );
  const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }).map((p) => p.join(''));
  const block = fc.record({ text, kind: fc.constantFrom('heading', 'paragraph', 'item', 'row') as fc.Arbitrary<Block['kind']> });

  it('never throws and always returns a valid analysis', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 12 }), fc.constantFrom('en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'xx'), fc.boolean(), (blocks, lang, force) => {
        const result = analyzeArticle(engine, article(blocks, lang), { force });
        expect(analysisSchema.safeParse(result).success).toBe(true);
        for (const f of result.figures) {
          expect(f.start).toBeLessThan(f.end);
          expect(blocks[f.block]!.text.slice(f.start, f.end)).toBe(f.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['a 100,000-digit run', '9'.repeat(100_000)],
    ['a 100,000-long separator chain', ',.'.repeat(50_000)],
    ['a long chain of thousands groups', '1,000'.repeat(20_000)],
    ['unpaired surrogates', '\ud800\udc00\ud800'.repeat(30_000)],
    ['mixed scripts without spaces', 'Anthropic与SpaceX签署22万张GPU合作앤트로픽300메가와트'.repeat(3_000)],
    ['alias-like text that never completes', 'Colossus Colossus Anthro Space NVIDI '.repeat(5_000)],
  ])('survives %s', (_name, content) => {
    const result = analyzeArticle(engine, article([{ text: content, kind: 'paragraph' }]), { force: true });
    expect(analysisSchema.safeParse(result).success).toBe(true);
  });

  it('survives a huge table', () => {
    const rows: Block[] = Array.from({ length: 5_000 }, (_, i) => ({ text: `SpaceX | ${i} MW | Colossus 1 | ${i * 10} GPUs`, kind: 'row' }));
    const result = analyzeArticle(engine, article(rows), { force: true });
    expect(result.figures.length).toBeGreaterThan(5_000);
  });
});
