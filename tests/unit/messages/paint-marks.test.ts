import { describe, expect, it } from 'vitest';
import { decodeMarks, encodeMarks, paintMarksSchema } from '../../../lib/messages/paint-marks';

const entity = (block: number, start: number, end: number) => ({ block, start, end, id: 'spacex', kind: 'company', text: 'SpaceX' });
const figure = (block: number, start: number, end: number, status: 'match' | 'mismatch' | 'unverified') => ({
  block, start, end, status, text: 'x', kind: 'gpus' as const, value: 1, unit: 'GPU', bound: 'exact' as const, dealId: null,
});

describe('paint marks', () => {
  it('carries every painted span with its category and its index in the analysis', () => {
    const marks = encodeMarks({
      entities: [entity(0, 0, 6), entity(-1, 0, 6), entity(2, 4, 10)],
      figures: [figure(1, 3, 9, 'mismatch'), figure(1, 12, 20, 'match'), figure(3, 0, 5, 'unverified')],
    });
    expect(paintMarksSchema().safeParse(marks).success).toBe(true);
    expect(decodeMarks(marks)).toEqual([
      { category: 'entity', index: 0, block: 0, start: 0, end: 6 },
      { category: 'entity', index: 2, block: 2, start: 4, end: 10 },
      { category: 'mismatch', index: 0, block: 1, start: 3, end: 9 },
      { category: 'match', index: 1, block: 1, start: 12, end: 20 },
      { category: 'figure', index: 2, block: 3, start: 0, end: 5 },
    ]);
  });

  it('paints a figure the dataset cannot check as a conflict when the page or the coverage read states it otherwise, and leaves verdicts alone', () => {
    const conflicting = { ...figure(0, 0, 5, 'unverified'), conflicts: [1] };
    const covered = { ...figure(0, 10, 15, 'unverified'), coverage: { value: 2, unit: 'GPU', bound: 'exact' as const, articles: [{ url: 'https://a.example/1', title: 'A' }, { url: 'https://b.example/2', title: 'B' }] } };
    const flagged = { ...figure(1, 0, 5, 'mismatch'), conflicts: [0] };
    const categories = decodeMarks(encodeMarks({ entities: [], figures: [conflicting, covered, flagged, figure(2, 0, 5, 'unverified')] })).map((m) => m.category);
    expect(categories).toEqual(['conflict', 'conflict', 'mismatch', 'figure']);
  });

  it.each([
    ['', true, 'no marks'],
    ['0 1 2 3 4\n', true, 'one mark'],
    ['4 1 2 3 4\n', true, 'a conflict'],
    ['5 1 2 3 4\n', false, 'an unknown category'],
    ['0 1 2 3\n', false, 'a missing offset'],
    ['0 1 -2 3 4\n', false, 'a negative block'],
    ['0 1 2 3 4', false, 'an unterminated line'],
    ['<img src=x onerror=alert(1)>', false, 'markup'],
    [42, false, 'not a string'],
  ] as Array<[unknown, boolean, string]>)('%j is valid: %s (%s)', (marks, valid) => {
    expect(paintMarksSchema().safeParse(marks).success).toBe(valid);
  });
});
