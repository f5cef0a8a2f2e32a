import type { Attribution, Dataset, Site, SiteRecord } from '../dataset/schema';

/** A dataset's sites, compiled once: by entity id, with the attribution of each record's source. */
export interface SiteIndex {
  byEntity: Map<string, Site>;
  attributions: Map<string, Attribution>;
  /** Entity ids of the parties of deals held at each site: "Anthropic" at Colossus 1 speaks of a deal's share. */
  dealParties: Map<string, Set<string>>;
}

export function buildSiteIndex(dataset: Pick<Dataset, 'sites' | 'attributions' | 'deals'>): SiteIndex {
  const byEntity = new Map((dataset.sites ?? []).map((site) => [site.entity, site]));
  const dealParties = new Map<string, Set<string>>();
  for (const deal of dataset.deals) {
    for (const site of deal.sites ?? []) {
      if (!byEntity.has(site)) continue;
      const parties = dealParties.get(site) ?? new Set<string>();
      for (const party of deal.parties) parties.add(party);
      dealParties.set(site, parties);
    }
  }
  return { byEntity, attributions: new Map((dataset.attributions ?? []).map((a) => [a.url, a])), dealParties };
}

/**
 * The record in force at `date` (YYYY-MM-DD) for figures of `kind`: the latest
 * dated record on or before that day that holds one; where none does, the
 * last undated plan; without a date, the site's latest record that holds one.
 * Records are oldest first, undated plans last (compute-deals/v2).
 */
export function recordInForce(site: Site, kind: string, date: string | undefined): SiteRecord | undefined {
  const holding = site.records.filter((record) => record.facts.some((fact) => fact.kind === kind));
  if (!date) return holding[holding.length - 1];
  const dated = holding.filter((record) => record.asOf && record.asOf <= date);
  return dated[dated.length - 1] ?? holding.filter((record) => !record.asOf).pop();
}
