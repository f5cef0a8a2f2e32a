import { compileDataset, type Engine } from '@/lib/analyze/engine';
import type { DealLensDb } from '@/lib/storage/db';
import { readDataset, readDatasetMeta } from '@/lib/storage/dataset-store';
import { withLayers } from '@/lib/storage/layer-store';
import { ensureDataset } from './bundled-dataset';

/**
 * The engine compiled for the stored dataset, kept warm between pages: pages
 * are analysed here, off their own main thread, and compiling the dataset and
 * the figure grammar once serves every tab. A sync, import or reset (from any
 * context) changes the stored metadata, and the next page gets a fresh engine.
 */
export class EngineCache {
  private key: string | undefined;
  private engine: Promise<Engine | undefined> | undefined;

  constructor(private readonly db: DealLensDb) {}

  async get(): Promise<Engine | undefined> {
    let meta = await readDatasetMeta(this.db);
    if (!meta) {
      await ensureDataset(this.db, 'install');
      meta = await readDatasetMeta(this.db);
    }
    if (!meta) return undefined;
    // A layer's last attempt changes with every update or removal of it (Epoch AI data).
    const attempts = await this.db.layerAttempts.toArray();
    const key = `${meta.source}\n${meta.version}\n${meta.loadedAt}\n${attempts.map((a) => `${a.key}@${a.at}:${a.result}`).join(',')}`;
    if (key !== this.key || !this.engine) {
      this.key = key;
      this.engine = Promise.all([readDataset(this.db), this.db.layers.toArray()]).then(([dataset, layers]) =>
        dataset ? compileDataset(withLayers(dataset, layers)) : undefined,
      );
      // A failed read must not stick: the next page tries again.
      this.engine.catch(() => (this.key = undefined));
    }
    return this.engine;
  }
}
