import type { OptionsEnv } from '@/components/options/options-env';
import { readSyncLimits } from '@/components/options/sync-limits';
import { loadSettings, saveSettings, SETTINGS_KEY } from '@/lib/extension/settings-store';
import { openDb } from '@/lib/storage/db';

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
    async bundledBytes() {
      const response = await fetch(browser.runtime.getURL('/compute-deals.json'));
      if (!response.ok) throw new Error(`the bundled dataset is missing (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
