import type { Dataset } from '../dataset/schema';
import { layerDatasets } from '../dataset/layer-datasets';
import type { DealLensDb, LayerAttempt, LayerRecord } from './db';

/** Puts a layer in place in one write; the deals dataset is never touched. */
export async function replaceLayer(db: DealLensDb, layer: LayerRecord): Promise<void> {
  await db.layers.put(layer);
}

export async function readLayer(db: DealLensDb, key: LayerRecord['key'] = 'epoch'): Promise<LayerRecord | undefined> {
  return db.layers.get(key);
}

/** Takes the layer away (and its last attempt); the deals dataset stays as it is. */
export async function removeLayer(db: DealLensDb, key: LayerRecord['key'] = 'epoch'): Promise<void> {
  await db.transaction('rw', db.layers, db.layerAttempts, async () => {
    await db.layers.delete(key);
    await db.layerAttempts.delete(key);
  });
}

export async function recordLayerAttempt(db: DealLensDb, attempt: LayerAttempt): Promise<void> {
  await db.layerAttempts.put(attempt);
}

export async function readLayerAttempt(db: DealLensDb, key: LayerRecord['key'] = 'epoch'): Promise<LayerAttempt | undefined> {
  return db.layerAttempts.get(key);
}

/** The deals dataset with every stored layer over it, as the engine reads them. */
export function withLayers(base: Dataset, layers: readonly LayerRecord[]): Dataset {
  return layerDatasets(base, ...layers.map((layer) => layer.dataset));
}
