import type { Analysis, EntityHit, Figure } from '@/lib/analyze/types';
import type { Dataset } from '@/lib/dataset/schema';
import { formatValue } from '@/lib/format/format-value';
import type { CardContent } from '@/lib/paint/card';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

const msg = (key: MessageKey, fallback: string) => {
  try {
    return browser.i18n.getMessage(key) || fallback;
  } catch {
    return fallback;
  }
};

const locale = () => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
};

/** What the card says about a figure: the article's reading, the deal, the verdict and the reference. */
export function figureCard(figure: Figure, dataset: Dataset | undefined): CardContent {
  const deal = figure.dealId ? dataset?.deals.find((d) => d.id === figure.dealId) : undefined;
  const value = figure.currency ? `${figure.value} ${figure.currency}` : formatValue(figure.value, figure.unit, figure.bound, locale());
  const rows: Array<[string, string]> = [[msg('card_reads_as', 'Reads as'), value]];
  if (deal) rows.push([msg('card_deal', 'Deal'), deal.title]);
  if (figure.expected) {
    const reference = formatValue(figure.expected.value, figure.expected.unit, figure.expected.bound, locale());
    rows.push([msg('card_reference', 'Reference'), figure.expected.label ? `${reference} (${figure.expected.label})` : reference]);
  }
  const status =
    figure.status === 'mismatch'
      ? { text: msg('card_mismatch', 'Differs from the reference'), tone: 'mismatch' as const }
      : figure.status === 'match'
        ? { text: msg('card_match', 'Consistent with the reference'), tone: 'match' as const }
        : { text: deal ? msg('card_unverified_deal', 'No reference figure of this kind') : msg('card_unlinked', 'Not attributed to a known deal'), tone: 'neutral' as const };
  const source = figure.expected?.source;
  return {
    heading: figure.text.trim(),
    rows,
    status,
    ...(source ? { source: { label: msg('card_source', 'Source'), text: source, ...(/^https?:\/\//i.test(source) ? { href: source } : {}) } } : {}),
    label: `Compute Deal Lens: ${figure.text.trim()}: ${status.text}`,
  };
}

/** What the card says about an entity: its name, kind and the deals it takes part in. */
export function entityCard(hit: EntityHit, dataset: Dataset | undefined, analysis: Analysis): CardContent {
  const entity = dataset?.entities.find((e) => e.id === hit.id);
  const deals = dataset?.deals.filter((d) => d.parties.includes(hit.id) || d.sites?.includes(hit.id)) ?? [];
  const onPage = deals.filter((d) => analysis.deals.includes(d.id));
  const rows: Array<[string, string]> = [[msg('card_kind', 'Kind'), hit.kind]];
  if (onPage.length) rows.push([msg('card_deal', 'Deal'), onPage.map((d) => d.title).join('; ')]);
  else if (deals.length) rows.push([msg('card_known_deals', 'Known deals'), String(deals.length)]);
  return { heading: entity?.name ?? hit.text, rows, label: `Compute Deal Lens: ${entity?.name ?? hit.text}` };
}
