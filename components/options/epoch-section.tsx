import { useId, useState } from 'react';
import { formatDate, formatNumber } from '@/components/shared/format';
import { t, uiLocale } from '@/components/shared/i18n';
import { formatDateTime } from './format';
import { epochActions } from './epoch-actions';
import type { EpochStatus } from './epoch-status';
import { resultLabel } from './labels';
import { OperationStatus } from './operation-status';
import { useOptionsEnv } from './options-env';
import { SourceLabel } from './source-label';
import { useDatasetOperation } from './use-dataset-operation';

/**
 * Epoch AI's data, a layer of its own beside the reference dataset: on from
 * the bundled snapshot in one click, from CSV files, or synced from an
 * address. Its own operation and alert: updating it never touches the deals
 * dataset, and a failure leaves the layer in use as it was.
 */
export function EpochSection({ status }: { status: EpochStatus | undefined }) {
  const env = useOptionsEnv();
  const operation = useDatasetOperation();
  const actions = epochActions(env, operation);
  const [url, setUrl] = useState('');
  const fileId = useId();
  const urlId = useId();
  const hintId = useId();
  const locale = uiLocale();
  const layer = status?.layer;
  const attempt = status?.attempt;
  const dash = '—';

  return (
    <section aria-labelledby="epoch-heading" className="card epoch-section">
      <h2 id="epoch-heading">{t('options_epoch_heading')}</h2>
      <p className="hint">{t('options_epoch_intro')}</p>
      {layer ? (
        <dl className="summary" data-layer="epoch">
          <dt>{t('options_version')}</dt>
          <dd data-field="epoch-version">{layer.version}</dd>
          <dt>{t('options_epoch_retrieved')}</dt>
          <dd data-field="epoch-retrieved">{layer.retrieved ? formatDate(layer.retrieved, locale) : dash}</dd>
          <dt>{t('options_epoch_sites')}</dt>
          <dd data-field="epoch-sites">{formatNumber(layer.sites, locale)}</dd>
          <dt>{t('options_epoch_records')}</dt>
          <dd data-field="epoch-records">{formatNumber(layer.records, locale)}</dd>
          <dt>{t('options_source')}</dt>
          <dd data-field="epoch-source">
            <SourceLabel source={layer.source} />
          </dd>
          <dt>{t('options_last_success')}</dt>
          <dd>{formatDateTime(layer.loadedAt, locale)}</dd>
          <dt>{t('options_last_attempt')}</dt>
          <dd data-field="epoch-last-attempt">
            {attempt ? `${formatDateTime(attempt.at, locale)} · ${resultLabel(attempt.result)}` : dash}
            {attempt?.error && <span className="attempt-error">{attempt.error}</span>}
          </dd>
        </dl>
      ) : (
        <p data-field="epoch-off">{t('options_epoch_off')}</p>
      )}
      <div className="row">
        <button type="button" disabled={operation.busy} onClick={() => actions.useBundled()}>
          {t('options_epoch_use_bundled')}
        </button>
        {layer && (
          <button type="button" disabled={operation.busy} onClick={() => actions.remove()}>
            {t('options_epoch_remove')}
          </button>
        )}
      </div>
      <div className="field">
        <label htmlFor={fileId}>{t('options_epoch_import')}</label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".csv,text/csv,.json,application/json"
          aria-describedby={`${fileId}-hint`}
          disabled={operation.busy}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length) actions.importFiles(files);
          }}
        />
        <p id={`${fileId}-hint`} className="hint">
          {t('options_epoch_import_hint')}
        </p>
      </div>
      <form
        noValidate
        className="sync-form"
        onSubmit={(event) => {
          event.preventDefault();
          actions.sync(url);
        }}
      >
        <label htmlFor={urlId}>{t('options_epoch_url')}</label>
        <div className="row">
          <input id={urlId} type="url" inputMode="url" spellCheck={false} maxLength={2048} placeholder="https://" aria-describedby={hintId} value={url} onChange={(event) => setUrl(event.target.value)} />
          <button type="submit" disabled={operation.busy}>
            {t('options_epoch_sync')}
          </button>
        </div>
      </form>
      <p id={hintId} className="hint">
        {t('options_epoch_credit')}{' '}
        <a href="https://epoch.ai/data/gpu-clusters" target="_blank" rel="noopener noreferrer">
          epoch.ai/data
        </a>
      </p>
      <OperationStatus state={operation.state} />
    </section>
  );
}
