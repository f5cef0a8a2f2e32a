import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { grantHostAccess, launchExtension, type ExtensionBrowser } from './harness/browser';
import { consoleErrors, findTabId, openArticle, openExtensionPage } from './harness/page';
import { REPO_ROOT } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

declare const chrome: typeof Browser;

const DATASETS_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'datasets');
/** Short limits through the page's test-only query parameters (components/options/sync-limits.ts). */
const TIMEOUT_MS = 1_000;
const MAX_BYTES = 50_000;
const OPTIONS = `options.html?syncTimeoutMs=${TIMEOUT_MS}&syncMaxBytes=${MAX_BYTES}`;

interface Shown {
  version: string;
  deals: string;
  entities: string;
  facts: string;
  source: string;
}

interface DatasetFile {
  version: string;
  entities: unknown[];
  deals: Array<{ facts: unknown[] }>;
}

const countsOf = (file: DatasetFile) => ({
  version: file.version,
  deals: String(file.deals.length),
  entities: String(file.entities.length),
  facts: String(file.deals.reduce((sum, deal) => sum + deal.facts.length, 0)),
});

describe('the options page', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  /** Another origin, which the extension has no access to but which allows CORS: a redirect's target. */
  let elsewhere: FixtureServer;
  let page: Page;
  let bundled: DatasetFile;
  let good: DatasetFile;

  beforeAll(async () => {
    [ext, server, elsewhere] = await Promise.all([launchExtension(), startServer({ dirs: [DATASETS_DIR] }), startServer()]);
    bundled = JSON.parse(await readFile(path.join(REPO_ROOT, 'public', 'compute-deals.json'), 'utf8')) as DatasetFile;
    good = JSON.parse(await readFile(path.join(DATASETS_DIR, 'good-update.json'), 'utf8')) as DatasetFile;
    const goodBytes = await readFile(path.join(DATASETS_DIR, 'good-update.json'));

    server.route('/status/404.json', (_req, res) => void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'));
    server.route('/status/500.json', (_req, res) => void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Broken'));
    // Never answers: only the page's timeout ends the wait.
    server.route('/slow.json', () => {});
    // Headers and half the body, then nothing: progress shows, then the timeout fires mid-download.
    server.route('/stall.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': goodBytes.length });
      res.write(goodBytes.subarray(0, goodBytes.length >> 1));
    });
    server.route('/big-declared.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': MAX_BYTES * 2 });
      res.end(Buffer.alloc(MAX_BYTES * 2, 0x20));
    });
    // Chunked, no Content-Length: the cap has to count bytes as they stream in.
    server.route('/big-streamed.json', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      for (let i = 0; i < 20; i++) res.write(Buffer.alloc(MAX_BYTES / 10, 0x20));
      res.end();
    });
    server.route('/etag.json', (req, res) => {
      if (req.headers['if-none-match'] === '"good-v1"') {
        res.writeHead(304, { ETag: '"good-v1"' }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"good-v1"', 'Cache-Control': 'no-cache' }).end(goodBytes);
    });
    elsewhere.route('/elsewhere.json', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(goodBytes));
    server.route('/redirect.json', (_req, res) => void res.writeHead(302, { Location: elsewhere.url('/elsewhere.json') }).end());
    server.route('/auto.json', (_req, res) => void res.writeHead(200, { 'Content-Type': 'application/json' }).end(goodBytes));

    await grantHostAccess(ext, server.origin);
  });

  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close(), elsewhere?.close()]);
  });

  beforeEach(async () => {
    await page?.close();
    page = await openExtensionPage(ext, OPTIONS);
    await page.locator('[data-field="version"]').waitFor();
  });

  const shown = async (): Promise<Shown> => {
    const field = (name: string) => page.locator(`[data-field="${name}"]`).innerText();
    return {
      version: await field('version'),
      deals: await field('deals'),
      entities: await field('entities'),
      facts: await field('facts'),
      source: await field('source'),
    };
  };

  /** Waits until the running dataset operation ends; returns its alert text, or its status text. */
  const outcome = async (): Promise<{ alert?: string; status?: string }> => {
    await page.waitForFunction(
      () => {
        const region = document.querySelector('#dataset-heading ~ .operation-status');
        if (!region || region.querySelector('progress')) return false;
        return Boolean(region.querySelector('[role="alert"]') || region.querySelector('[role="status"]')?.textContent);
      },
      undefined,
      { polling: 50, timeout: 15_000 },
    );
    const alert = page.locator('#dataset-heading ~ .operation-status [role="alert"]');
    if (await alert.count()) return { alert: await alert.innerText() };
    return { status: await page.locator('#dataset-heading ~ .operation-status [role="status"]').innerText() };
  };

  const syncFrom = async (pathname: string) => {
    await page.getByLabel('Dataset URL').fill(server.url(pathname));
    await page.getByRole('button', { name: 'Sync now' }).click();
    return outcome();
  };

  it('opens without console errors and shows the dataset in use', async () => {
    expect(consoleErrors(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Compute Deal Lens settings');
  });

  it.each([
    // [what, path, words the alert must contain]
    ['malformed JSON', '/malformed.json', 'not JSON'],
    ['the wrong format version', '/wrong-format.json', 'wrong format version'],
    ['a schema error, with its path', '/schema-invalid.json', '$.deals[0].facts[0].unit'],
    ['duplicate ids', '/duplicate-ids.json', 'duplicate entity id "spacex"'],
    ['a party naming no entity', '/dangling-party.json', '"spacexai" names no entity'],
    ['an HTML page', '/not-json.html', 'HTML page'],
    ['invalid UTF-8', '/invalid-utf8.json', 'UTF-8'],
    ['HTTP 404', '/status/404.json', 'HTTP 404'],
    ['HTTP 500', '/status/500.json', 'HTTP 500'],
    ['no answer within the timeout', '/slow.json', 'timeout'],
    ['more than the cap by Content-Length', '/big-declared.json', 'too large'],
    ['more than the cap as it streams', '/big-streamed.json', 'too large'],
  ])('refuses %s and keeps the previous dataset', async (_what, pathname, words) => {
    const before = await shown();
    const { alert } = await syncFrom(pathname);
    expect(alert).toContain('Sync failed');
    expect(alert).toContain(words);
    expect(await shown()).toEqual(before);
    await expect.poll(() => page.locator('[data-field="last-attempt"]').innerText()).toContain(words);
  });

  it('refuses a redirect to another host, names it, and keeps the dataset', async () => {
    const before = await shown();
    const { alert } = await syncFrom('/redirect.json');
    expect(alert).toContain(`Sync failed: the server sent the request on to ${elsewhere.origin}, another host than ${server.origin}`);
    expect(await shown()).toEqual(before);
  });

  it('shows progress while downloading, then times out and keeps the dataset', async () => {
    const before = await shown();
    await page.getByLabel('Dataset URL').fill(server.url('/stall.json'));
    await page.getByRole('button', { name: 'Sync now' }).click();
    const progress = page.locator('progress');
    await progress.waitFor();
    await page.waitForFunction(() => Number(document.querySelector('progress')?.value) > 0, undefined, { polling: 50 });
    expect(Number(await progress.getAttribute('max'))).toBeGreaterThan(Number(await progress.getAttribute('value')));
    const { alert } = await outcome();
    expect(alert).toContain('timeout');
    expect(await shown()).toEqual(before);
  });

  it('syncs a good dataset, saves the URL, and answers a 304 with "up to date"', async () => {
    const { status } = await syncFrom('/etag.json');
    expect(status).toContain(`version ${good.version}`);
    await expect.poll(shown).toEqual({ ...countsOf(good), source: server.url('/etag.json') });
    const stored = await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { datasetUrl: string });
    expect(stored.datasetUrl).toBe(server.url('/etag.json'));
    // Pages analysed from now on are checked against the new facts: the update holds Colossus 1 at ≥ 230,000 GPUs.
    const article = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const tabId = await findTabId(ext, article.url());
    // The page passes on the analysis as JSON text.
    const reply = (await ext.serviceWorker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'get-analysis' }), tabId)) as { analysis: string };
    const analysis = JSON.parse(reply.analysis) as { figures: Array<{ text: string; status: string; expected?: { value: number } }> };
    const flag = analysis.figures.find((f) => f.text.includes('22,000+'));
    expect(flag).toMatchObject({ status: 'mismatch', expected: { value: 230_000 } });
    await article.close();

    const afterSync = await shown();
    const { status: again } = await syncFrom('/etag.json');
    expect(again).toContain('up to date');
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe('"good-v1"');
    expect(await shown()).toEqual(afterSync);
    await expect.poll(() => page.locator('.sync-history tbody tr').first().getAttribute('data-result')).toBe('up-to-date');
  });

  it('exports the dataset and imports the exported file back unchanged', async () => {
    await syncFrom('/auto.json');
    await expect.poll(async () => (await shown()).version).toBe(good.version);
    const synced = await shown();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the dataset' }).click()]);
    expect(download.suggestedFilename()).toBe(`compute-deals-${good.version}.json`);
    const exportedPath = await download.path();
    const exported = await readFile(exportedPath, 'utf8');

    await resetToBundled();
    await expect.poll(async () => (await shown()).version).toBe(bundled.version);

    await page.getByLabel('Import a dataset file').setInputFiles(exportedPath);
    expect((await outcome()).status).toContain(good.version);
    await expect.poll(shown).toEqual({ ...synced, source: `File: ${path.basename(exportedPath)}` });

    const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the dataset' }).click()]);
    expect(await readFile(await again.path(), 'utf8')).toBe(exported);
  });

  it('refuses a bad file on import and keeps the dataset', async () => {
    const before = await shown();
    await page.getByLabel('Import a dataset file').setInputFiles(path.join(DATASETS_DIR, 'schema-invalid.json'));
    const { alert } = await outcome();
    expect(alert).toContain('Import failed');
    expect(alert).toContain('$.deals[0].facts[0].unit');
    expect(await shown()).toEqual(before);
  });

  it('resets to the bundled dataset only after confirming, with the keyboard', async () => {
    await syncFrom('/auto.json');
    await expect.poll(async () => (await shown()).version).toBe(good.version);
    const synced = await shown();

    await page.getByRole('button', { name: 'Reset to the bundled dataset' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Reset the dataset?' });
    await dialog.waitFor();
    // Focus starts on Cancel; Escape closes without resetting and gives focus back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reset to the bundled dataset');
    expect(await shown()).toEqual(synced);

    await resetToBundled();
    await expect.poll(shown).toEqual({ ...countsOf(bundled), source: 'Bundled with the extension' });
    await expect.poll(() => page.locator('.sync-history tbody tr').first().getAttribute('data-trigger')).toBe('reset');
  });

  it('runs an automatic sync when its alarm fires and records it in the history', async () => {
    await syncFrom('/auto.json');
    await resetToBundled();
    await page.getByLabel('Automatic sync').selectOption('daily');

    // The background schedules the daily alarm from the settings change; replace it only after that,
    // or the scheduler would overwrite the one-shot alarm.
    await ext.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        if ((await chrome.alarms.get('dataset-auto-sync'))?.periodInMinutes === 24 * 60) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the auto-sync alarm was never scheduled');
    });
    const requestsBefore = server.requests.length;
    await ext.serviceWorker.evaluate(() => chrome.alarms.create('dataset-auto-sync', { when: Date.now() + 100 }));

    const autoRow = page.locator('.sync-history tbody tr[data-trigger="auto"]');
    await autoRow.first().waitFor({ timeout: 15_000 });
    expect(await autoRow.first().getAttribute('data-result')).toBe('updated');
    expect(server.requests.slice(requestsBefore).some((r) => r.url === '/auto.json')).toBe(true);
    await page.waitForFunction((v) => document.querySelector('[data-field="version"]')?.textContent === v, good.version, { polling: 50 });

    // After the one-shot alarm, the daily one is back.
    const period = await ext.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const alarm = await chrome.alarms.get('dataset-auto-sync');
        if (alarm?.periodInMinutes) return alarm.periodInMinutes;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return undefined;
    });
    expect(period).toBe(24 * 60);
    await page.getByLabel('Automatic sync').selectOption('off');
  });

  it('edits the sites where it is off, refusing what is not a hostname', async () => {
    const input = page.getByLabel('Turn off on a site (hostname)');
    await input.fill('not a host!');
    await input.press('Enter');
    expect(await page.locator('.site-list .error-text').innerText()).toContain('is not a hostname');

    await input.fill('https://www.Example.COM/news/article');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Remove example.com' }).waitFor();
    const sites = async () =>
      ext.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { disabledSites: string[] }).disabledSites);
    expect(await sites()).toEqual(['example.com']);

    await page.getByRole('button', { name: 'Remove example.com' }).click();
    await page.getByText('None: it runs on every site.').waitFor();
    expect(await sites()).toEqual([]);
  });

  it('switches the extension and its categories off and on in storage', async () => {
    const stored = async () =>
      ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { enabled: boolean; categories: Record<string, boolean> });
    await page.getByLabel('Highlight figures on web pages').uncheck();
    await page.getByLabel('Figures that agree with the reference').uncheck();
    await expect.poll(stored).toMatchObject({ enabled: false, categories: { matches: false, mismatches: true } });
    await page.getByLabel('Highlight figures on web pages').check();
    await page.getByLabel('Figures that agree with the reference').check();
    await expect.poll(stored).toMatchObject({ enabled: true, categories: { matches: true } });
  });

  it('sets the retention period and clears the reading history after confirming', async () => {
    await ext.serviceWorker.evaluate(async () => {
      const open = indexedDB.open('compute-deal-lens');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('pages', 'readwrite');
      // Earlier tests read pages of their own: start from an empty history.
      tx.objectStore('pages').clear();
      const now = Date.now();
      for (const [url, age] of [['https://news.example/a', 1], ['https://news.example/b', 40]] as const) {
        tx.objectStore('pages').put({ url, title: url, site: 'news.example', lang: 'en', seenAt: now - age * 86_400_000, deals: [], figures: [] });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    });
    // Written behind Dexie's back, so the page hears of it only on a fresh load.
    await page.reload();
    const remembered = page.locator('[data-field="pages"]');
    await page.waitForFunction(() => document.querySelector('[data-field="pages"]')?.textContent?.endsWith(': 2'), undefined, { polling: 50 });

    await page.getByLabel('Remember pages read for (days)').fill('30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('[data-field="pages"]')?.textContent?.endsWith(': 1'), undefined, { polling: 50 });

    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.getByRole('alertdialog', { name: 'Clear the reading history?' }).getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => document.querySelector('[data-field="pages"]')?.textContent?.endsWith(': 0'), undefined, { polling: 50 });
    expect(await remembered.innerText()).toBe('Pages remembered: 0');
    await page.getByLabel('Remember pages read for (days)').fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
  });

  /** Resets through the confirmation dialog and waits for the result. */
  async function resetToBundled(): Promise<void> {
    await page.getByRole('button', { name: 'Reset to the bundled dataset' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Reset', exact: true }).click();
    expect((await outcome()).status).toContain(bundled.version);
  }
});
