import type { Settings } from '@/lib/settings/schema';
import type { DealLensDb } from '@/lib/storage/db';
import { syncFromUrl } from '@/lib/storage/update-dataset';
import { loadSettings } from '@/lib/extension/settings-store';

export const AUTO_SYNC_ALARM = 'dataset-auto-sync';
const PERIOD_MINUTES = { daily: 24 * 60, weekly: 7 * 24 * 60 } as const;

/** Keeps the auto-sync alarm in step with the settings. */
export async function scheduleAutoSync(settings: Settings): Promise<void> {
  const existing = await browser.alarms.get(AUTO_SYNC_ALARM);
  if (settings.autoSync === 'off' || !settings.datasetUrl) {
    if (existing) await browser.alarms.clear(AUTO_SYNC_ALARM);
    return;
  }
  const period = PERIOD_MINUTES[settings.autoSync];
  if (existing?.periodInMinutes === period) return;
  await browser.alarms.create(AUTO_SYNC_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

/** One automatic sync; its outcome, good or bad, lands in the sync history. */
export async function runAutoSync(db: DealLensDb): Promise<void> {
  const settings = await loadSettings();
  if (settings.autoSync === 'off' || !settings.datasetUrl) return;
  try {
    await syncFromUrl(db, settings.datasetUrl, { trigger: 'auto' });
  } catch {
    // Recorded in the history by syncFromUrl; the previous dataset stays in use.
  }
  // A one-shot alarm under our name (a test, or a browser that dropped the period)
  // is gone once it fired; without this the next sync would wait for a settings change.
  await scheduleAutoSync(settings);
}
