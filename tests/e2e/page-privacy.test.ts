/**
 * What a page can learn about the extension, and what it can change: no
 * performance entries unless the user asks for them, and highlight styles and
 * registrations put back when the page rewrites them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchExtension, type ExtensionBrowser } from './harness/browser';
import { readHighlights, waitForAnalysis } from './harness/page';
import { startServer, type FixtureServer } from './harness/server';

declare const chrome: typeof Browser;

// Runs in the page's own world before its scripts: every mark and measure it could ever see.
const WATCH_TIMELINE = `
  window.__timeline = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__timeline.push(e.name); })
    .observe({ entryTypes: ['mark', 'measure'] });
`;

/** What the page's own scripts can find of ours on the timeline: observed, and still listed. */
async function ourEntries(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ours = (name: string) => /deal-lens|popup:/.test(name);
    const observed = (window as unknown as { __timeline: string[] }).__timeline.filter(ours);
    const listed = performance.getEntries().map((e) => e.name).filter(ours);
    return [...observed, ...listed];
  });
}

describe('what a page can see of the extension', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    // The extension as a reader installs it: nothing changed in its settings.
    [ext, server] = await Promise.all([launchExtension({ markTimings: false }), startServer()]);
    await ext.context.addInitScript({ content: WATCH_TIMELINE });
  });
  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  it('finds no deal-lens performance entries by default, on deal coverage or elsewhere', async () => {
    const deal = await ext.context.newPage();
    await deal.goto(server.url('/seed-000-zh-hant.html'));
    // Painted: the whole pipeline has run, the lens included.
    await deal.waitForFunction(() => CSS.highlights.has('deal-lens-mismatch'), undefined, { polling: 50, timeout: 15_000 });
    const other = await ext.context.newPage();
    await other.goto(server.url('/neg-en-gpu-review.html'));
    // A run the pre-filter stops takes a few milliseconds; give it far longer.
    await other.waitForTimeout(1_500);
    expect(await ourEntries(deal)).toEqual([]);
    expect(await ourEntries(other)).toEqual([]);

    // With the setting on, the same pages do show them: the watch above would have seen them.
    await ext.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings as object), version: 2, markTimings: true } });
    });
    await deal.reload();
    await waitForAnalysis(deal);
    // The page is read in the extension's document: its one stretch of reading here is the serialisation.
    expect(await ourEntries(deal)).toEqual(expect.arrayContaining(['deal-lens:total', 'deal-lens:snapshot']));
    await other.reload();
    await waitForAnalysis(other);
    expect(await ourEntries(other)).toContain('deal-lens:total');
    await Promise.all([deal.close(), other.close()]);
  });

  it('puts back the highlight stylesheet and registrations a page rewrites', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/seed-000-zh-hant.html'));
    await page.waitForFunction(() => CSS.highlights.has('deal-lens-mismatch'), undefined, { polling: 50, timeout: 15_000 });
    const ourSheetRules = () =>
      page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText))
          .filter((text) => text.includes('deal-lens-mismatch')),
      );
    const before = await ourSheetRules();
    expect(before.join()).toMatch(/wavy/);

    // The page restyles mismatches as matches (green, double) in our own sheet.
    await page.evaluate(() => {
      const sheet = document.adoptedStyleSheets.find((s) => [...s.cssRules].some((r) => r.cssText.includes('deal-lens-mismatch')))!;
      sheet.replaceSync('::highlight(deal-lens-mismatch) { background-color: rgba(46, 160, 67, 0.2); text-decoration: underline double rgb(46, 160, 67); }');
    });
    expect((await ourSheetRules()).join()).not.toMatch(/wavy/);
    await expect.poll(ourSheetRules, { timeout: 5_000 }).toEqual(before);

    // The page drops the sheet altogether.
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
    });
    await expect.poll(ourSheetRules, { timeout: 5_000 }).toEqual(before);

    // The page moves the flagged figure into the matches and deletes the flags.
    const painted = await readHighlights(page);
    expect(painted['deal-lens-mismatch']).toEqual(expect.arrayContaining([expect.stringContaining('22,000+')]));
    await page.evaluate(() => {
      const match = CSS.highlights.get('deal-lens-match')!;
      for (const range of CSS.highlights.get('deal-lens-mismatch')!) match.add(range);
      CSS.highlights.delete('deal-lens-mismatch');
    });
    expect((await readHighlights(page))['deal-lens-mismatch']).toEqual([]);
    await expect.poll(() => readHighlights(page), { timeout: 5_000 }).toEqual(painted);
    await page.close();
  });
});
