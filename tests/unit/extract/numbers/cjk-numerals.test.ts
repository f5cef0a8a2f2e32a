import { describe, expect, it } from 'vitest';
import { cjkScaleFactor, parseChineseNumeral } from '../../../../lib/extract/numbers/cjk-numerals';

describe('parseChineseNumeral', () => {
  it.each<[string, number | null, string]>([
    ['五', 5, 'one digit'],
    ['十五', 15, 'ten and five, with the implied one before 十'],
    ['二十', 20, 'tens'],
    ['三十万', 300_000, 'a myriad'],
    ['两千亿', 2e11, '两 and 亿'],
    ['一千二百万', 12_000_000, 'thousands and hundreds of myriads'],
    ['三亿五千万', 3.5e8, 'two myriad tiers'],
    ['一万亿', 1e12, 'a larger myriad after a smaller one multiplies'],
    ['一百零五', 105, '零 as a place holder'],
    ['二〇二六', 2026, 'digit by digit'],
    ['兩萬', 20_000, 'traditional characters'],
    ['五年', null, 'anything else'],
    ['', null, 'nothing'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });
});

describe('cjkScaleFactor', () => {
  it.each<[string, number | null, string]>([
    ['万', 1e4, 'Chinese myriad'],
    ['萬', 1e4, 'traditional'],
    ['亿', 1e8, 'hundred million'],
    ['千亿', 1e11, 'thousand hundred-millions'],
    ['万亿', 1e12, 'myriad hundred-millions'],
    ['兆', 1e12, 'Japanese trillion'],
    ['만', 1e4, 'Korean myriad'],
    ['천억', 1e11, 'Korean thousand hundred-millions'],
    ['조', 1e12, 'Korean trillion'],
    [' 億', 1e8, 'white space before the scale'],
    ['年', null, 'not a scale'],
  ])('%s → %s (%s)', (scale, expected) => {
    expect(cjkScaleFactor(scale)).toBe(expected);
  });
});
