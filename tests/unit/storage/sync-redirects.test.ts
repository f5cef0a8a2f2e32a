import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DealLensDb } from '@/lib/storage/db';
import { importDataset, syncFromUrl } from '@/lib/storage/update-dataset';
import { bundledBytes, fixtureBytes, freshDb, snapshot } from './support';

/** A loopback server; `host` picks the name it is addressed by, so two servers are two origins. */
async function serve(handler: RequestListener, host = '127.0.0.1'): Promise<{ server: Server; url(path: string): string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: (path) => `http://${host}:${port}${path}` };
}

// Real redirects through node's fetch, which follows them as a browser's does and reports where it landed.
describe('syncFromUrl and redirects', () => {
  let db: DealLensDb;
  const servers: Server[] = [];
  const good = fixtureBytes('good-update.json');

  beforeEach(async () => {
    db = freshDb();
    await importDataset(db, bundledBytes(), 'bundled', 'install');
  });
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
    db.close();
  });

  const start = async (handler: RequestListener, host?: string) => {
    const started = await serve(handler, host);
    servers.push(started.server);
    return started;
  };

  it('refuses a redirect to another host, names it, and keeps the dataset', async () => {
    const other = await start((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(good), 'localhost');
    const granted = await start((_req, res) => void res.writeHead(302, { location: other.url('/elsewhere.json') }).end());
    const before = await snapshot(db);
    const landed = new URL(other.url('/')).origin;
    await expect(syncFromUrl(db, granted.url('/compute-deals.json'), { fetch: globalThis.fetch })).rejects.toMatchObject({
      reason: 'redirect',
      message: expect.stringContaining(`sent the request on to ${landed}`),
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('follows a redirect on the same host', async () => {
    const server = await start((req, res) => {
      if (req.url === '/latest.json') res.writeHead(301, { location: '/v2.json' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end(good);
    });
    await expect(syncFromUrl(db, server.url('/latest.json'), { fetch: globalThis.fetch })).resolves.toEqual({ status: 'updated', version: '2026.06.01' });
  });
});
