import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in Korean', () => {
  figureTable([
    ['22만 개의 GPU', '개 + 의 + GPU: the figure ends at the counter', [{ text: '22만 개', kind: 'gpus', value: 220_000 }]],
    ['엔비디아 GPU 2만2천 개가 들어가 있다', 'the noun before the number; 2만2천 in two tiers', [{ text: '2만2천 개', kind: 'gpus', value: 22_000 }]],
    ['GPU 2.2만 개', 'a decimal before 만', [{ value: 22_000 }]],
    ['사과 3 개', 'a bare counter after another noun', []],
    ['22만개 엔비디아 GPU', 'a Korean vendor name', [{ value: 220_000 }]],
    ['22만 개 이상의 GPU', '이상 after the counter → min', [{ bound: 'min' }]],
    ['22만 개가 넘는 GPU', 'a particle and 넘는 after the counter → min', [{ text: '22만 개가 넘는', bound: 'min' }]],
    ['100만 개의 칩', '칩 are chips', [{ kind: 'chips', value: 1e6 }]],
    ['300 MW 이상', '이상 after the unit → min', [{ text: '300 MW 이상', bound: 'min' }]],
    ['1000억 달러 이상', '억, 달러, 이상', [{ kind: 'money', value: 1e11, bound: 'min' }]],
    ['300억 달러', '억 then 달러', [{ value: 3e10 }]],
    ['약 300MW', '약 → approx', [{ text: '약 300MW', bound: 'approx' }]],
    ['최대 5GW까지', '최대 and 까지 → max', [{ text: '최대 5GW까지', bound: 'max' }]],
    ['거의 1기가와트', '거의 → approx, 기가와트', [{ value: 1e9, bound: 'approx' }]],
    ['300여 MW', '여 → min', [{ bound: 'min' }]],
    ['1조 5000억 원', 'two tiers of myriads in won', [{ value: 1.5e12, currency: 'KRW' }]],
    ['월 20달러', '월 before the amount makes it a rate', [{ text: '월 20달러', rate: true }]],
    ['1GW당 약 300억 달러', 'a cost per gigawatt, and the gigawatt it is per', [{ value: 1e9, rate: true }, { value: 3e10, rate: true }]],
    ['300억 달러 당시 환율로', 'no rate before "당시" (then)', [{ text: '300억 달러', value: 3e10 }]],
    ['5년', 'a duration', [{ kind: 'duration', value: 5 }]],
    ['6개월', 'months', [{ value: 0.5 }]],
    ['2026년', 'a calendar year', []],
    ['22만 개', 'a bare counter is no unit in Korean', []],
  ], { lang: 'ko' });
});
