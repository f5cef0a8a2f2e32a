import type { Settings } from '@/lib/settings/schema';
import { DatasetSummary } from './dataset-summary';
import type { DatasetStatus } from './dataset-status';
import { FileActions } from './file-actions';
import { t } from '@/components/shared/i18n';
import { OperationStatus } from './operation-status';
import { useOptionsEnv } from './options-env';
import { SyncForm } from './sync-form';
import { useDatasetActions } from './use-dataset-actions';
import { useDatasetOperation } from './use-dataset-operation';

export interface DatasetSectionProps {
  status: DatasetStatus | undefined;
  settings: Settings;
  updateSettings(change: (current: Settings) => Settings): Promise<string | undefined>;
}

/**
 * The reference dataset: what is loaded, and every way to replace it. One
 * operation runs at a time and reports in one place, so there is one alert.
 */
export function DatasetSection({ status, settings, updateSettings }: DatasetSectionProps) {
  const env = useOptionsEnv();
  const operation = useDatasetOperation();
  const actions = useDatasetActions(env, operation, updateSettings);

  return (
    <section aria-labelledby="dataset-heading" className="card">
      <h2 id="dataset-heading">{t('options_dataset_heading')}</h2>
      <DatasetSummary status={status} />
      <SyncForm savedUrl={settings.datasetUrl} busy={operation.busy} onSync={actions.syncNow} />
      <FileActions busy={operation.busy} onImport={actions.importFile} onExport={actions.exportDataset} onReset={actions.resetToBundled} />
      <OperationStatus state={operation.state} />
    </section>
  );
}
