import { useEffect, useId, useState } from 'react';
import { clearHistory, pruneHistory } from '@/lib/storage/page-history';
import { ConfirmDialog } from './confirm-dialog';
import { formatNumber } from '@/components/shared/format';
import { t, uiLocale } from '@/components/shared/i18n';
import { useOptionsEnv } from './options-env';
import { useLiveQuery } from './use-live-query';

export interface ReadingHistoryProps {
  historyDays: number;
  /** Resolves to an error message when the value could not be saved (the page shows it). */
  onDaysChange(days: number): Promise<string | undefined>;
}

const MIN_DAYS = 1;
const MAX_DAYS = 3650;

/** How long read pages are remembered (for related coverage), how many are, and a way to forget them. */
export function ReadingHistory({ historyDays, onDaysChange }: ReadingHistoryProps) {
  const { db } = useOptionsEnv();
  const pages = useLiveQuery(() => db.pages.count(), [db]);
  const [draft, setDraft] = useState(String(historyDays));
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();
  const errorId = useId();

  useEffect(() => setDraft(String(historyDays)), [historyDays]);

  // Saved on submit, not per keystroke: typing "30" passes through "3", which would prune 27 days of pages.
  const save = async () => {
    const days = Number(draft);
    if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
      setError(t('options_days_invalid', [String(MIN_DAYS), String(MAX_DAYS)]));
      return;
    }
    // A failure to save is reported by the page; nothing is pruned then.
    if (await onDaysChange(days)) return;
    const pruned = await pruneHistory(db, days);
    setError('');
    setMessage(t('options_days_saved', [String(days), formatNumber(pruned, uiLocale())]));
  };

  return (
    <div className="reading-history">
      <form
        // Our own messages, in the page language and tied to the field, instead of the browser's bubble.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={inputId}>{t('options_history_days')}</label>
        <div className="row">
          <input
            id={inputId}
            type="number"
            min={MIN_DAYS}
            max={MAX_DAYS}
            step={1}
            required
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => {
              setDraft(event.target.value);
              setError('');
            }}
          />
          <button type="submit">{t('options_save')}</button>
        </div>
        <p id={errorId} className="error-text" aria-live="polite">
          {error}
        </p>
      </form>
      <p data-field="pages">{pages === undefined ? t('options_loading') : t('options_pages_remembered', formatNumber(pages, uiLocale()))}</p>
      <button type="button" onClick={() => setConfirming(true)}>
        {t('options_clear_history')}
      </button>
      <p role="status" className="status-text">
        {message}
      </p>
      {confirming && (
        <ConfirmDialog
          title={t('options_clear_title')}
          message={t('options_clear_message')}
          confirmLabel={t('options_clear_confirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void clearHistory(db).then(
              () => setMessage(t('options_history_cleared')),
              (err: unknown) => setError((err as Error).message),
            );
          }}
        />
      )}
    </div>
  );
}
