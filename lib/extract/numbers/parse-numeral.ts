/**
 * Reading Arabic numerals written with thousands separators and decimal marks,
 * the way each language writes them: 220,000 (en), 220.000 (de, es),
 * 220 000 (fr, also with U+00A0 or U+202F), 2,2 (de, fr, es: decimal comma).
 */

/** Which mark a language uses for decimals; `unknown` when no language is known. */
export type DecimalMark = '.' | ',' | 'unknown';

/**
 * The longest numeral we read. Anything longer is a serial number, a hash or
 * garbage, never a figure; the cap also keeps every later step cheap.
 */
export const MAX_NUMERAL_LENGTH = 40;

// Languages whose decimal mark is a comma (CLDR "decimal" symbol): the
// article languages de, fr, es plus neighbours an article may be tagged with.
const COMMA_DECIMAL = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'sv', 'da', 'nb', 'no', 'fi', 'cs', 'tr', 'id', 'vi', 'uk']);
const DOT_DECIMAL = new Set(['en', 'zh', 'ja', 'ko', 'th', 'he', 'hi', 'ms', 'tl']);

/** The decimal mark of a BCP 47 language tag ("de-CH" → ","), `unknown` when unsure. */
export function decimalMark(lang: string | undefined): DecimalMark {
  if (!lang) return 'unknown';
  const primary = lang.split(/[-_]/)[0]!.toLowerCase();
  if (COMMA_DECIMAL.has(primary)) return ',';
  if (DOT_DECIMAL.has(primary)) return '.';
  return 'unknown';
}

const GROUPING_SPACES = ' \u00A0\u202F';
const PLAIN_DIGITS = /^\d+$/;
const isSpace = (ch: string) => GROUPING_SPACES.includes(ch);

/**
 * Reads a numeral of ASCII digits, `.`/`,` and grouping spaces, or returns
 * null when it is not a well-formed number:
 * - two different separators: the last one is the decimal mark (1.234,5; 1,234.5);
 * - the same separator twice or more: thousands (1.234.567), every group three digits;
 * - a space of any width: thousands;
 * - one `.` or `,` not followed by exactly three digits: a decimal mark in any
 *   language (2,2 · 0.3 · 4.5), since no grouping reads that way;
 * - one `.` or `,` followed by exactly three digits: the language decides
 *   (en 220.250 = 220.25; de 220.250 = 220250); with no language, or when the
 *   three digits end in two zeros, thousands.
 */
export function parseNumeral(raw: string, mark: DecimalMark = 'unknown'): number | null {
  if (raw.length === 0 || raw.length > MAX_NUMERAL_LENGTH) return null;
  if (PLAIN_DIGITS.test(raw)) return leadingZero(raw) ? null : Number(raw);
  const runs: string[] = [];
  const seps: string[] = [];
  let run = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') {
      run += ch;
    } else if (ch === '.' || ch === ',' || isSpace(ch)) {
      runs.push(run);
      seps.push(ch);
      run = '';
    } else {
      return null;
    }
  }
  runs.push(run);
  if (runs.some((r) => r.length === 0)) return null;
  const first = runs[0]!;
  if (seps.length === 0) return leadingZero(first) ? null : Number(first);

  const last = seps[seps.length - 1]!;
  const family = (s: string) => (isSpace(s) ? ' ' : s);
  const decimalAt = decimalSeparatorIndex(seps, runs, mark, family);
  if (decimalAt === -2) return null;
  const groupCount = decimalAt === -1 ? seps.length : decimalAt;
  // Every separator before the decimal one groups thousands: one kind, 3 digits each.
  if (groupCount > 0) {
    if (first.length > 3 || first[0] === '0') return null;
    const groupFamily = family(seps[0]!);
    for (let i = 0; i < groupCount; i += 1) {
      if (family(seps[i]!) !== groupFamily || runs[i + 1]!.length !== 3) return null;
    }
  } else if (leadingZero(first)) {
    return null;
  }
  const integer = runs.slice(0, groupCount + 1).join('');
  const fraction = decimalAt === -1 ? '' : runs[decimalAt + 1]!;
  if (decimalAt !== -1 && (isSpace(last) || decimalAt !== seps.length - 1)) return null;
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

/** Index of the decimal separator in `seps`, -1 for none, -2 for "unreadable". */
function decimalSeparatorIndex(seps: string[], runs: string[], mark: DecimalMark, family: (s: string) => string): number {
  const lastIndex = seps.length - 1;
  const last = seps[lastIndex]!;
  if (seps.length >= 2) {
    const mixed = family(seps[0]!) !== family(last);
    if (!mixed) return -1;
    return isSpace(last) ? -2 : lastIndex;
  }
  if (isSpace(last)) return -1;
  const tail = runs[1]!;
  // A leading zero never starts a thousands group: 0.300 is three tenths.
  if (tail.length !== 3 || runs[0] === '0') return 0;
  // Trailing zeros are never written as decimals: "220,000+ GPUs" quoted in a Spanish page is 220000, and a
  // Mexican page's "3,500 millones" is 3,500 million, since a decimal would be written 3,5.
  if (mark === 'unknown' || tail.endsWith('00')) return -1;
  return last === mark ? 0 : -1;
}

function leadingZero(run: string): boolean {
  return run.length > 1 && run[0] === '0';
}
