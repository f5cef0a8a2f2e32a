/**
 * Chinese-character numerals (五年, 三十万, 两千亿, 十五) and the CJK myriad
 * scales that follow Arabic digits (22 萬, 2000亿, 22만, 1兆円, 5천억).
 */

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 拾: 10, 佰: 100, 仟: 1000 };
const MYRIAD: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 兆: 1e12 };

/** Every character a scale may contain, Chinese, Japanese or Korean, with its value. */
const SCALE_CHAR: Readonly<Record<string, number>> = {
  ...SMALL_UNIT, ...MYRIAD, 십: 10, 백: 100, 천: 1000, 만: 1e4, 억: 1e8, 조: 1e12,
};

/**
 * A Chinese numeral in words. It must start with a digit or 十, never with a
 * bare 千/万 (千瓦 is a unit, 万一 a word). 千 before 瓦 or 兆 belongs to the
 * unit: 十万千瓦 is 100 000 kW, not 101 000 W.
 */
export const CJK_NUMERAL_SOURCE =
  '(?<![第零〇一二两兩三四五六七八九十百千万萬亿億])[一二两兩三四五六七八九十](?:[零〇一二两兩三四五六七八九十百万萬亿億]|千(?![瓦兆])){0,15}';

/**
 * A myriad scale after Arabic digits: 万, 十万, 百万, 千万, 亿, 十亿, 万亿, 兆 and
 * their Korean twins. 兆 before 瓦 is the "mega" of 兆瓦 (MW), never 10^12.
 */
export const CJK_SCALE_SOURCE =
  '(?:[十百千拾佰仟]?(?:万亿|萬億|[万萬亿億])|千(?![瓦兆])|兆(?!瓦)|[십백천]?[만억]|조|천)';

/** The factor of a CJK scale word ("千亿" → 1e11, "천만" → 1e7), or null. */
export function cjkScaleFactor(scale: string): number | null {
  let factor = 1;
  for (const ch of scale.trim()) {
    const value = SCALE_CHAR[ch];
    if (value === undefined) return null;
    factor *= value;
  }
  return factor === 1 ? null : factor;
}

/**
 * Reads a Chinese numeral: 十五 → 15, 三十万 → 300000, 两千亿 → 2e11,
 * 三亿五千万 → 3.5e8, and digit strings like 二〇二六 → 2026. Null when the
 * string holds anything else.
 */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0 || text.length > 20) return null;
  if ([...text].every((ch) => DIGIT[ch] !== undefined)) {
    return Number([...text].map((ch) => DIGIT[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of text) {
    const d = DIGIT[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      section += (digit || 1) * small;
      digit = 0;
      continue;
    }
    const myriad = MYRIAD[ch];
    if (myriad === undefined) return null;
    const group = section + digit;
    // 一万亿: a larger myriad after a smaller one multiplies what came before.
    if (group === 0) total = (total || 1) * myriad;
    else total += group * myriad;
    section = 0;
    digit = 0;
  }
  return total + section + digit;
}
