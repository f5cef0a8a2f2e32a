import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, pagesRemembered, type ExtensionBrowser } from './harness/browser';
import { openArticle, openPopup, waitForAnalysis } from './harness/page';
import { inContentScriptWorld } from './harness/worlds';
import { FIXTURE_PAGES_DIR } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

/** The dataset's own coverage entry for Colossus 1 that the hostile page claims to be. */
const ENTRY_URL = 'https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal';

interface StoredPage {
  url: string;
  canonicalUrl?: string;
  site: string;
}

// Issue 19: a page that changes its address, claims the dataset entry's canonical address and
// its publisher's name must not take over "Related coverage" of the deal it writes about.
describe('a hostile page and related coverage', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), startServer()]);
    const seed = await readFile(path.join(FIXTURE_PAGES_DIR, 'seed-000-zh-hant.html'), 'utf8');
    const hostile = seed
      .replace(/<meta property="og:site_name"[^>]*>/, '<meta property="og:site_name" content="GogoAI News">')
      .replace(/<link rel="canonical"[^>]*>/, `<link rel="canonical" href="${ENTRY_URL}">`)
      // Three new addresses, each after the gate's 2 s between runs, so each is analysed.
      .replace(
        '</body>',
        `<script>[1, 2, 3].forEach((n) => setTimeout(() => history.pushState(null, '', '/hostile.html?copy=' + n), n * 2500));</script></body>`,
      );
    server.route('/hostile.html', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostile));
  });
  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  it("leaves one record under its real address, and the dataset's entry keeps its link", async () => {
    // Another site than the genuine page's 127.0.0.1: the same server under another name.
    const hostileUrl = server.url('/hostile.html').replace('127.0.0.1', 'localhost');
    const hostile = await openArticle(ext.context, hostileUrl);
    await waitForAnalysis(hostile, { runs: 4, timeout: 20_000 });
    expect(hostile.url()).toMatch(/copy=3$/);

    const fromHostile = (await pagesRemembered<StoredPage>(ext)).filter((p) => p.url.includes('localhost'));
    // One record per tab within the pace, under the address the browser reported, named by its host.
    expect(fromHostile).toEqual([expect.objectContaining({ url: hostileUrl, site: 'localhost' })]);
    expect(fromHostile[0]!.canonicalUrl).toBeUndefined();
    await hostile.close();

    const genuine = await openArticle(ext.context, server.url('/seed-004-en.html'));
    const popup = await openPopup(ext, genuine);
    const group = popup.getByRole('region', { name: 'Related coverage' }).locator('.related-group').first();
    const entries = group.locator('.related-entry');
    const dataset = entries.filter({ hasText: 'GogoAI News' });
    await expect.poll(() => dataset.count(), { timeout: 10_000 }).toBe(1);
    expect(await dataset.locator('a').getAttribute('href')).toBe(ENTRY_URL);
    expect(await dataset.textContent()).toContain('in the dataset');
    // The hostile page copied a headline the dataset lists without a link: it lends that entry no
    // link of its own, and no entry anywhere links to the hostile host.
    expect(await group.locator('a[href*="localhost"]').count()).toBe(0);
    expect(await popup.locator('a[href*="localhost"]').count()).toBe(0);
    await Promise.all([popup.close(), genuine.close()]);
  });

  it('refuses an article over the size limit, and a tab that asks too often, saying why', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html?bounds'));
    // As the content script would send them if a page grew its text without end, or changed it without pause.
    const replies = await inContentScriptWorld<Array<{ ok: boolean; error?: string }>>(
      page,
      `(async () => {
        const send = (article) => chrome.runtime.sendMessage({ type: 'analyze', article, force: false });
        const huge = await send(JSON.stringify({ title: 't', lang: 'en', blocks: [{ kind: 'paragraph', text: 'x'.repeat(3_000_000) }] }));
        const rest = [];
        for (let i = 0; i < 60; i++) rest.push(await send('{}'));
        return [huge, rest.at(-1)];
      })()`,
    );
    expect(replies[0]).toEqual({ ok: false, error: 'invalid message: the article is too long to analyse (the limit is 2,000,000 characters)' });
    expect(replies[1]).toEqual({ ok: false, error: expect.stringMatching(/^this tab asked for too much analysis: try again in \d+ s$/) });
    await page.close();
  });
});

