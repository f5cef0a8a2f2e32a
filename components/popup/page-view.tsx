import { useCallback, useMemo } from 'react';
import { t } from '@/components/shared/i18n';
import { groupRepeats } from '@/components/shared/repeated-figures';
import type { Analysis } from '@/lib/analyze/types';
import { ConsensusSection } from './consensus-section';
import { EntityList } from './entity-list';
import { ExportBar } from './export-bar';
import { FlagList } from './flag-list';
import { OtherFigures } from './other-figures';
import { PageHeader } from './page-header';
import { conflictsOf, flagsOf, otherFiguresByDeal, uniqueEntities } from './page-figures';
import { ConflictList } from './conflict-list';
import type { PopupEnv } from './popup-env';
import { RelatedCoverage } from './related-coverage';
import { buildReport } from './report/build-report';
import type { DatasetInfo } from './use-dataset-info';
import { useRelated } from './use-related';

interface Props {
  env: PopupEnv;
  tabId: number;
  url: string;
  analysis: Analysis;
  forced: boolean;
  info: DatasetInfo;
}

/** An analysed page: verdict, flags, the other figures, entities, related coverage, consensus, export. */
export function PageView({ env, tabId, url, analysis, forced, info }: Props) {
  const { deals, entityNames, version } = info;
  const related = useRelated(env, analysis, url, deals);
  const flags = useMemo(() => groupRepeats(flagsOf(analysis), (item) => item.figure), [analysis]);
  const conflicts = useMemo(() => groupRepeats(conflictsOf(analysis), (item) => item.figure), [analysis]);
  const groups = useMemo(() => otherFiguresByDeal(analysis), [analysis]);
  const entities = useMemo(() => uniqueEntities(analysis.entities, entityNames), [analysis, entityNames]);
  const report = useMemo(
    () =>
      related && deals
        ? buildReport({ analysis, url, deals, entityNames, related: related.groups, ...(version ? { datasetVersion: version } : {}), now: env.now() })
        : undefined,
    [env, analysis, url, deals, entityNames, version, related],
  );

  const showFigure = useCallback(
    async (index: number) => {
      const reply = await env.ask(tabId, { type: 'show-figure', index });
      return reply.ok ? null : t('popup_show_failed');
    },
    [env, tabId],
  );

  return (
    <>
      <PageHeader analysis={analysis} forced={forced} deals={deals} version={version} />
      <main>
        <FlagList flags={flags} lang={analysis.lang} deals={deals} onShow={showFigure} />
        <ConflictList conflicts={conflicts} figures={analysis.figures} lang={analysis.lang} deals={deals} onShow={showFigure} />
        <OtherFigures groups={groups} lang={analysis.lang} deals={deals} />
        <EntityList entities={entities} />
        <RelatedCoverage related={related} hasDeals={analysis.deals.length > 0} onOpen={env.openTab} />
        <ConsensusSection analysis={analysis} deals={deals} related={related} />
        <ExportBar report={report} copyText={env.copyText} download={env.download} />
      </main>
    </>
  );
}
