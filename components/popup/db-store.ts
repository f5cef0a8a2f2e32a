import { readDatasetMeta } from '@/lib/storage/dataset-store';
import type { DealLensDb } from '@/lib/storage/db';
import { pagesAboutDeals } from '@/lib/storage/page-history';
import type { PopupStore } from './popup-env';

const present = <T>(items: Array<T | undefined>): T[] => items.filter((item): item is T => item !== undefined);

/**
 * The popup's reads, over the extension's database. Import it with `import()`
 * only: it brings Dexie, which the popup's first render does not need.
 */
export function dbStore(db: DealLensDb): PopupStore {
  return {
    datasetMeta: () => readDatasetMeta(db),
    deals: async (ids) => present(await db.deals.bulkGet(ids)),
    entities: async (ids) => present(await db.entities.bulkGet(ids)),
    pagesAboutDeals: (dealIds, exceptUrls) => pagesAboutDeals(db, dealIds, exceptUrls),
  };
}
