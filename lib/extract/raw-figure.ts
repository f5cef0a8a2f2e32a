import type { Bound } from '../dataset/schema';
import type { FigureKind } from '../analyze/types';

/**
 * A figure as the grammar reads it from one block of text, before it is linked
 * to a deal. Offsets are UTF-16 indices into that block's text.
 */
export interface RawFigure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  /** Canonical value (W, GPU, chip, USD, year, unit), or YYYY-MM-DD for dates. */
  value: number | string;
  unit: 'W' | 'GPU' | 'chip' | 'USD' | 'year' | 'unit' | 'date';
  bound: Bound;
  /** The low end of a range the text states ("1–2 GW", "22万〜23万基"); `value` is its high end. */
  low?: number;
  /** ISO 4217 code when money is not in US dollars (value is then in that currency). */
  currency?: string;
  /** A rate such as "$20 per month": never a deal's total. */
  rate?: boolean;
  /** Hours the text's stated time zone is ahead of UTC (北京时间 → 8), for dates. */
  utcOffsetHours?: number;
  /** A date said in its small hours (凌晨, 未明, 새벽): in a zone ahead of the US, the day before there. */
  smallHours?: boolean;
}

export interface ExtractOptions {
  /** Article language (BCP 47), a hint for separators such as 220.000 (de) vs 220.000 (en decimal). */
  lang?: string;
  /** Year to give dates that name none (from the article's publish date). */
  year?: number;
  /** The article's publish date (YYYY-MM-DD...), for a day named alone (6일, 本月6日). */
  published?: string;
  /** Spans (entity names) that must never be read as numbers, e.g. the "1" of "Colossus 1". */
  exclude?: ReadonlyArray<{ start: number; end: number }>;
}
