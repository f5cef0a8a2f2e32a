import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxExtension, type FirefoxExtension } from './harness/firefox';
import { HIGHLIGHT_NAMES, highlightTexts, OBSERVER_PAGE } from './harness/page';
import { FIREFOX_EXTENSION_PATH, REPO_ROOT } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

/** What `evaluate` callbacks use of the `browser` global of an extension page (MV2 in Firefox). */
interface PageBrowser {
  tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: object): Promise<{ url?: string } | undefined> };
  browserAction: Record<'getBadgeText' | 'getTitle' | 'getPopup', (details: { tabId: number }) => Promise<string>>;
}

/** What the toolbar button says for the tab showing `url`, read from an extension page. */
async function toolbarButton(observer: Page, url: string) {
  return observer.evaluate(async (url) => {
    // Through globalThis: the test build rewrites a bare `browser` into an import, which the page lacks.
    const browser = (globalThis as unknown as { browser: PageBrowser }).browser;
    // No `tabs` permission, so no addresses from the tabs API: each page's content script names its own.
    const ids = (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id]));
    const urls = await Promise.all(ids.map((id) => browser.tabs.sendMessage(id, { type: 'get-analysis' }).then((r) => r?.url, () => undefined)));
    const tabId = ids[urls.indexOf(url)];
    if (tabId === undefined) return null;
    const details = { tabId };
    return {
      tabId,
      badge: await browser.browserAction.getBadgeText(details),
      title: await browser.browserAction.getTitle(details),
      popup: await browser.browserAction.getPopup(details),
    };
  }, url);
}

// The Firefox build (MV2) differs where the browsers do: browserAction for action, a background
// page for the service worker. This covers the path a reader takes through it.
describe('the built extension in Firefox', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;
  let observer: Page;
  let article: Page;

  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefoxExtension(), startServer()]);
    observer = await ff.openExtensionPage(OBSERVER_PAGE);
    article = await ff.browser.newPage();
    await article.goto(server.url('/seed-000-zh-hant.html'));
  });

  afterAll(async () => {
    await Promise.all([ff?.close(), server?.close()]);
  });

  it('paints the mismatches of deal coverage and counts them on the toolbar button', async () => {
    await article.waitForFunction(() => (CSS.highlights.get('deal-lens-mismatch')?.size ?? 0) > 0, { timeout: 30_000 });
    const mismatched = (await article.evaluate(highlightTexts, HIGHLIGHT_NAMES))['deal-lens-mismatch'];
    expect(mismatched).toEqual(expect.arrayContaining([expect.stringContaining('22,000+')]));
    // One figure differs, stated four times: the badge counts it once, the tooltip says both.
    expect(mismatched).toEqual(Array(4).fill('22,000+ GPUs'));
    await expect.poll(async () => (await toolbarButton(observer, article.url()))?.badge, { timeout: 10_000 }).toBe('1');
    const button = (await toolbarButton(observer, article.url()))!;
    expect(button.title).toBe('Compute Deal Lens: 1 figure differs from the reference, 4 times');
    // Addressed to the tab, with the token of the run whose report the popup shows first.
    expect(button.popup.startsWith(ff.url(`popup.html?tab=${button.tabId}&run=`))).toBe(true);
  });

  it("shows the page's flag with its reference value in the popup", async () => {
    const { popup: address } = (await toolbarButton(observer, article.url()))!;
    const popup = await ff.openExtensionPage(address.slice(address.indexOf('popup.html')));
    const reference = await popup.waitForSelector('li.flag .reference', { timeout: 15_000 });
    expect(await reference!.evaluate((el) => el.textContent)).toBe('≥ 220,000 GPUs (NVIDIA GPUs)');
    expect(await popup.$eval('li.flag .figure-text', (el) => el.textContent)).toContain('22,000+');
  });
});

// Issue 19: WXT left the MV2 manifest without optional origins, so Firefox had nothing to grant
// and a server without CORS headers could never be synced from.
describe('dataset sync in Firefox', () => {
  let ff: FirefoxExtension;
  let server: FixtureServer;

  beforeAll(async () => {
    [ff, server] = await Promise.all([launchFirefoxExtension({ grantOptionalPermissions: true }), startServer()]);
    const good = await readFile(path.join(REPO_ROOT, 'tests', 'fixtures', 'datasets', 'good-update.json'));
    // No Access-Control-Allow-Origin: only host access lets the extension read this.
    server.route('/no-cors.json', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/json' }).end(good));
  });
  afterAll(async () => {
    await Promise.all([ff?.close(), server?.close()]);
  });

  it('declares the origins it may ask for, for MV2', () => {
    const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
    expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(manifest.permissions).not.toContain('tabs');
  });

  it('asks for the host and syncs from a server that sends no CORS headers', async () => {
    const options = await ff.openExtensionPage('options.html');
    await options.waitForSelector('[data-field="version"]');
    const input = await options.waitForSelector('input[type="url"]');
    await input!.type(server.url('/no-cors.json'));
    // A real click: Firefox grants a permission request only inside a user's gesture.
    await options.click('.sync-form button[type="submit"]');
    const outcome = await options.waitForFunction(
      () => {
        const region = document.querySelector('#dataset-heading ~ .operation-status');
        if (!region || region.querySelector('progress')) return null;
        return region.querySelector('[role="alert"]')?.textContent || region.querySelector('[role="status"]')?.textContent || null;
      },
      { polling: 100, timeout: 20_000 },
    );
    expect(await outcome.jsonValue()).toContain('Now using dataset version 2026.06.01.');
  });
});

