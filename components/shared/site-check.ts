import type { SiteCheck } from '@/lib/analyze/types';
import { formatDate } from './format';
import { t } from './i18n';

/** "existing · Confirmed": a site record's status and certainty in the UI's language. */
export function siteState(check: SiteCheck): string {
  const status = { existing: t('site_status_existing'), planned: t('site_status_planned'), decommissioned: t('site_status_decommissioned') }[check.status];
  const certainty = { confirmed: t('site_certainty_confirmed'), likely: t('site_certainty_likely'), unlikely: t('site_certainty_unlikely') }[check.certainty];
  return `${status} · ${certainty}`;
}

/**
 * What the card and the popup say of the site record a figure was checked
 * against: the record, its status and certainty, its as-of date. The credit
 * ("Epoch AI, CC BY 4.0") goes with the link to the data page (`siteCredit`).
 */
export function siteRows(check: SiteCheck): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [t('card_site_record'), check.record],
    [t('card_site_state'), siteState(check)],
  ];
  if (check.asOf) rows.push([t('card_site_as_of'), formatDate(check.asOf)]);
  return rows;
}

/** The credit line with its link, where the licence asks for it. */
export function siteCredit(check: SiteCheck): { label: string; text: string; href?: string } {
  return { label: t('card_site_data'), text: check.credit, ...(/^https?:\/\//i.test(check.url) ? { href: check.url } : {}) };
}
