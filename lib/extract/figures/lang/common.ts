import type { LanguageAliases } from './types';

/** Symbols, SI abbreviations, currency codes and product names every language writes alike. */
export const common: LanguageAliases = {
  lang: '*',
  units: {
    W: 'W', kW: 'kW', MW: 'MW', GW: 'GW', TW: 'TW',
    GPU: 'GPU', GPUs: 'GPU',
    // "100,000 H100s": a model name in the plural counts GPUs.
    H100s: 'GPU', H200s: 'GPU', H800s: 'GPU', A100s: 'GPU', B200s: 'GPU', B300s: 'GPU', GB200s: 'GPU', GB300s: 'GPU',
    TPU: 'chip', TPUs: 'chip',
    USD: 'USD', $: 'USD', US$: 'USD',
    EUR: 'EUR', '€': 'EUR',
    GBP: 'GBP', '£': 'GBP',
    JPY: 'JPY', '¥': 'yen-sign', '￥': 'yen-sign',
    CNY: 'CNY', RMB: 'CNY',
    KRW: 'KRW', '₩': 'KRW',
    TWD: 'TWD', HKD: 'HKD', AUD: 'AUD', CAD: 'CAD',
  },
  currencyPrefixes: {
    $: 'USD', US$: 'USD', 'U.S.$': 'USD', USD: 'USD',
    // US dollars as Argentina and Uruguay write them.
    u$s: 'USD', U$S: 'USD',
    NT$: 'TWD', HK$: 'HKD', A$: 'AUD', C$: 'CAD',
    '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP',
    '¥': 'yen-sign', '￥': 'yen-sign', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY',
    '₩': 'KRW', KRW: 'KRW', TWD: 'TWD', HKD: 'HKD',
    人民币: 'CNY', 人民幣: 'CNY', 新台币: 'TWD', 新台幣: 'TWD',
  },
  // Letter scales ("$30B", "$4.5bn", "220k GPUs") are finance shorthand in every language.
  scales: { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, b: 1e9, B: 1e9, bn: 1e9, Bn: 1e9, T: 1e12, tn: 1e12 },
  before: { '~': 'approx', '≈': 'approx', '>': 'min', '≥': 'min', '<': 'max', '≤': 'max' },
  between: { '+': 'min' },
  after: { '+': 'min' },
  vendors: ['NVIDIA', 'Nvidia', 'nVidia', 'AMD', 'Intel', 'Google', 'AWS', 'Amazon', 'Microsoft', 'Meta', 'AI'],
  models: {
    H100: 'GPU', H200: 'GPU', H800: 'GPU', H20: 'GPU', A100: 'GPU', A800: 'GPU', B100: 'GPU', B200: 'GPU', B300: 'GPU',
    GB200: 'GPU', GB300: 'GPU', 'GB200 NVL72': 'GPU', Blackwell: 'GPU', 'Blackwell Ultra': 'GPU', Hopper: 'GPU',
    Rubin: 'GPU', 'Vera Rubin': 'GPU', MI300X: 'GPU', MI300: 'GPU', MI325X: 'GPU', MI355X: 'GPU', MI400: 'GPU',
    MI450: 'GPU', Instinct: 'GPU', Gaudi: 'chip',
    Trainium: 'chip', Trainium2: 'chip', Trainium3: 'chip', Inferentia: 'chip', Inferentia2: 'chip',
    TPU: 'chip', Ironwood: 'chip', Trillium: 'chip', Maia: 'chip', MTIA: 'chip',
  },
  ratesAfter: [
    '/month', '/mo', '/hr', '/h', '/hour', '/year', '/yr', '/GPU-hour', '/GPU-hr', '/GPU/hr', '/GPU/hour',
    '/月', '/年', '/小时', '/小時', '/時間', '/월', '/년', '/mois', '/Monat', '/mes',
    // A cost per unit of capacity: "$40B/GW".
    '/GW', '/MW', '/kW',
  ],
};
