import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in Japanese', () => {
  figureTable([
    ['22万基のNVIDIA製GPU', 'a counter ends the figure; the noun after it (の, vendor, GPU) says what it counts', [{ text: '22万基', kind: 'gpus', value: 220_000 }]],
    ['エヌビディア製GPUを約22万基搭載している', 'the noun before the number, then を and 約', [{ text: '約22万基', kind: 'gpus', value: 220_000, bound: 'approx' }]],
    ['A100は約2万5000枚だった', 'a model name as the noun, and 2万5000 in two tiers', [{ text: '約2万5000枚', kind: 'gpus', value: 25_000 }]],
    ['TPUを100万個', 'a chip noun before the number', [{ kind: 'chips', value: 1e6 }]],
    ['エヌビディア製GPU２２万基以上を使う', 'a count run on to GPU, in full-width digits', [{ text: '２２万基以上', kind: 'gpus', value: 220_000, bound: 'min' }]],
    ['約22万基だった', 'a bare counter with no noun counts nothing we know', []],
    ['22万枚のGPU', '枚 counts cards', [{ value: 220_000 }]],
    ['22万基以上のGPU', 'a qualifier after the counter', [{ bound: 'min' }]],
    ['22万基を超えるエヌビディア製のGPU', 'a qualifier, then the maker with の before the noun', [{ text: '22万基を超える', kind: 'gpus', value: 220_000, bound: 'min' }]],
    ['100万個のチップ', 'チップ are chips', [{ kind: 'chips', value: 1e6 }]],
    ['最大5ギガワット', '最大 → max', [{ text: '最大5ギガワット', value: 5e9, bound: 'max' }]],
    ['300メガワット以上', '以上 → min', [{ value: 3e8, bound: 'min' }]],
    ['約300億ドル', '約 → approx, 億 and ドル', [{ kind: 'money', value: 3e10, bound: 'approx' }]],
    ['300億ドル超', '超 after the amount → min', [{ bound: 'min' }]],
    ['GPUは22万〜23万基', 'a range whose low end has its own myriad', [{ text: '22万〜23万基', value: 230_000, low: 220_000, bound: 'max' }]],
    ['300億〜400億ドル', 'a money range in 億 on both ends', [{ text: '300億〜400億ドル', value: 4e10, low: 3e10, bound: 'max' }]],
    ['1兆円', '兆 is 10^12 before 円; yen keep their currency', [{ value: 1e12, currency: 'JPY' }]],
    ['¥100億', 'the yen sign in Japanese text', [{ value: 1e10, currency: 'JPY' }]],
    ['月額20ドル', '月額 makes it a rate', [{ text: '月額20ドル', rate: true }]],
    ['1GW当たり約300億ドル', 'a cost per gigawatt, and the gigawatt it is per', [{ value: 1e9, rate: true }, { value: 3e10, rate: true }]],
    ['5年間', 'a duration', [{ kind: 'duration', value: 5 }]],
    ['5年', 'a duration without 間', [{ value: 5 }]],
    ['6か月', 'months', [{ value: 0.5 }]],
    ['2026年', 'a calendar year', []],
    ['エヌビディア製のGPU（画像処理半導体）が22万基以上並び', 'a gloss in brackets after the noun', [{ text: '22万基以上', kind: 'gpus', value: 220_000, bound: 'min' }]],
    ['エヌビディア製のGPUで、数にして約18万基です', 'the noun, then "in number" after a comma', [{ text: '約18万基', kind: 'gpus', value: 180_000 }]],
    ['工場は3基で、数にして約18万基の', 'only after a GPU noun', []],
    ['AI半導体を27年から本格出荷', 'a year in two digits, from which something starts', []],
    ['契約期間は5年から7年', 'a span from five to seven years is still two durations', [{ value: 5 }, { value: 7 }]],
    ['単純計算で年およそ333億ドルを支払う', '年 before the amount makes it a yearly rate', [{ value: 3.33e10, rate: true }]],
    ['2026年300億ドルを投じる', 'a year right before the amount is no rate', [{ text: '300億ドル', value: 3e10 }]],
    ['来年300億ドルを投じる', 'nor is 来年 (next year)', [{ text: '300億ドル', value: 3e10 }]],
  ], { lang: 'ja' });
});
