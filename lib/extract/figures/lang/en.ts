import type { LanguageAliases } from './types';

/** English figure vocabulary. */
export const en: LanguageAliases = {
  lang: 'en',
  units: {
    watt: 'W', watts: 'W', kilowatt: 'kW', kilowatts: 'kW', megawatt: 'MW', megawatts: 'MW',
    gigawatt: 'GW', gigawatts: 'GW', terawatt: 'TW', terawatts: 'TW',
    'graphics processing units': 'GPU', 'graphics processing unit': 'GPU', 'graphics cards': 'GPU',
    'graphics processors': 'GPU', 'graphics processor': 'GPU', 'graphics chips': 'GPU', 'graphics chip': 'GPU',
    chip: 'chip', chips: 'chip', accelerator: 'chip', accelerators: 'chip',
    'tensor processing units': 'chip',
    year: 'year', years: 'year', yr: 'year', yrs: 'year', month: 'month', months: 'month',
    dollar: 'USD', dollars: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD',
    euro: 'EUR', euros: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP', yen: 'JPY',
    yuan: 'CNY', renminbi: 'CNY',
  },
  scales: { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mln: 1e6 },
  numberWords: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  },
  articles: ['a', 'an'],
  before: {
    over: 'over', 'well over': 'over', past: 'over', 'more than': 'min', above: 'min', 'at least': 'min', 'in excess of': 'min',
    'upwards of': 'min', 'north of': 'min', exceeding: 'min', 'greater than': 'min', 'just over': 'min',
    'up to': 'max', 'as much as': 'max', 'as many as': 'max', 'a maximum of': 'max', 'no more than': 'max',
    'at most': 'max', 'less than': 'max', 'fewer than': 'max', 'just under': 'max',
    about: 'approx', around: 'approx', approximately: 'approx', nearly: 'approx', almost: 'approx',
    roughly: 'approx', some: 'approx', 'close to': 'approx', 'an estimated': 'approx', circa: 'approx',
    'approx.': 'approx', 'ca.': 'approx',
  },
  after: { 'or more': 'min', 'or less': 'max' },
  vendors: [
    'high-performance', 'high-end', 'advanced', 'cutting-edge', 'next-generation', 'next-gen', 'latest',
    'custom', 'in-house', 'data center', 'data-center', 'new', 'additional', 'more',
  ],
  ratesAfter: [
    'per month', 'a month', 'per hour', 'an hour', 'per GPU-hour', 'per GPU hour', 'per GPU per hour',
    'per chip-hour', 'per year', 'a year', 'annually', 'per annum', 'each year', 'every year', 'monthly',
    // A cost per unit of capacity: "$200B ÷ 5 GW = $40B per GW".
    'per GW', 'per MW', 'per gigawatt', 'per megawatt', 'a gigawatt', 'a megawatt',
  ],
  months: {
    January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
    September: 9, October: 10, November: 11, December: 12,
    Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
  },
};
