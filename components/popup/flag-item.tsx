import { useId, useState } from 'react';
import { formatValue } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Deal } from '@/lib/dataset/schema';
import type { IndexedFigure } from './page-figures';
import { SourceRef } from './source-ref';

interface Props {
  item: IndexedFigure;
  /** The article's language, so its text is shown with the right fonts and read in the right voice. */
  lang: string;
  deal: Deal | undefined;
  /** Scrolls the page to the figure; resolves to an error message, or null on success. */
  onShow(index: number): Promise<string | null>;
}

/** One mismatched figure: the article's words, the reference and its source, and a way to find it. */
export function FlagItem({ item, lang, deal, onShow }: Props) {
  const { figure, index } = item;
  const textId = useId();
  const [error, setError] = useState('');
  const reading = formatValue(figure.value, figure.unit, { bound: figure.bound, ...(figure.currency ? { currency: figure.currency } : {}) });
  const ref = figure.expected;

  return (
    <li className="flag" data-index={index}>
      <p className="figure-text" id={textId} lang={lang}>
        “{figure.text.trim()}”
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
        {ref?.source && (
          <>
            <dt>{t('popup_source')}</dt>
            <dd>
              <SourceRef source={ref.source} />
            </dd>
          </>
        )}
        {figure.dealId && (
          <>
            <dt>{t('popup_deal')}</dt>
            <dd>{deal?.title ?? figure.dealId}</dd>
          </>
        )}
      </dl>
      <button type="button" aria-describedby={textId} onClick={async () => setError((await onShow(index)) ?? '')}>
        {t('popup_show_in_page')}
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </li>
  );
}
