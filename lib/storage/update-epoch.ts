/**
 * Updating the Epoch AI layer: from the bundled snapshot, from files the user
 * chose, or from a URL. The guarantees are the deals sync's: a 30 s timeout, a
 * size cap, validation, one atomic write, and on any failure the layer in
 * place stays as it was. The deals dataset is never touched.
 */
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../dataset/validate';
import { importEpoch } from '../epoch/import-epoch';
import { EPOCH_CSV_MAX_CHARS, EpochImportError } from '../epoch/read-csv';
import { sortEpochFiles } from '../epoch/sort-files';
import { readCapped } from '../net/read-capped';
import { redirectedElsewhere } from '../net/redirected-elsewhere';
import type { DealLensDb, LayerRecord } from './db';
import { readLayer, recordLayerAttempt, replaceLayer } from './layer-store';

export const EPOCH_TIMEOUT_MS = 30_000;
/** Three files of an export; the 786-row clusters file is 0.5 MB. */
export const EPOCH_MAX_BYTES = EPOCH_CSV_MAX_CHARS;

/** A failure to show; the layer in place is untouched when one is thrown. */
export class LayerUpdateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayerUpdateError';
  }
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

export interface LayerUpdate {
  status: 'updated' | 'up-to-date';
  sites: number;
  records: number;
}

export interface ApplyOptions {
  /** "bundled", the URL, or "file:<names>". */
  source: string;
  /** The day the data was taken: the snapshot's, else today. */
  retrieved: string;
  etag?: string;
  lastModified?: string;
  now?: () => number;
}

/**
 * Reads Epoch AI's CSV files (or a compute-deals/v2 file with sites, as `npm
 * run dataset -- import-epoch` writes), and puts the result in place as the
 * Epoch layer. Every attempt is recorded, successful or not.
 */
export async function applyEpochFiles(db: DealLensDb, files: readonly NamedBytes[], options: ApplyOptions): Promise<LayerUpdate> {
  const now = options.now ?? Date.now;
  const started = now();
  try {
    const { dataset, rows } = readEpochFiles(files, options.retrieved);
    const layer: LayerRecord = {
      key: 'epoch',
      dataset,
      source: options.source,
      loadedAt: now(),
      retrieved: options.retrieved,
      counts: { sites: dataset.sites?.length ?? 0, records: dataset.sites?.reduce((n, s) => n + s.records.length, 0) ?? 0, rows },
      ...(options.etag ? { etag: options.etag } : {}),
      ...(options.lastModified ? { lastModified: options.lastModified } : {}),
    };
    await replaceLayer(db, layer);
    await recordLayerAttempt(db, { key: 'epoch', at: started, source: options.source, result: 'updated', durationMs: now() - started });
    return { status: 'updated', sites: layer.counts.sites, records: layer.counts.records };
  } catch (err) {
    const message = err instanceof EpochImportError || err instanceof LayerUpdateError ? err.message : `unexpected failure: ${(err as Error).message}`;
    await recordLayerAttempt(db, { key: 'epoch', at: started, source: options.source, result: 'error', error: message, durationMs: now() - started });
    throw new LayerUpdateError(message);
  }
}

/** The layer's dataset from the files' bytes, validated; throws with the first thing wrong. */
export function readEpochFiles(files: readonly NamedBytes[], retrieved: string): { dataset: Dataset; rows: number } {
  if (files.length === 0) throw new LayerUpdateError('no file was given');
  const texts = files.map(({ name, bytes }) => {
    if (bytes.byteLength > EPOCH_MAX_BYTES) throw new EpochImportError(`${name}: the file is too large (over ${Math.round(EPOCH_MAX_BYTES / 1024 / 1024)} MB) for an Epoch AI export`, 'too-large');
    try {
      return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      throw new EpochImportError(`${name}: not a text file (binary data)`, 'binary');
    }
  });
  const json = texts.length === 1 && /^\uFEFF?\s*\{/.test(texts[0]!.text) ? texts[0]! : undefined;
  if (json) {
    const parsed = parseDatasetText(json.text);
    if (!parsed.ok) throw new LayerUpdateError(`${json.name}: ${parsed.error}`);
    if (!parsed.dataset.sites?.length) throw new LayerUpdateError(`${json.name}: a dataset without sites is no Epoch AI layer (import it as the deals dataset)`);
    return { dataset: parsed.dataset, rows: parsed.dataset.sites.length };
  }
  const result = importEpoch(sortEpochFiles(texts), { retrieved });
  // The importer's output is checked like any file: the engine reads only what the format allows.
  const checked = parseDatasetText(JSON.stringify(result.dataset));
  if (!checked.ok) throw new LayerUpdateError(`the import is not a valid dataset: ${checked.error}`);
  return { dataset: checked.dataset, rows: result.counts.clusterRows + result.counts.dataCenters + result.counts.timelineRows };
}

export interface FetchOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
  onProgress?: (received: number, total: number | undefined) => void;
}

/** What a sync downloaded, or that the server has nothing newer. */
export type Fetched = { status: 'up-to-date' } | { status: 'fetched'; file: NamedBytes; etag?: string; lastModified?: string };

/**
 * Downloads an Epoch file (a GPU clusters CSV, or a v2 dataset) with the
 * sync's timeout and cap, asking only for what changed since the layer's
 * last sync from the same URL.
 */
export async function fetchEpochFile(db: DealLensDb, url: string, options: FetchOptions = {}): Promise<Fetched> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new LayerUpdateError(`"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new LayerUpdateError('the address must start with https:// or http://');
  const timeoutMs = options.timeoutMs ?? EPOCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? EPOCH_MAX_BYTES;
  const held = await readLayer(db);
  const headers: Record<string, string> = { accept: 'text/csv, application/json;q=0.9, */*;q=0.1' };
  if (held?.source === url && held.etag) headers['if-none-match'] = held.etag;
  if (held?.source === url && held.lastModified) headers['if-modified-since'] = held.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeout = () => new LayerUpdateError(`the server did not answer within ${Number((timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 2 : 1))} s (timeout)`);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url, { headers, signal: controller.signal, cache: 'no-cache', credentials: 'omit' });
    } catch (err) {
      throw controller.signal.aborted ? timeout() : new LayerUpdateError(`could not reach the server: ${(err as Error).message}`);
    }
    const landed = redirectedElsewhere(parsed, response.url);
    if (landed) {
      controller.abort();
      throw new LayerUpdateError(`the server sent the request on to ${landed}: data is synced only from the address you gave`);
    }
    if (response.status === 304 && held && ('if-none-match' in headers || 'if-modified-since' in headers)) return { status: 'up-to-date' };
    if (!response.ok) throw new LayerUpdateError(`the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const tooLarge = () => new LayerUpdateError(`the file is too large (over ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB)`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      controller.abort();
      throw tooLarge();
    }
    const total = Number(response.headers.get('content-length')) || undefined;
    let bytes: Uint8Array | 'too-large';
    try {
      bytes = await readCapped(response, maxBytes, (received) => options.onProgress?.(received, total));
    } catch (err) {
      throw controller.signal.aborted ? timeout() : new LayerUpdateError(`the download failed: ${(err as Error).message}`);
    }
    if (bytes === 'too-large') {
      controller.abort();
      throw tooLarge();
    }
    const name = decodeURIComponent(parsed.pathname.split('/').pop() || parsed.hostname);
    return {
      status: 'fetched',
      file: { name, bytes },
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag')! } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified')! } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}

/** Records a sync that failed before any file reached the import (network, HTTP, size). */
export async function recordFailedFetch(db: DealLensDb, url: string, started: number, err: unknown, now = Date.now): Promise<LayerUpdateError> {
  const message = err instanceof LayerUpdateError ? err.message : `unexpected failure: ${(err as Error).message}`;
  await recordLayerAttempt(db, { key: 'epoch', at: started, source: url, result: 'error', error: message, durationMs: now() - started });
  return new LayerUpdateError(message);
}
