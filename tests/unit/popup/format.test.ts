import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatLanguage, formatNumber, formatValue } from '@/components/shared/format';
import { setMessageSource } from '@/components/shared/i18n';
import { messageSource } from './messages';

describe('formatValue in English', () => {
  beforeAll(() => setMessageSource(messageSource('en')));

  it.each([
    // Power takes the SI prefix a reader expects.
    [3e8, 'W', {}, '300 MW'],
    [5e9, 'W', {}, '5 GW'],
    [1.25e9, 'W', { bound: 'approx' }, '≈ 1.25 GW'],
    // GPUs and chips are counted, with the plural only where English has one.
    [220000, 'GPU', { bound: 'min' }, '≥ 220,000 GPUs'],
    [1, 'GPU', {}, '1 GPU'],
    [2, 'chip', {}, '2 chips'],
    // Dollars in words, not "$30B".
    [3e10, 'USD', {}, '$30 billion'],
    [4.5e9, 'USD', { bound: 'max' }, '≤ $4.5 billion'],
    // A non-USD amount keeps its currency.
    [2e11, 'USD', { currency: 'CNY' }, 'CN¥200 billion'],
    // Durations: years, months under one year.
    [5, 'year', {}, '5 years'],
    [0.5, 'year', {}, '6 months'],
    [1200, 'unit', {}, '1,200'],
    // Dates are the calendar day stated, in any time zone.
    ['2026-05-06', 'date', {}, 'May 6, 2026'],
  ] as const)('%s %s %o → %s', (value, unit, options, expected) => {
    expect(formatValue(value, unit, { locale: 'en', ...options })).toBe(expected);
  });
});

describe('formatValue in Chinese', () => {
  beforeAll(() => setMessageSource(messageSource('zh_CN')));

  it.each([
    [220000, 'GPU', 'zh-CN', '220,000 块 GPU'],
    [3e10, 'USD', 'zh-CN', 'US$300亿'],
    [5, 'year', 'zh-CN', '5年'],
    [3e10, 'USD', 'zh-TW', 'US$300億'],
  ] as const)('%s %s in %s → %s', (value, unit, locale, expected) => {
    expect(formatValue(value, unit, { locale })).toBe(expected);
  });
});

describe('the other formatters', () => {
  it('formats numbers, dates and languages for the UI language', () => {
    expect(formatNumber(220000, 'en')).toBe('220,000');
    expect(formatDate('2026-05-07', 'zh-CN')).toBe('2026年5月7日');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatLanguage('zh-Hant', 'en')).toBe('Traditional Chinese');
    expect(formatLanguage('zh-Hant', 'zh-CN')).toBe('繁体中文');
  });
});
