import type { Coverage, Figure } from '../analyze/types';
import type { PageRecord } from '../messages/page-record';
import { agree, groupsThatAgree, type FactFigure } from './conflicts';

/** Other articles that must agree before a figure is said to differ from them. */
export const MIN_COVERAGE = 2;
/** Articles a card links to, at most. */
const MAX_ARTICLES = 50;

/**
 * What the coverage this reader has already read says of each figure's fact,
 * where it differs: at least two other remembered articles state the fact,
 * all of them agree with each other, and none agrees with the figure
 * ("3 other articles you read say ≥ 220,000 GPUs").
 *
 * Only figures the dataset has no value for are read: where it has one, its
 * verdict is the check. An article that states the fact two ways is no
 * witness, and neither is one whose fact is not named (records kept before
 * facts were).
 */
export function coverageOf(figures: readonly Figure[], others: readonly PageRecord[]): Array<Coverage | undefined> {
  return figures.map((figure) => {
    if (!figure.dealId || !figure.fact || figure.status !== 'unverified' || figure.currency) return undefined;
    const witnesses: Array<{ record: PageRecord; stated: FactFigure & { unit: string } }> = [];
    for (const record of others) {
      const stated = record.figures.filter((f) => f.dealId === figure.dealId && f.fact === figure.fact);
      if (stated.length === 0) continue;
      if (groupsThatAgree(stated.map((_, i) => i), stated).length > 1) continue;
      witnesses.push({ record, stated: stated[0]! });
    }
    if (witnesses.length < MIN_COVERAGE) return undefined;
    if (groupsThatAgree(witnesses.map((_, i) => i), witnesses.map((w) => w.stated)).length > 1) return undefined;
    if (witnesses.some((w) => agree(w.stated, figure))) return undefined;
    const { value, unit, bound } = witnesses[0]!.stated;
    return {
      value,
      unit,
      bound,
      articles: witnesses.slice(0, MAX_ARTICLES).map(({ record }) => ({ url: record.canonicalUrl ?? record.url, title: record.title })),
    };
  });
}
