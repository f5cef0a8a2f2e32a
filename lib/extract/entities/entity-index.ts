import type { Dataset, Entity } from '../../dataset/schema';
import { escapeRegExp } from '../../text/escape-regexp';
import { trieSource } from '../../text/alias-trie';
import { normalized } from '../../text/normalize';

/**
 * Everything needed to find a dataset's entities in text, compiled once per
 * dataset: one alternation of every alias, longest first, so that "Colossus 1"
 * wins over a shorter alias at the same position and "SpaceXAI" over "SpaceX".
 */
export interface EntityIndex {
  pattern: RegExp;
  /** Alias (compacted, see `compact`) → entity. */
  exact: Map<string, Entity>;
  /** Lower-cased compacted alias → entity, for aliases safe to match in any case. */
  folded: Map<string, Entity>;
  /**
   * Compacted alias → another entity whose alias opens it, with that alias's
   * length: "Microsoft Azure" names Azure, and Microsoft too.
   */
  implied: Map<string, { entity: Entity; length: number }>;
  /**
   * Matched text → what it names, filled as text is read: a page names the
   * same few companies over and over, in the same few spellings.
   */
  resolved: Map<string, Resolved>;
}

/** What one matched string names: its entity, and the entity its opening words name too. */
export interface Resolved {
  entity: Entity | undefined;
  implied: { entity: Entity; length: number } | undefined;
}

/** Distinct matched strings remembered per index; past it they are resolved afresh. */
const MAX_RESOLVED = 4096;

/** `entityForMatch` and `impliedByMatch` of a matched string, remembered. */
export function resolveMatch(index: EntityIndex, matched: string): Resolved {
  let held = index.resolved.get(matched);
  if (!held) {
    const entity = entityForMatch(index, matched);
    held = { entity, implied: entity ? impliedByMatch(index, matched) : undefined };
    if (index.resolved.size < MAX_RESOLVED) index.resolved.set(matched, held);
  }
  return held;
}

/**
 * Which aliases may match in any case. A capital inside the name marks a
 * brand ("NVIDIA" also reads "Nvidia", "SpaceX" "SPACEX"); a plain capitalised
 * word keeps its case, since in lower case it is an ordinary word ("Coherent",
 * "Azure", "Meta"); and short names always keep it ("AWS", "xAI"). CJK has no case.
 */
const MIN_CASELESS_LENGTH = 5;
function caseless(alias: string): boolean {
  return alias.length >= MIN_CASELESS_LENGTH && /\p{Lu}/u.test(alias.slice(1));
}

const LATIN_EDGE = /[A-Za-z0-9\u00C0-\u024F]/;

export function buildEntityIndex(dataset: Pick<Dataset, 'entities'>): EntityIndex {
  const exact = new Map<string, Entity>();
  const folded = new Map<string, Entity>();
  const sources: string[] = [];
  const seen = new Set<string>();
  for (const entity of dataset.entities) {
    for (const raw of entity.aliases) {
      const alias = normalized(raw.trim());
      if (!alias || seen.has(alias)) continue;
      seen.add(alias);
      const key = compact(alias);
      if (!exact.has(key)) exact.set(key, entity);
      if (caseless(alias) && !folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), entity);
      sources.push(alias);
    }
  }
  // Latin letters and digits at an alias's edge must not continue a longer
  // word or number: "Colossus 1" is not in "Colossus 10", "Meta" not in
  // "Metaverse". CJK needs no such edge: its words are not separated by spaces.
  // Aliases are grouped by their edges so each look-ahead is tested once. The
  // edge before an alias is checked by `findEntities`, not by a look-behind:
  // tried at every position of the text, one cost 40 % of the scan.
  const edge = (ch: string) => LATIN_EDGE.test(ch);
  const group = (head: boolean, tail: boolean) =>
    sources.filter((a) => edge(a[0]!) === head && edge(a[a.length - 1]!) === tail).map((a) => a.toLowerCase());
  // A space or hyphen inside an alias may be missing, or be a no-break space (narrow in French typography).
  const token = (ch: string) => (ch === ' ' || ch === '-' ? '[ \\u00A0\\u202F-]?' : escapeRegExp(ch));
  // German writes the genitive without an apostrophe ("Anthropics Rechenpartner", "Nvidias
  // Gewinn"): the name stands, the "s" stays outside the match.
  const WORD_END = '(?=s?(?![A-Za-z0-9\\u00C0-\\u024F]))';
  const parts = [
    `${trieSource(group(true, true), token)}${WORD_END}`,
    trieSource(group(true, false), token),
    `${trieSource(group(false, true), token)}${WORD_END}`,
    trieSource(group(false, false), token),
  ];
  const pattern = sources.length ? new RegExp(parts.join('|'), 'giu') : /(?!)/gu;
  const implied = new Map<string, { entity: Entity; length: number }>();
  for (const alias of sources) {
    const owner = exact.get(compact(alias))!;
    for (const head of sources) {
      const other = exact.get(compact(head))!;
      if (other.id === owner.id || head.length >= alias.length || !alias.startsWith(`${head} `)) continue;
      const held = implied.get(compact(alias));
      if (!held || held.length < head.length) implied.set(compact(alias), { entity: other, length: head.length });
    }
  }
  return { pattern, exact, folded, implied, resolved: new Map() };
}

/** Whether a Latin alias may start at `at`: not inside a longer word or number. */
export function startsWord(text: string, at: number): boolean {
  return at === 0 || !LATIN_EDGE.test(text[at]!) || !LATIN_EDGE.test(text[at - 1]!);
}

/**
 * Spaces inside an alias are optional in text and may be no-break spaces or
 * hyphens ("Colossus 1", "Colossus1", "Colossus-1"), so lookups drop them.
 */
function compact(alias: string): string {
  return alias.replace(/[\s\u00A0-]+/g, '');
}

/** The entity a matched alias's opening words name too, if another's ("Microsoft" in "Microsoft Azure"). */
export function impliedByMatch(index: EntityIndex, matched: string): { entity: Entity; length: number } | undefined {
  return index.implied.get(compact(matched));
}

/** The entity a matched string names, honouring case where the alias requires it. */
export function entityForMatch(index: EntityIndex, matched: string): Entity | undefined {
  const key = compact(matched);
  return index.exact.get(key) ?? index.folded.get(key.toLowerCase());
}
