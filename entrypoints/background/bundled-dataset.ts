import type { DealLensDb, SyncAttempt } from '@/lib/storage/db';
import { readDatasetMeta } from '@/lib/storage/dataset-store';
import { importDataset } from '@/lib/storage/update-dataset';

export const BUNDLED_SOURCE = 'bundled';

/** The dataset shipped inside the extension, as bytes. */
export async function bundledBytes(): Promise<Uint8Array> {
  const response = await fetch(browser.runtime.getURL('/compute-deals.json'));
  return new Uint8Array(await response.arrayBuffer());
}

/** Loads the bundled dataset into the database. */
export async function loadBundled(db: DealLensDb, trigger: SyncAttempt['trigger']) {
  return importDataset(db, await bundledBytes(), BUNDLED_SOURCE, trigger);
}

/**
 * Makes sure a dataset is in place: on first install the bundled one is loaded;
 * later a user's synced or imported dataset is never overwritten, but a newer
 * bundled one replaces an older bundled one after an update.
 */
export async function ensureDataset(db: DealLensDb, trigger: SyncAttempt['trigger']): Promise<void> {
  const meta = await readDatasetMeta(db);
  if (meta && meta.source !== BUNDLED_SOURCE) return;
  if (meta) {
    const bundled = JSON.parse(new TextDecoder().decode(await bundledBytes())) as { version?: string };
    if (bundled.version === meta.version) return;
  }
  await loadBundled(db, trigger);
}
