import type { DealIndex } from './deal-index';

/**
 * Weights of what names a deal: its site is the strongest sign (a facility
 * belongs to few deals), a counterparty next, a hub party least.
 */
const SITE = 3;
const PARTY = 2;
const HUB = 1;
/** A deal needs a site, a non-hub party, or two hub parties together. */
const MIN_SCORE = 2;

export type Evidence =
  | { kind: 'none' }
  | { kind: 'deal'; dealId: string }
  /** Entities are named, but they point at no single deal: the figure is about something else. */
  | { kind: 'other' };

/**
 * Decides which deal, if any, a set of entity ids names. Ties go to the
 * article's main deal when it is among them, else to nobody: a figure is linked
 * only on strong evidence.
 */
export function dealEvidence(
  index: DealIndex,
  entityIds: Iterable<string>,
  mainDealId?: string,
  /** Distance of each entity from the figure, to break ties by proximity. */
  distance?: (entityId: string) => number,
): Evidence {
  const scores = new Map<string, number>();
  let any = false;
  for (const id of new Set(entityIds)) {
    any = true;
    for (const { deal, role } of index.byEntity.get(id) ?? []) {
      const weight = role === 'site' ? SITE : index.hubs.has(id) ? HUB : PARTY;
      scores.set(deal.id, (scores.get(deal.id) ?? 0) + weight);
    }
  }
  if (!any) return { kind: 'none' };
  const ranked = [...scores].filter(([, s]) => s >= MIN_SCORE).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return { kind: 'other' };
  if (!second || first[1] > second[1]) return { kind: 'deal', dealId: first[0] };
  const tied = ranked.filter(([, s]) => s === first[1]).map(([id]) => id);
  const nearest = distance ? closestDeal(index, tied, entityIds, distance) : undefined;
  if (nearest) return { kind: 'deal', dealId: nearest };
  return mainDealId && tied.includes(mainDealId) ? { kind: 'deal', dealId: mainDealId } : { kind: 'other' };
}

/**
 * Among tied deals, the one whose own (non-hub) entity stands nearest the
 * figure: in "besides Google, Anthropic's deal with Amazon is up to 5 GW" the
 * figure is Amazon's (tests/fixtures/pages/zh-hans-google-broadcom-match.html).
 */
function closestDeal(index: DealIndex, tied: string[], entityIds: Iterable<string>, distance: (id: string) => number): string | undefined {
  const best = new Map<string, number>();
  for (const id of new Set(entityIds)) {
    if (index.hubs.has(id)) continue;
    for (const { deal } of index.byEntity.get(id) ?? []) {
      if (tied.includes(deal.id)) best.set(deal.id, Math.min(best.get(deal.id) ?? Infinity, distance(id)));
    }
  }
  const ranked = [...best].sort((a, b) => a[1] - b[1]);
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}
