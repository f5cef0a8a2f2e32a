import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['ＳｐａｃｅＸ と Ｃｏｌｏｓｓｕｓ　１ は ２２万基', 'SpaceX と Colossus 1 は 22万基', 'full-width letters, digits and the ideographic space'],
    ['ｺﾛｯｻｽ1', 'コロッサス1', 'half-width katakana'],
    ['ｶﾞ', 'ガ', 'a half-width voiced mark joins its kana'],
    ['300㎿', '300MW', 'a squared unit'],
    ['Anthro\u00ADpic', 'Anthropic', 'a soft hyphen is dropped'],
    ['220\u2009000 GPUs', '220\u202F000 GPUs', 'a thin space becomes the narrow no-break space the grammar reads'],
    ['220\u00A0000', '220\u00A0000', 'a no-break space stays'],
    ['plain text', 'plain text', 'plain text is untouched'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it('maps every span back to the original text', () => {
    const original = 'Co\u00ADlos\u00ADsus 1 runs ２２万 ｺﾞ GPUs at 300㎿';
    const n = normalizeText(original);
    for (const word of ['Colossus 1', '22万', 'ゴ', 'GPUs', '300MW']) {
      const at = n.text.indexOf(word);
      const back = original.slice(n.toOriginal(at), n.toOriginal(at + word.length, 'end'));
      expect(normalizeText(back).text, word).toBe(word);
    }
  });

  it('maps offsets one to one when nothing changes', () => {
    const n = normalizeText('Colossus 1');
    expect([n.toOriginal(0), n.toOriginal(5, 'end'), n.toOriginal(10, 'end')]).toEqual([0, 5, 10]);
  });
});

describe('normalizeText, for any text', () => {
  // Pieces that normalise alone as they do in context: plain, full-width, half-width kana, dropped, widened, narrowed.
  const PIECES = ['a', 'Z', '7', ' ', '。', '万', 'ＳｐａｃｅＸ', '２２', '\u3000', 'ｺﾛｯｻｽ', 'ﾊﾞ', '\u00AD', '\u200B', '\u2009', '\u00A0', '㎿', '™', '①', '콜로서스'];

  it('maps any span between pieces back to original text that normalises to the same span', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const original = pieces.join('');
        const n = normalizeText(original);
        const bounds = [0];
        for (const piece of pieces) bounds.push(bounds[bounds.length - 1]! + normalizeText(piece).text.length);
        expect(n.text.length).toBe(bounds[bounds.length - 1]);
        for (const a of bounds) {
          for (const b of bounds) {
            if (a >= b) continue;
            const [start, end] = [n.toOriginal(a), n.toOriginal(b, 'end')];
            expect(start).toBeLessThanOrEqual(end);
            expect(normalizeText(original.slice(start, end)).text).toBe(n.text.slice(a, b));
          }
        }
      }),
    );
  });
});
