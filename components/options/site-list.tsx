import { useId, useState } from 'react';
import { normalizeHostname } from './hostname';
import { t } from '@/components/shared/i18n';

export interface SiteListProps {
  sites: string[];
  /** Resolves to an error message when the list could not be saved (the page shows it). */
  onChange(sites: string[]): Promise<string | undefined>;
}

/** Sites where the extension stays off: add by hostname (or a pasted URL), remove one by one. */
export function SiteList({ sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();
  const errorId = useId();
  const listId = useId();

  const add = async () => {
    const result = normalizeHostname(draft);
    if (!result.ok) {
      setError(result.error === 'empty' ? t('options_site_empty') : t('options_site_invalid', draft.trim()));
      return;
    }
    if (sites.includes(result.hostname)) {
      setError(t('options_site_duplicate', result.hostname));
      return;
    }
    // A failure to save is reported by the page; the draft stays for another try.
    if (!(await onChange([...sites, result.hostname].sort()))) setDraft('');
  };

  return (
    <div className="site-list">
      <form
        // Our own messages, in the page language and tied to the field, instead of the browser's bubble.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label htmlFor={inputId}>{t('options_site_add_label')}</label>
        <div className="row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="example.com"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => {
              setDraft(event.target.value);
              setError('');
            }}
          />
          <button type="submit">{t('options_site_add')}</button>
        </div>
        <p id={errorId} className="error-text" aria-live="polite">
          {error}
        </p>
      </form>
      <h3 id={listId}>{t('options_sites_off')}</h3>
      {sites.length === 0 ? (
        <p>{t('options_sites_none')}</p>
      ) : (
        <ul aria-labelledby={listId} className="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options_site_remove_label', site)}
                onClick={() => void onChange(sites.filter((s) => s !== site))}
              >
                {t('options_site_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
