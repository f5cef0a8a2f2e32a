import type { LanguageAliases } from './types';

/** Simplified and Traditional Chinese together: the scripts share grammar and rarely collide. */
export const zh: LanguageAliases = {
  lang: 'zh',
  units: {
    瓦: 'W', 瓦特: 'W', 千瓦: 'kW', 瓩: 'kW', 兆瓦: 'MW', 百万瓦: 'MW', 百萬瓦: 'MW', 吉瓦: 'GW', 千兆瓦: 'GW', 太瓦: 'TW',
    显卡: 'GPU', 顯卡: 'GPU', 图形处理器: 'GPU', 圖形處理器: 'GPU', 图形处理单元: 'GPU', 圖形處理單元: 'GPU', 繪圖處理器: 'GPU', 绘图处理器: 'GPU',
    芯片: 'chip', 晶片: 'chip', 加速器: 'chip', 加速卡: 'chip', 算力卡: 'chip', 处理器: 'chip', 處理器: 'chip',
    年: 'year', 年间: 'year', 年間: 'year', 个月: 'month', 個月: 'month',
    美元: 'USD', 美金: 'USD', 欧元: 'EUR', 歐元: 'EUR', 英镑: 'GBP', 英鎊: 'GBP',
    日元: 'JPY', 日圓: 'JPY', 日圆: 'JPY', 日幣: 'JPY', 人民币: 'CNY', 人民幣: 'CNY', 元: 'yuan',
    港元: 'HKD', 港币: 'HKD', 港幣: 'HKD', 新台币: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD',
    韩元: 'KRW', 韓元: 'KRW',
  },
  before: {
    超过: 'min', 超過: 'min', 超: 'min', 逾: 'min', 多于: 'min', 多於: 'min', 至少: 'min',
    不少于: 'min', 不少於: 'min', 不低于: 'min', 不低於: 'min',
    最多: 'max', 最高: 'max', 多达: 'max', 多達: 'max', 高达: 'max', 高達: 'max',
    不超过: 'max', 不超過: 'max', 最大: 'max', 上限: 'max',
    约: 'approx', 約: 'approx', 近: 'approx', 大约: 'approx', 大約: 'approx', 将近: 'approx',
    將近: 'approx', 接近: 'approx', 约合: 'approx', 約合: 'approx', 大概: 'approx', 差不多: 'approx',
    // "recent 5 years", "the most recent": not "nearly".
    最近: 'none', 附近: 'none',
  },
  // 300多兆瓦, 22万余张: "and more".
  between: { 多: 'min', 余: 'min', 餘: 'min' },
  after: { 以上: 'min', 之上: 'min', 左右: 'approx', 上下: 'approx', 以下: 'max', 以内: 'max', 以內: 'max' },
  // 张/張 count cards: in this domain a bare "22 万张" counts GPUs.
  classifiers: {
    张: 'GPU', 張: 'GPU', 块: 'any', 塊: 'any', 颗: 'any', 顆: 'any', 枚: 'any', 个: 'any', 個: 'any', 台: 'any', 片: 'any',
    // Hong Kong counts chips with 粒: "逾22萬粒英偉達GPU".
    粒: 'any',
  },
  vendors: ['英伟达', '英偉達', '辉达', '輝達', '谷歌', '亚马逊', '亞馬遜', '自研', '高性能', '高端', '先进', '先進'],
  ratesBefore: ['每月', '每个月', '每個月', '每年', '每小时', '每小時', '每吉瓦', '每GW', '每 GW', '每兆瓦', '每MW', '每 MW'],
  ratesAfter: ['每月', '每年', '每小时', '每小時'],
};
