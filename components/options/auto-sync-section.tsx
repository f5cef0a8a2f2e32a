import { useId } from 'react';
import type { Settings } from '@/lib/settings/schema';
import type { DatasetStatus } from './dataset-status';
import { t, type MessageKey } from '@/components/shared/i18n';
import { SyncHistoryTable } from './sync-history-table';

export interface AutoSyncSectionProps {
  status: DatasetStatus | undefined;
  settings: Settings;
  onChange(autoSync: Settings['autoSync']): void;
}

const PERIODS: ReadonlyArray<[Settings['autoSync'], MessageKey]> = [
  ['off', 'options_auto_off'],
  ['daily', 'options_auto_daily'],
  ['weekly', 'options_auto_weekly'],
];

/** How often the background syncs by itself, and what every sync did. */
export function AutoSyncSection({ status, settings, onChange }: AutoSyncSectionProps) {
  const selectId = useId();
  const hintId = useId();
  return (
    <section aria-labelledby="auto-sync-heading" className="card">
      <h2 id="auto-sync-heading">{t('options_auto_sync_heading')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('options_auto_sync')}</label>
        <select
          id={selectId}
          value={settings.autoSync}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.target.value as Settings['autoSync'])}
        >
          {PERIODS.map(([value, key]) => (
            <option key={value} value={value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <p id={hintId} className="hint">
        {settings.datasetUrl ? t('options_auto_sync_hint', settings.datasetUrl) : t('options_auto_sync_no_url')}
      </p>
      <SyncHistoryTable history={status?.history ?? []} />
    </section>
  );
}
