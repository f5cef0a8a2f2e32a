/**
 * The word lists of the `compute-deals/v1` format, apart from its schema so
 * that code which only names kinds and bounds (the analysis types, which the
 * popup loads before its first render) does not build the dataset schema.
 * `schema.ts` builds the format from these and exports them with it.
 */

export const DATASET_FORMAT = 'compute-deals/v1';

export const ENTITY_KINDS = ['company', 'facility', 'place', 'product', 'person'] as const;
export const FACT_KINDS = ['power', 'gpus', 'chips', 'money', 'duration', 'count'] as const;
export const BOUNDS = ['exact', 'min', 'max', 'approx'] as const;

/** Canonical unit of each fact kind; a fact whose unit differs is rejected. */
export const CANONICAL_UNITS = {
  power: 'W',
  gpus: 'GPU',
  chips: 'chip',
  money: 'USD',
  duration: 'year',
  count: 'unit',
} as const satisfies Record<(typeof FACT_KINDS)[number], string>;
