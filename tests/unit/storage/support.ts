import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb, type DealLensDb } from '@/lib/storage/db';
import { readDatasetMeta } from '@/lib/storage/dataset-store';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Bytes of a file under tests/fixtures/datasets (the bad and good datasets the browser tests use too). */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'datasets', name)));
}

/** Bytes of the dataset shipped with the extension. */
export function bundledBytes(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(readFileSync(path.join(REPO_ROOT, 'public', 'compute-deals.json')));
}

let serial = 0;

/** A fresh database per test: fake-indexeddb keeps databases for the whole file otherwise. */
export function freshDb(): DealLensDb {
  serial += 1;
  return openDb(`deal-lens-test-${process.pid}-${serial}`);
}

/** What a test compares before and after a failed update: it must not move at all. */
export async function snapshot(db: DealLensDb) {
  const meta = await readDatasetMeta(db);
  const deals = await db.deals.toArray();
  return {
    version: meta?.version,
    source: meta?.source,
    etag: meta?.etag,
    entities: await db.entities.count(),
    deals: deals.length,
    facts: deals.reduce((sum, deal) => sum + deal.facts.length, 0),
  };
}

type FakeFetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** A fetch that answers every request with `make(init)`, and remembers what it was asked. */
export function fakeFetch(make: (init: RequestInit | undefined) => Response | Promise<Response>) {
  const calls: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetch: FakeFetch = async (input, init) => {
    calls.push({ url: String(input), headers: { ...(init?.headers as Record<string, string> | undefined) } });
    return make(init);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

/** A fetch that never answers: like a real one, it gives up only when its signal aborts. */
export const hangingFetch = fakeFetch(
  (init) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
    }),
).fetch;

/**
 * A body delivered in `chunks`, then either ending or stalling until the request is aborted
 * (a real fetch errors its body stream on abort; a hand-made Response needs telling).
 */
export function streamedBody(chunks: Uint8Array[], signal: AbortSignal | null | undefined, stall = false): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk) {
        controller.enqueue(chunk);
        return;
      }
      if (!stall) {
        controller.close();
        return;
      }
      return new Promise<void>((resolve) => {
        signal?.addEventListener('abort', () => {
          controller.error(new DOMException('The operation was aborted.', 'AbortError'));
          resolve();
        });
      });
    },
  });
}
