import type { Deal, Fact } from '../dataset/schema';
import type { Expected, Status } from '../analyze/types';
import type { RawFigure } from '../extract/raw-figure';
import { consistent } from './intervals';

export interface Verdict {
  status: Status;
  expected?: Expected;
}

const DAY_MS = 86_400_000;

/**
 * Compares a figure linked to `deal` with the deal's reference facts.
 * `match`: consistent with some fact of its kind; `mismatch`: the deal has facts
 * of that kind and none is consistent (the closest one is reported); otherwise
 * `unverified`. Money in another currency is never verified: converting it
 * would make the check depend on an exchange rate we do not hold.
 */
/** Where the page was published, as its publish time's UTC offset says. */
export interface PageTime {
  pageOffsetHours?: number;
}

/** The offset from which a page's zone is the Americas' (Brasília is UTC−3). */
const AMERICAS_OFFSET = -3;

export function compareFigure(figure: RawFigure, deal: Deal, page: PageTime = {}): Verdict {
  if (figure.kind === 'date') return compareDate(figure, deal, page);
  if (typeof figure.value !== 'number' || figure.currency) return { status: 'unverified' };
  const facts = deal.facts.filter((fact) => fact.kind === figure.kind);
  if (facts.length === 0) return { status: 'unverified' };
  const article = { value: figure.value, bound: figure.bound };
  const agreeing = facts.find((fact) => consistent(article, fact));
  if (agreeing) return { status: 'match', expected: expectedOf(agreeing) };
  return { status: 'mismatch', expected: expectedOf(closest(facts, figure.value)) };
}

function closest(facts: Fact[], value: number): Fact {
  const distance = (fact: Fact) => Math.abs(Math.log((fact.value || 1e-9) / (value || 1e-9)));
  return facts.reduce((best, fact) => (distance(fact) < distance(best) ? fact : best));
}

function expectedOf(fact: Fact): Expected {
  return { value: fact.value, unit: fact.unit, bound: fact.bound, label: fact.label, source: fact.source };
}

/**
 * Dates are checked against the announcement (US time). A date written in a zone ahead of
 * the announcer's (北京时间 5 月 7 日凌晨 for a US announcement on May 6) may be
 * one day later. Without a stated zone a date one day later stays unverified:
 * the article may simply be dated locally, in Europe or Asia. One day earlier
 * is no local dating (readers' zones are ahead of the US, not behind): a mismatch.
 * A page published with an American UTC offset dates in American time: there a
 * day later is a mismatch too. A date in the small hours of a zone ahead of the US
 * (北京时间5月7日凌晨) is the US's day before, exactly.
 */
function compareDate(figure: RawFigure, deal: Deal, page: PageTime): Verdict {
  if (!deal.announced || typeof figure.value !== 'string') return { status: 'unverified' };
  const days = Math.round((Date.parse(figure.value) - Date.parse(deal.announced)) / DAY_MS);
  if (Number.isNaN(days)) return { status: 'unverified' };
  const expected: Expected = { value: deal.announced, unit: 'date', bound: 'exact', label: 'announced' };
  const offset = figure.utcOffsetHours;
  // The small hours of a day in a zone ahead of the US are the day before there.
  if (offset !== undefined && offset > 0 && figure.smallHours) return { status: days === 1 ? 'match' : 'mismatch', expected };
  if (days === 0) return { status: 'match', expected };
  if (days === 1 && offset !== undefined && offset > 0) return { status: 'match', expected };
  if (days === 1 && offset === undefined && !(page.pageOffsetHours !== undefined && page.pageOffsetHours <= AMERICAS_OFFSET)) return { status: 'unverified' };
  return { status: 'mismatch', expected };
}
