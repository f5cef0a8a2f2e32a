import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { EXTENSION_ID, launchExtension, type ExtensionBrowser } from './harness/browser';
import { consoleErrors, openOptions, openPopup, waitForContentScript } from './harness/page';
import { startServer, type FixtureServer } from './harness/server';

declare const chrome: typeof Browser;

/** Served from a route so the smoke test needs no fixture files. */
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Smoke</title></head>
<body><article><h1>Smoke</h1><p>A page for the extension to load into.</p></article></body></html>`;

describe('the built extension', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), startServer()]);
    server.route('/smoke.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    });
  });

  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  it('runs its service worker under the id the manifest key pins', async () => {
    expect(ext.extensionId).toBe(EXTENSION_ID);
    expect(ext.serviceWorker.url()).toBe(`chrome-extension://${EXTENSION_ID}/background.js`);
    expect(await ext.serviceWorker.evaluate(() => chrome.runtime.id)).toBe(EXTENSION_ID);
  });

  it('asks for no permission that reads the browsing history', async () => {
    // `tabs` adds "Read your browsing history" to the install prompt; the popup needs only tab ids.
    const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    // `offscreen` (the document that reads pages off their main thread) adds no warning either.
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'offscreen']);
    expect(manifest.host_permissions ?? []).toEqual([]);
  });

  it('declares a content script for http and https pages', async () => {
    const scripts = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest().content_scripts ?? []);
    const matches = scripts.flatMap((s) => s.matches ?? []);
    expect(matches).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  });

  it('injects the content script into a page served from 127.0.0.1', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/smoke.html'));
    await waitForContentScript(page, ext.extensionId);
    expect(await page.title()).toBe('Smoke');
    await page.close();
  });

  it('opens the popup for a tab without console errors', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(server.url('/smoke.html?popup'));
    const popup = await openPopup(ext, tab);
    expect(new URL(popup.url()).searchParams.get('tab')).toMatch(/^\d+$/);
    await popup.waitForLoadState('load');
    expect(consoleErrors(popup)).toEqual([]);
    await Promise.all([popup.close(), tab.close()]);
  });

  it('opens the options page without console errors', async () => {
    const options = await openOptions(ext);
    await options.waitForLoadState('load');
    expect(consoleErrors(options)).toEqual([]);
    await options.close();
  });
});
