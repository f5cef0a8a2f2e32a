import { useEffect, useState } from 'react';
import type { Analysis } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import { readDatasetMeta } from '@/lib/storage/dataset-store';
import type { PopupEnv } from './popup-env';

export interface DatasetInfo {
  /** undefined until read, null when no dataset is loaded. */
  version: string | null | undefined;
  /** The deals the analysis names; undefined until read. */
  deals: ReadonlyMap<string, Deal> | undefined;
  /** Dataset names of the entities found. */
  entityNames: ReadonlyMap<string, string>;
}

const dealIdsOf = (analysis: Analysis) => [...new Set([...analysis.deals, ...analysis.figures.flatMap((f) => (f.dealId ? [f.dealId] : []))])];

/** What the dataset says about the page: its version, and the deals and entities the analysis names. */
export function useDatasetInfo(env: PopupEnv, analysis: Analysis | null): DatasetInfo {
  const [version, setVersion] = useState<string | null>();
  const [deals, setDeals] = useState<ReadonlyMap<string, Deal>>();
  const [entityNames, setEntityNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    let alive = true;
    readDatasetMeta(env.db)
      .then((meta) => alive && setVersion(meta?.version ?? null))
      .catch(() => alive && setVersion(null));
    return () => {
      alive = false;
    };
  }, [env]);

  useEffect(() => {
    if (!analysis) return;
    let alive = true;
    const dealIds = dealIdsOf(analysis);
    const entityIds = [...new Set(analysis.entities.map((e) => e.id))];
    Promise.all([env.db.deals.bulkGet(dealIds), env.db.entities.bulkGet(entityIds)])
      .then(([foundDeals, foundEntities]) => {
        if (!alive) return;
        setDeals(new Map(foundDeals.flatMap((d) => (d ? [[d.id, d] as const] : []))));
        setEntityNames(new Map(foundEntities.flatMap((e) => (e ? [[e.id, e.name] as const] : []))));
      })
      .catch(() => alive && setDeals(new Map()));
    return () => {
      alive = false;
    };
  }, [env, analysis]);

  return { version, deals: analysis ? deals : undefined, entityNames };
}
