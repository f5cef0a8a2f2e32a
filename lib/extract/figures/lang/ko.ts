import type { LanguageAliases } from './types';

/** Korean figure vocabulary; myriads (만, 억, 조) are built into the grammar. */
export const ko: LanguageAliases = {
  lang: 'ko',
  units: {
    와트: 'W', 킬로와트: 'kW', 메가와트: 'MW', 기가와트: 'GW', 테라와트: 'TW',
    칩: 'chip', 가속기: 'chip', 반도체: 'chip',
    년: 'year', 년간: 'year', 개월: 'month', 개월간: 'month',
    달러: 'USD', '미국 달러': 'USD', 원: 'KRW', 유로: 'EUR', 엔화: 'JPY', 위안: 'CNY', 파운드: 'GBP',
  },
  before: { 약: 'approx', 거의: 'approx', 대략: 'approx', 최대: 'max', 최소: 'min', 적어도: 'min' },
  // 300여 MW: "some 300-odd", read as at least.
  between: { 여: 'min' },
  // Particles (가/이/를/을) may sit between the unit and 넘는 "exceeding".
  after: {
    이상: 'min', 초과: 'min', 넘는: 'min', 넘게: 'min', '가 넘는': 'min', '이 넘는': 'min', '를 넘는': 'min',
    '을 넘는': 'min', 가량: 'approx', 정도: 'approx', 안팎: 'approx', 내외: 'approx',
    까지: 'max', 이하: 'max', 미만: 'max',
  },
  classifiers: { 개: 'any', 장: 'any', 대: 'any' },
  vendors: ['엔비디아', '고성능', '최신'],
  ratesBefore: ['월', '매월', '연간', '매년', '시간당', 'GW당', '1GW당', '1 GW당', '기가와트당', 'MW당', '메가와트당'],
  // The unit a cost is given per: the "1GW" of "1GW당 약 300억 달러".
  ratesAfter: ['당'],
};
