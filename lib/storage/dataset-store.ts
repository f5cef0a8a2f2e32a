import type { Dataset } from '../dataset/schema';
import type { DatasetMeta, DealLensDb, SyncAttempt } from './db';
import { SYNC_HISTORY_LIMIT } from './db';

/**
 * Replaces the dataset in one transaction: readers see the old dataset or the
 * new one, never a mix, and a failure part-way leaves the old one intact.
 */
export async function replaceDataset(db: DealLensDb, dataset: Dataset, meta: Omit<DatasetMeta, 'key' | 'format' | 'version' | 'publishedAt' | 'note'>): Promise<void> {
  await db.transaction('rw', db.entities, db.deals, db.meta, async () => {
    await db.entities.clear();
    await db.deals.clear();
    await db.entities.bulkPut(dataset.entities);
    await db.deals.bulkPut(dataset.deals);
    await db.meta.put({
      key: 'dataset',
      format: dataset.format,
      version: dataset.version,
      ...(dataset.publishedAt ? { publishedAt: dataset.publishedAt } : {}),
      ...(dataset.note ? { note: dataset.note } : {}),
      ...meta,
    });
  });
}

/** The dataset as stored, or undefined before the first load. */
export async function readDataset(db: DealLensDb): Promise<Dataset | undefined> {
  return db.transaction('r', db.entities, db.deals, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    if (!meta) return undefined;
    const [entities, deals] = await Promise.all([db.entities.orderBy('id').toArray(), db.deals.orderBy('id').toArray()]);
    return {
      format: 'compute-deals/v1' as const,
      version: meta.version,
      ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
      ...(meta.note ? { note: meta.note } : {}),
      entities,
      deals,
    };
  });
}

export async function readDatasetMeta(db: DealLensDb): Promise<DatasetMeta | undefined> {
  return db.meta.get('dataset');
}

/** Records a sync attempt and trims the history to the most recent ones. */
export async function recordSyncAttempt(db: DealLensDb, attempt: Omit<SyncAttempt, 'id'>): Promise<void> {
  await db.transaction('rw', db.syncHistory, async () => {
    await db.syncHistory.add(attempt);
    const count = await db.syncHistory.count();
    if (count > SYNC_HISTORY_LIMIT) {
      const oldest = await db.syncHistory.orderBy('at').limit(count - SYNC_HISTORY_LIMIT).primaryKeys();
      await db.syncHistory.bulkDelete(oldest);
    }
  });
}

export async function readSyncHistory(db: DealLensDb): Promise<SyncAttempt[]> {
  return db.syncHistory.orderBy('at').reverse().toArray();
}
