import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../../lib/text/sentences';

const split = (text: string) => sentenceSpans(text).map(([s, e]) => text.slice(s, e).trim());

describe('sentenceSpans', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.'], 'a full stop before a capital ends a sentence'],
    ['It is 0.3 GW. Then more.', ['It is 0.3 GW.', 'Then more.'], 'a decimal point does not'],
    ['U.S. data centers grew. Next.', ['U.S. data centers grew.', 'Next.'], 'an abbreviation before lower case does not'],
    ['合作达成。规模超过 300 兆瓦！', ['合作达成。', '规模超过 300 兆瓦！'], 'CJK terminators always do'],
    ['No terminator', ['No terminator'], 'a block without one is one sentence'],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
