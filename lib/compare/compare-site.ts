import type { Expected, SiteCheck, Status } from '../analyze/types';
import type { Attribution, Fact, Site, SiteRecord } from '../dataset/schema';
import type { RawFigure } from '../extract/raw-figure';
import { intervalOf, overlaps, type Interval } from './intervals';

/**
 * How far a site's figure may be from the article's and still agree: ±25 %.
 *
 * Epoch AI's values are estimates. Its power capacities are mostly computed
 * from chip counts and a typical draw per chip (Colossus Phase 1: 142.7 MW
 * computed, 150 MW reported, 5 % apart), its data-center timelines are read
 * from satellite images and permits (Colossus 1 on 2024-09-02: 174 MW on the
 * timeline, 150 MW in the cluster file, 16 % apart), and its chip counts round
 * to what was announced. ±25 % keeps those readings of one site together while
 * a tenfold slip, or 200,000 against 100,000, stays a difference.
 */
export const ESTIMATE_TOLERANCE = 0.25;

export interface SiteVerdict {
  status: Status;
  expected: Expected;
  check: SiteCheck;
}

/**
 * Compares a figure about a site as a whole with the site's record in force.
 * It agrees when the article's reading overlaps the record's value ±25 %. A
 * disagreement is a `mismatch` (red) only against a record that is existing and
 * Confirmed; against a Likely, Unlikely or planned one the figure stays
 * unverified and its check says it `differs` from the estimate.
 */
export function compareWithSite(figure: RawFigure, site: Site, record: SiteRecord, attributions: ReadonlyMap<string, Attribution>): SiteVerdict | undefined {
  if (typeof figure.value !== 'number' || figure.currency) return undefined;
  const facts = record.facts.filter((fact) => fact.kind === figure.kind);
  if (facts.length === 0) return undefined;
  const article = intervalOf(figure.value, figure.bound);
  const agreeing = facts.find((fact) => overlaps(article, estimateInterval(fact)));
  const fact = agreeing ?? facts[0]!;
  const firm = record.status === 'existing' && record.certainty === 'confirmed';
  const verdict = agreeing ? 'match' : firm ? 'mismatch' : 'differs';
  const attribution = record.source ? attributions.get(record.source) : undefined;
  return {
    status: verdict === 'differs' ? 'unverified' : verdict,
    expected: { value: fact.value, unit: fact.unit, bound: fact.bound, ...(fact.label ? { label: fact.label } : {}), ...(record.source ? { source: record.source } : {}) },
    check: {
      entityId: site.entity,
      site: site.name,
      record: record.name,
      verdict,
      status: record.status,
      certainty: record.certainty,
      ...(record.asOf ? { asOf: record.asOf } : {}),
      credit: attribution ? `${attribution.publisher}, ${attribution.licence}` : 'unknown source',
      url: attribution?.url ?? record.source ?? '',
    },
  };
}

/** The record's value ±ESTIMATE_TOLERANCE, whatever bound it carries: an estimate is neither a floor nor a ceiling. */
export function estimateInterval(fact: Pick<Fact, 'value'>): Interval {
  return [fact.value * (1 - ESTIMATE_TOLERANCE), fact.value * (1 + ESTIMATE_TOLERANCE)];
}
