/** How the popup and the report order what the analysis found. */
import type { Analysis, EntityHit, Figure } from '@/lib/analyze/types';

export interface IndexedFigure {
  figure: Figure;
  /** Position in analysis.figures: what 'show-figure' names. */
  index: number;
}

export interface FigureGroup {
  /** null for figures not linked to a deal. */
  dealId: string | null;
  figures: IndexedFigure[];
}

/** The mismatched figures, in page order. */
export function flagsOf(analysis: Pick<Analysis, 'figures'>): IndexedFigure[] {
  return analysis.figures.flatMap((figure, index) => (figure.status === 'mismatch' ? [{ figure, index }] : []));
}

/** The figures the page, or the coverage read, states otherwise, in page order, whatever the dataset's verdict. */
export function conflictsOf(analysis: Pick<Analysis, 'figures'>): IndexedFigure[] {
  return analysis.figures.flatMap((figure, index) => (figure.conflicts?.length || figure.coverage ? [{ figure, index }] : []));
}

/**
 * Matched and unverified figures grouped by deal: the page's deals in their
 * order, then deals only a figure names, then figures without a deal.
 */
export function otherFiguresByDeal(analysis: Pick<Analysis, 'figures' | 'deals'>): FigureGroup[] {
  const groups = new Map<string | null, IndexedFigure[]>(analysis.deals.map((id) => [id, []]));
  analysis.figures.forEach((figure, index) => {
    if (figure.status === 'mismatch') return;
    const list = groups.get(figure.dealId) ?? [];
    list.push({ figure, index });
    groups.set(figure.dealId, list);
  });
  const unlinked = groups.get(null);
  groups.delete(null);
  const ordered = [...groups].map(([dealId, figures]) => ({ dealId, figures }));
  if (unlinked) ordered.push({ dealId: null, figures: unlinked });
  return ordered.filter((g) => g.figures.length > 0);
}

/**
 * The first `count` rows across groups, in order, for a render that shows the
 * start of a long list first; groups left with no row are dropped.
 */
export function firstRows<G extends { rows: readonly unknown[] }>(groups: readonly G[], count: number): G[] {
  const shown: G[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    shown.push(group.rows.length <= left ? group : { ...group, rows: group.rows.slice(0, left) });
    left -= group.rows.length;
  }
  return shown;
}

export interface FoundEntity {
  id: string;
  name: string;
  kind: string;
}

/** Each entity once, in order of first mention, by its dataset name when known. */
export function uniqueEntities(hits: readonly EntityHit[], names: ReadonlyMap<string, string> = new Map()): FoundEntity[] {
  const seen = new Map<string, FoundEntity>();
  for (const hit of hits) {
    if (!seen.has(hit.id)) seen.set(hit.id, { id: hit.id, name: names.get(hit.id) ?? hit.text, kind: hit.kind });
  }
  return [...seen.values()];
}
