import { browser } from 'wxt/browser';
import { migrateSettings, settingsSchema, type Settings } from '../settings/schema';

export const SETTINGS_KEY = 'settings';

/**
 * What storage holds under the settings key, unchecked; undefined when
 * storage fails. `migrateSettings` makes settings of it (the defaults for
 * undefined): callers that time their own work keep that step theirs.
 */
export async function storedSettings(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    return undefined;
  }
}

/** Settings from extension storage, migrated and validated. */
export async function loadSettings(): Promise<Settings> {
  return migrateSettings(await storedSettings());
}

/** Validates and saves settings; open tabs pick them up through storage.onChanged. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema().parse(settings) });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}
