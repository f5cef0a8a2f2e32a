import type { Analysis } from '@/lib/analyze/types';
import type { PageRecord } from '@/lib/messages/page-record';

/** What the background remembers of a deal page, for related coverage. */
export function pageRecord(analysis: Analysis, where: Location, now = Date.now()): PageRecord {
  const url = where.href.split('#')[0]!;
  const canonical = analysis.url && analysis.url !== url && /^https?:/i.test(analysis.url) ? analysis.url : undefined;
  return {
    url,
    ...(canonical ? { canonicalUrl: canonical } : {}),
    title: analysis.title.slice(0, 1000) || where.hostname,
    site: (analysis.siteName || where.hostname).slice(0, 500),
    lang: analysis.lang.slice(0, 35),
    ...(analysis.publishedAt ? { publishedAt: analysis.publishedAt.slice(0, 64) } : {}),
    seenAt: now,
    deals: analysis.deals.slice(0, 100),
    figures: analysis.figures.slice(0, 2000).map(({ text, kind, value, unit, bound, dealId, status, expected }) => ({
      text: text.trim().slice(0, 200), kind, value, unit, bound, dealId, status, ...(expected ? { expected } : {}),
    })),
  };
}
