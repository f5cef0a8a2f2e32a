import { compareWithSite, type SiteVerdict } from '../compare/compare-site';
import type { RawFigure } from '../extract/raw-figure';
import type { LinkDecision, ReadBlock } from '../link/link-figures';
import { recordInForce, type SiteIndex } from './site-index';
import { siteOfFigure } from './site-of-figure';

/**
 * What a link leaves open to a site check: nothing named a deal, a site in no
 * deal took the figure ("other-entity"), or the tie was weak. A figure the
 * words themselves set apart — revenue, a stake, a comparison, the grid, a
 * rate, "not", a milestone, another year, a part — is no site's total either.
 */
const OPEN = new Set<string | undefined>([undefined, 'other-entity', 'weak-link']);

/**
 * The verdict of a site's history on a figure the deals dataset does not
 * decide: the site its sentence is about as a whole, the record in force at the
 * article's date (`publishedAt`, a date or date-time), and the comparison.
 */
export function checkSite(index: SiteIndex, block: ReadBlock, figure: RawFigure, link: LinkDecision, publishedAt: string | undefined): SiteVerdict | undefined {
  if (figure.kind === 'date' || figure.rate || !OPEN.has(link.veto) || !OPEN.has(link.doubt)) return undefined;
  if (figure.start < (block.dateline ?? 0)) return undefined;
  const site = siteOfFigure(index, block, figure);
  if (!site) return undefined;
  const date = publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : undefined;
  const record = recordInForce(site, figure.kind, date);
  return record ? compareWithSite(figure, site, record, index.attributions) : undefined;
}
