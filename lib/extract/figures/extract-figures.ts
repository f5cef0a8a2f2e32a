import { foldWidth } from '../../text/fold';
import type { ExtractOptions, RawFigure } from '../raw-figure';
import { BEFORE } from './alias-index';
import { qualifierShown, resolveBound } from './bounds';
import { isPrepositionAfterNoun, nounBefore, wordsBefore } from './context-patterns';
import { figureGrammar } from './figure-pattern';
import type { FigureGroups } from './figure-pattern';
import { excludedUntil, gluedToName, numeralSpan, sortExclude } from './name-guard';
import { readAmount } from './read-amount';
import { unitMeaning } from './unit-meaning';
import { readContext } from './read-context';
import type { ReadContext } from './read-context';
import { isDateMatch, readDate, readZone } from './read-date';

/**
 * Every figure in one block of article text (a paragraph, heading, list item,
 * or table row with cells joined by " | "), in text order and never
 * overlapping: power in W, GPU and chip counts, money in USD (or another
 * currency, flagged), durations in years, and dates as YYYY-MM-DD.
 *
 * `start`/`end` are UTF-16 offsets into `text` and `text` is that slice,
 * qualifiers included ("超过 22 万张", "over 300 megawatts"). Never throws;
 * runs in time linear in the text (one pass of FIGURE_PATTERN plus constant
 * work per candidate).
 *
 * @example
 * extractFigures('$200 billion over 5 years')
 * // → [{ text: '$200 billion', kind: 'money', value: 2e11, unit: 'USD', bound: 'exact', … },
 * //    { text: '5 years', kind: 'duration', value: 5, unit: 'year', bound: 'exact', … }]
 */
export function extractFigures(text: string, options: ExtractOptions = {}): RawFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Full-width digits and letters (２２万, ＧＰＵ) read as ASCII; folding keeps every offset.
  const source = foldWidth(text);
  const ctx = readContext(options ?? {});
  const exclude = sortExclude(options?.exclude);
  const cursor = { at: 0 };
  const figures: RawFigure[] = [];
  let previousEnd = 0;
  const { pattern, groups: figureGroups } = figureGrammar();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    const g = figureGroups(m);
    const isDate = isDateMatch(g);
    const numerals = numeralSpan(m[0], m.index, g, isDate);
    const excludedEnd = excludedUntil(exclude, cursor, numerals);
    if (excludedEnd !== undefined) {
      pattern.lastIndex = Math.max(m.index + 1, excludedEnd);
      continue;
    }
    const figure = isDate
      ? dateFigure(source, m.index, m[0], g, ctx)
      : amountFigure(source, m.index, m[0], g, ctx, previousEnd, numerals.start);
    if (figure === null) {
      // Not a figure here; a shorter one may start inside ("Colossus 1 300 MW" → "300 MW").
      pattern.lastIndex = m.index + 1;
      continue;
    }
    // The slice of the caller's text, not of the folded copy: ２２万, not 22万.
    figure.text = text.slice(figure.start, figure.end);
    figures.push(figure);
    previousEnd = figure.end;
  }
  return figures;
}

/** A GPU maker in a chip figure's own words, or just after its noun ("puces Nvidia"); never with TPUs. */
const GPU_MAKER = /nvidia|英伟达|英偉達|輝達|エヌビディア|엔비디아|\bamd\b/i;
const MAKER_AFTER = /^\s?(?:de\s|d'|von\s|from\s)?(?:nvidia|amd\b)/i;

function gpuMaker(source: string, start: number, end: number): boolean {
  const own = source.slice(start, end);
  if (/tpu/i.test(own)) return false;
  return GPU_MAKER.test(own) || MAKER_AFTER.test(source.slice(end, end + 12));
}

function dateFigure(source: string, start: number, match: string, g: FigureGroups, ctx: ReadContext): RawFigure | null {
  const iso = readDate(g, ctx);
  if (iso === null) return null;
  const end = start + match.length;
  const figure: RawFigure = { start, end, text: '', kind: 'date', value: iso, unit: 'date', bound: 'exact' };
  const utcOffsetHours = readZone(source, start, end, iso);
  if (utcOffsetHours !== undefined) figure.utcOffsetHours = utcOffsetHours;
  if (utcOffsetHours !== undefined && SMALL_HOURS.test(source.slice(end, end + 6))) figure.smallHours = true;
  return figure;
}

/**
 * Whether 年 at `at` opens a yearly amount ("単純計算で年およそ333億ドル"): only after kana, punctuation
 * or nothing. After digits it ends a year ("2026年300億ドル"), after a kanji a word ("来年", "今年").
 */
function yearlyRate(source: string, at: number): boolean {
  return at === 0 || /[\u3040-\u30ff\s、。，,：:（(]/.test(source[at - 1]!);
}

/** A year written in two digits ("27年"), and what says something starts from it. */
const TWO_DIGIT_YEAR = /^[23]\d\s?年$/;
const YEAR_FROM = /^(?:から|より|以降|起|開始|开始|頃|ごろ|春|夏|秋|冬|前半|後半|上半|下半)/;

/** The small hours, said just after a date: "5月7日凌晨", "5月7日未明", "5월 7일 새벽". */
const SMALL_HOURS = /^\s?(?:凌晨|清晨|未明|早朝|深夜|새벽)/;

function amountFigure(
  source: string,
  matchStart: number,
  match: string,
  g: FigureGroups,
  ctx: ReadContext,
  previousEnd: number,
  numeralStart: number,
): RawFigure | null {
  if (gluedToName(source, numeralStart, g.clo ?? g.lo ?? g.cnum ?? g.num ?? '')) return null;
  // Words before the match: a rate (每月) and/or a qualifier (超过, up to).
  const before = wordsBefore(source, matchStart);
  const noun = g.bare !== undefined ? nounBefore(source, matchStart - (before.pre?.length ?? 0)) : undefined;
  const amount = readAmount(g, ctx, noun);
  if (amount === null) return null;
  // Chips or accelerators an Nvidia or AMD names as its own are its GPUs: "220,000+ Nvidia
  // accelerators", "220 000 puces Nvidia"; Google's TPUs stay chips.
  const meaning = amount.meaning.kind === 'chips' && gpuMaker(source, matchStart, matchStart + match.length) ? unitMeaning('GPU', ctx.lang) : amount.meaning;
  const isDuration = meaning.kind === 'duration';
  // "27年から本格出荷": a year in two digits that something starts from, no span of 27 years.
  if (isDuration && TWO_DIGIT_YEAR.test(match) && YEAR_FROM.test(source.slice(matchStart + match.length, matchStart + match.length + 3))) return null;

  let start = matchStart;
  let qualifier = before.qual !== undefined ? BEFORE.get(before.qual, ctx.primary) : undefined;
  if (isPrepositionAfterNoun(source, matchStart, before)) qualifier = 'none';
  const ratePrefix = before.rate !== undefined && (before.rate !== '年' || yearlyRate(source, matchStart - (before.pre?.length ?? 0)));
  if (before.pre && (qualifierShown(qualifier, isDuration) || ratePrefix)) {
    const widened = matchStart - before.pre.length;
    // A qualifier never reaches back into the previous figure.
    if (widened >= previousEnd) start = widened;
    else qualifier = undefined;
  }
  const figure: RawFigure = {
    start,
    end: matchStart + match.length,
    text: '',
    kind: meaning.kind,
    value: amount.value,
    unit: meaning.unit,
    bound: resolveBound(qualifier, amount.qualifiers, isDuration, amount.low !== undefined),
  };
  if (amount.low !== undefined) figure.low = amount.low;
  if (meaning.currency) figure.currency = meaning.currency;
  // A duration per month is no rate; everything else said per month or per hour is.
  if ((amount.rate || ratePrefix) && !isDuration) figure.rate = true;
  return figure;
}
