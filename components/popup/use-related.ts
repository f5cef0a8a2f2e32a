import { useEffect, useState } from 'react';
import type { Analysis } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import type { PageRecord } from '@/lib/messages/page-record';
import type { PopupEnv } from './popup-env';
import { relatedCoverage, type RelatedGroup } from './related';

export interface RelatedData {
  groups: RelatedGroup[];
  /** Other pages read about the page's deals, for the consensus charts. */
  pages: PageRecord[];
  /** Set when the reading history could not be read. */
  failed: boolean;
}

/**
 * Related coverage, read once the deals are known. It comes after the header
 * and flags have rendered, so the popup's first render never waits on history.
 */
export function useRelated(env: PopupEnv, analysis: Analysis | null, url: string | undefined, deals: ReadonlyMap<string, Deal> | undefined): RelatedData | undefined {
  const [data, setData] = useState<RelatedData>();

  useEffect(() => {
    setData(undefined);
    if (!analysis || url === undefined || !deals) return;
    let alive = true;
    const current = { url: url.split('#')[0]!, ...(analysis.url ? { canonicalUrl: analysis.url } : {}), title: analysis.title };
    const build = (pages: PageRecord[], failed: boolean) => ({ groups: relatedCoverage(analysis.deals, deals, pages, current), pages, failed });
    env
      .store()
      .then((store) => store.pagesAboutDeals(analysis.deals, [current.url, current.canonicalUrl ?? '']))
      .then((pages) => build(pages, false))
      .catch(() => build([], true))
      .then((next) => alive && setData(next));
    return () => {
      alive = false;
    };
  }, [env, analysis, url, deals]);

  return data;
}
