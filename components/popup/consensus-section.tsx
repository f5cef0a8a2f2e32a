import { useMemo } from 'react';
import { t } from '@/components/shared/i18n';
import type { Analysis } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import { consensusCharts } from './consensus';
import { ConsensusChart } from './consensus-chart';
import type { RelatedData } from './use-related';

interface Props {
  analysis: Analysis;
  deals: ReadonlyMap<string, Deal> | undefined;
  related: RelatedData | undefined;
}

/** For each deal on the page, what the coverage read so far reports against each reference figure. */
export function ConsensusSection({ analysis, deals, related }: Props) {
  const perDeal = useMemo(() => {
    if (!deals || !related) return [];
    return analysis.deals.flatMap((id) => {
      const deal = deals.get(id);
      if (!deal) return [];
      const charts = consensusCharts(deal, analysis.figures, related.pages.filter((p) => p.deals.includes(id)));
      return charts.length ? [{ deal, charts }] : [];
    });
  }, [analysis, deals, related]);

  if (perDeal.length === 0) return null;
  return (
    <section className="section consensus" aria-labelledby="consensus-heading">
      <h2 id="consensus-heading">{t('popup_consensus_heading')}</h2>
      {perDeal.map(({ deal, charts }) => (
        <div key={deal.id} className="consensus-deal">
          <h3>{deal.title}</h3>
          {charts.map((chart) => (
            <ConsensusChart key={chart.kind} chart={chart} />
          ))}
        </div>
      ))}
    </section>
  );
}
