import Dexie, { type EntityTable } from 'dexie';
import type { Dataset, Deal, Entity } from '../dataset/schema';
import type { PageRecord } from '../messages/page-record';

/** What is known of the dataset in use, beyond its entities and deals. */
export interface DatasetMeta {
  key: 'dataset';
  format: string;
  version: string;
  publishedAt?: string;
  note?: string;
  /** bundled, a URL, or "file:<name>". */
  source: string;
  loadedAt: number;
  /** Validators for conditional requests on the next sync from the same URL. */
  etag?: string;
  lastModified?: string;
}

export interface SyncAttempt {
  id?: number;
  at: number;
  source: string;
  trigger: 'manual' | 'auto' | 'import' | 'reset' | 'install';
  result: 'updated' | 'up-to-date' | 'error';
  version?: string;
  error?: string;
  durationMs: number;
}

/**
 * A layer of reference data beside the deals dataset (Epoch AI's sites), kept
 * whole in one row so that replacing it is one write: readers see the old
 * layer or the new one, never a mix.
 */
export interface LayerRecord {
  key: 'epoch';
  dataset: Dataset;
  /** bundled, a URL, or "file:<names>". */
  source: string;
  loadedAt: number;
  /** The day the source data was taken (the Epoch snapshot's date). */
  retrieved?: string;
  counts: { sites: number; records: number; rows: number };
  etag?: string;
  lastModified?: string;
}

/** How the last update of a layer went, kept apart from the layer so a failure leaves it untouched. */
export interface LayerAttempt {
  key: 'epoch';
  at: number;
  source: string;
  result: 'updated' | 'up-to-date' | 'error';
  error?: string;
  durationMs: number;
}

export type DealLensDb = Dexie & {
  entities: EntityTable<Entity, 'id'>;
  deals: EntityTable<Deal, 'id'>;
  meta: EntityTable<DatasetMeta, 'key'>;
  pages: EntityTable<PageRecord, 'url'>;
  syncHistory: EntityTable<SyncAttempt, 'id'>;
  layers: EntityTable<LayerRecord, 'key'>;
  layerAttempts: EntityTable<LayerAttempt, 'key'>;
};

export const DB_NAME = 'compute-deal-lens';

/**
 * The extension's database, in the extension's own origin: opened by the
 * background, popup and options page, never by the content script.
 * Versions are appended, never edited (tests/unit/storage/db-upgrade.test.ts
 * upgrades a snapshot of every old version).
 */
export function openDb(name = DB_NAME): DealLensDb {
  const db = new Dexie(name) as DealLensDb;
  db.version(1).stores({
    entities: 'id, kind',
    deals: 'id, *parties, *sites',
    meta: 'key',
    pages: 'url, seenAt, *deals',
    syncHistory: '++id, at',
  });
  // Layers of reference data beside the deals dataset (Epoch AI's sites), and each one's last update.
  db.version(2).stores({ layers: 'key', layerAttempts: 'key' });
  return db;
}

/** Sync history keeps the most recent attempts only. */
export const SYNC_HISTORY_LIMIT = 20;
