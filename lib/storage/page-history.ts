import type { PageRecord } from '../messages/page-record';
import { siteOf } from '../web/same-site';
import type { DealLensDb } from './db';

const DAY_MS = 86_400_000;

/** How many pages are remembered, per site and in all. */
export interface HistoryCaps {
  perSite: number;
  total: number;
}

/**
 * Enough for months of reading (the default retention is 90 days), and a
 * bound on what any one site, or a page that keeps changing its address,
 * can fill: the popup reads every record about the page's deals.
 */
export const HISTORY_CAPS: HistoryCaps = { perSite: 100, total: 2_000 };

/**
 * Remembers a page read (the latest reading of a URL replaces the earlier one),
 * then drops the oldest records of its site, and the oldest of all, beyond the caps.
 */
export async function rememberPage(db: DealLensDb, record: PageRecord, caps: HistoryCaps = HISTORY_CAPS): Promise<void> {
  await db.transaction('rw', db.pages, async () => {
    await db.pages.put(record);
    // Addresses only, oldest first, from the seenAt index: no record is read whole.
    const oldestFirst = (await db.pages.orderBy('seenAt').primaryKeys()) as string[];
    const site = siteOf(record.url);
    const ofSite = oldestFirst.filter((url) => siteOf(url) === site);
    const drop = new Set(ofSite.slice(0, Math.max(0, ofSite.length - caps.perSite)));
    const rest = oldestFirst.filter((url) => !drop.has(url));
    for (const url of rest.slice(0, Math.max(0, rest.length - caps.total))) drop.add(url);
    if (drop.size > 0) await db.pages.bulkDelete([...drop]);
  });
}

/** Pages already read about any of `dealIds`, newest first, without the page at `exceptUrl`. */
export async function pagesAboutDeals(db: DealLensDb, dealIds: string[], exceptUrls: string[] = []): Promise<PageRecord[]> {
  if (dealIds.length === 0) return [];
  const pages = await db.pages.where('deals').anyOf(dealIds).distinct().toArray();
  const except = new Set(exceptUrls.filter(Boolean));
  return pages
    .filter((p) => !except.has(p.url) && !(p.canonicalUrl && except.has(p.canonicalUrl)))
    .sort((a, b) => b.seenAt - a.seenAt);
}

/** Drops pages read longer ago than the retention period. */
export async function pruneHistory(db: DealLensDb, days: number, now = Date.now()): Promise<number> {
  return db.pages.where('seenAt').below(now - days * DAY_MS).delete();
}

export async function clearHistory(db: DealLensDb): Promise<void> {
  await db.pages.clear();
}
