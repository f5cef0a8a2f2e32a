import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './harness/firefox';
import { HIGHLIGHT_NAMES, highlightTexts, OBSERVER_PAGE } from './harness/page';
import { startServer, type FixtureServer } from './harness/server';

/** What the `evaluate` callback uses of an extension page's `browser` global. */
interface PageBrowser {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

// Firefox has no offscreen documents: its background page, which has a DOM, reads the pages.
describe('pages read in the background page in Firefox', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefoxExtension(), startServer()]);
    const observer = await ff.openExtensionPage(OBSERVER_PAGE);
    // The run's stretches reach the page's timeline only with "Mark timings for DevTools" on.
    await observer.evaluate(async () => {
      const { storage } = (globalThis as unknown as { browser: PageBrowser }).browser;
      const stored = (await storage.local.get('settings')).settings as Record<string, unknown> | undefined;
      await storage.local.set({ settings: { ...stored, version: Math.max(2, Number(stored?.version) || 0), markTimings: true } });
    });
  });
  afterAll(async () => {
    await Promise.all([ff?.close(), server?.close()]);
  });

  it('paints seed 000 with no Readability on the page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/seed-000-zh-hant.html'));
    await page.waitForFunction(() => performance.getEntriesByName('deal-lens:total', 'measure').length > 0, { timeout: 30_000 });
    expect((await page.evaluate(highlightTexts, HIGHLIGHT_NAMES))['deal-lens-mismatch']).toEqual(Array(4).fill('22,000+ GPUs'));
    const counts = await page.evaluate(() => ['deal-lens:snapshot', 'deal-lens:readability'].map((n) => performance.getEntriesByName(n, 'measure').length));
    expect(counts).toEqual([1, 0]);
  });
});
