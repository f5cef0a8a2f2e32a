/**
 * Numbers, amounts and dates for the UI, in the browser's language. Every
 * function takes the locale last, defaulting to the UI language, so tests can
 * pin it.
 */
import { t, uiLocale } from './i18n';

/** How a value relates to the figure it stands for; the reference dataset's bounds. */
export type ValueBound = 'exact' | 'min' | 'max' | 'approx';

// Symbols rather than words: they read the same in every UI language.
const BOUND_PREFIX: Record<ValueBound, string> = { exact: '', min: '≥ ', max: '≤ ', approx: '≈ ' };

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Intl formatters, made once per locale and options: making one costs ~0.15 ms
 * (far more than formatting with it), and the popup formats hundreds of values.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}\n${locale}\n${JSON.stringify(options)}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

const numberFormat = (locale: string, options: Intl.NumberFormatOptions) => formatter('number', locale, options, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) => formatter('date', locale, options, () => new Intl.DateTimeFormat(locale, options));

export function formatNumber(n: number, locale = uiLocale(), options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, { maximumFractionDigits: 2, ...options }).format(n);
}

/**
 * A date for display. A plain YYYY-MM-DD is that calendar day wherever the
 * reader is (formatted in UTC, so it does not slip to the day before west of
 * Greenwich); a date-time or a timestamp is shown in the reader's zone.
 * Anything unparsable comes back as given.
 */
export function formatDate(date: string | number, locale = uiLocale()): string {
  if (typeof date === 'number') return dateFormat(locale, { dateStyle: 'medium' }).format(date);
  const dateOnly = DATE_ONLY.test(date);
  const ms = Date.parse(dateOnly ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(ms)) return date;
  return dateFormat(locale, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(ms);
}

/** A BCP 47 tag as a language name in the UI language: zh-Hant → "Traditional Chinese". */
export function formatLanguage(tag: string, locale = uiLocale()): string {
  try {
    return formatter('language', locale, {}, () => new Intl.DisplayNames([locale], { type: 'language' })).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Picks the SI prefix a reader expects: 300 MW, 5 GW. */
function scaled(value: number, steps: Array<[number, string]>): [number, string] {
  for (const [factor, suffix] of steps) if (Math.abs(value) >= factor) return [value / factor, suffix];
  return [value, steps[steps.length - 1]?.[1] ?? ''];
}

function formatMoney(value: number, currency: string, locale: string): string {
  const options = { style: 'currency', currency, notation: 'compact', compactDisplay: 'long', minimumFractionDigits: 0, maximumFractionDigits: 2 } as const;
  let format: Intl.NumberFormat;
  try {
    format = numberFormat(locale, options);
  } catch {
    return `${formatNumber(value, locale)} ${currency}`;
  }
  // ICU has no long compact currency pattern for English ("$30B"), and readers
  // of deal news expect "$30 billion": the symbol, then the number in words.
  // Other languages get Intl's own form (US$300亿).
  if (/^en\b/i.test(locale)) {
    const symbol = format.formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
    return `${symbol}${formatNumber(value, locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 })}`;
  }
  return format.format(value);
}

export interface FormatValueOptions {
  bound?: ValueBound;
  /** ISO 4217 code when a money amount is not in US dollars. */
  currency?: string;
  locale?: string;
}

/**
 * A canonical value as a reader writes it: 3e8 W → "300 MW", 2.2e5 GPU →
 * "220,000 GPUs", 3e10 USD → "$30 billion", 5 year → "5 years", a date as a
 * date. Bounds become ≥, ≤ or ≈.
 */
export function formatValue(value: number | string, unit: string, options: FormatValueOptions = {}): string {
  const locale = options.locale ?? uiLocale();
  const prefix = BOUND_PREFIX[options.bound ?? 'exact'];
  if (typeof value === 'string') return `${prefix}${unit === 'date' ? formatDate(value, locale) : value}`;
  switch (unit) {
    case 'W': {
      const [n, suffix] = scaled(value, [[1e12, 'TW'], [1e9, 'GW'], [1e6, 'MW'], [1e3, 'kW'], [1, 'W']]);
      return `${prefix}${formatNumber(n, locale)} ${suffix}`;
    }
    case 'USD':
      return `${prefix}${formatMoney(value, options.currency ?? 'USD', locale)}`;
    case 'GPU':
      return `${prefix}${t(value === 1 ? 'shared_gpu_one' : 'shared_gpus', formatNumber(value, locale, { maximumFractionDigits: 0 }))}`;
    case 'chip':
      return `${prefix}${t(value === 1 ? 'shared_chip_one' : 'shared_chips', formatNumber(value, locale, { maximumFractionDigits: 0 }))}`;
    case 'year': {
      const [n, unitName] = value < 1 ? [value * 12, 'month'] : [value, 'year'];
      return `${prefix}${formatNumber(n, locale, { style: 'unit', unit: unitName, unitDisplay: 'long', maximumFractionDigits: 1 })}`;
    }
    case 'unit':
      return `${prefix}${formatNumber(value, locale)}`;
    default:
      return `${prefix}${formatNumber(value, locale)} ${unit}`;
  }
}
