import { useState } from 'react';
import { AutoSyncSection } from './auto-sync-section';
import { ControlsSection } from './controls-section';
import { DatasetSection } from './dataset-section';
import { EpochSection } from './epoch-section';
import { readEpochStatus } from './epoch-status';
import { readDatasetStatus } from './dataset-status';
import { t } from '@/components/shared/i18n';
import { OptionsEnvContext, type OptionsEnv } from './options-env';
import { useLiveQuery } from './use-live-query';
import { useSettings } from './use-settings';

/** The settings page: the dataset and its syncing, then what and where to highlight. */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const { settings, update } = useSettings(env);
  const status = useLiveQuery(() => readDatasetStatus(env.db), [env.db]);
  const epoch = useLiveQuery(() => readEpochStatus(env.db), [env.db]);
  const [saveError, setSaveError] = useState('');

  // Every settings change reports a failure to save in one place.
  const save = async (change: Parameters<typeof update>[0]) => {
    const failed = await update(change);
    setSaveError(failed ? t('options_save_failed', failed) : '');
    return failed;
  };

  return (
    <OptionsEnvContext.Provider value={env}>
      <main className="options">
        <h1>{t('options_title')}</h1>
        {saveError && (
          <p role="alert" className="error-text">
            {saveError}
          </p>
        )}
        {settings ? (
          <>
            <DatasetSection status={status} settings={settings} updateSettings={save} />
            <EpochSection status={epoch} />
            <AutoSyncSection status={status} settings={settings} onChange={(autoSync) => void save((s) => ({ ...s, autoSync }))} />
            <ControlsSection settings={settings} update={save} />
          </>
        ) : (
          <p>{t('options_loading')}</p>
        )}
      </main>
    </OptionsEnvContext.Provider>
  );
}
