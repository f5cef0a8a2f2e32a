import type { Dataset, Deal } from '../dataset/schema';

export interface DealRole {
  deal: Deal;
  role: 'party' | 'site';
}

/** Which deals each entity takes part in, and which parties are hubs. */
export interface DealIndex {
  byEntity: Map<string, DealRole[]>;
  /**
   * Parties of more than one deal (Anthropic, SpaceX, NVIDIA in the bundled
   * dataset). Naming a hub alone says little about which deal a figure belongs
   * to: "Anthropic has locked up about 15 GW" (seed 001) is a company total.
   */
  hubs: Set<string>;
  deals: Map<string, Deal>;
  /** Each entity's kind: a place that hosts a deal's site is weaker evidence than the facility. */
  entityKinds: Map<string, string>;
}

export function buildDealIndex(dataset: Pick<Dataset, 'deals'> & Partial<Pick<Dataset, 'entities'>>): DealIndex {
  const byEntity = new Map<string, DealRole[]>();
  const partyCount = new Map<string, number>();
  const add = (id: string, role: DealRole) => {
    const list = byEntity.get(id) ?? [];
    if (!list.some((r) => r.deal.id === role.deal.id)) list.push(role);
    byEntity.set(id, list);
  };
  for (const deal of dataset.deals) {
    for (const party of new Set(deal.parties)) {
      add(party, { deal, role: 'party' });
      partyCount.set(party, (partyCount.get(party) ?? 0) + 1);
    }
    for (const site of new Set(deal.sites ?? [])) add(site, { deal, role: 'site' });
  }
  const hubs = new Set([...partyCount].filter(([, n]) => n > 1).map(([id]) => id));
  const entityKinds = new Map((dataset.entities ?? []).map((e) => [e.id, e.kind]));
  return { byEntity, hubs, deals: new Map(dataset.deals.map((d) => [d.id, d])), entityKinds };
}
