import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURE_PAGES_DIR } from './paths';

/** Answers one request itself: status codes, delays, ETag/304, huge bodies, odd headers. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Options for {@link startServer}. */
export interface ServerOptions {
  /** Extra folders to serve, searched in order before {@link FIXTURE_PAGES_DIR}. */
  dirs?: string[];
}

/** One request as the server saw it, for tests that assert on what the extension fetched. */
export interface RequestRecord {
  method: string;
  /** Path and query, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
}

/** A running fixture server on 127.0.0.1. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Absolute URL of a path on this server. */
  url(pathname: string): string;
  /** Serves `pathname` (query ignored) with `handler` ahead of any file; replaces an earlier route. */
  route(pathname: string, handler: RouteHandler): void;
  /** Every request so far, oldest first. */
  requests: RequestRecord[];
  /** Stops listening and drops open connections, including keep-alive and stalled ones. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Starts a static server for the fixture pages on an ephemeral port. Files are sent with
 * `Cache-Control: no-store` so a reload always reaches the server; anything that tests
 * caching belongs in a {@link RouteHandler}.
 */
export async function startServer(opts: ServerOptions = {}): Promise<FixtureServer> {
  const roots = [...(opts.dirs ?? []), FIXTURE_PAGES_DIR].map((d) => path.resolve(d));
  const routes = new Map<string, RouteHandler>();
  const requests: RequestRecord[] = [];

  const server = createServer((req, res) => {
    // A delayed handler may write after close() destroyed its socket; that must not crash the run.
    res.on('error', () => {});
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers });
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handler = routes.get(pathname);
    const served = handler ? Promise.resolve(handler(req, res)) : serveFile(roots, pathname, req, res);
    served.catch((error: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(String(error));
      } else {
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    route: (pathname, handler) => void routes.set(pathname, handler),
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serveFile(roots: string[], pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Malformed path: ${pathname}`);
    return;
  }
  const file = await findFile(roots, decoded);
  if (!file && pathname === '/favicon.ico') {
    // Browsers ask for it unprompted; its 404 would show up as a console error in every page.
    res.writeHead(204).end();
    return;
  }
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file.path).pipe(res);
}

/** First root holding the path; `..` cannot climb out of a root, and folders mean their index.html. */
async function findFile(roots: string[], pathname: string): Promise<{ path: string; size: number } | null> {
  for (const root of roots) {
    let candidate = path.resolve(root, `.${pathname}`);
    if (candidate !== root && !candidate.startsWith(root + path.sep)) continue;
    let info = await stat(candidate).catch(() => null);
    if (info?.isDirectory()) {
      candidate = path.join(candidate, 'index.html');
      info = await stat(candidate).catch(() => null);
    }
    if (info?.isFile()) return { path: candidate, size: info.size };
  }
  return null;
}
