/**
 * The shape of one language's figure vocabulary. Every table is plain data:
 * the grammar (`figure-pattern.ts`) is generated from them, so adding a
 * spelling never means touching a regular expression.
 *
 * Latin aliases are written in lower case unless their case carries meaning
 * ("GW", "May"); a capitalised variant ("Gigawatts", "Nearly") is added
 * automatically for headings and sentence starts.
 */

/** What a unit alias stands for; `unit-meaning.ts` turns each into a kind and a factor. */
export const UNIT_IDS = [
  'W', 'kW', 'MW', 'GW', 'TW',
  'GPU', 'chip',
  'year', 'month',
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'TWD', 'HKD', 'AUD', 'CAD',
  // 元 is the yuan in mainland text and the New Taiwan dollar in Taiwanese text.
  'yuan',
  // ¥ is the yen in Japanese text and the renminbi in Chinese text.
  'yen-sign',
] as const;
export type UnitId = (typeof UNIT_IDS)[number];

/**
 * How a qualifier bounds the figure. `over` is "over 300 MW" (a minimum) but
 * also "over 5 years" (a span, so exact); `none` is a longer word that must win
 * over a shorter qualifier inside it (最近 "recent" is not 近 "nearly").
 */
export type QualifierId = 'min' | 'max' | 'approx' | 'over' | 'none';

/**
 * A counter word (张, 基, 개). `GPU`: the counter alone already means GPUs in
 * this domain (张/張 count cards); `any`: it counts whatever GPU or chip noun
 * stands right after it (22万基のGPU) or right before the number (GPU 2만2천 개).
 */
export type ClassifierId = 'GPU' | 'any';

export interface LanguageAliases {
  /** The BCP 47 primary tag these aliases belong to, or `*` for symbols every language uses. */
  lang: '*' | 'en' | 'zh' | 'ja' | 'ko' | 'de' | 'fr' | 'es';
  /** Units after a number: power, GPUs, chips, durations, currencies. */
  units: Readonly<Record<string, UnitId>>;
  /** Currency signs and codes before a number ($, US$, €, USD, 人民币). */
  currencyPrefixes?: Readonly<Record<string, UnitId>>;
  /** Scale words between a number and its unit (million, Milliarden, mil millones); CJK myriads are built in. */
  scales?: Readonly<Record<string, number>>;
  /** Numbers written as words (five, fünf, cinq, cinco). */
  numberWords?: Readonly<Record<string, number>>;
  /**
   * Articles that read as one, but only before a scale word or a power unit:
   * "well over a gigawatt", "a million TPUs" — never "a year" or "a GPU".
   */
  articles?: readonly string[];
  /** Qualifiers before the number (over, 超过, 약, bis zu). */
  before?: Readonly<Record<string, QualifierId>>;
  /**
   * Qualifiers that are plain prepositions right after a noun. German
   * capitalises nouns: "ein Vertrag über 5 GW" is a contract for 5 GW, while
   * "mit über 220.000 GPUs" is more than 220,000.
   */
  nounPrepositions?: readonly string[];
  /** Qualifiers between the number and its unit (300+ MW, 300多兆瓦, 300여 MW). */
  between?: Readonly<Record<string, QualifierId>>;
  /** Qualifiers after the unit (22 万张以上, 300 MW 이상, 1000억 달러 이상). */
  after?: Readonly<Record<string, QualifierId>>;
  /** Counter words after a number (张, 枚, 개). */
  classifiers?: Readonly<Record<string, ClassifierId>>;
  /** Words allowed between a number and a GPU/chip noun (NVIDIA, high-performance). */
  vendors?: readonly string[];
  /**
   * Product names: allowed between a number and its noun like vendors
   * ("100,000 H100 GPUs"), after the noun ("25.000 GPU A100"), and as the noun
   * a bare counter counts ("A100は約2万5000枚").
   */
  models?: Readonly<Record<string, 'GPU' | 'chip'>>;
  /** Words before a number that make it a rate (每月, 月額, 월). */
  ratesBefore?: readonly string[];
  /** Words after a figure that make it a rate (per month, /hr, pro Monat, al mes). */
  ratesAfter?: readonly string[];
  /** Month names for dates, 1–12. */
  months?: Readonly<Record<string, number>>;
  /**
   * Aliases too ambiguous to accept in an article known to be in another
   * language: French "an" (year) is English "an", Spanish "mil" is English "mil".
   */
  strict?: readonly string[];
}
