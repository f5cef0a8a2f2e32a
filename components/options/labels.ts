import type { SyncAttempt } from '@/lib/storage/db';
import { t } from '@/components/shared/i18n';

/** The words for a sync attempt's outcome. */
export function resultLabel(result: SyncAttempt['result']): string {
  switch (result) {
    case 'updated':
      return t('options_result_updated');
    case 'up-to-date':
      return t('options_result_up_to_date');
    case 'error':
      return t('options_result_error');
    default:
      return result satisfies never;
  }
}

/** The words for what started a sync attempt. */
export function triggerLabel(trigger: SyncAttempt['trigger']): string {
  switch (trigger) {
    case 'manual':
      return t('options_trigger_manual');
    case 'auto':
      return t('options_trigger_auto');
    case 'import':
      return t('options_trigger_import');
    case 'reset':
      return t('options_trigger_reset');
    case 'install':
      return t('options_trigger_install');
    default:
      return trigger satisfies never;
  }
}
