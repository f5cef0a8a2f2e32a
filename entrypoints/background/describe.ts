import type { EntityHit, Figure } from '@/lib/analyze/types';
import type { Dataset } from '@/lib/dataset/schema';
import type { CardContent, ToBackground } from '@/lib/messages/protocol';
import { formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import { reason } from '@/components/shared/figure-reason';

/**
 * A hover card's words for what the page's content script points at. They are
 * put together here, where the dataset and the formatters already are, so the
 * script every page loads carries neither.
 */
export function describe(target: Extract<ToBackground, { type: 'describe' }>['target'], dataset: Dataset | undefined): CardContent {
  return target.kind === 'figure' ? figureCard(target.figure, dataset) : entityCard(target.entity, dataset, target.deals);
}

/** What the card says about a figure: the article's reading, the deal, the verdict and the reference. */
export function figureCard(figure: Figure, dataset: Dataset | undefined): CardContent {
  const deal = figure.dealId ? dataset?.deals.find((d) => d.id === figure.dealId) : undefined;
  const value = formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}) });
  const rows: Array<[string, string]> = [[t('card_reads_as'), value]];
  // The line on why names the deal ("Attributed to …: the sentence names Colossus 1"); without one, the deal alone.
  const why = reason(figure, deal?.title);
  if (deal && !(why && figure.evidence)) rows.push([t('card_deal'), deal.title]);
  if (why) rows.push([t('card_why'), why]);
  if (figure.expected) {
    const reference = formatValue(figure.expected.value, figure.expected.unit, { bound: figure.expected.bound });
    rows.push([t('card_reference'), figure.expected.label ? `${reference} (${figure.expected.label})` : reference]);
  }
  const status =
    figure.status === 'mismatch'
      ? { text: t('card_mismatch'), tone: 'mismatch' as const }
      : figure.status === 'match'
        ? { text: t('card_match'), tone: 'match' as const }
        : { text: deal ? t('card_unverified_deal') : t('card_unlinked'), tone: 'neutral' as const };
  const source = figure.expected?.source;
  return {
    heading: figure.text.trim(),
    rows,
    status,
    ...(source ? { source: { label: t('card_source'), text: source, ...(/^https?:\/\//i.test(source) ? { href: source } : {}) } } : {}),
    label: `Compute Deal Lens: ${figure.text.trim()}: ${status.text}`,
  };
}

/** What the card says about an entity: its name, kind and the deals it takes part in (`pageDeals`: those on the page). */
export function entityCard(hit: EntityHit, dataset: Dataset | undefined, pageDeals: readonly string[]): CardContent {
  const entity = dataset?.entities.find((e) => e.id === hit.id);
  const deals = dataset?.deals.filter((d) => d.parties.includes(hit.id) || d.sites?.includes(hit.id)) ?? [];
  const onPage = deals.filter((d) => pageDeals.includes(d.id));
  const rows: Array<[string, string]> = [[t('card_kind'), hit.kind]];
  if (onPage.length) rows.push([t('card_deal'), onPage.map((d) => d.title).join('; ')]);
  else if (deals.length) rows.push([t('card_known_deals'), String(deals.length)]);
  return { heading: entity?.name ?? hit.text, rows, label: `Compute Deal Lens: ${entity?.name ?? hit.text}` };
}
