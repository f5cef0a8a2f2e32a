import type { PageRecord } from '../messages/page-record';
import type { DealLensDb } from './db';

const DAY_MS = 86_400_000;

/** Remembers a page read (the latest reading of a URL replaces the earlier one). */
export async function rememberPage(db: DealLensDb, record: PageRecord): Promise<void> {
  await db.pages.put(record);
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
