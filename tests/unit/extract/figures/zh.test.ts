import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in Chinese', () => {
  describe('simplified', () => {
    figureTable([
      ['超过 22 万张', 'a bare 张 counts GPU cards', [{ text: '超过 22 万张', kind: 'gpus', value: 220_000, bound: 'min' }]],
      ['22万张英伟达GPU', 'no spaces, a Chinese vendor name; the figure ends at 张', [{ text: '22万张', value: 220_000, kind: 'gpus' }]],
      ['GPU数量达22万块', 'a bare 块 counts the GPU noun a few characters before it', [{ text: '22万块', kind: 'gpus', value: 220_000 }]],
      ['英伟达GPU，数量约22万块', 'and after a comma, when the count is said to be of it', [{ text: '约22万块', kind: 'gpus', value: 220_000 }]],
      ['裝有逾22萬顆輝達（NVIDIA）GPU', 'a counter whose noun follows behind a maker glossed in brackets', [{ text: '逾22萬顆', kind: 'gpus', value: 220_000 }]],
      ['TPU 100万颗', 'a chip noun before the number', [{ kind: 'chips', value: 1e6 }]],
      ['3 个人', 'a bare counter with no GPU noun', []],
      ['22 万张以上', '以上 after the counter → min', [{ text: '22 万张以上', bound: 'min' }]],
      ['GPU 数量达 22 万张,', 'the noun before the count: the bare counter still counts cards', [{ text: '22 万张', value: 220_000 }]],
      ['1000 万张图片', '张 before another noun counts that noun', []],
      ['22万余张', '余 between number and counter → min', [{ bound: 'min' }]],
      ['三十万张', 'a numeral in characters', [{ value: 300_000, kind: 'gpus' }]],
      ['100万颗芯片', '颗 + 芯片 are chips', [{ kind: 'chips', unit: 'chip', value: 1e6 }]],
      ['多达 100 万颗芯片', '多达 → max', [{ bound: 'max' }]],
      ['1100 万户家庭', '户 (households) is no unit', []],
      ['300 兆瓦', '兆瓦 is MW, never 10^12 W', [{ value: 3e8 }]],
      ['300兆瓦时', '兆瓦时 is energy, not power', []],
      ['15 吉瓦', '吉瓦 is GW', [{ value: 1.5e10 }]],
      ['100万千瓦', '万 then 千瓦: 10^6 kW', [{ value: 1e9 }]],
      ['300多兆瓦', '多 → min', [{ bound: 'min', value: 3e8 }]],
      ['300兆瓦左右', '左右 after the unit → approx', [{ text: '300兆瓦左右', bound: 'approx' }]],
      ['约 300 兆瓦', '约 → approx', [{ bound: 'approx' }]],
      ['近 22 万张', '近 → approx', [{ bound: 'approx' }]],
      ['将近 1 吉瓦', '将近 (not 近) → approx', [{ text: '将近 1 吉瓦', bound: 'approx' }]],
      ['最多 5 吉瓦', '最多 → max', [{ bound: 'max' }]],
      ['不超过 5 吉瓦', '不超过 (not 超过) → max', [{ text: '不超过 5 吉瓦', bound: 'max' }]],
      ['逾 5 吉瓦', '逾 → min', [{ bound: 'min' }]],
      ['2000亿美元', 'digits, 亿, dollars', [{ kind: 'money', value: 2e11, unit: 'USD' }]],
      ['两千亿美元', 'characters, 亿, dollars', [{ value: 2e11 }]],
      ['部署了22万块以上的英伟达GPU', '的 between the counter and its noun', [{ text: '22万块以上', kind: 'gpus', value: 220_000, bound: 'min' }]],
      ['300亿至400亿美元', 'a range with 亿 on both ends', [{ text: '300亿至400亿美元', value: 4e10, low: 3e10, bound: 'max' }]],
      ['22万至23万张GPU', 'a GPU range in 万', [{ kind: 'gpus', value: 230_000, low: 220_000 }]],
      ['2,000 億美元', 'comma thousands before a myriad', [{ value: 2e11 }]],
      ['3亿5000万美元', 'a two-tier myriad amount', [{ value: 3.5e8 }]],
      ['2000亿元', 'yuan in mainland text', [{ value: 2e11, currency: 'CNY' }]],
      ['每月 20 美元', '每月 before the amount makes it a rate', [{ text: '每月 20 美元', rate: true }]],
      ['每吉瓦约120亿美元', 'a cost per gigawatt', [{ value: 1.2e10, rate: true }]],
      ['20 美元/月', 'a rate after the amount', [{ rate: true }]],
      ['五年', 'a duration in characters', [{ kind: 'duration', value: 5 }]],
      ['5 年间', '年间', [{ value: 5 }]],
      ['一个月内', 'one month: 1/12 of a year', [{ text: '一个月', value: 0.0833333333333333 }]],
      ['6 个月', 'months', [{ value: 0.5 }]],
      ['2026 年底', 'a calendar year is no duration', []],
      ['5 月', 'a month name is no duration', []],
      ['第一年', 'an ordinal is no count', []],
      ['最近 5 年', '最近 (recent) is not 近 (nearly)', [{ text: '5 年', bound: 'exact' }]],
      ['１００万颗芯片', 'full-width digits', [{ text: '１００万颗', value: 1e6 }]],
    ], { lang: 'zh-Hans' });
  });

  describe('traditional', () => {
    figureTable([
      ['超過 22 萬張 NVIDIA GPUs', '超過, 萬, 張', [{ value: 220_000, bound: 'min' }]],
      ['2.2 萬張', 'a decimal before a myriad', [{ value: 22_000 }]],
      // Hong Kong counts chips with 粒, as it counts sweets.
      ['Colossus 1配備逾22萬粒英偉達GPU', '粒 counts GPUs when the noun follows', [{ text: '逾22萬粒', kind: 'gpus', value: 220_000, bound: 'min' }]],
      ['聲稱擁有220萬粒GPU', '粒 right before GPU', [{ text: '220萬粒', kind: 'gpus', value: 2_200_000 }]],
      ['每日食兩粒維他命，一盒有730粒', '粒 with no chip noun counts nothing of ours', []],
      ['2,000 億元', '元 in Taiwanese text is the New Taiwan dollar', [{ value: 2e11, currency: 'TWD' }]],
      ['約 300 兆瓦', '約 → approx', [{ bound: 'approx' }]],
      ['5 年間', '年間', [{ value: 5 }]],
    ], { lang: 'zh-Hant' });
  });
});
