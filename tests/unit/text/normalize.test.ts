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
