import { describe, expect, it } from 'vitest';
import { consistent } from '../../../lib/compare/intervals';
import type { Bound } from '../../../lib/dataset/schema';

type Row = [article: [number, Bound], reference: [number, Bound], agrees: boolean, covers: string];

const rows: Row[] = [
  [[300e6, 'min'], [300e6, 'min'], true, '"300+ MW" against "at least 300 MW"'],
  [[300e6, 'exact'], [300e6, 'min'], true, 'a plain "300 MW" against "at least 300 MW"'],
  [[0.3e9, 'exact'], [300e6, 'min'], true, '0.3 GW is 300 MW'],
  [[22_000, 'min'], [220_000, 'min'], false, '"22,000+" is a tenfold slip from "220,000+" (seed 000), though both say "at least"'],
  [[3e9, 'exact'], [300e6, 'min'], false, '"3 GW" is not "300+ MW": a bound speaks at its own scale'],
  [[220_000, 'exact'], [220_000, 'min'], true, '"220,000 GPUs" against "220,000+"'],
  [[200e6, 'exact'], [300e6, 'min'], false, 'below a minimum'],
  [[5e9, 'max'], [5e9, 'max'], true, '"up to 5 GW" against "up to 5 GW"'],
  [[5e9, 'exact'], [5e9, 'max'], true, 'a plain "5 GW" against "up to 5 GW"'],
  [[6e9, 'exact'], [5e9, 'max'], false, 'above a maximum'],
  [[6e9, 'max'], [5e9, 'max'], false, '"up to 6 GW" names another ceiling than "up to 5 GW"'],
  [[200_000, 'min'], [220_000, 'min'], true, '"more than 200,000" is a floor rounded down from "more than 220,000"'],
  [[200e6, 'min'], [300e6, 'min'], false, '"over 200 MW" is no floor of "over 300 MW" rounded down: a third below it is another figure'],
  [[250e6, 'min'], [300e6, 'min'], true, '"over 250 MW" may be "over 300 MW" said cautiously'],
  [[200e6, 'min'], [300e6, 'exact'], true, '"over 200 MW" against a plain 300 MW: a floor that holds'],
  [[1e9, 'approx'], [1e9, 'approx'], true, '"nearly 1 GW" against "about 1 GW"'],
  [[1.05e9, 'exact'], [1e9, 'approx'], true, 'inside the approximation'],
  [[4.5e9, 'exact'], [4.5e9, 'exact'], true, 'equal exact values'],
  [[4.4e9, 'exact'], [4.5e9, 'exact'], true, 'rounding in print stays within 2 %'],
  [[4e9, 'exact'], [4.5e9, 'exact'], false, 'a real difference between exact values'],
  [[20e9, 'exact'], [200e9, 'exact'], false, '"$20 billion" against "$200 billion"'],
];

describe('consistent', () => {
  it.each(rows)('%j vs %j → %s (%s)', (article, reference, agrees) => {
    expect(consistent({ value: article[0], bound: article[1] }, { value: reference[0], bound: reference[1] })).toBe(agrees);
  });
});
