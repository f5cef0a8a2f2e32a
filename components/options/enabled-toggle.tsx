import { useId } from 'react';
import { t } from '@/components/shared/i18n';

/** The extension's master switch. */
export function EnabledToggle({ enabled, onChange }: { enabled: boolean; onChange(enabled: boolean): void }) {
  const hintId = useId();
  return (
    <div className="field checkbox">
      <label>
        <input type="checkbox" checked={enabled} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
        {t('options_enabled')}
      </label>
      <p id={hintId} className="hint">
        {t('options_enabled_hint')}
      </p>
    </div>
  );
}
