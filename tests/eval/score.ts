import type { Analysis, Figure } from '../../lib/analyze/types';
import type { Gold } from './corpus';

export interface PageScore {
  name: string;
  detectionCorrect: boolean;
  goldMismatches: number;
  foundMismatches: number;
  engineMismatches: number;
  trueMismatches: number;
  goldMatches: number;
  foundMatches: number;
  goldEntities: number;
  foundEntities: number;
  /** Engine flags the gold does not hold: each one a false red flag. */
  falseFlags: string[];
  /** The cause of each false flag: the gold trap's `cause`, or "unlisted" for a figure the gold does not name. */
  falseFlagCauses: string[];
  missed: string[];
  /** Gold matches and mismatches the engine did not get right, by the page's language. */
  lang: string;
  /** Whether the page's gold says which facts it contradicts itself on. */
  conflictsRead: boolean;
  goldConflicts: number;
  /** Facts (deal and kind) the engine finds stated otherwise on the page, and how many of those the gold holds. */
  engineConflicts: number;
  trueConflicts: number;
  falseConflicts: string[];
  missedConflicts: string[];
}

const sameValue = (a: number | string, b: number | string) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= Math.abs(b) * 0.005 : a === b;

/** A range ("22万〜23万基") answers a gold figure written with either end. */
const sameFigure = (f: Pick<Figure, 'kind' | 'value' | 'low'>, g: Pick<Figure, 'kind' | 'value'>) =>
  f.kind === g.kind && (sameValue(f.value, g.value) || (f.low !== undefined && sameValue(f.low, g.value)));

/**
 * Scores one page. Gold figures are distinct (kind, value, deal, status)
 * entries; an engine figure answers one when kind and value agree, and gets it
 * right when deal and status agree too.
 */
export function scorePage(name: string, analysis: Analysis, gold: Gold): PageScore {
  const flagged = analysis.isComputeDeal ? analysis.figures : [];
  const goldMismatch = gold.figures.filter((g) => g.status === 'mismatch');
  const goldMatch = gold.figures.filter((g) => g.status === 'match');
  const hit = (g: Gold['figures'][number]) => flagged.some((f) => sameFigure(f, g) && f.status === g.status && f.dealId === g.dealId);
  const engineFlags = dedupe(flagged.filter((f) => f.status === 'mismatch'));
  const falseFlags = engineFlags.filter((f) => !goldMismatch.some((g) => sameFigure(f, g) && g.dealId === f.dealId));
  const causeOf = (f: Figure) => gold.figures.find((g) => sameFigure(f, g) && g.status !== 'mismatch')?.cause ?? (gold.isComputeDeal ? 'unlisted' : 'negative page');
  const found = new Set(analysis.entities.map((e) => e.id));
  return {
    name,
    detectionCorrect: analysis.isComputeDeal === gold.isComputeDeal,
    goldMismatches: goldMismatch.length,
    foundMismatches: goldMismatch.filter(hit).length,
    engineMismatches: engineFlags.length,
    trueMismatches: engineFlags.length - falseFlags.length,
    goldMatches: goldMatch.length,
    foundMatches: goldMatch.filter(hit).length,
    goldEntities: gold.isComputeDeal ? gold.entities.length : 0,
    foundEntities: gold.isComputeDeal ? gold.entities.filter((id) => found.has(id)).length : 0,
    falseFlags: falseFlags.map((f) => `${f.text.trim()} (${f.kind} ${f.value}, ${f.dealId})`),
    falseFlagCauses: falseFlags.map(causeOf),
    lang: gold.lang,
    missed: [...goldMismatch, ...goldMatch].filter((g) => !hit(g)).map((g) => `${g.status} ${g.text} (${g.kind} ${g.value}, ${g.dealId})`),
    ...scoreConflicts(flagged, gold),
  };
}

/**
 * Contradictions are scored per fact, named by its deal and kind: the engine
 * finds one when figures of that deal and kind carry conflicts, and gets it
 * right when the gold lists a conflict of that deal and kind.
 */
function scoreConflicts(figures: Figure[], gold: Gold): Pick<PageScore, 'conflictsRead' | 'goldConflicts' | 'engineConflicts' | 'trueConflicts' | 'falseConflicts' | 'missedConflicts'> {
  const key = (c: { dealId: string | null; kind: string }) => `${c.kind} of ${c.dealId}`;
  const found = new Set(figures.filter((f) => f.conflicts?.length).map(key));
  const wanted = new Set((gold.conflicts ?? []).map(key));
  const read = gold.conflicts !== undefined;
  return {
    conflictsRead: read,
    goldConflicts: read ? wanted.size : 0,
    engineConflicts: read ? found.size : 0,
    trueConflicts: read ? [...found].filter((k) => wanted.has(k)).length : 0,
    falseConflicts: read ? [...found].filter((k) => !wanted.has(k)) : [],
    missedConflicts: read ? [...wanted].filter((k) => !found.has(k)) : [],
  };
}

function dedupe(figures: Figure[]): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = `${f.kind}|${f.value}|${f.dealId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface CorpusScore {
  pages: number;
  detectionAccuracy: number;
  mismatchPrecision: number;
  mismatchRecall: number;
  matchRecall: number;
  entityRecall: number;
  /** Over pages whose gold was read for contradictions. */
  conflictPrecision: number;
  conflictRecall: number;
}

export function scoreCorpus(scores: PageScore[]): CorpusScore {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    pages: scores.length,
    detectionAccuracy: ratio(sum((s) => Number(s.detectionCorrect)), scores.length),
    mismatchPrecision: ratio(sum((s) => s.trueMismatches), sum((s) => s.engineMismatches)),
    mismatchRecall: ratio(sum((s) => s.foundMismatches), sum((s) => s.goldMismatches)),
    matchRecall: ratio(sum((s) => s.foundMatches), sum((s) => s.goldMatches)),
    entityRecall: ratio(sum((s) => s.foundEntities), sum((s) => s.goldEntities)),
    conflictPrecision: ratio(sum((s) => s.trueConflicts), sum((s) => s.engineConflicts)),
    conflictRecall: ratio(sum((s) => s.trueConflicts), sum((s) => s.goldConflicts)),
  };
}

/** Counts of `key` over the items, most first: false flags by cause, missed links by language. */
export function tally<T>(items: T[], key: (item: T) => string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
