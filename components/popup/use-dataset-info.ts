import { useEffect, useState } from 'react';
import type { Analysis } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
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

/**
 * What the dataset says about the page: its version, and the deals and
 * entities the analysis names. Read once there is an analysis, that is after
 * the render that shows it: the database is loaded on demand.
 */
export function useDatasetInfo(env: PopupEnv, analysis: Analysis | null): DatasetInfo {
  const [version, setVersion] = useState<string | null>();
  const [deals, setDeals] = useState<ReadonlyMap<string, Deal>>();
  const [entityNames, setEntityNames] = useState<ReadonlyMap<string, string>>(new Map());
  const hasAnalysis = analysis !== null;

  useEffect(() => {
    if (!hasAnalysis) return;
    let alive = true;
    env
      .store()
      .then((store) => store.datasetMeta())
      .then((meta) => alive && setVersion(meta?.version ?? null))
      .catch(() => alive && setVersion(null));
    return () => {
      alive = false;
    };
  }, [env, hasAnalysis]);

  useEffect(() => {
    if (!analysis) return;
    let alive = true;
    const dealIds = dealIdsOf(analysis);
    const entityIds = [...new Set(analysis.entities.map((e) => e.id))];
    env
      .store()
      .then((store) => Promise.all([store.deals(dealIds), store.entities(entityIds)]))
      .then(([foundDeals, foundEntities]) => {
        if (!alive) return;
        setDeals(new Map(foundDeals.map((d) => [d.id, d] as const)));
        setEntityNames(new Map(foundEntities.map((e) => [e.id, e.name] as const)));
      })
      .catch(() => alive && setDeals(new Map()));
    return () => {
      alive = false;
    };
  }, [env, analysis]);

  return { version, deals: analysis ? deals : undefined, entityNames };
}
