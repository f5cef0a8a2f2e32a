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
export function dealEvidence(index: DealIndex, entityIds: Iterable<string>, mainDealId?: string): Evidence {
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
  return mainDealId && tied.includes(mainDealId) ? { kind: 'deal', dealId: mainDealId } : { kind: 'other' };
}
