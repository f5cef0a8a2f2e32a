/**
 * Turning alias lists into regular-expression source. Shared by the main
 * grammar and the small context patterns so that both read aliases alike.
 *
 * Alternations are emitted as prefix trees (megawatt(?:s)?, [GT]PUs) rather
 * than flat lists: V8 stops optimising a pattern whose source exceeds about
 * 20 000 characters (a flat version of FIGURE_PATTERN measured 37 000 and ran
 * 30× slower), and a tree also fails faster on text that is not an alias.
 */
import { escapeRegExp } from '../../text/escape-regexp';

/** Latin letters, with the accented ones of de/fr/es (ü, é, ñ). */
export const LATIN = 'A-Za-z\\u00C0-\\u024F';

const LATIN_START = /^[A-Za-z\u00C0-\u024F]/;
const HANGUL_START = /^[\uAC00-\uD7AF]/;
const LATIN_END = /[A-Za-z\u00C0-\u024F0-9]$/;
const LOWER_START = /^[a-z\u00DF-\u00FF]/;

/**
 * An alias and its capitalised form, for headings and sentence starts
 * ("Nearly 1 GW", "Five years"). Aliases that start with a capital keep their
 * case: "May" the month must not also read "may" the verb.
 */
export function withCapitalised(alias: string): string[] {
  if (!LOWER_START.test(alias)) return [alias];
  return [alias, alias[0]!.toUpperCase() + alias.slice(1)];
}

/** Regex tokens of an alias: any white space for a space, either apostrophe for one. */
function tokens(alias: string): string[] {
  return [...alias].map((ch) => (ch === ' ' ? '\\s' : ch === "'" || ch === '’' ? "['’]" : escapeRegExp(ch)));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

/** Extra assertions after particular aliases: [which aliases, assertion source]. */
export type AliasGuards = ReadonlyArray<readonly [RegExp, string]>;

/**
 * A prefix tree of aliases as source. Longest first: a shorter alias is the
 * empty, last option. `reversed` builds a suffix tree instead ((?:ov|üb)er),
 * for look-behinds, which V8 matches right to left.
 */
function trieSource(aliases: readonly string[], guards: AliasGuards, reversed = false): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const alias of aliases) {
    let node = root;
    const guard = guards.find(([test]) => test.test(alias))?.[1];
    const sequence = guard ? [...tokens(alias), guard] : tokens(alias);
    for (const token of reversed ? sequence.reverse() : sequence) {
      let next = node.children.get(token);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(token, next);
      }
      node = next;
    }
    node.end = true;
  }
  return emit(root, reversed);
}

const SINGLE_CHAR_TOKEN = /^(?:\\?[^\\]|\\s)$/u;

function emit(node: TrieNode, reversed: boolean): string {
  // Children with the same continuation share it behind a class: [GT]PUs?, [mM]egawatts.
  const byRest = new Map<string, string[]>();
  // An assertion (a guard) consumes nothing, so it goes last to keep longer aliases first.
  const children = [...node.children].sort(([a], [b]) => Number(a.startsWith('(?')) - Number(b.startsWith('(?')));
  for (const [token, child] of children) {
    const rest = emit(child, reversed);
    byRest.set(rest, [...(byRest.get(rest) ?? []), token]);
  }
  const parts: string[] = [];
  for (const [rest, heads] of byRest) {
    const classable = heads.length > 1 && heads.every((h) => SINGLE_CHAR_TOKEN.test(h));
    const join = (head: string) => (reversed ? rest + head : head + rest);
    if (classable) parts.push(join(`[${heads.map((h) => (h === '-' ? '\\-' : h)).join('')}]`));
    else for (const head of heads) parts.push(join(head));
  }
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  if (!node.end) return body;
  if (parts.length > 1) return `${body}?`;
  return SINGLE_CHAR_TOKEN.test(body) ? `${body}?` : `(?:${body})?`;
}

/**
 * One alternation of aliases, longest match first. `edge` adds word edges for
 * Latin aliases: `end` — no letter may follow ("MW" is not the start of
 * "MWh", "an" not of "and"); `start` — no letter may precede ("over", not
 * "hover"; also for Korean, which spaces its words: 월 is not the 월 of 5월).
 * Returns a pattern that never matches when the list is empty.
 */
export function alternation(
  aliases: Iterable<string>,
  edge: 'end' | 'start' | 'none' = 'end',
  guards: AliasGuards = [],
): string {
  const all = [...new Set([...aliases].flatMap(withCapitalised))];
  if (all.length === 0) return '(?!)';
  all.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const groups: string[] = [];
  if (edge === 'end') {
    const latin = all.filter((a) => LATIN_END.test(a));
    const other = all.filter((a) => !LATIN_END.test(a));
    if (other.length) groups.push(trieSource(other, guards));
    if (latin.length) groups.push(`${trieSource(latin, guards)}(?![${LATIN}0-9])`);
  } else if (edge === 'start') {
    const latin = all.filter((a) => LATIN_START.test(a));
    const hangul = all.filter((a) => HANGUL_START.test(a));
    const other = all.filter((a) => !LATIN_START.test(a) && !HANGUL_START.test(a));
    // Words before a number are read by look-behinds: suffix trees.
    if (latin.length) groups.push(`(?<![${LATIN}])${trieSource(latin, guards, true)}`);
    if (hangul.length) groups.push(`(?<![\\uAC00-\\uD7AF0-9])${trieSource(hangul, guards, true)}`);
    if (other.length) groups.push(trieSource(other, guards, true));
  } else {
    groups.push(trieSource(all, guards));
  }
  return `(?:${groups.join('|')})`;
}

/** The lookup key of a matched alias: lower case, single spaces, straight apostrophes. */
export function aliasKey(text: string): string {
  const lower = text.toLowerCase();
  return PLAIN_KEY.test(lower) ? lower : lower.trim().replace(/\s+/g, ' ').replace(/’/g, "'");
}
const PLAIN_KEY = /^[^\s’]*$/;
