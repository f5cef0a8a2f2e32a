/**
 * The grammar of a figure, as ONE regular expression built at module load
 * from the per-language alias tables. Every candidate in a block is found in a
 * single left-to-right pass; everything after is cheap normalization.
 *
 * Speed comes from where a match may start: a digit, a CJK numeral, a currency
 * sign or code, an English month or a number word. Qualifiers before a number
 * ("over", 超过) are read afterwards by a sticky look-behind at the match
 * (`context-patterns.ts`), so they never widen the set of start characters.
 */
import { CJK_NUMERAL_SOURCE, CJK_SCALE_SOURCE } from '../numbers/cjk-numerals';
import { aliasesOf, englishMonths, UNITS } from './alias-index';
import { LANGUAGES } from './lang';
import { alternation, LATIN } from './alias-alternation';
import { capturesReader, compileNumbered } from './numbered-groups';

/** "Last month", before a day of the month alone: "지난달 6일", "先月6日", "上个月6日". */
export const LAST_MONTH_SOURCE = '지난달|先月|上个月|上個月|上月';

/** Not inside a word or a number, and not the "4" of "GPT-4": where a figure may begin. */
/**
 * The grammar, built on first use. Building its prefix trees from every
 * language's aliases took ~25 ms, and it used to run at load on every page the
 * content script is injected into; now only pages that pass the pre-filter pay.
 */
export interface FigureGrammar {
  source: string;
  pattern: RegExp;
  groups: (m: RegExpExecArray) => FigureGroups;
}

let grammar: FigureGrammar | undefined;

export function figureGrammar(): FigureGrammar {
  return (grammar ??= buildGrammar());
}

function buildGrammar(): FigureGrammar {
  /**
   * An Arabic numeral, at most 40 characters (see MAX_NUMERAL_LENGTH): grouped
   * thousands (220,000 · 220.000 · 220 000) or a plain run, either with decimals.
   * `(?![0-9])` stops a long digit run from being tried at every length.
   */
  const NUM = '(?:\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3}){1,6}(?:[.,]\\d{1,9})?|\\d{1,24}(?:[.,]\\d{1,9})?)(?![0-9])';
  // A figure starts no word ("H100", "GB200", "X-2026"), except a CJK count run on to the chip
  // it counts: "エヌビディア製GPU22万基", "GPU10万张".
  const GUARD = `(?:(?<=[Gg][Pp][Uu]|[Tt][Pp][Uu])(?=${NUM}\\s?[万萬千]?\\s?[基枚個台张張块塊粒개장])|(?<![${LATIN}0-9_]|[${LATIN}]-))`;
  const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?![0-9])';
  const MONTH_NUM = '(?:1[0-2]|0?[1-9])(?![0-9])';
  const YEAR = '(?:19|20)\\d\\d(?![0-9])';
  // A year after a day and month is not the start of an ISO date ("May 6, 2026-05-07").
  const TRAILING_YEAR = '(?:19|20)\\d\\d(?![0-9]|[-/.]\\d)';

  // Single-letter scales stick to their number ("$30B", "220k"): "30 M" or "5 m" is a length.
  const scaleAliases = aliasesOf('scales');
  const LETTER_SCALES = scaleAliases.filter((s) => s.length === 1).join('');
  const WORD_SCALES = alternation(scaleAliases.filter((s) => s.length > 1));
  const scale = (name: string) =>
    `(?<${name}>[${LETTER_SCALES}](?![${LATIN}0-9])|\\s?(?:${WORD_SCALES}|${CJK_SCALE_SOURCE}))`;

  // 兆瓦时, メガワット時 and "megawatt-hours" are energy, not power; 80年代 is a decade, 年底 a year's end.
  const UNIT_GUARDS = [
    [/(瓦|ワット)$/, '(?![时時])'],
    [/(watt|vatio)s?$/i, '(?![\\s-]?hours?)'],
    [/^年$/, '(?![代度底末初])'],
  ] as const;

  const unitAliases = aliasesOf('units');
  const UNIT = alternation(unitAliases, 'end', UNIT_GUARDS);
  const POWER_WORDS = alternation(unitAliases.filter((a) => a.length > 2 && /W$/.test(UNITS.get(a, '') ?? '')));
  const isMoney = (alias: string) => /^[A-Z]{3}$|yuan|yen-sign/.test(UNITS.get(alias, '') ?? '');
  const MONEY_UNIT = alternation(unitAliases.filter(isMoney));
  const CURRENCY_PREFIX = alternation(aliasesOf('currencyPrefixes'));
  const AFTER = alternation(aliasesOf('after'));

  const counterAliases = (id: 'GPU' | 'any') =>
    LANGUAGES.flatMap((l) => Object.entries(l.classifiers ?? {}).filter(([, c]) => c === id).map(([alias]) => alias));
  // Zh after-qualifiers that may follow a bare 张 ("22 万张以上").
  const AFTER_LONE = alternation(LANGUAGES.flatMap((l) => (l.classifiers ? Object.keys(l.after ?? {}) : [])), 'none');
  const COUNTED = alternation(unitAliases.filter((a) => /^(GPU|chip)$/.test(UNITS.get(a, '') ?? '')));
  const BEFORE_NOUN = alternation([...aliasesOf('vendors'), ...aliasesOf('models')]);
  const BRANDS_AFTER = alternation([...aliasesOf('models'), ...aliasesOf('vendors').filter((v) => /^[A-Z]/.test(v) && v !== 'AI')]);

  /**
   * After the number, one of:
   * - a counter whose noun follows (22 万张 NVIDIA GPU, 22万基のGPU, 22만 개의 GPU):
   *   the figure ends at the counter, the noun only decides GPUs or chips;
   * - a unit, maybe behind vendor and model words (220,000+ NVIDIA GPUs), maybe
   *   with a model after it (25.000 GPU A100);
   * - a bare 张, which counts cards ("超过 22 万张");
   * - a bare counter whose noun came before the number (GPU 2만2천 개,
   *   A100は約2万5000枚), checked after the match.
   */
  const UNIT_PART =
    `(?<cls>${alternation(counterAliases('GPU').concat(counterAliases('any')))})(?:\\s?(?<clsq>${AFTER}))?` +
    // The maker may carry its name in brackets: "22萬顆輝達（NVIDIA）GPU".
    // Or in a possessive: "22万基を超えるエヌビディア製のGPU".
    `(?=(?:の|의|的)?\\s?(?:${BEFORE_NOUN}(?:[(（][^)）]{1,12}[)）])?(?:の|의|的)?[\\s-]?){0,3}(?<counted>${COUNTED}))` +
    `|(?:${BEFORE_NOUN}[\\s-]?){0,3}(?<unit>${UNIT})(?:(?<=GPUs?|TPUs?)\\s${BRANDS_AFTER})?` +
    `|(?<lone>${alternation(counterAliases('GPU'))})(?=${AFTER_LONE}|[^\\u3400-\\u9FFF]|$)` +
    `|(?<bare>${alternation(counterAliases('any'))})`;

  /** How a number joins its unit: "5 GW", "5-year", "5GW", "30 milliards de dollars", "2 millions d'euros". */
  const JOIN = "(?:\\s?-\\s?|\\s?(?:de\\s|d['’])|\\s?)";

  /** A number in words, maybe of several parts: "five", "twenty-two", "two hundred and twenty". */
  const NUMBER_WORD = alternation(aliasesOf('numberWords'));
  const NUMBER_PHRASE = `${NUMBER_WORD}(?:(?:\\s|-|\\sand\\s)(?:${NUMBER_WORD}|hundred)(?![A-Za-z]))*`;

  const QUANTITY =
    // The low end may carry its own scale: 22万〜23万基, 300亿至400亿美元.
    `(?:(?<lo>${NUM})${scale('loscale')}?(?:\\s?(?:[-–—~〜～]|至|到)\\s?|\\s(?:to|bis|à|a)\\s))?` +
    `(?:(?<num>${NUM})|(?<cjk>${CJK_NUMERAL_SOURCE})|(?<word>${NUMBER_PHRASE})(?=[\\s-])` +
    `|(?<article>${alternation(aliasesOf('articles'))})(?=\\s(?:${WORD_SCALES}|${POWER_WORDS})))` +
    // 1조 5000억, 3亿5000万, 2万5000: a second, smaller tier after a myriad.
    `${scale('scale')}?(?:\\s?(?<num2>\\d{1,4})\\s?(?<scale2>${CJK_SCALE_SOURCE})|(?<rest>\\d{1,4})(?![0-9]))?` +
    `(?<mid>${alternation(aliasesOf('between'), 'none')})?${JOIN}(?:${UNIT_PART})`;

  /** "$30B", "US$4.5 billion", "€5 Mrd.", "$10–15 billion", "人民币 2000 亿元". */
  const MONEY =
    `(?<cur>${CURRENCY_PREFIX})\\s?` +
    `(?:(?<clo>${NUM})${scale('closcale')}?\\s?(?:[-–—]|to)\\s?(?:${CURRENCY_PREFIX})?\\s?)?` +
    `(?<cnum>${NUM})${scale('cscale')}?(?:\\s?(?<cunit>${MONEY_UNIT}))?(?![${LATIN}0-9])`;

  /** Qualifiers and rates that follow an amount (以上, 이상, per month, /hr). */
  // Korean "당" (per) ends its word: "1GW당", not "당시" (then) or "당초" (at first).
  const TAIL = `(?:\\s?(?<post>${AFTER}))?(?:\\s?(?<rate>${alternation(aliasesOf('ratesAfter'), 'end', [[/당$/, '(?![\\uAC00-\\uD7AF])']])}))?`;

  const ISO_DATE = `(?<iy>${YEAR})(?<isep>[-/.])(?<im>${MONTH_NUM})\\k<isep>(?<id>${DAY})`;
  const CJK_DATE = `(?:(?<cy>${YEAR})\\s?[年년]\\s?)?(?<cm>${MONTH_NUM})\\s?[月월]\\s?(?<cd>${DAY})\\s?[日일号號]`;
  /**
   * A day of the month alone, the month the article's (6일(현지시간), 本月6日, 6日に):
   * not a span of days (6日間, 6일간, 6일 만에, 6日以内).
   */
  const CJK_DAY = `(?:(?<dpre>本月|今月|이달|当月|當月|${LAST_MONTH_SOURCE})\\s?)?(?<od>${DAY})\\s?[日일](?![間间간内內目後后前元圓圆币幣本経经]|\\s?(?:만에|동안|째|以内|以內|以上|ぶり))`;
  const NUMERIC_DMY = `(?<nd>${DAY})\\.(?<nm>${MONTH_NUM})\\.(?<ny>${YEAR})`;
  const MONTHS = alternation(aliasesOf('months'));
  /** 6 May 2026 · 6. Mai · 1er mai · 6 de mayo de 2026. */
  const DMY = `(?<dd>${DAY})(?:\\.|er|st|nd|rd|th)?\\s(?:de\\s)?(?<dmon>${MONTHS})(?:,?\\s(?:de\\s)?(?<dy>${TRAILING_YEAR}))?`;
  /** May 6 · May 6, 2026 · Sept. 6th. English months only, capitalised: "may 6" is a verb. */
  const MDY = `(?<mmon>${alternation(englishMonths())})\\.?\\s(?<md>${DAY})(?:st|nd|rd|th)?(?:,?\\s(?<my>${TRAILING_YEAR}))?`;

  /** The figure grammar with named groups, as written. */
  const FIGURE_SOURCE =
    `${GUARD}(?:${ISO_DATE}|${CJK_DATE}|${CJK_DAY}|${NUMERIC_DMY}|${DMY}|${MDY}|(?:${MONEY}|${QUANTITY})${TAIL})`;

  const compiled = compileNumbered(FIGURE_SOURCE, 'g');
  return { source: FIGURE_SOURCE, pattern: compiled.pattern, groups: capturesReader<FigureGroups>(compiled.names) };
}

/** The named groups of a grammar match; absent groups are undefined. */
export interface FigureGroups {
  iy?: string; im?: string; id?: string;
  cy?: string; cm?: string; cd?: string;
  dpre?: string; od?: string;
  nd?: string; nm?: string; ny?: string;
  dd?: string; dmon?: string; dy?: string;
  mmon?: string; md?: string; my?: string;
  cur?: string; clo?: string; closcale?: string; cnum?: string; cscale?: string; cunit?: string;
  lo?: string; loscale?: string; num?: string; cjk?: string; word?: string; article?: string; scale?: string; num2?: string; scale2?: string; rest?: string;
  mid?: string; cls?: string; clsq?: string; counted?: string; unit?: string; lone?: string; bare?: string; post?: string; rate?: string;
}
