import type { EntityMatch } from '../extract/entities/find-entities';
import type { DealIndex } from './deal-index';

/** What names a deal, strongest first (see `resolveDeal`). */
export type MentionRole = 'site' | 'party' | 'parties' | 'place';

export interface Resolved {
  dealId: string;
  /** The mention that ties the figure to the deal: the nearest one of its kind. */
  mention: EntityMatch;
  role: MentionRole;
}

export type Resolution =
  | { kind: 'none' }
  | ({ kind: 'deal' } & Resolved)
  /** Entities are named, but they point at no single deal: the figure is about something else. */
  | { kind: 'other' };

/** Entities that are neither a party nor a site of anything: a product or a person says nothing of a deal. */
const NEUTRAL_KINDS = new Set(['product', 'person']);

export const isNeutral = (index: DealIndex, e: EntityMatch) => NEUTRAL_KINDS.has(e.kind) || (e.kind === 'place' && !index.byEntity.has(e.id));

/**
 * Which deal, if any, the entities named around a figure point at. A deal is
 * named by its facility, by a party of that deal alone, by two of its parties
 * that share no other deal ("Anthropic and SpaceX"), or by its place when
 * nothing else named is foreign to it (a city hosts many campuses). A company
 * or facility foreign to the deal, named nearer the figure than the deal's own
 * mention, takes the figure away ("Meta's Memphis campus", "xAI's separate
 * Colossus 2"). Two deals at the same distance: nobody.
 *
 * `at` is the figure's span, for distances; with the clause `breaks` of the
 * text they stand in, a mention across a clause break is further than any
 * within the figure's clause: in "Anthropic与微软、英伟达达成的Azure算力协议规模为
 * 3000亿美元，与Fluidstack合作的…" Microsoft, past an enumeration comma, is
 * nearer than Fluidstack past a full one.
 */
export function resolveDeal(index: DealIndex, mentions: EntityMatch[], at: { start: number; end: number }, breaks?: ClauseBreaks): Resolution {
  const named = mentions.filter((e) => !isNeutral(index, e));
  if (named.length === 0) return { kind: 'none' };
  const chars = (e: EntityMatch) => (e.end <= at.start ? at.start - e.end : Math.max(0, e.start - at.end));
  const across = (e: EntityMatch) => (breaks === undefined ? 0 : e.end <= at.start ? breaks(e.end, at.start) : breaks(at.end, Math.max(at.end, e.start), true));
  const distance = (e: EntityMatch) => chars(e) + CLAUSE_STEP * across(e);
  const candidates = new Map<string, { mention: EntityMatch; role: MentionRole }>();
  const offer = (dealId: string, mention: EntityMatch, role: MentionRole) => {
    const held = candidates.get(dealId);
    if (!held || ROLE_RANK[role] < ROLE_RANK[held.role] || (ROLE_RANK[role] === ROLE_RANK[held.role] && distance(mention) < distance(held.mention))) {
      candidates.set(dealId, { mention, role });
    }
  };
  const hubs = new Map<string, EntityMatch>();
  for (const e of named) {
    for (const { deal, role } of index.byEntity.get(e.id) ?? []) {
      if (role === 'site') offer(deal.id, e, e.kind === 'place' ? 'place' : 'site');
      else if (index.hubs.has(e.id)) {
        const held = hubs.get(e.id);
        if (!held || distance(e) < distance(held)) hubs.set(e.id, e);
      } else offer(deal.id, e, 'party');
    }
  }
  if (hubs.size >= 2) {
    // Deals holding every named hub party: "Anthropic and SpaceX" is one deal, whatever else each signed.
    const holding = [...index.deals.values()].filter((d) => [...hubs.keys()].every((id) => d.parties.includes(id)));
    if (holding.length === 1) {
      const nearest = [...hubs.values()].sort((a, b) => distance(a) - distance(b))[0]!;
      offer(holding[0]!.id, nearest, 'parties');
    }
  }
  const viable = [...candidates].filter(([dealId, { mention, role }]) => {
    const foreign = named.filter((e) => (e.kind === 'company' || e.kind === 'facility') && !roleIn(index, e.id, dealId));
    if (role === 'place') return foreign.length === 0;
    return !foreign.some((e) => distance(e) < distance(mention));
  });
  if (viable.length === 0) return { kind: 'other' };
  // A facility or a party of one deal outranks two hub parties or a place; among equals, the nearest.
  const strength = (role: MentionRole) => (role === 'site' || role === 'party' ? 0 : role === 'parties' ? 1 : 2);
  viable.sort((a, b) => strength(a[1].role) - strength(b[1].role) || distance(a[1].mention) - distance(b[1].mention));
  const [first, second] = viable;
  if (second && strength(second[1].role) === strength(first![1].role) && distance(second[1].mention) === distance(first![1].mention)) return { kind: 'other' };
  return { kind: 'deal', dealId: first![0], ...first![1] };
}

/**
 * A break between clauses of CJK text (a comma, semicolon or colon beside a
 * CJK character, or a full-width one: folded text reads "，" as ","). The enumeration
 * comma (、) joins the names of a list. A comma in Latin text may open a
 * relative clause about the name before it ("Colossus 2, que aspira a superar
 * 1 GW"), so it adds nothing.
 */
const FULL_BREAK = /[，；：]|(?<=[\u3040-\u9fff\uac00-\ud7af])[,;:]|[,;:](?=[\u3040-\u9fff\uac00-\ud7af])/g;

/** What a clause break adds to a distance: more than any stretch within a clause. */
const CLAUSE_STEP = 10_000;

/**
 * How many clause breaks lie in [from, to) of a text. `after`: the stretch follows the figure, where
 * an enumeration comma ends its item too: in "AWSからは最大500万キロワット、マイクロソフトからは…",
 * Microsoft opens the next item.
 */
export type ClauseBreaks = (from: number, to: number, after?: boolean) => number;

/** Text where FULL_BREAK may match: Latin text has none of its breaks. */
const MAY_BREAK = /[\u3040-\u9fff\uac00-\ud7af\uff0c\uff1a\uff1b]/;

/** Where the clause breaks (FULL_BREAK) of `text` stand, in order: one pass, none for Latin text. */
export function clauseBreaks(text: string): number[] {
  if (!MAY_BREAK.test(text)) return [];
  const at: number[] = [];
  FULL_BREAK.lastIndex = 0;
  for (let m = FULL_BREAK.exec(text); m; m = FULL_BREAK.exec(text)) at.push(m.index);
  return at;
}

/** Where the enumeration commas (、) of `text` stand, in order. */
export function listCommas(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('、'); i !== -1; i = text.indexOf('、', i + 1)) at.push(i);
  return at;
}

/** How many of the sorted `positions` lie in [from, to). */
export function countWithin(positions: readonly number[], from: number, to: number): number {
  return positions.length === 0 ? 0 : lowerBound(positions, to) - lowerBound(positions, from);
}

function lowerBound(positions: readonly number[], value: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Which mention of one deal to keep as its evidence: its facility before a party, before two hubs, before its city. */
const ROLE_RANK: Record<MentionRole, number> = { site: 0, party: 1, parties: 2, place: 3 };

function roleIn(index: DealIndex, entityId: string, dealId: string): boolean {
  return (index.byEntity.get(entityId) ?? []).some((r) => r.deal.id === dealId);
}

/**
 * The deals a set of entity ids names, with no regard to where they stand: by
 * a facility, a party of that deal alone, or hub parties that share no other
 * deal. For a title and lead, or a block, where distances mean nothing. Each
 * with how many distinct parties and sites of it are named.
 */
export function dealsNamed(index: DealIndex, ids: Iterable<string>): Map<string, number> {
  const unique = new Set(ids);
  const out = new Map<string, number>();
  const hubs = [...unique].filter((id) => index.hubs.has(id));
  for (const id of unique) {
    for (const { deal, role } of index.byEntity.get(id) ?? []) {
      const strong = role === 'site' ? index.entityKinds.get(id) !== 'place' : !index.hubs.has(id);
      if (strong) out.set(deal.id, 0);
    }
  }
  if (hubs.length >= 2) {
    const holding = [...index.deals.values()].filter((d) => hubs.every((id) => d.parties.includes(id)));
    if (holding.length === 1) out.set(holding[0]!.id, 0);
  }
  const counts = entitiesPerDeal(index, unique);
  for (const dealId of out.keys()) out.set(dealId, counts.get(dealId) ?? 0);
  return out;
}

/** How many distinct parties and sites of each deal the entity ids name, for every deal they name at all. */
export function entitiesPerDeal(index: DealIndex, ids: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of new Set(ids)) {
    for (const { deal } of index.byEntity.get(id) ?? []) counts.set(deal.id, (counts.get(deal.id) ?? 0) + 1);
  }
  return counts;
}
