import { useId, useState } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { t } from '@/components/shared/i18n';

export interface FileActionsProps {
  busy: boolean;
  onImport(file: File): void;
  onExport(): void;
  onReset(): void;
}

/** Import a dataset file, export the current one, or go back to the shipped one. */
export function FileActions({ busy, onImport, onExport, onReset }: FileActionsProps) {
  const [confirming, setConfirming] = useState(false);
  const inputId = useId();

  return (
    <div className="file-actions">
      <div className="field">
        <label htmlFor={inputId}>{t('options_import_file')}</label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so that choosing the same file again still fires a change.
            event.target.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
      <div className="row">
        <button type="button" disabled={busy} onClick={onExport}>
          {t('options_export')}
        </button>
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('options_reset')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('options_reset_title')}
          message={t('options_reset_message')}
          confirmLabel={t('options_reset_confirm')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onReset();
          }}
        />
      )}
    </div>
  );
}
