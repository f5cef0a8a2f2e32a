import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYNC_HISTORY_LIMIT, type DealLensDb } from '@/lib/storage/db';
import { readSyncHistory, recordSyncAttempt } from '@/lib/storage/dataset-store';
import { syncFromUrl } from '@/lib/storage/update-dataset';
import { fakeFetch, freshDb } from './support';

describe('sync history', () => {
  let db: DealLensDb;

  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('keeps the 20 most recent attempts, newest first', async () => {
    expect(SYNC_HISTORY_LIMIT).toBe(20);
    for (let i = 0; i < 25; i++) {
      await recordSyncAttempt(db, { at: 1_000 + i, source: `https://example.org/${i}`, trigger: 'manual', result: 'error', error: 'x', durationMs: 1 });
    }
    const history = await readSyncHistory(db);
    expect(history).toHaveLength(20);
    expect(history[0]?.at).toBe(1_024);
    expect(history.at(-1)?.at).toBe(1_005);
  });

  it('records failed syncs too, with their time and duration', async () => {
    let clock = 5_000;
    const now = () => (clock += 7);
    const { fetch } = fakeFetch(() => new Response('gone', { status: 410, statusText: 'Gone' }));
    for (let i = 0; i < 22; i++) {
      await syncFromUrl(db, 'https://example.org/deals.json', { fetch, now }).catch(() => {});
    }
    const history = await readSyncHistory(db);
    expect(history).toHaveLength(20);
    expect(history[0]).toMatchObject({ result: 'error', error: 'the server answered HTTP 410 Gone', durationMs: 7 });
  });
});
