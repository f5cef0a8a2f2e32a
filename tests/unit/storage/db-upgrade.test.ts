import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '@/lib/storage/db';
import { readDataset, readDatasetMeta, readSyncHistory } from '@/lib/storage/dataset-store';
import { pagesAboutDeals } from '@/lib/storage/page-history';

/**
 * Version 1 of the database exactly as it shipped. Frozen here on purpose: db.ts
 * may only append versions, and this snapshot is what users' browsers hold.
 * When a version 2 is added, add a V2 snapshot below and a test that starts from it.
 */
const V1_STORES = {
  entities: 'id, kind',
  deals: 'id, *parties, *sites',
  meta: 'key',
  pages: 'url, seenAt, *deals',
  syncHistory: '++id, at',
};

const V1_DATA = {
  entities: [
    { id: 'anthropic', kind: 'company', name: 'Anthropic', aliases: ['Anthropic'] },
    { id: 'google', kind: 'company', name: 'Google', aliases: ['Google', '谷歌'] },
  ],
  deals: [
    {
      id: 'anthropic-google-tpu',
      title: 'Anthropic to use up to one million Google TPUs',
      parties: ['anthropic', 'google'],
      facts: [{ kind: 'chips', value: 1_000_000, unit: 'chip', bound: 'max', source: 'https://example.org/tpu' }],
    },
  ],
  meta: [
    { key: 'dataset', format: 'compute-deals/v1', version: '2025.10.23', source: 'https://data.example.org/deals.json', loadedAt: 1_761_200_000_000, etag: '"abc"' },
  ],
  pages: [
    { url: 'https://news.example/tpu', title: 'TPUs', site: 'news.example', lang: 'en', seenAt: 1_761_300_000_000, deals: ['anthropic-google-tpu'], figures: [] },
  ],
  syncHistory: [
    { at: 1_761_200_000_000, source: 'https://data.example.org/deals.json', trigger: 'manual', result: 'updated', version: '2025.10.23', durationMs: 120 },
  ],
};

let names: string[] = [];

afterEach(async () => {
  await Promise.all(names.map((name) => Dexie.delete(name)));
  names = [];
});

async function writeV1Snapshot(): Promise<string> {
  const name = `deal-lens-upgrade-${names.length}-${Date.now()}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(V1_DATA)) await v1.table(table).bulkAdd(rows);
  });
  v1.close();
  return name;
}

describe('database upgrade', () => {
  it('opens a version-1 database with every current version and keeps its data', async () => {
    const name = await writeV1Snapshot();
    const db = openDb(name);
    try {
      await db.open();
      expect(db.verno).toBeGreaterThanOrEqual(1);
      expect(await readDatasetMeta(db)).toMatchObject({ version: '2025.10.23', etag: '"abc"' });
      const dataset = await readDataset(db);
      expect(dataset?.entities.map((e) => e.id)).toEqual(['anthropic', 'google']);
      expect(dataset?.deals[0]?.facts[0]).toMatchObject({ kind: 'chips', value: 1_000_000 });
      // The multi-entry indexes still answer after the upgrade.
      expect((await pagesAboutDeals(db, ['anthropic-google-tpu'])).map((p) => p.url)).toEqual(['https://news.example/tpu']);
      expect(await db.deals.where('parties').equals('google').count()).toBe(1);
      expect(await readSyncHistory(db)).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
