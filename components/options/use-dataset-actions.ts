import { formatDataset } from '@/lib/dataset/format-dataset';
import type { Settings } from '@/lib/settings/schema';
import { readDataset } from '@/lib/storage/dataset-store';
import { DatasetUpdateError, importDataset, syncFromUrl, type UpdateResult } from '@/lib/storage/update-dataset';
import { t } from '@/components/shared/i18n';
import type { OptionsEnv } from './options-env';
import { isPlainHttp } from './sync-form';
import type { DatasetOperation } from './use-dataset-operation';

/** Matches the source name importDataset and the background use for the shipped dataset. */
const BUNDLED_SOURCE = 'bundled';

export interface DatasetActions {
  syncNow(url: string): void;
  importFile(file: File): void;
  exportDataset(): void;
  resetToBundled(): void;
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

const updatedMessage = (result: UpdateResult) =>
  result.status === 'up-to-date' ? t('options_sync_up_to_date', result.version) : t('options_updated_to', result.version);

/** The dataset operations of the options page, each reported through `operation`. */
export function useDatasetActions(
  env: OptionsEnv,
  operation: DatasetOperation,
  updateSettings: (change: (current: Settings) => Settings) => Promise<string | undefined>,
): DatasetActions {
  return {
    syncNow(url) {
      const trimmed = url.trim();
      let origin: string;
      try {
        const parsed = new URL(trimmed);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError('not http(s)');
        origin = parsed.origin;
      } catch {
        operation.fail(t('options_sync_failed', t('options_url_invalid')));
        return;
      }
      // First, before any await: the browser only asks inside the click's gesture.
      const access = env.requestOrigin(origin).catch(() => undefined);
      void operation.run(
        t('options_waiting_permission', origin),
        async ({ progress, relabel }) => {
          const granted = await access;
          relabel(t('options_syncing'));
          await updateSettings((s) => ({ ...s, datasetUrl: trimmed }));
          try {
            const result = await syncFromUrl(env.db, trimmed, {
              timeoutMs: env.limits.timeoutMs,
              maxBytes: env.limits.maxBytes,
              onProgress: progress,
              ...(env.fetch ? { fetch: env.fetch } : {}),
            });
            // Said again once it worked: the field's warning is easy to miss.
            return isPlainHttp(trimmed) ? `${updatedMessage(result)} ${t('options_http_warning')}` : updatedMessage(result);
          } catch (err) {
            // Without host access only a server that sends CORS headers can answer.
            if (err instanceof DatasetUpdateError && err.reason === 'network' && granted !== true) {
              throw new Error(`${err.message} — ${t('options_permission_needed', origin)}`);
            }
            throw err;
          }
        },
        (err) => t('options_sync_failed', messageOf(err)),
      );
    },

    importFile(file) {
      void operation.run(
        t('options_importing'),
        async () => updatedMessage(await importDataset(env.db, new Uint8Array(await file.arrayBuffer()), file.name)),
        (err) => t('options_import_failed', messageOf(err)),
      );
    },

    exportDataset() {
      void operation.run(
        t('options_exporting'),
        async () => {
          const dataset = await readDataset(env.db);
          if (!dataset) throw new Error(t('options_no_dataset'));
          const name = `compute-deals-${dataset.version.replace(/[^\w.-]+/g, '_')}.json`;
          download(name, formatDataset(dataset));
          return t('options_exported', name);
        },
        (err) => t('options_export_failed', messageOf(err)),
      );
    },

    resetToBundled() {
      void operation.run(
        t('options_resetting'),
        async () => updatedMessage(await importDataset(env.db, await env.bundledBytes(), BUNDLED_SOURCE, 'reset')),
        (err) => t('options_reset_failed', messageOf(err)),
      );
    },
  };
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser reads the blob after the click returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
