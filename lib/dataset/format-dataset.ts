import {
  attributionSchema,
  coverageSchema,
  datasetSchema,
  dealSchema,
  entitySchema,
  factSchema,
  sitePartySchema,
  siteRecordSchema,
  siteSchema,
  type Dataset,
  type Deal,
  type Site,
} from './schema';

/**
 * Key order of each object, taken from the schema so that a field added there
 * lands in the same place in every file without touching this module.
 */
const DATASET_KEYS = Object.keys(datasetSchema.shape);
const ENTITY_KEYS = Object.keys(entitySchema.shape);
const DEAL_KEYS = Object.keys(dealSchema.shape);
const FACT_KEYS = Object.keys(factSchema.shape);
const COVERAGE_KEYS = Object.keys(coverageSchema.shape);
const SITE_KEYS = Object.keys(siteSchema.shape);
const RECORD_KEYS = Object.keys(siteRecordSchema.shape);
const PARTY_KEYS = Object.keys(sitePartySchema.shape);
const ATTRIBUTION_KEYS = Object.keys(attributionSchema.shape);

/**
 * The canonical text of a dataset: entities and deals sorted by id, object keys
 * in schema order, absent optional fields left out, 2-space indent and a
 * trailing newline. A committed file must equal `formatDataset(parse(file))`,
 * so that a diff of it shows changes of substance and never reorderings.
 *
 * Sites are sorted by entity id. Arrays other than `entities`, `deals` and `sites` keep their order: aliases, facts and
 * coverage are listed in the order a maintainer chose (the entity index, for
 * one, keeps the first of two aliases that differ only in spacing).
 * Keys the schema does not know are dropped, as parsing would drop them.
 */
export function formatDataset(dataset: Dataset): string {
  const canonical = {
    ...pick(dataset, DATASET_KEYS),
    entities: byId(dataset.entities).map((entity) => pick(entity, ENTITY_KEYS)),
    deals: byId(dataset.deals).map(formatDeal),
    ...(dataset.sites && { sites: [...dataset.sites].sort((a, b) => compareIds(a.entity, b.entity)).map(formatSite) }),
    ...(dataset.attributions && { attributions: dataset.attributions.map((a) => pick(a, ATTRIBUTION_KEYS)) }),
  };
  return `${JSON.stringify(canonical, null, 2)}\n`;
}

function formatDeal(deal: Deal): Record<string, unknown> {
  return {
    ...pick(deal, DEAL_KEYS),
    facts: deal.facts.map((fact) => pick(fact, FACT_KEYS)),
    ...(deal.coverage && { coverage: deal.coverage.map((item) => pick(item, COVERAGE_KEYS)) }),
  };
}

function formatSite(site: Site): Record<string, unknown> {
  return {
    ...pick(site, SITE_KEYS),
    records: site.records.map((record) => ({ ...pick(record, RECORD_KEYS), facts: record.facts.map((fact) => pick(fact, FACT_KEYS)) })),
    ...(site.parties && { parties: site.parties.map((party) => pick(party, PARTY_KEYS)) }),
  };
}

/** A copy of `value` with only `keys`, in that order; spreading over it keeps the order. */
function pick(value: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) out[key] = field;
  }
  return out;
}

/** Sorted by code unit, not locale, so the order is the same on every machine. */
function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
