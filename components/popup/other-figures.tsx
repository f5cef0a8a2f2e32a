import { useDeferredValue, useMemo } from 'react';
import { formatNumber, formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/dataset/schema';
import { kindLabel, statusLabel } from './labels';
import { groupRepeats } from '@/components/shared/repeated-figures';
import { firstRows, type FigureGroup } from './page-figures';
import { SiteNote } from './site-lines';

interface Props {
  groups: FigureGroup[];
  lang: string;
  deals: ReadonlyMap<string, Deal> | undefined;
}

/**
 * Rows rendered together with the page's verdict. Chromium caps a popup at
 * 600 px, and below the header a row takes at least a 24 px line, so 20 rows
 * fill the first screen; the rest follow in a deferred render, so that the
 * hundreds of rows of a long page do not hold up the first one.
 */
const FIRST_ROWS = 20;

/** Matched and unverified figures, grouped by the deal they were linked to. */
export function OtherFigures({ groups, lang, deals }: Props) {
  const folded = useMemo(() => groups.map((group) => ({ dealId: group.dealId, rows: groupRepeats(group.figures, (item) => item.figure) })), [groups]);
  const shown = useDeferredValue(folded, firstRows(folded, FIRST_ROWS));
  if (groups.length === 0) return null;
  return (
    <section className="section" aria-labelledby="other-heading" aria-busy={shown !== folded}>
      <h2 id="other-heading">{t('popup_other_figures')}</h2>
      {shown.map((group) => (
        <div key={group.dealId ?? ''} className="figure-group">
          <h3>{group.dealId ? (deals?.get(group.dealId)?.title ?? group.dealId) : t('popup_unlinked')}</h3>
          <ul className="figure-rows">
            {group.rows.map(({ first: { figure, index }, occurrences: { length: count } }) => (
              <li key={index} className={`figure-row status-${figure.status}`}>
                <span className="figure-text" lang={lang}>
                  “{figure.text.trim()}”
                </span>{' '}
                <span className="muted">
                  {kindLabel(figure.kind)}: {formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}) })}
                </span>{' '}
                <span className="status">{statusLabel(figure.status)}</span>
                {count > 1 && <span className="muted"> ×{formatNumber(count)}</span>}
                {figure.site && <SiteNote check={figure.site} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
