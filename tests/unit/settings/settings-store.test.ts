import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { loadSettings, saveSettings, SETTINGS_KEY, updateSettings } from '@/lib/extension/settings-store';

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults before anything was saved', async () => {
    await expect(loadSettings()).resolves.toEqual(DEFAULT_SETTINGS);
  });

  it('loads stored settings through the migration, field by field', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false, historyDays: -5 } });
    await expect(loadSettings()).resolves.toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('refuses to save settings that fail the schema, leaving the stored ones alone', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, historyDays: 30 });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, historyDays: 0 })).rejects.toThrow();
    await expect(loadSettings()).resolves.toMatchObject({ historyDays: 30 });
  });

  it('updates from the stored value', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['a.example'] });
    const next = await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites, 'b.example'] }));
    expect(next.disabledSites).toEqual(['a.example', 'b.example']);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(next);
  });
});
