import type { Figure } from '../analyze/types';
import type { EntityMatch } from '../extract/entities/find-entities';
import type { SiteIndex } from './site-index';

/**
 * Whether a site is the article's subject, for pages the deals dataset does
 * not recognise ("Meta's Prometheus campus now draws 690 MW"): its title or
 * lead names a site, and a figure was checked against that site's history by
 * its own sentence. A passing mention in a lead, with no figure about the
 * site, is not enough, as for deals (lib/detect/score.ts).
 */
export function siteIsSubject(index: SiteIndex, lead: readonly EntityMatch[], figures: readonly Figure[]): boolean {
  if (index.byEntity.size === 0) return false;
  const named = new Set(lead.filter((e) => index.byEntity.has(e.id)).map((e) => e.id));
  return figures.some((f) => f.site !== undefined && named.has(f.site.entityId));
}
