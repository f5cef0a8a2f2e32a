/**
 * The CLI against a hostile server on loopback: an endless chunked page, a
 * redirect to another host, and escape sequences in a page's title.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/analyze/types';
import { main } from '../../../lib/node/cli/analyze';
import { toTextReport } from '../../../lib/node/cli/report';
import { redirectRefusal } from '../../../lib/node/fetch-capped';
import { MAX_PAGE_BYTES } from '../../../lib/node/load-page';
import { BUNDLED_DATASET_PATH } from '../../../lib/node/load-dataset';
import { PAGES_DIR } from '../../eval/corpus';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const SEED_PAGE = readFileSync(`${PAGES_DIR}seed-002-en.html`, 'utf8');
// Far over the cap, as in the report (400 MB); the server stops here if nobody does.
const ENDLESS_BYTES = 400 * 2 ** 20;
const CHUNK = Buffer.alloc(64 * 1024, '<p>compute deal filler text</p>\n');

let server: Server;
let port = 0;
let routes = new Map<string, Handler>();
/** Body bytes the server managed to write for the endless routes. */
let sent = 0;

/** Writes CHUNKs as fast as the client reads them (no Content-Length: chunked) until it goes away. */
function endless(res: ServerResponse, contentType: string) {
  res.writeHead(200, { 'content-type': contentType });
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = () => {
    while (!closed && sent < ENDLESS_BYTES) {
      sent += CHUNK.byteLength;
      if (!res.write(CHUNK)) return void res.once('drain', pump);
    }
    if (!closed) res.end();
  };
  pump();
}

const base = (host = '127.0.0.1') => `http://${host}:${port}`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const handler = routes.get(new URL(req.url ?? '/', base()).pathname);
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  routes = new Map();
  sent = 0;
});

describe('the page cap', () => {
  it('refuses a chunked page far over the cap, having read little more than the cap', async () => {
    routes.set('/endless.html', (_req, res) => endless(res, 'text/html; charset=utf-8'));
    const before = process.memoryUsage().rss;
    const { code, stderr } = await run(['--json', `${base()}/endless.html`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/larger than 20971520 bytes \(20 MB\); stopped reading/);
    // What is in flight when the reader stops (socket buffers) is a few MB at most.
    expect(sent).toBeGreaterThan(MAX_PAGE_BYTES);
    expect(sent).toBeLessThan(MAX_PAGE_BYTES + 16 * 2 ** 20);
    // The whole body in memory (as text: twice its bytes) would be gigabytes.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 2 ** 20);
  });

  it('refuses an endless --dataset URL the same way', async () => {
    routes.set('/endless.json', (_req, res) => endless(res, 'application/json'));
    const { code, stderr } = await run(['--dataset', `${base()}/endless.json`, `${PAGES_DIR}seed-002-en.html`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/dataset http:\/\/127\.0\.0\.1:\d+\/endless\.json: the dataset is larger than 52428800 bytes/);
    expect(sent).toBeLessThan(50 * 2 ** 20 + 16 * 2 ** 20);
  });

  it('refuses a declared length over the cap before reading the body', async () => {
    routes.set('/declared.html', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(MAX_PAGE_BYTES + 1) });
      res.write('<p>only this</p>');
    });
    const { code, stderr } = await run([`${base()}/declared.html`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/larger than 20971520 bytes/);
  });
});

describe('redirects', () => {
  const redirect = (location: string): Handler => (_req, res) => res.writeHead(302, { location }).end();

  it('follows a redirect on the same host', async () => {
    routes.set('/moved.html', redirect('/article.html'));
    routes.set('/article.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(SEED_PAGE));
    const { code, stdout } = await run(['--json', `${base()}/moved.html`]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].isComputeDeal).toBe(true);
  });

  it('refuses a page redirected to another host, naming it', async () => {
    // localhost and 127.0.0.1 are both this machine, but different hosts to a URL.
    routes.set('/away.html', redirect(`${base('localhost')}/article.html`));
    routes.set('/article.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(SEED_PAGE));
    const { code, stdout, stderr } = await run(['--json', `${base()}/away.html`]);
    expect(code).toBe(1);
    expect(stderr).toContain(`redirected to another host, localhost:${port} (http://localhost:${port}/article.html); not followed`);
    expect(JSON.parse(stdout)[0].error).toMatch(/another host/);
  });

  it('refuses a dataset redirected to another host', async () => {
    const bundled = readFileSync(BUNDLED_DATASET_PATH, 'utf8');
    routes.set('/data.json', redirect(`${base('localhost')}/other.json`));
    routes.set('/other.json', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(bundled));
    const { code, stderr } = await run(['--dataset', `${base()}/data.json`, `${PAGES_DIR}seed-002-en.html`]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/dataset http:\/\/127\.0\.0\.1:\d+\/data\.json: redirected to another host/);
  });

  it.each([
    // Same origin, another path: followed.
    ['http://a.example/x', 'http://a.example/y', null],
    // An upgrade to https on the same host: followed.
    ['http://a.example/x', 'https://a.example/x', null],
    // Another host, even a subdomain: refused.
    ['https://example.com/x', 'https://www.example.com/x', /another host/],
    // A downgrade to plain http: refused.
    ['https://a.example/x', 'http://a.example/x', /plain http/],
    // Another port is another service: refused.
    ['http://a.example:8080/x', 'http://a.example:9090/x', /another port/],
    // Not http at all.
    ['https://a.example/x', 'file:///etc/passwd', /file: address/],
  ])('%s → %s', (from, to, refusal) => {
    const result = redirectRefusal(new URL(from), new URL(to));
    if (refusal === null) expect(result).toBeNull();
    else expect(result).toMatch(refusal);
  });
});

describe('the plain report', () => {
  it('strips control characters from every field a page or a dataset supplies', () => {
    const E = '\u001b]0;x\u0007\u001b[2J\u009b1m\r\n';
    const expected = { value: `2${E}`, unit: `W${E}`, bound: 'min', label: `label${E}`, source: `source${E}` } as const;
    const analysis: Analysis = {
      title: `title${E}`,
      lang: `en${E}`,
      isComputeDeal: true,
      score: 1,
      deals: [`deal${E}`],
      entities: [{ block: 0, start: 0, end: 1, id: `id${E}`, kind: 'company', text: `entity${E}` }],
      figures: [{ block: 0, start: 0, end: 1, text: `fig${E}`, kind: 'power', value: `1${E}`, unit: `W${E}`, currency: `C${E}`, bound: 'exact', dealId: `deal${E}`, status: 'mismatch', expected }],
    };
    const text = toTextReport(`source${E}`, analysis);
    // eslint-disable-next-line no-control-regex -- the point: no control character at all but line breaks
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('title');
    expect(text).toContain('source: source');
  });

  it('prints a title with terminal escape sequences without them', async () => {
    // Retitle the window (OSC 0), clear the screen and move home (CSI 2J, H), ring the bell.
    const title = 'Deal\u001b]0;pwned\u0007 news\u001b[2J\u001b[H about\u0007GPUs';
    // The headline wherever the page states it (title, h1, og:title), so Readability's choice reads it.
    const page = SEED_PAGE.replaceAll('Anthropic Signs Deal for SpaceX Colossus Supercomputer: The Compute Game Behind 220,000 GPUs', title);
    routes.set('/escapes.html', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
    const { code, stdout } = await run([`${base()}/escapes.html`]);
    expect(code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the point: no control character at all but line breaks
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Deal news about GPUs');
  });
});
