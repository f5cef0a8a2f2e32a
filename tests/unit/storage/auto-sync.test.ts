import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUTO_SYNC_ALARM, runAutoSync, scheduleAutoSync } from '@/entrypoints/background/auto-sync';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/schema';
import { saveSettings } from '@/lib/extension/settings-store';
import type { DealLensDb } from '@/lib/storage/db';
import { readSyncHistory } from '@/lib/storage/dataset-store';
import { importDataset } from '@/lib/storage/update-dataset';
import { bundledBytes, fixtureBytes, freshDb, snapshot } from './support';

const URL_A = 'https://data.example.org/compute-deals.json';
const DAILY: Settings = { ...DEFAULT_SETTINGS, autoSync: 'daily', datasetUrl: URL_A };

describe('auto-sync', () => {
  let db: DealLensDb;

  beforeEach(async () => {
    fakeBrowser.reset();
    db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    db.close();
    await db.delete();
  });

  it.each([
    ['off', { ...DAILY, autoSync: 'off' }, undefined],
    ['daily without a URL', { ...DAILY, datasetUrl: '' }, undefined],
    ['daily', DAILY, 24 * 60],
    ['weekly', { ...DAILY, autoSync: 'weekly' }, 7 * 24 * 60],
  ] as const)('schedules the alarm for %s', async (_what, settings, period) => {
    await scheduleAutoSync(settings);
    expect((await fakeBrowser.alarms.get(AUTO_SYNC_ALARM))?.periodInMinutes).toBe(period);
  });

  it('syncs with the trigger "auto" and lands in the history', async () => {
    await saveSettings(DAILY);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(fixtureBytes('good-update.json'))));
    await runAutoSync(db);
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'auto', result: 'updated', source: URL_A, version: '2026.06.01' });
  });

  it('records a failed auto-sync and keeps the dataset', async () => {
    await saveSettings(DAILY);
    const before = await snapshot(db);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 503 })));
    await runAutoSync(db);
    expect((await readSyncHistory(db))[0]).toMatchObject({ trigger: 'auto', result: 'error', error: expect.stringMatching(/HTTP 503/) });
    expect(await snapshot(db)).toEqual(before);
  });

  it('puts the periodic alarm back after a one-shot alarm of the same name fired', async () => {
    await saveSettings(DAILY);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 503 })));
    await runAutoSync(db);
    expect((await fakeBrowser.alarms.get(AUTO_SYNC_ALARM))?.periodInMinutes).toBe(24 * 60);
  });

  it('does nothing while auto-sync is off', async () => {
    await saveSettings({ ...DAILY, autoSync: 'off' });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await runAutoSync(db);
    expect(fetch).not.toHaveBeenCalled();
  });
});
