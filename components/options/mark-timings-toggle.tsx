import { useId } from 'react';
import { t } from '@/components/shared/i18n';

/** "Mark timings for DevTools": off unless someone is profiling, since pages can read the marks. */
export function MarkTimingsToggle({ on, onChange }: { on: boolean; onChange(on: boolean): void }) {
  const hintId = useId();
  return (
    <div className="field checkbox">
      <label>
        <input type="checkbox" checked={on} aria-describedby={hintId} onChange={(event) => onChange(event.target.checked)} />
        {t('options_mark_timings')}
      </label>
      <p id={hintId} className="hint">
        {t('options_mark_timings_hint')}
      </p>
    </div>
  );
}
