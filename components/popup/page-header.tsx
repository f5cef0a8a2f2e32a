import { formatLanguage } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import type { Analysis } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';

interface Props {
  analysis: Analysis;
  forced: boolean;
  deals: ReadonlyMap<string, Deal> | undefined;
  /** undefined while reading, null when no dataset is loaded. */
  version: string | null | undefined;
}

/** The verdict for the page, the deals it covers, its language and the dataset it was checked against. */
export function PageHeader({ analysis, forced, deals, version }: Props) {
  return (
    <header className="page-header">
      <h1 className={analysis.isComputeDeal ? 'verdict is-deal' : 'verdict'}>
        {analysis.isComputeDeal ? t('popup_verdict_deal') : t('popup_verdict_not_deal')}
      </h1>
      {forced && !analysis.isComputeDeal && <p className="muted">{t('popup_verdict_forced')}</p>}
      {analysis.deals.length > 0 && (
        <ul className="deal-titles" aria-label={t('popup_deals')}>
          {analysis.deals.map((id) => (
            <li key={id}>{deals?.get(id)?.title ?? id}</li>
          ))}
        </ul>
      )}
      <p className="meta muted">
        <span data-field="language">
          {t('popup_language')}: {formatLanguage(analysis.lang)}
        </span>
        {version !== undefined && (
          <>
            {' · '}
            <span data-field="dataset">{version === null ? t('popup_no_dataset') : t('popup_dataset_version', version)}</span>
          </>
        )}
      </p>
    </header>
  );
}
