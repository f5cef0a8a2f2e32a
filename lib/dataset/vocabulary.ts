/**
 * The word lists of the `compute-deals` format, apart from its schema so
 * that code which only names kinds and bounds (the analysis types, which the
 * popup loads before its first render) does not build the dataset schema.
 * `schema.ts` builds the format from these and exports them with it.
 */

/** The version written today; `DATASET_FORMATS` are those read (a v1 file loads as it is). */
export const DATASET_FORMAT = 'compute-deals/v2';
export const DATASET_FORMATS = ['compute-deals/v1', DATASET_FORMAT] as const;

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

/** Whether a site record describes something built, or only announced; Epoch AI's "Status". */
export const SITE_STATUSES = ['existing', 'planned', 'decommissioned'] as const;
/** How sure the record's maker is that it is real; Epoch AI's "Certainty". */
export const CERTAINTIES = ['confirmed', 'likely', 'unlikely'] as const;
/** What a party is to a site, after the columns of Epoch AI's data-center file. */
export const SITE_ROLES = ['owner', 'user', 'investor', 'construction', 'energy'] as const;
/** Epoch AI's confidence tag on a party: `#confident`, `#likely`, `#speculative`. */
export const CONFIDENCES = ['confident', 'likely', 'speculative'] as const;
