import type { Dataset } from '../dataset/schema';
import { buildEntityIndex, type EntityIndex } from '../extract/entities/entity-index';
import { buildDealIndex, type DealIndex } from '../link/deal-index';
import { buildSiteIndex, type SiteIndex } from '../sites/site-index';

/** A dataset compiled for analysis: built once, reused for every page. */
export interface Engine {
  dataset: Dataset;
  entities: EntityIndex;
  deals: DealIndex;
  /** compute-deals/v2 sites; empty for a v1 dataset. */
  sites: SiteIndex;
}

const compiled = new WeakMap<Dataset, Engine>();

export function compileDataset(dataset: Dataset): Engine {
  let engine = compiled.get(dataset);
  if (!engine) {
    engine = { dataset, entities: buildEntityIndex(dataset), deals: buildDealIndex(dataset), sites: buildSiteIndex(dataset) };
    compiled.set(dataset, engine);
  }
  return engine;
}
