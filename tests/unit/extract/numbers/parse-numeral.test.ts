import { describe, expect, it } from 'vitest';
import { decimalMark, MAX_NUMERAL_LENGTH, parseNumeral } from '../../../../lib/extract/numbers/parse-numeral';
import type { DecimalMark } from '../../../../lib/extract/numbers/parse-numeral';

describe('parseNumeral', () => {
  it.each<[string, DecimalMark, number | null, string]>([
    ['220000', 'unknown', 220_000, 'plain digits'],
    ['220,000', '.', 220_000, 'comma thousands in English'],
    ['220.000', ',', 220_000, 'dot thousands in German'],
    ['220.250', '.', 220.25, 'one dot and three digits is a decimal in English'],
    ['220.000', '.', 220_000, 'but three zeros after it are thousands: no one writes 220 so'],
    ['220,000', ',', 220_000, 'the same after a decimal comma (an English figure quoted in German)'],
    ['3,500', ',', 3500, 'two trailing zeros are thousands too: Mexico writes "3,500 millones", a decimal would be 3,5'],
    ['3.500', '.', 3500, 'and the same with a dot'],
    ['3,250', ',', 3.25, 'other digits after one comma stay a decimal in German'],
    ['0.000', '.', 0, 'a leading zero is still a decimal'],
    ['220.000', 'unknown', 220_000, 'with no language, three digits after one separator are thousands'],
    ['220,000', 'unknown', 220_000, 'the same with a comma'],
    ['220 000', ',', 220_000, 'a space groups thousands'],
    ['220\u00A0000', 'unknown', 220_000, 'a no-break space'],
    ['220\u202F000', 'unknown', 220_000, 'a narrow no-break space'],
    ['2,2', ',', 2.2, 'a decimal comma'],
    ['2,2', '.', 2.2, 'a comma before one digit can only be decimal, even in English'],
    ['0.3', '.', 0.3, 'a decimal point'],
    ['0,300', 'unknown', 0.3, 'a leading zero never starts a thousands group'],
    ['4.5', ',', 4.5, 'a dot before one digit is decimal even in German'],
    ['1.234.567', '.', 1_234_567, 'several dots are thousands in any language'],
    ['1,234,567', ',', 1_234_567, 'several commas too'],
    ['1.234,5', 'unknown', 1234.5, 'mixed: the last separator is the decimal'],
    ['1,234.5', 'unknown', 1234.5, 'mixed the other way'],
    ['1 234,5', ',', 1234.5, 'space thousands and a decimal comma'],
    ['1,22,000', 'unknown', null, 'groups of two digits are not thousands'],
    ['1234,567', '.', null, 'a first group longer than three digits'],
    ['1.234,567.8', 'unknown', null, 'three kinds of separator'],
    ['1,234 5', 'unknown', null, 'a space cannot be the decimal mark'],
    ['05', 'unknown', null, 'a leading zero'],
    ['000', 'unknown', null, 'zeros alone'],
    ['', 'unknown', null, 'nothing'],
    ['1,', 'unknown', null, 'a trailing separator'],
    ['12a', 'unknown', null, 'a letter'],
    ['9'.repeat(MAX_NUMERAL_LENGTH + 1), 'unknown', null, 'longer than the cap'],
  ])('%s with %s → %s (%s)', (raw, mark, expected) => {
    expect(parseNumeral(raw, mark)).toBe(expected);
  });
});

describe('decimalMark', () => {
  it.each([
    ['de', ','], ['de-CH', ','], ['fr-FR', ','], ['es', ','], ['en-US', '.'], ['zh-Hans', '.'], ['ja', '.'], ['ko', '.'],
    [undefined, 'unknown'], ['', 'unknown'], ['xx', 'unknown'],
  ])('%s → %s', (lang, mark) => {
    expect(decimalMark(lang)).toBe(mark);
  });
});
