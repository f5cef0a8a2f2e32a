import { browser } from 'wxt/browser';
import type { ExtractedPage, ParseHtml } from '@/lib/content/extract-from-html';
import { parseOffscreenReply, type ToOffscreen } from '@/lib/messages/offscreen-protocol';
import type { ErrorReply } from '@/lib/messages/page-protocol';

/** A page's serialisation to read, and where the browser says the page is. */
export type ReadRequest = Omit<ToOffscreen, 'type'>;

/** Reads pages in a document of the extension's own, off the pages' main threads (issue 18). */
export type PageReader = (request: ReadRequest) => Promise<ExtractedPage | ErrorReply>;

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * Where this browser can read a page: Firefox's background page has a DOM of
 * its own, so it reads there; Chromium's service worker has none, so it asks
 * its offscreen document (entrypoints/offscreen), made on first use with the
 * reason DOM_PARSER. The choice is made at build time, so the service worker
 * carries no Readability.
 */
export function createPageReader(): PageReader {
  return import.meta.env.FIREFOX ? readHere() : readOffscreen();
}

function readHere(): PageReader {
  let parse: ParseHtml | undefined;
  return async ({ html, composed, url }) => {
    try {
      // Imported here, so that the dead branch takes Readability out of Chromium's worker.
      const { extractFromHtml, htmlParser } = await import('@/lib/content/extract-from-html');
      parse ??= htmlParser(globalThis);
      return extractFromHtml(html, parse, { composed, url });
    } catch (err) {
      return { ok: false, error: `the page could not be read: ${(err as Error).message}` };
    }
  };
}

function readOffscreen(): PageReader {
  let ready: Promise<void> | undefined;
  const ensure = () => {
    ready ??= createOffscreen().catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
    return ready;
  };
  return async (request) => {
    try {
      await ensure();
      const message: ToOffscreen = { type: 'offscreen-extract', ...request };
      const reply = parseOffscreenReply('offscreen-extract', await browser.runtime.sendMessage(message));
      if (!reply.ok) return reply;
      return { article: reply.article, segments: reply.segments, textNodes: reply.textNodes };
    } catch (err) {
      // The document may have gone (closed, or the worker restarted without knowing it): made again next time.
      ready = undefined;
      return { ok: false, error: `the page could not be read: ${(err as Error).message}` };
    }
  };
}

/** Makes the offscreen document unless it exists (a restarted worker finds the one it made before). */
async function createOffscreen(): Promise<void> {
  const offscreen = browser.offscreen;
  if (await offscreen.hasDocument()) return;
  try {
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article of a page the user opens, off the page\'s own main thread.',
    });
  } catch (err) {
    // Two first uses at once: the other made it.
    if (!(await offscreen.hasDocument())) throw err;
  }
}
