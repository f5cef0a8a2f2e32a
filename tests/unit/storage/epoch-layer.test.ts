import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/storage/dataset-store';
import { readLayer, readLayerAttempt, removeLayer } from '@/lib/storage/layer-store';
import { applyEpochFiles, fetchEpochFile, LayerUpdateError } from '@/lib/storage/update-epoch';
import { importDataset } from '@/lib/storage/update-dataset';
import type { DealLensDb } from '@/lib/storage/db';
import { bundledBytes, freshDb } from './support';

const csv = (name: string) => ({ name, bytes: Uint8Array.from(readFileSync(`tests/fixtures/epoch/${name}`)) });
const ALL = [csv('gpu_clusters.csv'), csv('data_centers.csv'), csv('data_center_timelines.csv')];
const OPTIONS = { source: 'bundled', retrieved: '2025-12-15' };

let db: DealLensDb;
beforeEach(async () => {
  db = freshDb();
  await importDataset(db, bundledBytes(), 'bundled', 'install');
});

describe('the Epoch AI layer', () => {
  it('is imported from the three CSVs beside the deals dataset, which it leaves alone', async () => {
    const deals = await readDataset(db);
    const result = await applyEpochFiles(db, ALL, OPTIONS);
    expect(result.status).toBe('updated');
    const layer = await readLayer(db);
    expect(layer).toMatchObject({ source: 'bundled', retrieved: '2025-12-15', counts: { sites: result.sites, records: result.records, rows: 786 + 17 + 118 } });
    expect(layer!.dataset.format).toBe('compute-deals/v2');
    expect(await readDataset(db)).toEqual(deals);
    expect(await readLayerAttempt(db)).toMatchObject({ result: 'updated', source: 'bundled' });
  });

  it('knows each file by its columns, whatever its name or order', async () => {
    const renamed = [{ ...ALL[2]!, name: 'a.csv' }, { ...ALL[0]!, name: 'b.csv' }, { ...ALL[1]!, name: 'c.csv' }];
    const result = await applyEpochFiles(db, renamed, OPTIONS);
    const reference = await applyEpochFiles(freshDb(), ALL, OPTIONS);
    expect(result).toEqual(reference);
  });

  it.each([
    ['a CSV without the needed columns', [{ name: 'gpu_clusters.csv', bytes: new TextEncoder().encode('Name,Owner\nxAI Colossus,xAI\n') }], /missing columns "Status", "Certainty"/],
    ['an empty file', [{ name: 'gpu_clusters.csv', bytes: new Uint8Array() }], /GPU clusters file: the file is empty/],
    ['a binary file', [{ name: 'photo.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x00]) }], /photo\.png: not a text file \(binary data\)/],
    ['a file over the cap', [{ name: 'huge.csv', bytes: new Uint8Array(21 * 1024 * 1024) }], /huge\.csv: the file is too large/],
    ['a deals dataset without sites', [{ name: 'deals.json', bytes: bundledBytes() }], /deals\.json: a dataset without sites/],
  ])('refuses %s and keeps the layer in place', async (_name, files, message) => {
    await applyEpochFiles(db, ALL, OPTIONS);
    const before = await readLayer(db);
    const error = await applyEpochFiles(db, files, { source: 'file:x', retrieved: '2026-01-02' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LayerUpdateError);
    expect((error as Error).message).toMatch(message);
    expect(await readLayer(db)).toEqual(before);
    expect(await readLayerAttempt(db)).toMatchObject({ result: 'error', source: 'file:x', error: (error as Error).message });
  });

  it('is removed without touching the deals dataset', async () => {
    await applyEpochFiles(db, ALL, OPTIONS);
    const deals = await readDataset(db);
    await removeLayer(db);
    expect(await readLayer(db)).toBeUndefined();
    expect(await readDataset(db)).toEqual(deals);
  });
});

describe('fetchEpochFile', () => {
  const serve = (body: string, init: ResponseInit = {}) => (async () => new Response(body, init)) as unknown as typeof fetch;

  it('downloads a file, named after the address', async () => {
    const result = await fetchEpochFile(db, 'https://data.example.org/epoch/gpu_clusters.csv', { fetch: serve('Name\n', { headers: { etag: '"v1"' } }) });
    expect(result).toMatchObject({ status: 'fetched', file: { name: 'gpu_clusters.csv' }, etag: '"v1"' });
  });

  it('refuses a file over the cap, and an error status', async () => {
    await expect(fetchEpochFile(db, 'https://data.example.org/x.csv', { fetch: serve('x'.repeat(2000)), maxBytes: 1000 })).rejects.toThrow(/too large/);
    await expect(fetchEpochFile(db, 'https://data.example.org/x.csv', { fetch: serve('', { status: 404, statusText: 'Not Found' }) })).rejects.toThrow('the server answered HTTP 404 Not Found');
  });

  it('follows the deals sync\'s rule on redirects: the same host\'s upgrade to https, nothing else', async () => {
    const landing = (url: string) => (async () => Object.defineProperty(new Response('Name\n'), 'url', { value: url })) as unknown as typeof fetch;
    await expect(fetchEpochFile(db, 'http://data.example.org/x.csv', { fetch: landing('https://data.example.org/x.csv') })).resolves.toMatchObject({ status: 'fetched' });
    await expect(fetchEpochFile(db, 'https://data.example.org/x.csv', { fetch: landing('http://data.example.org/x.csv') })).rejects.toThrow(
      'the server sent the request on to http://data.example.org: data is synced only from the address you gave',
    );
    await expect(fetchEpochFile(db, 'https://data.example.org/x.csv', { fetch: landing('https://mirror.example.net/x.csv') })).rejects.toThrow(/sent the request on to https:\/\/mirror\.example\.net/);
  });

  it('gives up after the timeout', async () => {
    const never = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted'))))) as unknown as typeof fetch;
    await expect(fetchEpochFile(db, 'https://data.example.org/x.csv', { fetch: never, timeoutMs: 20 })).rejects.toThrow('the server did not answer within 0.02 s (timeout)');
  });
});
