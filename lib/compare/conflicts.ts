import type { Bound } from '../dataset/schema';
import { MAX_CONFLICTS } from '../analyze/types';
import { intervalOf, overlaps } from './intervals';

/** A figure as the contradiction check reads it: the fact it states, and its value. */
export interface FactFigure {
  dealId: string | null;
  /** The fact of the deal it states (lib/link/fact-role.ts); absent when its link is too weak to state one. */
  fact?: string;
  value: number | string;
  bound: Bound;
  /** Where its sentence is, as any key: two figures of one sentence are two facts ("$4.5 billion, of which $1.5 billion…"). */
  sentence?: string;
  /** Whether the figure agrees with one of its deal's reference facts. */
  matched?: boolean;
  /** A date written with its time zone (北京时间 5 月 7 日), which may be a day ahead of the same instant elsewhere. */
  zoned?: boolean;
  /** That zone's hours ahead of UTC, when known. */
  utcOffsetHours?: number;
}

const DAY_MS = 86_400_000;

/**
 * Statements of one fact read at most. Grouping compares every pair; a page
 * repeating one fact more often than this is no article, and is not read for
 * contradictions (npm run bench, adversarial pages).
 */
const MAX_STATEMENTS = MAX_CONFLICTS;

/**
 * Whether two statements of one fact agree. Numbers agree within the
 * comparison rule's tolerance (intervals.ts), with a plain figure read as
 * rounded ("approx"): a page that says "$1.5 billion" and later "$1.46
 * billion" does not contradict itself. Dates agree on the same day, or a day
 * apart when one names its zone (and, when both do, the later one's is ahead).
 */
export function agree(a: FactFigure, b: FactFigure): boolean {
  if (typeof a.value === 'string' || typeof b.value === 'string') {
    if (typeof a.value !== 'string' || typeof b.value !== 'string') return false;
    const days = Math.abs(Math.round((Date.parse(a.value) - Date.parse(b.value)) / DAY_MS));
    if (Number.isNaN(days)) return true;
    if (days !== 1) return days === 0;
    // Both zones known: only the date in the zone further ahead may be the later one.
    if (a.utcOffsetHours !== undefined && b.utcOffsetHours !== undefined) {
      const [earlier, later] = Date.parse(a.value) < Date.parse(b.value) ? [a, b] : [b, a];
      return later.utcOffsetHours! > earlier.utcOffsetHours!;
    }
    return Boolean(a.zoned || b.zoned);
  }
  return overlaps(intervalOf(a.value, loose(a.bound)), intervalOf(b.value, loose(b.bound)));
}

function loose(bound: Bound): Bound {
  return bound === 'exact' ? 'approx' : bound;
}

/**
 * For each figure, the indices of the other figures on the page that state
 * the same fact of the same deal with a value it does not agree with.
 *
 * The values a page gives one fact fall into groups that agree. Two groups
 * are a contradiction ("220,000" three times and "22,000+" once). Three or
 * more are not called one: a page giving one fact three different values is
 * more likely listing facts our role words could not tell apart (phases,
 * sites) than contradicting itself three ways. When in doubt, nothing.
 */
export function findConflicts(figures: readonly FactFigure[]): number[][] {
  const out: number[][] = figures.map(() => []);
  const byFact = new Map<string, number[]>();
  figures.forEach((f, i) => {
    if (!f.dealId || !f.fact) return;
    const key = `${f.dealId}\n${f.fact}`;
    byFact.set(key, [...(byFact.get(key) ?? []), i]);
  });
  for (const members of byFact.values()) {
    if (members.length > MAX_STATEMENTS) continue;
    const groups = groupsThatAgree(members, figures);
    if (groups.length !== 2) continue;
    const [a, b] = groups as [number[], number[]];
    // Both values agree with the reference: the dataset holds two facts ("up to 5 GW" in all,
    // "about 1 GW" by the end of 2026) that our role words could not tell apart.
    if (a.some((i) => figures[i]!.matched) && b.some((i) => figures[i]!.matched)) continue;
    const apart = (i: number, others: number[]) => others.filter((j) => figures[j]!.sentence === undefined || figures[j]!.sentence !== figures[i]!.sentence);
    for (const i of a) out[i] = apart(i, b);
    for (const i of b) out[i] = apart(i, a);
  }
  return out;
}

/** Splits figures into groups whose members agree with some other member (the connected parts of "agree"). */
export function groupsThatAgree(members: readonly number[], figures: readonly FactFigure[]): number[][] {
  const group = members.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (root(i) !== root(j) && agree(figures[members[i]!]!, figures[members[j]!]!)) group[root(i)] = root(j);
    }
  }
  const groups = new Map<number, number[]>();
  members.forEach((m, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), m]));
  return [...groups.values()];
}
