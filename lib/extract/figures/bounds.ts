import type { Bound } from '../../dataset/schema';
import type { QualifierId } from './lang';

/**
 * The bound of a figure from its qualifiers, nearest the number first (the
 * word before it, then 多/+ between, then 以上/이상 after). "over" is a minimum
 * except before a duration: "$200 billion over 5 years" spans five years.
 * A range with no qualifier ("1–2 GW") is read as at most its high end.
 */
export function resolveBound(
  before: QualifierId | undefined,
  inside: readonly QualifierId[],
  isDuration: boolean,
  isRange: boolean,
): Bound {
  const first = boundOf(before, isDuration);
  if (first) return first;
  for (const qualifier of inside) {
    const bound = boundOf(qualifier, isDuration);
    if (bound) return bound;
  }
  return isRange ? 'max' : 'exact';
}

function boundOf(qualifier: QualifierId | undefined, isDuration: boolean): Bound | undefined {
  switch (qualifier) {
    case undefined:
    case 'none':
      return undefined;
    case 'over':
      return isDuration ? undefined : 'min';
    case 'min':
    case 'max':
    case 'approx':
      return qualifier;
    default:
      return qualifier satisfies never;
  }
}

/** Whether a qualifier before the figure belongs in its text span. */
export function qualifierShown(qualifier: QualifierId | undefined, isDuration: boolean): boolean {
  return qualifier !== undefined && qualifier !== 'none' && !(qualifier === 'over' && isDuration);
}
