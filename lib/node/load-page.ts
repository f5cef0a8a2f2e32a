import { readFile } from 'node:fs/promises';
import { JSDOM, VirtualConsole } from 'jsdom';
import { fetchCapped } from './fetch-capped';

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
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** Reads a saved page or fetches a URL, returning its HTML and the URL to resolve it against. */
export async function loadPage(input: string, fetchImpl: typeof fetch = fetch): Promise<{ html: string; url: string }> {
  if (/^https?:\/\//i.test(input)) {
    const { text, url } = await fetchCapped(input, { what: 'page', maxBytes: MAX_PAGE_BYTES, accept: 'text/html,*/*;q=0.8', fetch: fetchImpl });
    return { html: text, url };
  }
  const html = await readFile(input, 'utf8');
  return { html, url: `file://${encodeURI(input)}` };
}
