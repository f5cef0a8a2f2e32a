/**
 * Related coverage: for each deal on the page, the articles the dataset lists
 * and the pages this browser has read about it. Pure, so the popup and the
 * report builders share one reading of "related".
 */
import type { Deal } from '@/lib/dataset/schema';
import type { PageRecord } from '@/lib/messages/page-record';

/** How a page's figures about one deal compare with the reference. */
export interface Agreement {
  match: number;
  mismatch: number;
  unverified: number;
}

export interface RelatedItem {
  title: string;
  /** Site name or publisher. */
  site: string;
  lang: string;
  /** Only http(s) addresses: anything else is never offered as a link. */
  url?: string;
  publishedAt?: string;
  /** When this browser read it; absent for articles known only from the dataset. */
  seenAt?: number;
  inDataset: boolean;
  /** Only for pages read in this browser: the dataset's entries carry no figures. */
  agreement?: Agreement;
}

export interface RelatedGroup {
  dealId: string;
  dealTitle: string;
  items: RelatedItem[];
}

/** The page the popup is open on, which is never related to itself. */
export interface CurrentPage {
  url: string;
  canonicalUrl?: string;
  title: string;
}

export function isHttpUrl(url: string | undefined): url is string {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  try {
    return Boolean(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** Addresses compared without fragment, host case or a trailing slash. */
function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

const titleKey = (title: string) => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Counts one page's figures about `dealId` (all its figures without one) by status. */
export function agreementOf(record: Pick<PageRecord, 'figures'>, dealId?: string): Agreement {
  const agreement: Agreement = { match: 0, mismatch: 0, unverified: 0 };
  for (const figure of record.figures) {
    if (dealId === undefined || figure.dealId === dealId) agreement[figure.status] += 1;
  }
  return agreement;
}

/** Newest first by publish date, else by when it was read; undated entries last, in dataset order. */
function sortKey(item: RelatedItem): number {
  const published = item.publishedAt ? Date.parse(item.publishedAt) : NaN;
  if (!Number.isNaN(published)) return published;
  return item.seenAt ?? -Infinity;
}

/**
 * The related coverage of each deal in `dealIds`, newest first. A dataset
 * entry and a read page that are the same article (same address or, for an
 * entry without one, the same headline) become one item; the current page is
 * left out, by address, canonical address or (for entries without an address)
 * headline.
 */
export function relatedCoverage(dealIds: readonly string[], deals: ReadonlyMap<string, Deal>, pages: readonly PageRecord[], current: CurrentPage): RelatedGroup[] {
  const currentUrls = new Set([current.url, current.canonicalUrl].filter(isHttpUrl).map(urlKey));
  const currentTitle = titleKey(current.title);
  const isCurrentUrl = (url: string | undefined) => Boolean(url && currentUrls.has(urlKey(url)));

  return dealIds.map((dealId) => {
    const deal = deals.get(dealId);
    const read = pages.filter((p) => p.deals.includes(dealId) && !isCurrentUrl(p.url) && !isCurrentUrl(p.canonicalUrl));
    const items: RelatedItem[] = read.map((page) => ({
      title: page.title,
      site: page.site,
      lang: page.lang,
      ...(isHttpUrl(page.url) ? { url: page.url } : {}),
      ...(page.publishedAt ? { publishedAt: page.publishedAt } : {}),
      seenAt: page.seenAt,
      inDataset: false,
      agreement: agreementOf(page, dealId),
    }));
    for (const entry of deal?.coverage ?? []) {
      if (entry.url ? isCurrentUrl(entry.url) : titleKey(entry.title) === currentTitle) continue;
      const same = items.findIndex((item, i) => {
        const page = read[i];
        if (!page) return false;
        return entry.url ? [page.url, page.canonicalUrl].some((u) => u && urlKey(u) === urlKey(entry.url!)) : titleKey(page.title) === titleKey(entry.title);
      });
      const known = items[same];
      // The dataset's entry keeps its own words and link; a page read here adds only when and how
      // it was read. A page's claim to be the entry (its canonical address) must never put its
      // own link or site name under the dataset's label (issue 19).
      const entryItem: RelatedItem = {
        title: entry.title,
        site: entry.publisher,
        lang: entry.lang,
        ...(isHttpUrl(entry.url) ? { url: entry.url } : {}),
        ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
        inDataset: true,
      };
      if (known) {
        items[same] = { ...entryItem, seenAt: known.seenAt, ...(known.agreement ? { agreement: known.agreement } : {}) };
        continue;
      }
      items.push(entryItem);
    }
    const ordered = items.map((item, i) => ({ item, i })).sort((a, b) => sortKey(b.item) - sortKey(a.item) || a.i - b.i);
    return { dealId, dealTitle: deal?.title ?? dealId, items: ordered.map((o) => o.item) };
  });
}
