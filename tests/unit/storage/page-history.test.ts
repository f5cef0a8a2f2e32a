import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageRecord } from '@/lib/messages/page-record';
import type { DealLensDb } from '@/lib/storage/db';
import { clearHistory, pruneHistory, rememberPage } from '@/lib/storage/page-history';
import { freshDb } from './support';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);

const page = (url: string, daysAgo: number): PageRecord => ({
  url,
  title: url,
  site: 'example.org',
  lang: 'en',
  seenAt: NOW - daysAgo * DAY,
  deals: ['stargate-abilene'],
  figures: [],
});

describe('reading history', () => {
  let db: DealLensDb;

  beforeEach(async () => {
    db = freshDb();
    for (const [url, age] of [['https://a.example/1', 1], ['https://a.example/2', 89], ['https://a.example/3', 91], ['https://a.example/4', 400]] as const) {
      await rememberPage(db, page(url, age));
    }
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('prunes pages older than the retention period and says how many went', async () => {
    await expect(pruneHistory(db, 90, NOW)).resolves.toBe(2);
    expect((await db.pages.toArray()).map((p) => p.url).sort()).toEqual(['https://a.example/1', 'https://a.example/2']);
  });

  it('keeps at most the cap of records per site, dropping the oldest first', async () => {
    // Subdomains are one site: a wildcard DNS name must not multiply the cap.
    for (let i = 0; i < 5; i++) await rememberPage(db, page(`https://s${i}.e.vil/p`, 10 - i), { perSite: 3, total: 100 });
    const urls = (await db.pages.toArray()).map((p) => p.url);
    expect(urls.filter((u) => u.includes('e.vil')).sort()).toEqual(['https://s2.e.vil/p', 'https://s3.e.vil/p', 'https://s4.e.vil/p']);
    // Other sites' records are untouched.
    expect(urls.filter((u) => u.includes('a.example'))).toHaveLength(4);
  });

  it('keeps at most the cap of records in all, dropping the oldest first', async () => {
    await rememberPage(db, page('https://b.example/new', 0), { perSite: 100, total: 3 });
    expect((await db.pages.toArray()).map((p) => p.url).sort()).toEqual(['https://a.example/1', 'https://a.example/2', 'https://b.example/new']);
  });

  it('clears every remembered page', async () => {
    await clearHistory(db);
    expect(await db.pages.count()).toBe(0);
  });
});
