/**
 * Keeping names out of numbers. Entity names end in digits ("Colossus 1",
 * "Claude 3", "Stargate 2"), and a table cell may run straight into a figure:
 * "300+ MW Colossus 1,22,000+ GPUs" is "Colossus 1" then "22,000+ GPUs".
 */
import type { FigureGroups } from './figure-pattern';

/** A [start, end) range of a block's text. */
export type Span = { readonly start: number; readonly end: number };

const NONE: readonly Span[] = [];

/** Exclusion spans sorted by start, dropping malformed ones. */
export function sortExclude(exclude: ReadonlyArray<Span> | undefined): readonly Span[] {
  if (!Array.isArray(exclude) || exclude.length === 0) return NONE;
  // Entities come in text order and well formed: most blocks need no copy and no sort.
  let ordered = true;
  for (let i = 0; i < exclude.length && ordered; i++) {
    const s = exclude[i];
    ordered = !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start && (i === 0 || exclude[i - 1]!.start <= s.start);
  }
  if (ordered) return exclude;
  return exclude
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start);
}

/**
 * Where the numerals of a match lie: the number and the low end of a range,
 * not the unit or vendor words after them ("100,000 H100 GPUs" may sit next to
 * an excluded "H100" and still be a figure).
 */
export function numeralSpan(match: string, start: number, g: FigureGroups, isDate: boolean): Span {
  if (isDate) return { start, end: start + match.length };
  const first = g.clo ?? g.lo ?? g.cnum ?? g.num ?? g.cjk ?? g.word ?? g.article ?? '';
  const last = g.cnum ?? g.num ?? g.cjk ?? g.word ?? g.article ?? '';
  const from = Math.max(0, match.indexOf(first));
  const to = match.indexOf(last, from) + last.length;
  return { start: start + from, end: start + Math.max(to, from + first.length) };
}

/**
 * The end of the first excluded span overlapping `numerals`, or undefined.
 * `cursor` holds the index of the first span that may still matter; matches
 * come in text order, so spans ending before a match are never looked at again.
 */
export function excludedUntil(spans: readonly Span[], cursor: { at: number }, numerals: Span): number | undefined {
  while (cursor.at < spans.length && spans[cursor.at]!.end <= numerals.start) cursor.at += 1;
  for (let i = cursor.at; i < spans.length && spans[i]!.start < numerals.end; i += 1) {
    if (spans[i]!.end > numerals.start) return spans[i]!.end;
  }
  return undefined;
}

// "Colossus 1," / "Claude 3." right before the numeral: a name's number, then a separator.
const NAME_NUMBER_BEFORE = /[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F-]*[\s-]\d{1,3}[.,]$/;
const DIGIT_SEPARATOR_BEFORE = /\d[.,]$/;
// "Colossus 1 300 MW": a capitalised word, then a space-grouped numeral.
const NAME_BEFORE = /[A-Z][\w\u00C0-\u024F-]*\s$/;
const SPACE_GROUPED = /^\d{1,3} \d{3}/;

/**
 * Whether the numeral at `start` would be glued to a name or to the number
 * before it: it starts right after "5," or "1." (the tail of another numeral
 * that did not parse) unless that number ends a name, or it groups thousands
 * with a plain space right after a capitalised word.
 */
export function gluedToName(text: string, start: number, numeral: string): boolean {
  const previous = text.charCodeAt(start - 1);
  const afterSeparator = previous === 0x2c || previous === 0x2e;
  const spaceGrouped = previous === 0x20 && SPACE_GROUPED.test(numeral);
  if (!afterSeparator && !spaceGrouped) return false;
  const before = text.slice(Math.max(0, start - 32), start);
  if (afterSeparator) return DIGIT_SEPARATOR_BEFORE.test(before) && !NAME_NUMBER_BEFORE.test(before);
  return NAME_BEFORE.test(before);
}
