import { formatNumber, formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/dataset/schema';
import { kindLabel, statusLabel } from './labels';
import { foldRepeats, type FigureGroup } from './page-figures';

interface Props {
  groups: FigureGroup[];
  lang: string;
  deals: ReadonlyMap<string, Deal> | undefined;
}

/** Matched and unverified figures, grouped by the deal they were linked to. */
export function OtherFigures({ groups, lang, deals }: Props) {
  if (groups.length === 0) return null;
  return (
    <section className="section" aria-labelledby="other-heading">
      <h2 id="other-heading">{t('popup_other_figures')}</h2>
      {groups.map((group) => (
        <div key={group.dealId ?? ''} className="figure-group">
          <h3>{group.dealId ? (deals?.get(group.dealId)?.title ?? group.dealId) : t('popup_unlinked')}</h3>
          <ul className="figure-rows">
            {foldRepeats(group.figures, (item) => item.figure).map(({ first: { figure, index }, count }) => (
              <li key={index} className={`figure-row status-${figure.status}`}>
                <span className="figure-text" lang={lang}>
                  “{figure.text.trim()}”
                </span>{' '}
                <span className="muted">
                  {kindLabel(figure.kind)}: {formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}) })}
                </span>{' '}
                <span className="status">{statusLabel(figure.status)}</span>
                {count > 1 && <span className="muted"> ×{formatNumber(count)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
