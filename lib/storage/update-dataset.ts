import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../dataset/validate';
import type { DealLensDb, SyncAttempt } from './db';
import { readCapped } from '../net/read-capped';
import { redirectedElsewhere } from '../net/redirected-elsewhere';
import { readDatasetMeta, recordSyncAttempt, replaceDataset } from './dataset-store';

export const SYNC_TIMEOUT_MS = 30_000;
export const SYNC_MAX_BYTES = 50 * 1024 * 1024;

export type UpdateResult = { status: 'updated' | 'up-to-date'; version: string };

/**
 * What went wrong, for callers that react to a kind of failure rather than
 * print it (the options page adds a permission hint to `network` only).
 */
export type UpdateFailure =
  | 'url'
  | 'network'
  | 'redirect'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'encoding'
  | 'not-json'
  | 'format'
  | 'invalid'
  | 'unexpected';

/** A failure the user can read; the stored dataset is untouched when one is thrown. */
export class DatasetUpdateError extends Error {
  constructor(
    message: string,
    readonly reason: UpdateFailure = 'unexpected',
  ) {
    super(message);
    this.name = 'DatasetUpdateError';
  }
}

/** The error to rethrow after recording an attempt: the message and reason survive, anything else is wrapped. */
function asUpdateError(err: unknown): DatasetUpdateError {
  if (err instanceof DatasetUpdateError) return new DatasetUpdateError(err.message, err.reason);
  return new DatasetUpdateError(`unexpected failure: ${(err as Error).message}`, 'unexpected');
}

export interface SyncOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  trigger?: SyncAttempt['trigger'];
  onProgress?: (received: number, total: number | undefined) => void;
  now?: () => number;
}

/**
 * Fetches a dataset from `url` and, if it is valid, makes it the dataset in
 * use. Honours ETag / Last-Modified from the previous sync of the same URL.
 * Every attempt lands in the sync history, successful or not.
 */
export async function syncFromUrl(db: DealLensDb, url: string, options: SyncOptions = {}): Promise<UpdateResult> {
  const now = options.now ?? Date.now;
  const started = now();
  const trigger = options.trigger ?? 'manual';
  try {
    const result = await fetchAndStore(db, url, options);
    await recordSyncAttempt(db, { at: started, source: url, trigger, result: result.status, version: result.version, durationMs: now() - started });
    return result;
  } catch (err) {
    const failure = asUpdateError(err);
    await recordSyncAttempt(db, { at: started, source: url, trigger, result: 'error', error: failure.message, durationMs: now() - started });
    throw failure;
  }
}

async function fetchAndStore(db: DealLensDb, url: string, options: SyncOptions): Promise<UpdateResult> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new DatasetUpdateError(`"${url}" is not a URL`, 'url');
  }
  if (parsedUrl.protocol !== 'https:' && parsedUrl.protocol !== 'http:') throw new DatasetUpdateError('the dataset URL must start with https:// or http://', 'url');
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? SYNC_MAX_BYTES;
  const meta = await readDatasetMeta(db);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (meta?.source === url && meta.etag) headers['if-none-match'] = meta.etag;
  if (meta?.source === url && meta.lastModified) headers['if-modified-since'] = meta.lastModified;
  // A 304 means "what you have" only if we said what we have.
  const conditional = 'if-none-match' in headers || 'if-modified-since' in headers;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { headers, signal: controller.signal, cache: 'no-cache', credentials: 'omit' });
    } catch (err) {
      if (controller.signal.aborted) throw timeoutError(timeoutMs);
      throw new DatasetUpdateError(`could not reach the server: ${(err as Error).message}`, 'network');
    }
    const landed = redirectedElsewhere(parsedUrl, response.url);
    if (landed) {
      controller.abort();
      throw new DatasetUpdateError(
        `the server sent the request on to ${landed}, another host than ${parsedUrl.origin}: a dataset is synced only from the address you gave`,
        'redirect',
      );
    }
    if (response.status === 304 && conditional && meta) return { status: 'up-to-date', version: meta.version };
    if (!response.ok) throw new DatasetUpdateError(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, 'http');
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      // Stop the transfer too, not just the wait for it.
      controller.abort();
      throw tooLarge(maxBytes);
    }
    const bytes = await readBody(response, maxBytes, controller, timeoutMs, options.onProgress);
    const dataset = decodeDataset(bytes);
    await replaceDataset(db, dataset, {
      source: url,
      loadedAt: Date.now(),
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
    });
    return { status: 'updated', version: dataset.version };
  } finally {
    clearTimeout(timer);
  }
}


/** The body with the sync's cap, its errors worded as the settings page shows them. */
async function readBody(
  response: Response,
  maxBytes: number,
  controller: AbortController,
  timeoutMs: number,
  onProgress?: SyncOptions['onProgress'],
): Promise<Uint8Array> {
  const total = Number(response.headers.get('content-length')) || undefined;
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readCapped(response, maxBytes, (received) => onProgress?.(received, total));
  } catch (err) {
    if (controller.signal.aborted) throw timeoutError(timeoutMs);
    throw new DatasetUpdateError(`the download failed: ${(err as Error).message}`, 'network');
  }
  if (bytes === 'too-large') {
    // Stop the transfer too, not just the reading of it.
    controller.abort();
    throw tooLarge(maxBytes);
  }
  return bytes;
}

/** Decodes, parses and validates dataset bytes, with a message for each way they can be wrong. */
export function decodeDataset(bytes: Uint8Array): Dataset {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DatasetUpdateError('the file is not valid UTF-8 text', 'encoding');
  }
  return parseDatasetOrThrow(text);
}

export function parseDatasetOrThrow(text: string): Dataset {
  const result = parseDatasetText(text);
  if (result.ok) return result.dataset;
  switch (result.reason) {
    case 'html':
      throw new DatasetUpdateError(`the server sent ${result.error}`, 'not-json');
    case 'not-json':
      throw new DatasetUpdateError(result.error, 'not-json');
    case 'format':
      throw new DatasetUpdateError(`wrong format version — ${result.error}`, 'format');
    case 'invalid':
      throw new DatasetUpdateError(`invalid dataset — ${result.error}`, 'invalid');
    default:
      return result.reason satisfies never;
  }
}

function tooLarge(maxBytes: number): DatasetUpdateError {
  return new DatasetUpdateError(`the dataset is too large (over ${formatBytes(maxBytes)})`, 'too-large');
}

function timeoutError(timeoutMs: number): DatasetUpdateError {
  return new DatasetUpdateError(`the server did not answer within ${formatSeconds(timeoutMs)} (timeout)`, 'timeout');
}

// Rounding to whole units printed "over 0 MB" and "within 0 s" for the short limits tests use.
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1000 ? 2 : 1))} s`;
}

/** Imports a dataset file the user chose, with the same validation and atomic replace as a sync. */
export async function importDataset(db: DealLensDb, bytes: Uint8Array, fileName: string, trigger: SyncAttempt['trigger'] = 'import'): Promise<UpdateResult> {
  const started = Date.now();
  const source = trigger === 'import' ? `file:${fileName}` : fileName;
  try {
    const dataset = decodeDataset(bytes);
    await replaceDataset(db, dataset, { source, loadedAt: Date.now() });
    await recordSyncAttempt(db, { at: started, source, trigger, result: 'updated', version: dataset.version, durationMs: Date.now() - started });
    return { status: 'updated', version: dataset.version };
  } catch (err) {
    const failure = asUpdateError(err);
    await recordSyncAttempt(db, { at: started, source, trigger, result: 'error', error: failure.message, durationMs: Date.now() - started });
    throw failure;
  }
}
