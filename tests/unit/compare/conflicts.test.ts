import { describe, expect, it } from 'vitest';
import { agree, findConflicts, type FactFigure } from '@/lib/compare/conflicts';

const gpus = (value: number, more: Partial<FactFigure> = {}): FactFigure => ({ dealId: 'd', fact: 'gpus', value, bound: 'exact', ...more });

describe('agree', () => {
  it.each<[string, FactFigure, FactFigure, boolean]>([
    ['the same number', gpus(220_000), gpus(220_000), true],
    ['a number and its rounding ("$1.5 billion", "$1.46 billion")', gpus(1.5e9), gpus(1.46e9), true],
    ['"220,000+" and "about 220,000"', gpus(220_000, { bound: 'min' }), gpus(220_000, { bound: 'approx' }), true],
    ['a tenfold slip ("220,000" and "22,000+")', gpus(220_000), gpus(22_000, { bound: 'min' }), false],
    ['300 MW and 1 GW', gpus(300e6), gpus(1e9), false],
    ['one day', { dealId: 'd', value: '2026-05-06', bound: 'exact' }, { dealId: 'd', value: '2026-05-06', bound: 'exact' }, true],
    ['two days a day apart', { dealId: 'd', value: '2026-05-06', bound: 'exact' }, { dealId: 'd', value: '2026-05-05', bound: 'exact' }, false],
    ['a day ahead in a stated zone (北京时间 5 月 7 日)', { dealId: 'd', value: '2026-05-06', bound: 'exact' }, { dealId: 'd', value: '2026-05-07', bound: 'exact', zoned: true }, true],
    ['a day ahead in a zone ahead (美國當地時間 5月6日, 北京时间 5月7日)', { dealId: 'd', value: '2026-05-06', bound: 'exact', zoned: true, utcOffsetHours: -4 }, { dealId: 'd', value: '2026-05-07', bound: 'exact', zoned: true, utcOffsetHours: 8 }, true],
    ['a day apart in one zone (美國當地時間 5月6日 and 5月7日)', { dealId: 'd', value: '2026-05-06', bound: 'exact', zoned: true, utcOffsetHours: -4 }, { dealId: 'd', value: '2026-05-07', bound: 'exact', zoned: true, utcOffsetHours: -4 }, false],
    ['a day behind in a zone behind', { dealId: 'd', value: '2026-05-06', bound: 'exact', zoned: true, utcOffsetHours: 8 }, { dealId: 'd', value: '2026-05-07', bound: 'exact', zoned: true, utcOffsetHours: -4 }, false],
    ['a date and a number', { dealId: 'd', value: '2026-05-06', bound: 'exact' }, gpus(6), false],
  ])('%s → %s', (_what, a, b, expected) => {
    expect(agree(a, b)).toBe(expected);
    expect(agree(b, a)).toBe(expected);
  });
});

describe('findConflicts', () => {
  it('pairs each statement of a fact with those of the other value, however often each is repeated', () => {
    const conflicts = findConflicts([gpus(220_000), gpus(300e6, { fact: 'power' }), gpus(22_000, { bound: 'min' }), gpus(220_000, { bound: 'min' })]);
    expect(conflicts).toEqual([[2], [], [0, 3], [2]]);
  });

  it('finds none where every statement agrees', () => {
    expect(findConflicts([gpus(220_000), gpus(220_000, { bound: 'approx' }), gpus(222_000)])).toEqual([[], [], []]);
  });

  it('keeps different facts, deals and unlinked figures apart', () => {
    const conflicts = findConflicts([
      gpus(300e6, { fact: 'power' }),
      gpus(1e9, { fact: 'power:target' }),
      gpus(22_000, { dealId: 'other' }),
      gpus(220_000),
      gpus(22_000, { dealId: null }),
      gpus(25_000, { fact: undefined }),
    ]);
    expect(conflicts.every((c) => c.length === 0)).toBe(true);
  });

  it('calls three values of one fact no contradiction: more likely facts it could not tell apart', () => {
    expect(findConflicts([gpus(100_000), gpus(200_000), gpus(400_000)])).toEqual([[], [], []]);
  });

  it('never sets two figures of one sentence against each other ("$4.5 billion, of which $1.5 billion…")', () => {
    expect(findConflicts([gpus(4.5e9, { sentence: '3:0' }), gpus(1.5e9, { sentence: '3:0' })])).toEqual([[], []]);
    expect(findConflicts([gpus(4.5e9, { sentence: '3:0' }), gpus(1.5e9, { sentence: '5:0' })])).toEqual([[1], [0]]);
  });

  it('leaves two values that each agree with a reference fact alone: the dataset holds both facts', () => {
    expect(findConflicts([gpus(5e9, { matched: true }), gpus(1e9, { matched: true })])).toEqual([[], []]);
    expect(findConflicts([gpus(5e9, { matched: true }), gpus(1e9)])).toEqual([[1], [0]]);
  });

  it('stays quiet on a page that repeats one fact past reason, rather than comparing every pair', () => {
    const many = Array.from({ length: 300 }, (_, i) => gpus(i % 2 ? 22_000 : 220_000));
    expect(findConflicts(many).every((c) => c.length === 0)).toBe(true);
  });
});
