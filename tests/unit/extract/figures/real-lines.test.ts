import { describe } from 'vitest';
import { figureTable } from './figure-table';

// Lines from the articles the extension was built for, with the figures a reader sees in them.
describe('extractFigures on real lines', () => {
  figureTable([
    ['新增 300+ MW 容量(超過 22 萬張 NVIDIA GPUs)', 'zh-Hant table cell: "+" after the number; 超過 before it, the figure ends at its counter 張', [
      { text: '300+ MW', kind: 'power', value: 3e8, unit: 'W', bound: 'min' },
      { text: '超過 22 萬張', kind: 'gpus', value: 220_000, unit: 'GPU', bound: 'min' },
    ], { lang: 'zh-Hant' }],
    ['这将在一个月内为 Anthropic 提供超过 300 兆瓦的新算力(相当于超 22 万张 NVIDIA GPU)', 'zh-Hans: 一个月 is read as a duration of 1/12 year', [
      { text: '一个月', kind: 'duration', value: 0.0833333333333333, unit: 'year', bound: 'exact' },
      { text: '超过 300 兆瓦', kind: 'power', value: 3e8, bound: 'min' },
      { text: '超 22 万张', kind: 'gpus', value: 220_000, bound: 'min' },
    ], { lang: 'zh-Hans' }],
    ['Anthropic 如今已锁定了大约 15 吉瓦的算力规模,这相当于 1100 万户家庭用电量', '大约 is approx; 1100 万户 counts households, which is no figure', [
      { text: '大约 15 吉瓦', kind: 'power', value: 1.5e10, bound: 'approx' },
    ], { lang: 'zh-Hans' }],
    ['| Amazon | up to 5 GW | Nearly 1 GW added by end of 2026 | ...', 'table row: "up to" is max, capitalised "Nearly" approx, the year alone nothing', [
      { text: 'up to 5 GW', value: 5e9, bound: 'max' },
      { text: 'Nearly 1 GW', value: 1e9, bound: 'approx' },
    ], { lang: 'en' }],
    ['$30B Azure capacity', 'a letter scale stuck to a dollar amount', [
      { text: '$30B', kind: 'money', value: 3e10, unit: 'USD', bound: 'exact' },
    ]],
    ['$200 billion over 5 years', '"over" before a duration spans it: exact, and outside the figure', [
      { text: '$200 billion', kind: 'money', value: 2e11, bound: 'exact' },
      { text: '5 years', kind: 'duration', value: 5, unit: 'year', bound: 'exact' },
    ]],
    ['Claude Pro subscribers, who pay $20 per month', 'a subscription price is a rate', [
      { text: '$20 per month', kind: 'money', value: 20, rate: true },
    ]],
    ['北京时间 5 月 7 日凌晨', 'a date with the Beijing zone before it, year from the article', [
      { text: '5 月 7 日', kind: 'date', value: '2026-05-07', unit: 'date', utcOffsetHours: 8 },
    ], { lang: 'zh-Hans', year: 2026 }],
    ['On May 6, Anthropic and SpaceX signed', 'an English date without a year takes the article year', [
      { text: 'May 6', kind: 'date', value: '2026-05-06' },
    ], { lang: 'en', year: 2026 }],
    ['300+ MW Colossus 1,22,000+ GPUs', 'a facility name runs into the count: exclude holds "Colossus 1"', [
      { text: '300+ MW', value: 3e8, bound: 'min' },
      { text: '22,000+ GPUs', value: 22_000, bound: 'min' },
    ], { exclude: [{ start: 8, end: 18 }] }],
    ['300+ MW Colossus 1,22,000+ GPUs', 'the same without exclude: "1," after a name is not glued to the count', [
      { text: '300+ MW', value: 3e8, bound: 'min' },
      { text: '22,000+ GPUs', value: 22_000, bound: 'min' },
    ]],
  ]);
});
