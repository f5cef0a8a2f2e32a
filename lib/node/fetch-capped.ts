/**
 * The CLI's one way to fetch: a size cap enforced while the body streams in
 * (a Content-Length is a promise, not a limit, and a chunked response has
 * none), redirects followed only on the same host, and one deadline for the
 * whole exchange. Without these, one hostile URL could grow the process to
 * gigabytes (a 400 MB chunked page reached 1.4 GB) or swap the page or dataset
 * the user named for another host's.
 */
import { replaceControlCharacters } from '../text/control-characters';
import { readCapped } from '../net/read-capped';

export interface CappedFetchOptions {
  /** The most bytes of body to read; the transfer stops as soon as it is passed. */
  maxBytes: number;
  /** What the error messages call the resource: "page", "dataset". */
  what: string;
  timeoutMs?: number;
  maxRedirects?: number;
  accept?: string;
  fetch?: typeof fetch;
}

export interface FetchedText {
  text: string;
  /** The address the text came from, after any same-host redirects. */
  url: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Why a redirect from `from` to `to` is not followed, or null when it is: only
 * the same host and port, or an upgrade from http to https on the same host
 * name, are followed. Anything else would analyse another site's page, or load
 * another host's dataset, under the address the user gave.
 */
export function redirectRefusal(from: URL, to: URL): string | null {
  if (to.protocol !== 'http:' && to.protocol !== 'https:') return `redirected to a ${to.protocol} address`;
  if (to.hostname !== from.hostname) return `redirected to another host, ${to.host}`;
  if (to.protocol === from.protocol && to.port === from.port) return null;
  if (from.protocol === 'http:' && to.protocol === 'https:' && (to.port === '' || to.port === from.port)) return null;
  if (from.protocol === 'https:' && to.protocol === 'http:') return 'redirected from https to plain http';
  return `redirected to another port, ${to.host}`;
}

/**
 * Fetches `url` as text (UTF-8), following same-host redirects only. Throws
 * an Error with a message for people (without the address, which the caller
 * names) when the server fails, redirects
 * elsewhere, is too slow, or sends more than `maxBytes`.
 */
export async function fetchCapped(url: string, options: CappedFetchOptions): Promise<FetchedText> {
  const { maxBytes, what } = options;
  const fetchImpl = options.fetch ?? fetch;
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = new URL(url);
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(current, { redirect: 'manual', signal, headers: { accept: options.accept ?? '*/*' } });
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new Error(`HTTP ${response.status} without a Location`);
      const next = new URL(location, current);
      const refusal = redirectRefusal(current, next);
      if (refusal) {
        const from = hop > 0 ? ` from ${current.href}` : '';
        throw new Error(`${refusal}${from} (${clean(next.href)}); not followed — give that address itself if you trust it`);
      }
      if (hop >= maxRedirects) throw new Error(`more than ${maxRedirects} redirects`);
      current = next;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(clean(`HTTP ${response.status} ${response.statusText}`).trim());
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(what, maxBytes);
    }
    return { text: await readText(response, what, maxBytes), url: current.href };
  }
}

/** The body as UTF-8 text; reading stops once past `maxBytes`. */
async function readText(response: Response, what: string, maxBytes: number): Promise<string> {
  const bytes = await readCapped(response, maxBytes);
  if (bytes === 'too-large') throw tooLarge(what, maxBytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function tooLarge(what: string, maxBytes: number): Error {
  return new Error(`the ${what} is larger than ${maxBytes} bytes (${Math.round(maxBytes / 2 ** 20)} MB); stopped reading`);
}

/** Server-supplied text (a status line, a Location) as it may be printed to a terminal. */
function clean(text: string): string {
  return replaceControlCharacters(text);
}
