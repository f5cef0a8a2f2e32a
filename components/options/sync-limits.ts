import { SYNC_MAX_BYTES, SYNC_TIMEOUT_MS } from '@/lib/storage/update-dataset';

/** How long a sync may take and how much it may download. */
export interface SyncLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * The sync limits for one options page, from its query string.
 *
 * For tests only: `options.html?syncTimeoutMs=500&syncMaxBytes=1000` shortens the
 * timeout and the size cap so the browser tests can hit both without waiting 30 s
 * or serving 50 MB. Values can only lower the limits, never raise them, and they
 * live in that page instance alone: nothing is stored, and the background's
 * auto-sync keeps the full limits.
 */
export function readSyncLimits(search: string): SyncLimits {
  const params = new URLSearchParams(search);
  return {
    timeoutMs: lowered(params.get('syncTimeoutMs'), SYNC_TIMEOUT_MS),
    maxBytes: lowered(params.get('syncMaxBytes'), SYNC_MAX_BYTES),
  };
}

function lowered(raw: string | null, limit: number): number {
  if (raw === null || !/^\d{1,12}$/.test(raw)) return limit;
  const value = Number(raw);
  return value > 0 && value < limit ? value : limit;
}
