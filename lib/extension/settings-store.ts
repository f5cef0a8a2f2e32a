import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, migrateSettings, settingsSchema, type Settings } from '../settings/schema';

export const SETTINGS_KEY = 'settings';

/** Settings from extension storage, migrated and validated. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Validates and saves settings; open tabs pick them up through storage.onChanged. */
export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settingsSchema.parse(settings) });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}
