import { t } from '@/components/shared/i18n';
import { removeLayer } from '@/lib/storage/layer-store';
import { fetchEpochFile, recordFailedFetch, type LayerUpdate } from '@/lib/storage/update-epoch';
import type { OptionsEnv } from './options-env';
import type { DatasetOperation } from './use-dataset-operation';

/** The day the bundled Epoch AI snapshot was taken (public/epoch/README.md). */
export const EPOCH_SNAPSHOT_DATE = '2025-12-15';

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
const today = () => new Date().toISOString().slice(0, 10);
const updated = (result: LayerUpdate) => t('options_epoch_updated', String(result.sites));

export interface EpochActions {
  useBundled(): void;
  importFiles(files: File[]): void;
  sync(url: string): void;
  remove(): void;
}

/**
 * The Epoch AI layer's operations. Reading and importing the CSVs runs in a
 * worker where the browser allows it (`env.importEpoch`), so the page stays
 * responsive; the deals dataset is never touched.
 */
export function epochActions(env: OptionsEnv, operation: DatasetOperation): EpochActions {
  const failed = (err: unknown) => t('options_epoch_failed', messageOf(err));
  return {
    useBundled() {
      void operation.run(
        t('options_epoch_working'),
        async () => updated(await env.importEpoch(await env.epochBundledFiles(), { source: 'bundled', retrieved: EPOCH_SNAPSHOT_DATE })),
        failed,
      );
    },
    importFiles(files) {
      void operation.run(
        t('options_epoch_working'),
        async () => {
          const named = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
          return updated(await env.importEpoch(named, { source: `file:${files.map((f) => f.name).join(', ')}`, retrieved: today() }));
        },
        failed,
      );
    },
    sync(url) {
      const trimmed = url.trim();
      let origin: string;
      try {
        origin = new URL(trimmed).origin;
        if (!/^https?:/.test(origin)) throw new TypeError('not http(s)');
      } catch {
        operation.fail(failed(new Error(t('options_url_invalid'))));
        return;
      }
      // Before any await: the browser asks only inside the click's gesture.
      const access = env.requestOrigin(origin).catch(() => undefined);
      void operation.run(
        t('options_waiting_permission', origin),
        async ({ progress, relabel }) => {
          await access;
          relabel(t('options_epoch_downloading'));
          const started = Date.now();
          let fetched;
          try {
            fetched = await fetchEpochFile(env.db, trimmed, {
              timeoutMs: env.limits.timeoutMs,
              maxBytes: env.limits.maxBytes,
              onProgress: progress,
              ...(env.fetch ? { fetch: env.fetch } : {}),
            });
          } catch (err) {
            throw await recordFailedFetch(env.db, trimmed, started, err);
          }
          if (fetched.status === 'up-to-date') return t('options_epoch_up_to_date');
          relabel(t('options_epoch_working'));
          return updated(
            await env.importEpoch([fetched.file], {
              source: trimmed,
              retrieved: today(),
              ...(fetched.etag ? { etag: fetched.etag } : {}),
              ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
            }),
          );
        },
        failed,
      );
    },
    remove() {
      void operation.run(
        t('options_epoch_remove'),
        async () => {
          await removeLayer(env.db);
          return t('options_epoch_removed');
        },
        failed,
      );
    },
  };
}
