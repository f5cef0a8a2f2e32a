import { cjkScaleFactor, parseChineseNumeral } from '../numbers/cjk-numerals';
import { parseNumeral } from '../numbers/parse-numeral';
import { applyFactor, divideBy } from '../numbers/scale';
import { AFTER, BETWEEN, CURRENCY_PREFIXES, NUMBER_WORDS, SCALES, UNITS } from './alias-index';
import type { FigureGroups } from './figure-pattern';
import type { QualifierId, UnitId } from './lang';
import type { ReadContext } from './read-context';
import { unitMeaning } from './unit-meaning';
import type { UnitMeaning } from './unit-meaning';

/** A quantity or money match read into canonical units, before qualifiers before it are known. */
export interface Amount {
  meaning: UnitMeaning;
  value: number;
  /** The low end of a range ("1–2 GW"), in canonical units. */
  low?: number;
  /** Qualifiers inside the match: between number and unit, then after the unit. */
  qualifiers: QualifierId[];
  rate: boolean;
}

// Years in a duration beyond this are calendar years ("2026 年") or nonsense.
const MAX_DURATION_YEARS = 100;

/**
 * Reads a money match ("$30B") or a quantity match ("超过 22 万张"); null if it
 * is not a figure. `nounBefore` says what a bare counter counts (GPU 2만2천 개).
 */
export function readAmount(g: FigureGroups, ctx: ReadContext, nounBefore?: 'GPU' | 'chip'): Amount | null {
  return g.cur !== undefined ? readMoney(g, ctx) : readQuantity(g, ctx, nounBefore);
}

function readMoney(g: FigureGroups, ctx: ReadContext): Amount | null {
  // The sign or code before the number names the currency: 人民币 2000 亿元 is yuan either way.
  const id = CURRENCY_PREFIXES.get(g.cur!, ctx.primary);
  if (id === undefined) return null;
  const factor = scaleFactor(g.cscale, ctx);
  const value = numberOf(g.cnum!, ctx);
  if (value === null || factor === null) return null;
  const low = g.clo !== undefined ? lowEnd(g.clo, g.closcale, factor, ctx) : undefined;
  return finish(unitMeaning(id, ctx.lang), value, factor, low, g, ctx);
}

function readQuantity(g: FigureGroups, ctx: ReadContext, nounBefore: 'GPU' | 'chip' | undefined): Amount | null {
  const id = unitOf(g, ctx, nounBefore);
  if (id === undefined) return null;
  const meaning = unitMeaning(id, ctx.lang);
  let value = quantityNumber(g, ctx);
  let factor = scaleFactor(g.scale, ctx);
  if (value === null || factor === null) return null;
  if (meaning.kind === 'duration') {
    // "2026 年" and "2026년" name a year; "5 million years" is no contract term.
    if (g.scale !== undefined || (g.num !== undefined && /^(19|20)\d\d$/.test(g.num))) return null;
  }
  if ((g.num2 !== undefined && g.scale2 !== undefined) || g.rest !== undefined) {
    // 1조 5000억 원, 3亿5000万, 2万5000枚: a second tier, smaller than the myriad before it.
    const second = g.rest !== undefined ? 1 : cjkScaleFactor(g.scale2!);
    const tier = Number(g.rest ?? g.num2);
    if (second === null || cjkScaleFactor(g.scale ?? '') === null || tier * second >= factor) return null;
    value = applyFactor(value, factor) + applyFactor(tier, second);
    factor = 1;
  }
  const low = g.lo !== undefined ? lowEnd(g.lo, g.loscale, factor, ctx) : undefined;
  return finish(meaning, value, factor, low, g, ctx);
}

/**
 * A range's low end, in the high end's scale: "1–2 GW" shares it, "22万〜23万"
 * and "$10 billion to $15 billion" state their own.
 */
function lowEnd(numeral: string, ownScale: string | undefined, scale: number, ctx: ReadContext): number | null {
  const number = numberOf(numeral, ctx);
  if (number === null || ownScale === undefined) return number;
  const own = scaleFactor(ownScale, ctx);
  return own === null ? null : divideBy(applyFactor(number, own), scale);
}

function finish(
  meaning: UnitMeaning,
  number: number,
  scale: number,
  lowNumber: number | null | undefined,
  g: FigureGroups,
  ctx: ReadContext,
): Amount | null {
  const value = canonical(number, scale, meaning);
  if (!(value > 0) || !Number.isFinite(value)) return null;
  if (meaning.kind === 'duration' && value > MAX_DURATION_YEARS) return null;
  let low: number | undefined;
  if (lowNumber !== undefined) {
    // "1–2 GW": the low end shares the unit and scale; "2025-30 GW" is no range.
    if (lowNumber === null) return null;
    low = canonical(lowNumber, scale, meaning);
    if (!(low < value)) return null;
  }
  const qualifiers: QualifierId[] = [];
  const mid = g.mid !== undefined ? BETWEEN.get(g.mid, ctx.primary) : undefined;
  const afterCounter = g.clsq !== undefined ? AFTER.get(g.clsq, ctx.primary) : undefined;
  const post = g.post !== undefined ? AFTER.get(g.post, ctx.primary) : undefined;
  for (const qualifier of [mid, afterCounter, post]) if (qualifier) qualifiers.push(qualifier);
  return { meaning, value, ...(low !== undefined ? { low } : {}), qualifiers, rate: g.rate !== undefined };
}

function canonical(number: number, scale: number, meaning: UnitMeaning): number {
  // Scale and unit factors are powers of ten: their product is exact.
  const scaled = applyFactor(number, scale * meaning.factor);
  return meaning.divisor ? divideBy(scaled, meaning.divisor) : scaled;
}

/** What a quantity counts or measures: its unit, or the noun its counter counts. */
function unitOf(g: FigureGroups, ctx: ReadContext, nounBefore: 'GPU' | 'chip' | undefined): UnitId | undefined {
  if (g.unit !== undefined) return UNITS.get(g.unit, ctx.primary);
  if (g.counted !== undefined) return UNITS.get(g.counted, ctx.primary);
  if (g.lone !== undefined) return 'GPU';
  return g.bare !== undefined ? nounBefore : undefined;
}

/** A number in words: "two hundred and twenty" is (2 × 100) + 20. */
function wordsNumber(phrase: string, ctx: ReadContext): number | null {
  let value = 0;
  for (const word of phrase.split(/[\s-]+/)) {
    if (word === 'and') continue;
    if (word === 'hundred') {
      value = (value || 1) * 100;
      continue;
    }
    const n = NUMBER_WORDS.get(word, ctx.primary);
    if (n === undefined) return null;
    value += n;
  }
  return value || null;
}

/** The number of a quantity match: digits, a Chinese numeral, a number word, or "a"/"an" (one). */
function quantityNumber(g: FigureGroups, ctx: ReadContext): number | null {
  if (g.num !== undefined) return numberOf(g.num, ctx);
  if (g.cjk !== undefined) return parseChineseNumeral(g.cjk);
  if (g.word !== undefined) return wordsNumber(g.word, ctx);
  return g.article !== undefined ? 1 : null;
}

function numberOf(numeral: string, ctx: ReadContext): number | null {
  return parseNumeral(numeral, ctx.mark);
}

/** The factor of a scale word in the article's language; 1 when there is none. */
function scaleFactor(scale: string | undefined, ctx: ReadContext): number | null {
  if (scale === undefined) return 1;
  const word = scale.trim();
  return SCALES.get(word, ctx.primary) ?? cjkScaleFactor(word);
}
