/** The report as Markdown, in the UI language, for pasting into notes or an issue. */
import { t, uiLocale } from '@/components/shared/i18n';
import { formatDate, formatLanguage, formatNumber, formatValue } from '@/components/shared/format';
import { entityKindLabel, kindLabel, statusLabel } from '../labels';
import type { RelatedItem } from '../related';
import type { PageReport, ReportFigure } from './build-report';
import { mdLink, mdText, mdUrl } from './markdown-text';

// Every string that reaches the Markdown goes through mdText or mdUrl, the
// formatters' output included: formatDate and formatLanguage hand back what
// they cannot parse as given, and a page's date or language, like a synced
// dataset's version, is whatever its author wrote.

function reading(figure: ReportFigure, locale: string): string {
  return formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}), locale });
}

function reference(figure: ReportFigure, locale: string): string {
  const ref = figure.reference;
  if (!ref) return '';
  const value = formatValue(ref.value, ref.unit, { bound: ref.bound, locale });
  const label = ref.label ? ` (${mdText(ref.label)})` : '';
  const href = mdUrl(ref.source);
  const source = ref.source ? ` — ${t('popup_source')}: ${href ? `<${href}>` : mdText(ref.source)}` : '';
  return `${t('popup_reference')}: ${mdText(value)}${label}${source}`;
}

function figureLine(figure: ReportFigure, locale: string, withDeal: boolean): string {
  const parts = [`“${mdText(figure.text)}”`, `${mdText(kindLabel(figure.kind))}: ${mdText(reading(figure, locale))}`, mdText(statusLabel(figure.status))];
  const ref = reference(figure, locale);
  if (ref) parts.push(ref);
  if (withDeal && figure.dealTitle) parts.push(`${t('popup_deal')}: ${mdText(figure.dealTitle)}`);
  return parts.join(' — ');
}

/** " (×4)" for a figure the page states four times; nothing for one it states once. */
function times(figure: ReportFigure, locale: string): string {
  const count = figure.occurrences.length;
  return count > 1 ? ` (×${formatNumber(count, locale)})` : '';
}

function relatedLine(item: RelatedItem, locale: string): string {
  const facts = [mdText(item.site)];
  if (item.publishedAt) facts.push(mdText(formatDate(item.publishedAt, locale)));
  facts.push(mdText(formatLanguage(item.lang, locale)));
  const parts = [mdLink(item.title, item.url), facts.join(', ')];
  if (item.agreement) {
    const { match, mismatch } = item.agreement;
    parts.push(t('popup_agreement', [formatNumber(match, locale), formatNumber(mismatch, locale)]));
  }
  const origin = [item.seenAt !== undefined ? t('popup_read_here', formatDate(item.seenAt, locale)) : '', item.inDataset ? t('popup_in_dataset') : ''];
  const known = origin.filter(Boolean).join(', ');
  if (known) parts.push(known);
  return `- ${parts.join(' — ')}`;
}

/** Renders the report; `locale` sets the digits and dates (the words follow the UI language). */
export function reportToMarkdown(report: PageReport, locale = uiLocale()): string {
  const { page } = report;
  const lines: string[] = [`# ${t('popup_report_heading')}: ${mdText(page.title)}`, ''];
  const href = mdUrl(page.url);
  lines.push(`- ${t('popup_report_url')}: ${href ? `<${href}>` : mdText(page.url)}`);
  if (page.site) lines.push(`- ${t('popup_report_site')}: ${mdText(page.site)}`);
  lines.push(`- ${t('popup_language')}: ${mdText(formatLanguage(page.lang, locale))}`);
  if (page.publishedAt) lines.push(`- ${t('popup_report_published')}: ${mdText(formatDate(page.publishedAt, locale))}`);
  lines.push(`- ${t('popup_report_verdict')}: ${page.isComputeDeal ? t('popup_verdict_deal') : t('popup_verdict_not_deal')}`);
  if (report.deals.length) lines.push(`- ${t('popup_deals')}: ${report.deals.map((d) => mdText(d.title)).join('; ')}`);
  if (report.dataset) lines.push(`- ${t('popup_dataset_version', mdText(report.dataset.version))}`);
  lines.push(`- ${t('popup_report_generated')}: ${mdText(formatDate(report.generatedAt, locale))}`, '');

  const flags = report.figures.filter((f) => f.status === 'mismatch');
  lines.push(`## ${t('popup_flags_heading')} (${formatNumber(flags.length, locale)})`, '');
  if (flags.length) flags.forEach((f, i) => lines.push(`${i + 1}. ${figureLine(f, locale, true)}${times(f, locale)}`));
  else lines.push(t('popup_no_flags'));
  lines.push('');

  const others = report.figures.filter((f) => f.status !== 'mismatch');
  if (others.length) {
    lines.push(`## ${t('popup_other_figures')}`, '');
    const groups = new Map<string | null, ReportFigure[]>();
    for (const f of others) groups.set(f.dealId, [...(groups.get(f.dealId) ?? []), f]);
    for (const [dealId, figures] of groups) {
      const title = dealId ? (figures[0]?.dealTitle ?? dealId) : t('popup_unlinked');
      const rows = figures.map((f) => `- ${figureLine(f, locale, false)}${times(f, locale)}`);
      lines.push(`### ${mdText(title)}`, '', ...rows, '');
    }
  }

  if (report.entities.length) {
    lines.push(`## ${t('popup_entities_heading')}`, '');
    lines.push(...report.entities.map((e) => `- ${mdText(e.name)} (${mdText(entityKindLabel(e.kind))})`), '');
  }

  lines.push(`## ${t('popup_related_heading')}`, '');
  if (report.related.length === 0) lines.push(t('popup_related_no_deal'), '');
  for (const group of report.related) {
    lines.push(`### ${mdText(group.dealTitle)}`, '');
    lines.push(...(group.items.length ? group.items.map((item) => relatedLine(item, locale)) : [t('popup_related_empty')]), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
