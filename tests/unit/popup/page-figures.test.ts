import { describe, expect, it } from 'vitest';
import { firstRows, flagsOf, otherFiguresByDeal, uniqueEntities } from '@/components/popup/page-figures';
import { AMAZON, COLOSSUS, FIGURES, sampleAnalysis } from './sample';

describe('ordering what the analysis found', () => {
  it('takes the mismatches, with their indices in the analysis', () => {
    expect(flagsOf(sampleAnalysis()).map((f) => [f.index, f.figure.text])).toEqual([
      [2, '22,000+ GPUs'],
      [4, '200 MW'],
    ]);
  });

  it('groups the rest by deal, page deals first and unlinked figures last', () => {
    const analysis = sampleAnalysis({ deals: [AMAZON, COLOSSUS] });
    expect(otherFiguresByDeal(analysis).map((g) => [g.dealId, g.figures.map((f) => f.index)])).toEqual([
      [AMAZON, [3]],
      [COLOSSUS, [0, 1]],
      [null, [5]],
    ]);
  });

  it('leaves out deals with no figure left to show', () => {
    const analysis = sampleAnalysis({ figures: FIGURES.filter((f) => f.dealId !== AMAZON) });
    expect(otherFiguresByDeal(analysis).map((g) => g.dealId)).toEqual([COLOSSUS, null]);
  });

  it.each([
    // Enough rows: the groups as they are.
    [9, [['a', 3], ['b', 2]]],
    // The cut falls inside a group, and the group after it is dropped.
    [4, [['a', 3], ['b', 1]]],
    // The cut falls at a group's end.
    [3, [['a', 3]]],
    [0, []],
  ])('takes the first %i rows across groups', (count, expected) => {
    const groups = [
      { id: 'a', rows: [1, 2, 3] },
      { id: 'b', rows: [4, 5] },
    ];
    expect(firstRows(groups, count).map((g) => [g.id, g.rows.length])).toEqual(expected);
  });

  it('lists each entity once, by its dataset name when known', () => {
    const names = new Map([['spacex', 'SpaceX Corp']]);
    expect(uniqueEntities(sampleAnalysis().entities, names).map((e) => e.name)).toEqual(['Anthropic', 'SpaceX Corp', 'Colossus 1']);
  });
});
