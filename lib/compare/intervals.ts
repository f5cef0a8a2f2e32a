import type { Bound } from '../dataset/schema';

/**
 * How a bounded figure is read, on both sides of a comparison.
 *
 * A qualifier speaks at the figure's own scale: "over 300 MW" means 300 MW and
 * somewhat more, not "any amount above 300 MW". Read literally, "22,000+ GPUs"
 * would agree with "220,000+ GPUs" (both say "at least"), and "3 GW" with
 * "300+ MW" — exactly the tenfold slips this product exists to catch (seed 000
 * says 22,000+ where the others say 220,000+). So:
 *   exact   v → [v·(1−ROUNDING), v·(1+ROUNDING)]   rounding in print ("$4.5bn")
 *   min     v → [v·(1−ROUNDING), v·SCALE]          "over", "more than", "300+"
 *   max     v → [v/SCALE, v·(1+ROUNDING)]          "up to"
 *   approx  v → [v·(1−APPROX), v·(1+APPROX)]       "about", "nearly": ±5 %, as the
 *                                                   gold rules say (tests/fixtures/README.md)
 * Two figures agree when their intervals overlap. Two ceilings are the same quantity, the cap
 * itself: "up to 6 GW" against "up to 5 GW" compares 6 with 5, as exact figures. Two floors are
 * not: writers round a floor down ("more than 200,000" for "more than 220,000"), but not by a
 * third: "over 200 MW" against "over 300 MW" is another figure (FLOOR_SCALE).
 */
export const ROUNDING = 0.02;
export const APPROX = 0.05;
export const SCALE = 1.5;
/** How far above itself a floor reaches when set against another floor: just short of SCALE, so a third below is not. */
export const FLOOR_SCALE = 1.45;

export type Interval = readonly [number, number];

/** `scale`: how far a floor reaches above itself, or a ceiling below itself. */
export function intervalOf(value: number, bound: Bound, scale = SCALE): Interval {
  switch (bound) {
    case 'exact':
      return [value * (1 - ROUNDING), value * (1 + ROUNDING)];
    case 'min':
      return [value * (1 - ROUNDING), value * scale];
    case 'max':
      return [value / scale, value * (1 + ROUNDING)];
    case 'approx':
      return [value * (1 - APPROX), value * (1 + APPROX)];
    default:
      return bound satisfies never;
  }
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Whether two bounded figures can describe the same quantity. */
export function consistent(a: { value: number; bound: Bound }, b: { value: number; bound: Bound }): boolean {
  if (a.bound === 'max' && b.bound === 'max') return overlaps(intervalOf(a.value, 'exact'), intervalOf(b.value, 'exact'));
  if (a.bound === 'min' && b.bound === 'min') return overlaps(intervalOf(a.value, 'min', FLOOR_SCALE), intervalOf(b.value, 'min', FLOOR_SCALE));
  return overlaps(intervalOf(a.value, a.bound), intervalOf(b.value, b.bound));
}
