import type { SyncAttempt } from '@/lib/storage/db';
import { formatDateTime, formatDuration } from './format';
import { t, uiLocale } from '@/components/shared/i18n';
import { resultLabel, triggerLabel } from './labels';
import { SourceLabel } from './source-label';

/** The recent sync attempts, newest first. */
export function SyncHistoryTable({ history }: { history: SyncAttempt[] }) {
  const locale = uiLocale();
  if (history.length === 0) return <p>{t('options_history_empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="sync-history">
        <caption>{t('options_sync_history')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_col_time')}</th>
            <th scope="col">{t('options_col_source')}</th>
            <th scope="col">{t('options_col_trigger')}</th>
            <th scope="col">{t('options_col_result')}</th>
            <th scope="col">{t('options_col_version')}</th>
            <th scope="col">{t('options_col_duration')}</th>
            <th scope="col">{t('options_col_error')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((attempt) => (
            <tr key={attempt.id ?? attempt.at} data-result={attempt.result} data-trigger={attempt.trigger}>
              <td>{formatDateTime(attempt.at, locale)}</td>
              <td>
                <SourceLabel source={attempt.source} />
              </td>
              <td>{triggerLabel(attempt.trigger)}</td>
              <td>{resultLabel(attempt.result)}</td>
              <td>{attempt.version ?? ''}</td>
              <td>{formatDuration(attempt.durationMs, locale)}</td>
              <td className="error-cell">{attempt.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
