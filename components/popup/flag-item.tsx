import { Fragment, useId, useState } from 'react';
import { formatNumber, formatValue } from '@/components/shared/format';
import { reason } from '@/components/shared/figure-reason';
import { t } from '@/components/shared/i18n';
import type { Repeated } from '@/components/shared/repeated-figures';
import type { Deal } from '@/lib/dataset/schema';
import type { IndexedFigure } from './page-figures';
import { SourceRef } from './source-ref';
import { SiteLines } from './site-lines';

interface Props {
  flag: Repeated<IndexedFigure>;
  /** The article's language, so its text is shown with the right fonts and read in the right voice. */
  lang: string;
  deal: Deal | undefined;
  /** Scrolls the page to the figure; resolves to an error message, or null on success. */
  onShow(index: number): Promise<string | null>;
  /** More lines of label and value: what else the page, or the coverage read, says of a conflicting figure. */
  notes?: ReadonlyArray<readonly [string, string]>;
}

/**
 * One mismatched figure: the article's words, the reference and its source, and
 * a way to find it. A figure the page states more than once is one entry with its
 * count; "Show in page" then steps through the places, in page order.
 */
export function FlagItem({ flag, lang, deal, onShow, notes = [] }: Props) {
  const { figure, index } = flag.first;
  const count = flag.occurrences.length;
  const textId = useId();
  const [error, setError] = useState('');
  /** The occurrence shown last, or -1 before the first step. */
  const [shown, setShown] = useState(-1);
  const reading = formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}) });
  const ref = figure.expected;
  // Every flag carries its reason: what tied the figure to the deal.
  const why = reason(figure, deal?.title ?? figure.dealId ?? undefined);

  return (
    <li className="flag" data-index={index}>
      <p className="flag-head">
        <span className="figure-text" id={textId} lang={lang}>
          “{figure.text.trim()}”
        </span>
        {count > 1 && <span className="count repeat-count"> ×{formatNumber(count)}</span>}
      </p>
      <dl className="facts">
        <dt>{t('popup_reads_as')}</dt>
        <dd>{reading}</dd>
        {ref && (
          <>
            <dt>{t('popup_reference')}</dt>
            <dd className="reference">
              {formatValue(ref.value, ref.unit, { bound: ref.bound })}
              {ref.label && <span className="muted"> ({ref.label})</span>}
            </dd>
          </>
        )}
        {figure.site && <SiteLines check={figure.site} />}
        {ref?.source && !figure.site && (
          <>
            <dt>{t('popup_source')}</dt>
            <dd>
              <SourceRef source={ref.source} />
            </dd>
          </>
        )}
        {/* The line on why names the deal; without one, the deal alone. */}
        {figure.dealId && !(why && figure.evidence) && (
          <>
            <dt>{t('popup_deal')}</dt>
            <dd>{deal?.title ?? figure.dealId}</dd>
          </>
        )}
        {notes.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd className="note">{value}</dd>
          </Fragment>
        ))}
        {why && (
          <>
            <dt>{t('card_why')}</dt>
            <dd className="why">{why}</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        aria-describedby={textId}
        onClick={async () => {
          // A step past a figure that is gone still moves on, so the others stay reachable.
          const next = (shown + 1) % count;
          setShown(next);
          setError((await onShow(flag.occurrences[next]!.index)) ?? '');
        }}
      >
        {t('popup_show_in_page')}
      </button>
      {count > 1 && shown >= 0 && (
        <span className="muted occurrence" aria-live="polite">
          {' '}
          {t('popup_occurrence', [formatNumber(shown + 1), formatNumber(count)])}
        </span>
      )}
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </li>
  );
}
