import type { OptionsEnv } from '@/components/options/options-env';
import { readSyncLimits } from '@/components/options/sync-limits';
import { loadSettings, saveSettings, SETTINGS_KEY } from '@/lib/extension/settings-store';
import { openDb } from '@/lib/storage/db';
import * as z from 'zod/mini';
import EpochWorker from './epoch-worker?worker';

/** The worker's answer, checked as any message between contexts. */
const epochReply = z.union([
  z.object({ ok: z.literal(true), status: z.enum(['updated', 'up-to-date']), sites: z.number(), records: z.number() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

const EPOCH_FILES = ['gpu_clusters.csv', 'data_centers.csv', 'data_center_timelines.csv'];

/** The browser side of the options page: storage, permissions and the shipped dataset. */
export function createOptionsEnv(search: string): OptionsEnv {
  return {
    db: openDb(),
    limits: readSyncLimits(search),
    loadSettings,
    saveSettings,
    onSettingsChanged(listener) {
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SETTINGS_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
    requestOrigin(origin) {
      try {
        // Called synchronously from the click: Firefox refuses a request made after an await.
        // Without the port: match patterns have none, and Firefox grants a pattern with one
        // that then matches no request.
        const { protocol, hostname } = new URL(origin);
        return browser.permissions.request({ origins: [`${protocol}//${hostname}/*`] }).catch(() => undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    async epochBundledFiles() {
      return Promise.all(
        EPOCH_FILES.map(async (name) => {
          const response = await fetch(browser.runtime.getURL(`/epoch/${name}` as '/epoch/gpu_clusters.csv'));
          if (!response.ok) throw new Error(`the bundled Epoch AI snapshot is missing ${name} (HTTP ${response.status})`);
          return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
        }),
      );
    },
    importEpoch(files, options) {
      const worker = new EpochWorker();
      return new Promise((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<unknown>) => {
          worker.terminate();
          const reply = epochReply.safeParse(event.data);
          if (!reply.success) reject(new Error('the import answered in an unknown shape'));
          else if (reply.data.ok) resolve({ status: reply.data.status, sites: reply.data.sites, records: reply.data.records });
          else reject(new Error(reply.data.error));
        };
        worker.onerror = (event) => {
          worker.terminate();
          reject(new Error(`the import stopped: ${event.message}`));
        };
        // The bytes move to the worker rather than being copied.
        worker.postMessage({ files, options }, files.map((f) => f.bytes.buffer as ArrayBuffer));
      });
    },
    async bundledBytes() {
      const response = await fetch(browser.runtime.getURL('/compute-deals.json'));
      if (!response.ok) throw new Error(`the bundled dataset is missing (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
