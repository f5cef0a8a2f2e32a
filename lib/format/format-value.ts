import type { Bound } from '../dataset/schema';

const BOUND_PREFIX: Record<Bound, string> = { exact: '', min: '≥ ', max: '≤ ', approx: '≈ ' };

/** Picks the unit prefix a reader expects: 300 MW, 5 GW, $30 billion. */
function scaled(value: number, steps: Array<[number, string]>): [number, string] {
  for (const [factor, suffix] of steps) if (Math.abs(value) >= factor) return [value / factor, suffix];
  return [value, steps[steps.length - 1]?.[1] ?? ''];
}

/**
 * A canonical value as a reader writes it, in the given locale's digits:
 * 300000000 W → "300 MW", 2e11 USD → "$200 billion", 220000 GPU → "220,000 GPUs".
 */
export function formatValue(value: number | string, unit: string, bound: Bound = 'exact', locale = 'en'): string {
  const prefix = BOUND_PREFIX[bound];
  if (typeof value === 'string') return `${prefix}${value}`;
  const number = (n: number, digits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
  switch (unit) {
    case 'W': {
      const [n, suffix] = scaled(value, [[1e12, 'TW'], [1e9, 'GW'], [1e6, 'MW'], [1e3, 'kW'], [1, 'W']]);
      return `${prefix}${number(n)} ${suffix}`;
    }
    case 'USD': {
      const [n, suffix] = scaled(value, [[1e12, ' trillion'], [1e9, ' billion'], [1e6, ' million'], [1, '']]);
      return `${prefix}$${number(n)}${suffix}`;
    }
    case 'GPU':
      return `${prefix}${number(value, 0)} GPU${value === 1 ? '' : 's'}`;
    case 'chip':
      return `${prefix}${number(value, 0)} chip${value === 1 ? '' : 's'}`;
    case 'year':
      return value < 1 ? `${prefix}${number(value * 12, 1)} months` : `${prefix}${number(value, 1)} year${value === 1 ? '' : 's'}`;
    default:
      return `${prefix}${number(value)} ${unit}`;
  }
}
