import { formatBytes } from './format';
import { t, uiLocale } from '@/components/shared/i18n';
import type { OperationState } from './use-dataset-operation';

/** Progress and outcome of the current dataset operation; failures go to an alert. */
export function OperationStatus({ state }: { state: OperationState }) {
  const locale = uiLocale();
  return (
    <div className="operation-status">
      {state.phase === 'busy' && (
        <progress
          aria-label={t('options_progress_label')}
          {...(state.total ? { max: state.total, value: state.received ?? 0 } : {})}
        />
      )}
      <p role="status" className="status-text">
        {state.phase === 'busy' &&
          (state.received === undefined
            ? state.label
            : state.total
              ? t('options_progress_of', [state.label, formatBytes(state.received, locale), formatBytes(state.total, locale)])
              : t('options_progress_bytes', [state.label, formatBytes(state.received, locale)]))}
        {state.phase === 'done' && state.message}
      </p>
      {state.phase === 'failed' && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </div>
  );
}
