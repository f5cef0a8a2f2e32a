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
    ['Die am 6. Mai bekanntgegebene Vereinbarung. Mehr.', ['Die am 6. Mai bekanntgegebene Vereinbarung.', 'Mehr.'], 'a German ordinal date does not'],
    ['It was built in 2024. Then it grew.', ['It was built in 2024.', 'Then it grew.'], 'a year does'],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
