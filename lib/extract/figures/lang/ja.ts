import type { LanguageAliases } from './types';

/** Japanese figure vocabulary; numerals and myriads (万, 億, 兆) are shared with Chinese. */
export const ja: LanguageAliases = {
  lang: 'ja',
  units: {
    ワット: 'W', キロワット: 'kW', メガワット: 'MW', ギガワット: 'GW', テラワット: 'TW',
    チップ: 'chip', 半導体チップ: 'chip', アクセラレータ: 'chip', アクセラレーター: 'chip',
    年間: 'year', か月: 'month', ヶ月: 'month', カ月: 'month', ケ月: 'month', ヵ月: 'month', 箇月: 'month',
    か月間: 'month', ヶ月間: 'month', カ月間: 'month',
    ドル: 'USD', 米ドル: 'USD', 円: 'JPY', ユーロ: 'EUR', ポンド: 'GBP', 人民元: 'CNY', ウォン: 'KRW',
  },
  before: {
    約: 'approx', およそ: 'approx', ほぼ: 'approx', 最大: 'max', 最大で: 'max', 最高: 'max',
    少なくとも: 'min', 最低: 'min',
  },
  between: { 余: 'min' },
  after: {
    以上: 'min', 超: 'min', を超える: 'min', を上回る: 'min', 強: 'min', 余り: 'min',
    近く: 'approx', 程度: 'approx', 前後: 'approx', 弱: 'approx',
    まで: 'max', 以下: 'max', 未満: 'max',
  },
  classifiers: { 基: 'any', 枚: 'any', 個: 'any', 台: 'any' },
  vendors: ['エヌビディア', 'エヌビディア製', 'NVIDIA製', 'Nvidia製', '高性能', '最先端'],
  // 年 alone before an amount is a year's: "年およそ333億ドル" (only after kana or punctuation: see extract-figures.ts).
  ratesBefore: ['月額', '年額', '毎月', '年間', '年', 'GW当たり', '1GW当たり', 'GWあたり', '1GWあたり', 'ギガワット当たり', '1ギガワット当たり', 'ギガワットあたり', '1ギガワットあたり', 'MW当たり', 'メガワット当たり', 'メガワットあたり',
    '年あたり', '1年あたり', '年当たり', '1年当たり'],
  // The unit a cost is given per: the "1GW" of "1GW当たり約300億ドル".
  ratesAfter: ['当たり', 'あたり'],
};
