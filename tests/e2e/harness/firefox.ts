/**
 * The built Firefox extension in Firefox ESR. Playwright cannot drive Firefox
 * ESR (it lacks commands Playwright sends), so this side goes through
 * puppeteer-core over WebDriver BiDi.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_PATH } from './paths';

/** Pinned through a preference, so the extension's pages have a known address. */
const UUID = '5f0c6a36-2d8e-4b8f-9a0e-1c7d3e9b4a21';

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>/<pathname>`. */
  url(pathname: string): string;
  /** Opens one of the extension's pages in a new tab, once its script world has the extension APIs. */
  openExtensionPage(pathname: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Grant what the extension asks with `permissions.request` without a prompt, as Firefox
   * allows for testing (`extensions.webextOptionalPermissionPrompts`): only what the manifest
   * declares optional can be granted, so this tests the manifest, not the prompt.
   */
  grantOptionalPermissions?: boolean;
}

export async function launchFirefoxExtension(opts: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  const manifestPath = path.join(FIREFOX_EXTENSION_PATH, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_PATH}: run npm run build:firefox first.`);
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: run bash .ci/install-system-packages, or set FIREFOX_PATH.`);
  const addonId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: UUID }),
      ...(opts.grantOptionalPermissions ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_PATH);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const url = (pathname: string) => `moz-extension://${UUID}/${pathname}`;
  return {
    browser,
    url,
    async openExtensionPage(pathname) {
      const page = await browser.newPage();
      // Navigations to moz-extension: never report their end over BiDi: start one and poll for the page instead.
      void page.goto(url(pathname)).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        const ready = await page
          .evaluate(() => location.protocol === 'moz-extension:' && Boolean((globalThis as { browser?: { runtime?: { id?: string } } }).browser?.runtime?.id))
          .catch(() => false);
        if (ready) return page;
        if (Date.now() > deadline) throw new Error(`${pathname} did not open as an extension page within 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => browser.close(),
  };
}
