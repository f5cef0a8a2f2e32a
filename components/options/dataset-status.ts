import type { DatasetMeta, DealLensDb, SyncAttempt } from '@/lib/storage/db';
import { readDatasetMeta, readSyncHistory } from '@/lib/storage/dataset-store';

/** What the dataset panel and the history table show. */
export interface DatasetStatus {
  meta: DatasetMeta | undefined;
  deals: number;
  entities: number;
  facts: number;
  /** Newest first, at most SYNC_HISTORY_LIMIT. */
  history: SyncAttempt[];
  /** When the dataset last changed or was confirmed up to date. */
  lastSuccessAt: number | undefined;
}

/** Reads the dataset's summary in one transaction, so the counts and the version always agree. */
export async function readDatasetStatus(db: DealLensDb): Promise<DatasetStatus> {
  return db.transaction('r', db.meta, db.deals, db.entities, db.syncHistory, async () => {
    const [meta, deals, entities, history] = await Promise.all([
      readDatasetMeta(db),
      db.deals.toArray(),
      db.entities.count(),
      readSyncHistory(db),
    ]);
    const lastSuccess = history.find((attempt) => attempt.result !== 'error');
    return {
      meta,
      deals: deals.length,
      entities,
      facts: deals.reduce((sum, deal) => sum + deal.facts.length, 0),
      history,
      // The history keeps only the recent attempts; the load time covers one that scrolled out.
      lastSuccessAt: lastSuccess?.at ?? meta?.loadedAt,
    };
  });
}
