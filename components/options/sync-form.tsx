import { useEffect, useId, useState } from 'react';
import { t } from '@/components/shared/i18n';

/** Whether `url` is a plain http address, which anyone on the network path can tamper with. */
export const isPlainHttp = (url: string) => /^http:/i.test(url.trim());

export interface SyncFormProps {
  /** The saved URL, shown until the user edits the field. */
  savedUrl: string;
  busy: boolean;
  onSync(url: string): void;
}

/** The dataset URL and the "Sync now" button. */
export function SyncForm({ savedUrl, busy, onSync }: SyncFormProps) {
  const [url, setUrl] = useState(savedUrl);
  const [edited, setEdited] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const warningId = useId();
  const plain = isPlainHttp(url);

  useEffect(() => {
    if (!edited) setUrl(savedUrl);
  }, [savedUrl, edited]);

  return (
    <form
      // Our own messages, in the page language and in the alert, instead of the browser's bubble.
      noValidate
      className="sync-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSync(url);
      }}
    >
      <label htmlFor={inputId}>{t('options_dataset_url')}</label>
      <div className="row">
        <input
          id={inputId}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          required
          maxLength={2048}
          placeholder="https://"
          aria-describedby={plain ? `${hintId} ${warningId}` : hintId}
          value={url}
          onChange={(event) => {
            setEdited(true);
            setUrl(event.target.value);
          }}
        />
        <button type="submit" disabled={busy}>
          {t('options_sync_now')}
        </button>
      </div>
      <p id={hintId} className="hint">
        {t('options_dataset_url_hint')}
      </p>
      {plain && (
        <p id={warningId} className="hint warning">
          {t('options_http_warning')}
        </p>
      )}
    </form>
  );
}
