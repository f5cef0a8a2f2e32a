/**
 * Reads Epoch AI's CSV files, builds the layer and writes it to the database,
 * off the settings page's main thread: the 786-row import would otherwise hold
 * it for hundreds of milliseconds. It answers with what changed, or why not.
 */
import { openDb } from '@/lib/storage/db';
import { applyEpochFiles, type ApplyOptions, type NamedBytes } from '@/lib/storage/update-epoch';

const db = openDb();

self.onmessage = async (event: MessageEvent<{ files: NamedBytes[]; options: ApplyOptions }>) => {
  try {
    const result = await applyEpochFiles(db, event.data.files, event.data.options);
    self.postMessage({ ok: true, ...result });
  } catch (err) {
    self.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
