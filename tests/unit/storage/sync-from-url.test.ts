import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DealLensDb } from '@/lib/storage/db';
import { readDatasetMeta, readSyncHistory } from '@/lib/storage/dataset-store';
import { DatasetUpdateError, importDataset, syncFromUrl, type UpdateFailure } from '@/lib/storage/update-dataset';
import { bundledBytes, fakeFetch, fixtureBytes, freshDb, hangingFetch, snapshot, streamedBody } from './support';

const URL_A = 'https://data.example.org/compute-deals.json';

/** One way a download can be wrong, the failure it must be reported as, and words the user must see. */
interface BadCase {
  name: string;
  fetch: typeof fetch;
  reason: UpdateFailure;
  message: RegExp;
  options?: { timeoutMs?: number; maxBytes?: number };
}

const json = (bytes: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  fakeFetch(() => new Response(bytes, { status: 200, headers: { 'content-type': 'application/json', ...headers } })).fetch;

const BAD_CASES: BadCase[] = [
  // Cut off mid-object: the parser's own words follow "not JSON".
  { name: 'malformed JSON', fetch: json(fixtureBytes('malformed.json')), reason: 'not-json', message: /^not JSON: / },
  // A fact in MW where the schema wants W: the JSON path of the offending field is named.
  {
    name: 'schema-invalid',
    fetch: json(fixtureBytes('schema-invalid.json')),
    reason: 'invalid',
    message: /invalid dataset — \$\.deals\[0\]\.facts\[0\]\.unit: unit "MW" does not fit kind "power"/,
  },
  // compute-deals/v3 reads as a newer format, not as a pile of field errors.
  {
    name: 'wrong format version',
    fetch: json(fixtureBytes('wrong-format.json')),
    reason: 'format',
    message: /wrong format version — \$\.format: unsupported format "compute-deals\/v3"/,
  },
  {
    name: 'duplicate ids',
    fetch: json(fixtureBytes('duplicate-ids.json')),
    reason: 'invalid',
    message: /\$\.entities\[\d+\]\.id: duplicate entity id "spacex"/,
  },
  {
    name: 'a party naming no entity',
    fetch: json(fixtureBytes('dangling-party.json')),
    reason: 'invalid',
    message: /\$\.deals\[0\]\.parties\[\d+\]: "spacexai" names no entity/,
  },
  // A captive portal or a web server's error page served with status 200.
  {
    name: 'HTML instead of JSON',
    fetch: fakeFetch(() => new Response(fixtureBytes('not-json.html'), { headers: { 'content-type': 'text/html' } })).fetch,
    reason: 'not-json',
    message: /HTML page, not a JSON dataset/,
  },
  { name: 'invalid UTF-8', fetch: json(fixtureBytes('invalid-utf8.json')), reason: 'encoding', message: /not valid UTF-8/ },
  {
    name: 'HTTP 404',
    fetch: fakeFetch(() => new Response('Not found', { status: 404, statusText: 'Not Found' })).fetch,
    reason: 'http',
    message: /HTTP 404 Not Found/,
  },
  {
    name: 'HTTP 500',
    fetch: fakeFetch(() => new Response('oops', { status: 500, statusText: 'Internal Server Error' })).fetch,
    reason: 'http',
    message: /HTTP 500/,
  },
  // The server never answers: the timeout aborts the request.
  { name: 'no answer within the timeout', fetch: hangingFetch, reason: 'timeout', message: /within 0\.05 s \(timeout\)/, options: { timeoutMs: 50 } },
  // Headers arrive, then the body stalls: the same timeout covers the download.
  {
    name: 'a body that stalls past the timeout',
    fetch: fakeFetch((init) => new Response(streamedBody([new TextEncoder().encode('{"format":')], init?.signal, true))).fetch,
    reason: 'timeout',
    message: /\(timeout\)/,
    options: { timeoutMs: 50 },
  },
  // Declared too large: refused before reading a byte.
  {
    name: 'too large by Content-Length',
    fetch: json(new TextEncoder().encode('{}'), { 'content-length': String(2000) }),
    reason: 'too-large',
    message: /too large \(over 1000 bytes\)/,
    options: { maxBytes: 1000 },
  },
  // No Content-Length (chunked): counted as it streams in and cut off at the cap.
  {
    name: 'too large by streamed bytes',
    fetch: fakeFetch((init) => new Response(streamedBody(Array.from({ length: 10 }, () => new Uint8Array(400).fill(32)), init?.signal))).fetch,
    reason: 'too-large',
    message: /too large \(over 1000 bytes\)/,
    options: { maxBytes: 1000 },
  },
  {
    name: 'an unreachable server',
    fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
    reason: 'network',
    message: /could not reach the server: Failed to fetch/,
  },
];

describe('syncFromUrl', () => {
  let db: DealLensDb;

  beforeEach(async () => {
    db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
  });
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it.each(BAD_CASES)('rejects $name and keeps the previous dataset', async ({ fetch, reason, message, options }) => {
    const before = await snapshot(db);
    const error = await syncFromUrl(db, URL_A, { fetch, ...options }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(DatasetUpdateError);
    expect((error as DatasetUpdateError).reason).toBe(reason);
    expect((error as DatasetUpdateError).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
    const [latest] = await readSyncHistory(db);
    expect(latest).toMatchObject({ source: URL_A, trigger: 'manual', result: 'error', error: (error as Error).message });
  });

  it('replaces the dataset with a good one and records where it came from', async () => {
    const { fetch } = fakeFetch(
      () => new Response(fixtureBytes('good-update.json'), { headers: { etag: '"v2"', 'last-modified': 'Mon, 01 Jun 2026 00:00:00 GMT' } }),
    );
    const good = JSON.parse(new TextDecoder().decode(fixtureBytes('good-update.json'))) as { version: string; deals: Array<{ facts: unknown[] }>; entities: unknown[] };

    await expect(syncFromUrl(db, URL_A, { fetch, trigger: 'auto' })).resolves.toEqual({ status: 'updated', version: good.version });

    expect(await snapshot(db)).toEqual({
      version: good.version,
      source: URL_A,
      etag: '"v2"',
      entities: good.entities.length,
      deals: good.deals.length,
      facts: good.deals.reduce((sum, deal) => sum + deal.facts.length, 0),
    });
    expect((await readDatasetMeta(db))?.lastModified).toBe('Mon, 01 Jun 2026 00:00:00 GMT');
    expect((await readSyncHistory(db))[0]).toMatchObject({ source: URL_A, trigger: 'auto', result: 'updated', version: good.version });
  });

  it('reports progress as the body arrives', async () => {
    const bytes = fixtureBytes('good-update.json');
    const half = Math.floor(bytes.length / 2);
    const { fetch } = fakeFetch(
      (init) =>
        new Response(streamedBody([bytes.slice(0, half), bytes.slice(half)], init?.signal), {
          headers: { 'content-length': String(bytes.length) },
        }),
    );
    const seen: Array<[number, number | undefined]> = [];
    await syncFromUrl(db, URL_A, { fetch, onProgress: (received, total) => seen.push([received, total]) });
    expect(seen).toEqual([
      [half, bytes.length],
      [bytes.length, bytes.length],
    ]);
  });

  it('sends the stored ETag and Last-Modified and treats 304 as up to date', async () => {
    const first = fakeFetch(
      () => new Response(fixtureBytes('good-update.json'), { headers: { etag: '"v2"', 'last-modified': 'Mon, 01 Jun 2026 00:00:00 GMT' } }),
    );
    await syncFromUrl(db, URL_A, { fetch: first.fetch });
    const before = await snapshot(db);

    const second = fakeFetch(() => new Response(null, { status: 304 }));
    await expect(syncFromUrl(db, URL_A, { fetch: second.fetch })).resolves.toEqual({ status: 'up-to-date', version: before.version });

    expect(second.calls[0]?.headers).toMatchObject({ 'if-none-match': '"v2"', 'if-modified-since': 'Mon, 01 Jun 2026 00:00:00 GMT' });
    expect(await snapshot(db)).toEqual(before);
    expect((await readSyncHistory(db))[0]).toMatchObject({ result: 'up-to-date', version: before.version });
  });

  it('sends no validators to a different URL, so a 304 from it is an error', async () => {
    await syncFromUrl(db, URL_A, { fetch: json(fixtureBytes('good-update.json'), { etag: '"v2"' }) });
    const before = await snapshot(db);
    const other = fakeFetch(() => new Response(null, { status: 304, statusText: 'Not Modified' }));

    await expect(syncFromUrl(db, 'https://mirror.example.org/deals.json', { fetch: other.fetch })).rejects.toThrow(/HTTP 304/);
    expect(other.calls[0]?.headers).not.toHaveProperty('if-none-match');
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['not a URL', 'data.example.org/deals.json'],
    ['not http(s)', 'ftp://data.example.org/deals.json'],
  ])('rejects a URL that is %s without fetching', async (_what, url) => {
    const { fetch, calls } = fakeFetch(() => new Response('{}'));
    await expect(syncFromUrl(db, url, { fetch })).rejects.toMatchObject({ reason: 'url' });
    expect(calls).toHaveLength(0);
  });
});
