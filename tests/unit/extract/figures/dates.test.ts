import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/extract/figures/extract-figures';
import { figureTable } from './figure-table';

describe('extractFigures dates', () => {
  describe('forms', () => {
    figureTable([
      ['May 6', 'English month first, year from the article', [{ text: 'May 6', kind: 'date', unit: 'date', value: '2026-05-06', bound: 'exact' }]],
      ['May 6, 2026', 'with its own year', [{ text: 'May 6, 2026', value: '2026-05-06' }]],
      ['May 6, 2025', 'the text’s year wins over the article’s', [{ value: '2025-05-06' }]],
      ['6 May 2026', 'day first in English', [{ value: '2026-05-06' }]],
      ['Sept. 6th', 'an abbreviation with a dot and an ordinal', [{ value: '2026-09-06' }]],
      ['6. Mai', 'German ordinal day', [{ text: '6. Mai', value: '2026-05-06' }]],
      ['le 6 mai', 'French', [{ text: '6 mai', value: '2026-05-06' }]],
      ['1er mai', 'French first of the month', [{ value: '2026-05-01' }]],
      ['6 de mayo de 2026', 'Spanish with "de"', [{ text: '6 de mayo de 2026', value: '2026-05-06' }]],
      ['5 月 6 日', 'Chinese with spaces', [{ value: '2026-05-06' }]],
      ['5月6日', 'Chinese/Japanese without spaces', [{ value: '2026-05-06' }]],
      ['5月6号', 'colloquial 号', [{ value: '2026-05-06' }]],
      ['2026年5月6日', 'with the year', [{ text: '2026年5月6日', value: '2026-05-06' }]],
      ['5월 6일', 'Korean', [{ value: '2026-05-06' }]],
      ['2026년 5월 6일', 'Korean with the year', [{ value: '2026-05-06' }]],
      ['2026-05-06', 'ISO', [{ value: '2026-05-06' }]],
      ['2026/5/6', 'slashes, no padding', [{ value: '2026-05-06' }]],
      ['6.5.2026', 'German numeric', [{ value: '2026-05-06' }]],
    ], { year: 2026 });
  });

  describe('a day of the month alone, in Chinese, Japanese and Korean', () => {
    figureTable([
      ['앤트로픽은 6일(현지시간) 밝혔다', 'a Korean day, in the publish month', [{ text: '6일', kind: 'date', value: '2026-05-06' }]],
      ['双方本月6日宣布合作', '本月 (this month) before the day', [{ text: '本月6日', value: '2026-05-06' }]],
      ['지난달 3일에는 계약을 발표했다', '지난달 (last month) before the day', [{ text: '지난달 3일', value: '2026-04-03' }]],
      ['先月3日に発表した', '先月 (last month), in Japanese', [{ text: '先月3日', value: '2026-04-03' }]],
      ['上个月3日宣布', '上个月 (last month), in Chinese', [{ text: '上个月3日', value: '2026-04-03' }]],
      ['6日に発表した', 'Japanese', [{ text: '6日', value: '2026-05-06' }]],
      ['28日に発表した', 'a day after the publish day is last month’s', [{ value: '2026-04-28' }]],
      ['6日間で完成', 'a span of days', []],
      ['6일간 진행', 'a Korean span of days', []],
      ['6일 만에 완공', 'within six days', []],
      ['6日以内に', 'within six days, in Japanese', []],
      ['3号机组', 'a numbered unit, not a day', []],
      ['5日元', 'yen, not a day', [{ kind: 'money', value: 5, currency: 'JPY' }]],
    ], { year: 2026, published: '2026-05-07' });
    figureTable([
      ['6日に発表した', 'no publish date: no month to give it', []],
    ], { year: 2026 });
  });

  describe('time zones', () => {
    figureTable([
      ['北京时间 5 月 7 日凌晨', 'Beijing time before the date, in its small hours', [{ utcOffsetHours: 8, smallHours: true }]],
      ['台北時間 5 月 7 日', 'Taipei time', [{ utcOffsetHours: 8 }]],
      ['台灣時間5月7日凌晨', 'Taiwan time', [{ utcOffsetHours: 8, smallHours: true }]],
      ['日本時間5月7日未明', 'Japan time', [{ utcOffsetHours: 9, smallHours: true }]],
      ['한국시간 5월 7일 새벽', 'Korea time', [{ utcOffsetHours: 9, smallHours: true }]],
      ['5月7日（日本時間）', 'a zone in brackets after the date', [{ utcOffsetHours: 9 }]],
      ['美國時間5月7日', 'US time: behind UTC, whichever zone', [{ utcOffsetHours: -4 }]],
      ['미국 시간 5월 7일', 'US time in Korean', [{ utcOffsetHours: -4 }]],
      ['미국 현지 시간으로 5월 7일', 'US local time in Korean, with its particle', [{ utcOffsetHours: -4 }]],
      // "Local time", said of the US deals the dataset dates in US time.
      ['스페이스X는 현지시간 5월 7일, 계약을 발표했다', 'local time in Korean', [{ utcOffsetHours: -4 }]],
      ['当地时间5月7日', 'local time in Chinese', [{ utcOffsetHours: -4 }]],
      ['미국 현지시간 5월 7일', 'US local time in Korean, written as one word', [{ utcOffsetHours: -4 }]],
      ['米国時間で5月7日', 'US time in Japanese, with its particle', [{ utcOffsetHours: -4 }]],
      ['May 6 at 10 a.m. ET', 'Eastern Time in summer is UTC-4', [{ utcOffsetHours: -4 }]],
      ['January 6 at 10 a.m. ET', 'Eastern Time in winter is UTC-5', [{ utcOffsetHours: -5 }]],
      ['May 6, 10 a.m. PT', 'Pacific Time in summer is UTC-7', [{ utcOffsetHours: -7 }]],
      ['May 6 (PST)', 'an explicit standard time', [{ utcOffsetHours: -8 }]],
      ['May 6 09:00 UTC', 'UTC', [{ utcOffsetHours: 0 }]],
      ['May 6 09:00 UTC+8', 'an explicit offset', [{ utcOffsetHours: 8 }]],
      ['6. Mai, 9 Uhr MESZ', 'German summer time', [{ utcOffsetHours: 2 }]],
      ['May 6 JST', 'an abbreviation after the date', [{ utcOffsetHours: 9 }]],
      ['le 7 mai au matin, heure de Singapour', 'Singapore time in French, after the time of day', [{ utcOffsetHours: 8 }]],
      ['7. Mai, Pekinger Zeit', 'Beijing time in German', [{ utcOffsetHours: 8 }]],
      ['7 de mayo, hora de Tokio', 'Tokyo time in Spanish', [{ utcOffsetHours: 9 }]],
      ['le 7 mai à 1 heure du matin, heure de Paris', 'Paris time in summer is UTC+2', [{ utcOffsetHours: 2 }]],
      ['le 7 janvier, heure de Paris', 'Paris time in winter is UTC+1', [{ utcOffsetHours: 1 }], { year: 2026 }],
      ['in der Nacht zum 7. Mai deutscher Zeit', 'German time in summer', [{ utcOffsetHours: 2 }]],
      ['7 de mayo, hora peninsular', 'Spain\'s mainland time in summer', [{ utcOffsetHours: 2 }]],
      ['May 6', 'no zone: none set', [{ value: '2026-05-06' }]],
    ], { year: 2026 });
  });

  it('says no small hours of a morning', () => {
    expect(extractFigures('北京时间5月7日上午', { year: 2026 })[0]).not.toHaveProperty('smallHours');
  });

  describe('negatives', () => {
    figureTable([
      ['May 6', 'no year in the text or the options: omitted', []],
      ['31 April 2026', 'no such day', []],
      ['May 2026', 'a month without a day', []],
      ['you may 6 times', '"may" the verb', []],
      ['6 Mars rovers', 'a French month in an English article', [], { lang: 'en' }],
      ['2026 年', 'a year alone', []],
    ]);
  });
});
