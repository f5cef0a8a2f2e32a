import { useId } from 'react';
import { formatNumber, formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { ConsensusChart as Chart } from './consensus';
import { kindLabel } from './labels';

const WIDTH = 360;
const ROW = 24;
const LABEL_END = 128;
const BAR_START = 136;
const BAR_MAX = 170;

/**
 * Bars per distinct value reported for one reference figure, the reference
 * marked. The SVG is one image to assistive technology; a hidden table beside
 * it holds the same numbers.
 */
export function ConsensusChart({ chart }: { chart: Chart }) {
  const captionId = useId();
  const max = Math.max(1, ...chart.bars.map((b) => b.count));
  const value = (v: number) => formatValue(v, chart.unit);
  const references = chart.references.map((f) => formatValue(f.value, f.unit, { bound: f.bound })).join(', ');
  const summary = chart.bars
    .filter((b) => b.count > 0)
    .map((b) => t('popup_chart_times', [value(b.value), formatNumber(b.count)]))
    .join(', ');
  const label = t('popup_chart_label', [kindLabel(chart.kind), summary, references]);
  const height = chart.bars.length * ROW + 4;

  return (
    <figure className="chart">
      <figcaption id={captionId}>{kindLabel(chart.kind)}</figcaption>
      <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" height={height} className="chart-svg">
        {chart.bars.map((bar, i) => {
          const y = i * ROW + 2;
          const width = bar.count === 0 ? 0 : Math.max(4, (bar.count / max) * BAR_MAX);
          return (
            <g key={bar.value} className={`bar status-${bar.status}${bar.isReference ? ' is-reference' : ''}${bar.onPage ? ' on-page' : ''}`}>
              {bar.isReference && <path d={`M4 ${y + ROW / 2} l6 -6 l6 6 l-6 6 z`} className="reference-mark" />}
              <text x={LABEL_END} y={y + ROW / 2} textAnchor="end" dominantBaseline="central" className="bar-label">
                {value(bar.value)}
              </text>
              <rect x={BAR_START} y={y + 4} width={width} height={ROW - 8} rx={2} className="bar-fill" />
              <text x={BAR_START + width + 6} y={y + ROW / 2} dominantBaseline="central" className="bar-count">
                ×{formatNumber(bar.count)}
                {bar.onPage && ` · ${t('popup_chart_on_page')}`}
              </text>
            </g>
          );
        })}
      </svg>
      {references && (
        <p className="chart-legend muted" aria-hidden="true">
          ◆ {t('popup_chart_reference', references)}
        </p>
      )}
      <table className="visually-hidden" aria-describedby={captionId}>
        <caption>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_chart_value')}</th>
            <th scope="col">{t('popup_chart_pages')}</th>
            <th scope="col">{t('popup_reference')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.bars.map((bar) => (
            <tr key={bar.value}>
              <th scope="row">{value(bar.value)}</th>
              <td>
                {formatNumber(bar.count)}
                {bar.onPage && ` (${t('popup_chart_on_page')})`}
              </td>
              <td>{bar.isReference ? references : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
