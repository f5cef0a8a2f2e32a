import type { EntityHit, Figure } from '@/lib/analyze/types';
import type { Dataset } from '@/lib/dataset/schema';
import type { CardContent, ToBackground } from '@/lib/messages/protocol';
import { MAX_CARD_LINES } from '@/lib/messages/page-protocol';
import { formatNumber, formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import { reason } from '@/components/shared/figure-reason';
import { siteCredit, siteRows } from '@/components/shared/site-check';

/**
 * A hover card's words for what the page's content script points at. They are
 * put together here, where the dataset and the formatters already are, so the
 * script every page loads carries neither.
 */
export function describe(target: Extract<ToBackground, { type: 'describe' }>['target'], dataset: Dataset | undefined): CardContent {
  return target.kind === 'figure' ? figureCard(target.figure, dataset, target.others) : entityCard(target.entity, dataset, target.deals);
}

type Others = NonNullable<Extract<Extract<ToBackground, { type: 'describe' }>['target'], { kind: 'figure' }>['others']>;

/**
 * The other values the page gives the figure's fact, once each, first
 * occurrence first: "This page also says 220,000+ (paragraph 3)".
 */
function alsoSays(others: Others): CardContent['also'] {
  const seen = new Set<string>();
  const lines: NonNullable<CardContent['also']> = [];
  for (const { index, figure } of [...others].sort((a, b) => a.index - b.index)) {
    if (seen.has(String(figure.value)) || lines.length >= MAX_CARD_LINES) continue;
    seen.add(String(figure.value));
    lines.push({ text: t('card_also_says', [figure.text.trim(), String(figure.block + 1)]), figure: index });
  }
  return lines;
}

/** What the card says about a figure: the article's reading, the deal, the verdict and the reference. */
export function figureCard(figure: Figure, dataset: Dataset | undefined, others: Others = []): CardContent {
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
  const coverage = figure.coverage;
  if (coverage) {
    const said = formatValue(coverage.value, coverage.unit, { bound: coverage.bound });
    rows.push([t('card_coverage'), t('card_coverage_says', [formatNumber(coverage.articles.length), said])]);
  }
  if (figure.site) rows.push(...siteRows(figure.site));
  // The dataset's verdict stands where it has one; a conflict speaks only where it has none.
  const status =
    figure.site?.verdict === 'differs'
      ? { text: t('card_site_differs'), tone: 'neutral' as const }
      : figure.status === 'mismatch'
        ? { text: t('card_mismatch'), tone: 'mismatch' as const }
        : figure.status === 'match'
          ? { text: t('card_match'), tone: 'match' as const }
          : figure.conflicts?.length
            ? { text: t('card_conflict_page'), tone: 'conflict' as const }
            : coverage
              ? { text: t('card_conflict_coverage'), tone: 'conflict' as const }
              : { text: deal ? t('card_unverified_deal') : t('card_unlinked'), tone: 'neutral' as const };
  const source = figure.expected?.source;
  const also = figure.conflicts?.length ? alsoSays(others.filter((o) => figure.conflicts!.includes(o.index))) : [];
  const links = (coverage?.articles ?? []).filter((a) => /^https?:\/\//i.test(a.url)).slice(0, MAX_CARD_LINES).map((a) => ({ text: a.title || a.url, href: a.url }));
  return {
    heading: figure.text.trim(),
    rows,
    status,
    ...(also?.length ? { also } : {}),
    ...(links.length ? { links } : {}),
    // A site's figures are shown with the credit their licence asks for, linked to the data page.
    ...(figure.site
      ? { source: siteCredit(figure.site) }
      : source
        ? { source: { label: t('card_source'), text: source, ...(/^https?:\/\//i.test(source) ? { href: source } : {}) } }
        : {}),
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
