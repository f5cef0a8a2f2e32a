import { formatDate, formatNumber } from '@/components/shared/format';
import { formatDateTime } from './format';
import { t, uiLocale } from '@/components/shared/i18n';
import type { DatasetStatus } from './dataset-status';
import { resultLabel } from './labels';
import { SourceLabel } from './source-label';

/** Version, counts and provenance of the dataset in use, and how the last sync went. */
export function DatasetSummary({ status }: { status: DatasetStatus | undefined }) {
  const locale = uiLocale();
  if (!status) return <p>{t('options_loading')}</p>;
  const { meta, history } = status;
  if (!meta) return <p>{t('options_no_dataset')}</p>;
  const last = history[0];
  const dash = '—';
  return (
    <dl className="summary">
      <dt>{t('options_version')}</dt>
      <dd data-field="version">{meta.version}</dd>
      <dt>{t('options_published')}</dt>
      <dd>{meta.publishedAt ? formatDate(meta.publishedAt, locale) : dash}</dd>
      <dt>{t('options_deals')}</dt>
      <dd data-field="deals">{formatNumber(status.deals, locale)}</dd>
      <dt>{t('options_entities')}</dt>
      <dd data-field="entities">{formatNumber(status.entities, locale)}</dd>
      <dt>{t('options_facts')}</dt>
      <dd data-field="facts">{formatNumber(status.facts, locale)}</dd>
      <dt>{t('options_source')}</dt>
      <dd data-field="source">
        <SourceLabel source={meta.source} />
      </dd>
      <dt>{t('options_last_success')}</dt>
      <dd>{status.lastSuccessAt ? formatDateTime(status.lastSuccessAt, locale) : dash}</dd>
      <dt>{t('options_last_attempt')}</dt>
      <dd data-field="last-attempt">
        {last ? `${formatDateTime(last.at, locale)} · ${resultLabel(last.result)}` : dash}
        {last?.error && <span className="attempt-error">{last.error}</span>}
      </dd>
    </dl>
  );
}
