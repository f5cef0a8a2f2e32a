import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Node's DOM for the pipeline is jsdom: Readability is developed and tested
 * against it, so the CLI extracts the same article the extension does.
 * Scripts never run and subresources are never fetched.
 */
export function parseHtml(html: string, url = 'https://example.invalid/'): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole }).window.document;
}

/** Upper bound on a page the CLI will read, so a hostile URL cannot exhaust memory. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** Reads a saved page or fetches a URL, returning its HTML and the URL to resolve it against. */
export async function loadPage(input: string, fetchImpl: typeof fetch = fetch): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetchImpl(input, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_PAGE_BYTES) throw new Error(`page is larger than ${MAX_PAGE_BYTES} bytes`);
    const html = await response.text();
    if (html.length > MAX_PAGE_BYTES) throw new Error(`page is larger than ${MAX_PAGE_BYTES} bytes`);
    return { html, url: response.url || input };
  }
  const html = await readFile(input, 'utf8');
  return { html, url: `file://${encodeURI(input)}` };
}
