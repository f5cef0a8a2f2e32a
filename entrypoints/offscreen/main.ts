import { extractFromHtml, htmlParser } from '@/lib/content/extract-from-html';
import { isFromExtensionPage, toOffscreenSchema } from '@/lib/messages/offscreen-protocol';

/**
 * Chromium's offscreen document (reason DOM_PARSER): it reads pages'
 * serialisations with Readability, in the extension's own process, for the
 * background (entrypoints/background/page-reader.ts), which has no DOM. It
 * answers the background alone: content scripts' messages reach every
 * extension document too, and have a tab.
 */
const parse = htmlParser(window);

browser.runtime.onMessage.addListener((raw: unknown, sender) => {
  if (!isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
  if ((raw as { type?: unknown } | null)?.type !== 'offscreen-extract') return undefined;
  const parsed = toOffscreenSchema().safeParse(raw);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'invalid message' });
  const { html, composed, url } = parsed.data;
  try {
    return Promise.resolve({ ok: true, ...extractFromHtml(html, parse, { composed, url }) });
  } catch (err) {
    return Promise.resolve({ ok: false, error: `the page could not be read: ${(err as Error).message}` });
  }
});
