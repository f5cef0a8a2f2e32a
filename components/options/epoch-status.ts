import type { DealLensDb, LayerAttempt } from '@/lib/storage/db';

/** What the Epoch AI section shows: the layer in use (without its data) and its last update. */
export interface EpochStatus {
  layer: { source: string; loadedAt: number; retrieved?: string; version: string; sites: number; records: number } | undefined;
  attempt: LayerAttempt | undefined;
}

export async function readEpochStatus(db: DealLensDb): Promise<EpochStatus> {
  return db.transaction('r', db.layers, db.layerAttempts, async () => {
    const [layer, attempt] = await Promise.all([db.layers.get('epoch'), db.layerAttempts.get('epoch')]);
    return {
      layer: layer && {
        source: layer.source,
        loadedAt: layer.loadedAt,
        ...(layer.retrieved ? { retrieved: layer.retrieved } : {}),
        version: layer.dataset.version,
        sites: layer.counts.sites,
        records: layer.counts.records,
      },
      attempt,
    };
  });
}
