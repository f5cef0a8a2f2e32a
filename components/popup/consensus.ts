/**
 * What the coverage this browser has seen says about each reference figure of
 * a deal: the distinct values reported, and how many pages report each.
 */
import type { Status } from '@/lib/analyze/types';
import type { Deal, Fact, FactKind } from '@/lib/dataset/schema';
import type { PageRecord } from '@/lib/messages/page-record';

type ReportedFigure = Pick<PageRecord['figures'][number], 'kind' | 'value' | 'unit' | 'dealId' | 'status'> & { conflicts?: readonly number[] };

export interface ConsensusBar {
  value: number;
  /** Pages reporting this value; a page that repeats a value counts once. */
  count: number;
  /** Whether a reference figure has this value. */
  isReference: boolean;
  /** How the pages' figures of this value compared; `none` for a reference nobody reported. */
  status: Status | 'none';
  /** Whether the current page states this value. */
  onPage: boolean;
}

export interface ConsensusChart {
  dealId: string;
  kind: FactKind;
  unit: string;
  references: Fact[];
  /** Largest value first. */
  bars: ConsensusBar[];
  /** Pages that report any value of this kind. */
  pages: number;
}

/**
 * One chart per fact kind of `deal`, over the current page's figures and the
 * other pages read about the deal (which must not include the current page).
 * Kinds no page reports are left out: a chart of the reference alone says nothing.
 * A kind the reference lacks is charted where the current page states it two
 * ways, so its conflicting values stand next to what the coverage says.
 */
export function consensusCharts(deal: Deal, current: readonly ReportedFigure[], others: readonly Pick<PageRecord, 'figures'>[]): ConsensusChart[] {
  const sources = [current, ...others.map((p) => p.figures)];
  const conflicting = current.filter((f) => f.dealId === deal.id && f.conflicts?.length && f.kind !== 'date').map((f) => f.kind as FactKind);
  const kinds = [...new Set([...deal.facts.map((f) => f.kind), ...conflicting])];
  const onPage = new Set(current.filter((f) => f.dealId === deal.id).map((f) => `${f.kind}|${f.value}`));
  const charts: ConsensusChart[] = [];
  for (const kind of kinds) {
    const references = deal.facts.filter((f) => f.kind === kind);
    const counts = new Map<number, { count: number; statuses: Set<Status> }>();
    let pages = 0;
    for (const figures of sources) {
      const seen = new Set<number>();
      for (const figure of figures) {
        if (figure.dealId !== deal.id || figure.kind !== kind || typeof figure.value !== 'number') continue;
        const entry = counts.get(figure.value) ?? { count: 0, statuses: new Set<Status>() };
        entry.statuses.add(figure.status);
        if (!seen.has(figure.value)) entry.count += 1;
        seen.add(figure.value);
        counts.set(figure.value, entry);
      }
      if (seen.size > 0) pages += 1;
    }
    if (pages === 0) continue;
    for (const fact of references) if (!counts.has(fact.value)) counts.set(fact.value, { count: 0, statuses: new Set() });
    const bars = [...counts]
      .map(([value, { count, statuses }]) => ({
        value,
        count,
        isReference: references.some((f) => f.value === value),
        status: statuses.has('match') ? 'match' : statuses.has('mismatch') ? 'mismatch' : statuses.size ? 'unverified' : 'none',
        onPage: onPage.has(`${kind}|${value}`),
      }) satisfies ConsensusBar)
      .sort((a, b) => b.value - a.value);
    const unit = references[0]?.unit ?? current.find((f) => f.dealId === deal.id && f.kind === kind)?.unit ?? '';
    charts.push({ dealId: deal.id, kind, unit, references, bars, pages });
  }
  return charts;
}
