import type { RawFigure } from '../raw-figure';
import type { UnitId } from './lang';

/** What a unit alias means: the figure kind, the canonical unit and the factor into it. */
export interface UnitMeaning {
  kind: Exclude<RawFigure['kind'], 'date'>;
  unit: Exclude<RawFigure['unit'], 'date'>;
  /** Multiply the read number by this to get the canonical value. */
  factor: number;
  /** Divide instead (months into years), kept apart to avoid 1/12 rounding. */
  divisor?: number;
  /** ISO 4217 code for money not in US dollars. */
  currency?: string;
}

const power = (factor: number): UnitMeaning => ({ kind: 'power', unit: 'W', factor });
const money = (currency?: string): UnitMeaning => ({ kind: 'money', unit: 'USD', factor: 1, ...(currency ? { currency } : {}) });

/**
 * Reads a unit for an article in `lang` (BCP 47). The switch is exhaustive: a
 * new unit id does not compile until it is given a meaning here.
 */
export function unitMeaning(unit: UnitId, lang: string): UnitMeaning {
  switch (unit) {
    case 'W':
      return power(1);
    case 'kW':
      return power(1e3);
    case 'MW':
      return power(1e6);
    case 'GW':
      return power(1e9);
    case 'TW':
      return power(1e12);
    case 'GPU':
      return { kind: 'gpus', unit: 'GPU', factor: 1 };
    case 'chip':
      return { kind: 'chips', unit: 'chip', factor: 1 };
    case 'year':
      return { kind: 'duration', unit: 'year', factor: 1 };
    case 'month':
      return { kind: 'duration', unit: 'year', factor: 1, divisor: 12 };
    case 'USD':
      return money();
    case 'EUR':
    case 'GBP':
    case 'JPY':
    case 'CNY':
    case 'KRW':
    case 'TWD':
    case 'HKD':
    case 'AUD':
    case 'CAD':
      return money(unit);
    case 'yuan':
      // Taiwanese and Hong Kong papers write 元 for their own dollar (億元 = NT$ 100 M).
      if (/^zh-(hant|tw)/i.test(lang)) return money('TWD');
      if (/^zh-(hk|mo)/i.test(lang)) return money('HKD');
      return money('CNY');
    case 'yen-sign':
      return money(/^zh/i.test(lang) ? 'CNY' : 'JPY');
    default:
      return unit satisfies never;
  }
}
