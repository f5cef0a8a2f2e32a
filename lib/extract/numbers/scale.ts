/**
 * Multiplies a read value by a unit or scale factor without binary noise:
 * 0.3 × 1e9 is 299999999.99999994 in floating point, but 300000000 here.
 * Fifteen significant digits is all a double holds exactly, and far more than
 * any figure in an article states. Integer products, the common case, skip
 * the rounding (toPrecision is the costliest step of reading a figure).
 */
export function applyFactor(value: number, factor: number): number {
  const product = value * factor;
  if (Number.isSafeInteger(product) && Number.isInteger(value) && Number.isInteger(factor)) return product;
  return Number(product.toPrecision(15));
}

/** Divides without binary noise (18 months / 12 = 1.5), like {@link applyFactor}. */
export function divideBy(value: number, divisor: number): number {
  return Number((value / divisor).toPrecision(15));
}
