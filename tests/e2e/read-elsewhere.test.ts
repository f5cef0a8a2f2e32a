import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchExtension, type ExtensionBrowser } from './harness/browser';
import { findTabId, HIGHLIGHT_NAMES, openArticle, readHighlights, waitForAnalysis } from './harness/page';
import { FIXTURE_PAGES_DIR } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';
import { inContentScriptWorld } from './harness/worlds';

declare const chrome: typeof Browser;

const ARTICLE = `<article><h1>Anthropic signs SpaceX Colossus 1 compute deal</h1>
<p>Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center in Memphis: over 300 megawatts and more than 22,000 NVIDIA GPUs, the companies said in announcing the deal.</p>
<p>The agreement gives Anthropic data center capacity for Claude; SpaceX becomes a compute landlord for a rival of its own AI unit, and the capacity arrives within a month.</p>
<p>Anthropic has been securing data center capacity across several clouds, and this agreement adds a large block of GPUs to its fleet for training and inference.</p></article>`;

/**
 * A live feed above the article gains a text every 2 ms for six seconds: every
 * text node of the article moves on in document order many times between the
 * page sending itself and painting the answer. The page watches the highlight
 * registry as often and notes any painted range outside the article, or with
 * other text than the figure and the names it has. An analytics `<noscript>`
 * (which a parser without scripting reads otherwise) must not stop the page
 * from being read in the extension.
 */
const SHIFTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic signs SpaceX Colossus 1 compute deal</title></head>
<body><noscript><iframe src="about:blank" height="0" width="0"></iframe></noscript><div id="feed"></div>${ARTICLE}
<script>
  window.__wrong = [];
  const feed = document.getElementById('feed');
  const article = document.querySelector('article');
  const allowed = { 'deal-lens-mismatch': ['more than 22,000 NVIDIA GPUs'] };
  const end = Date.now() + 6000;
  let n = 0;
  const tick = () => {
    const p = document.createElement('p');
    p.textContent = 'Feed item ' + (n++);
    feed.prepend(p);
    for (const name of ['deal-lens-entity', 'deal-lens-figure', 'deal-lens-match', 'deal-lens-mismatch', 'deal-lens-conflict']) {
      for (const r of CSS.highlights.get(name) ?? []) {
        if (!r.startContainer.isConnected) continue;
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const text = live.toString();
        const inArticle = article.contains(r.startContainer) && article.contains(r.endContainer);
        if (!inArticle || !article.textContent.includes(text) || (allowed[name] && !allowed[name].includes(text))) window.__wrong.push(name + ': ' + text);
      }
    }
    if (Date.now() < end) setTimeout(tick, 2);
  };
  tick();
</script></body></html>`;

/**
 * The article's lead built by a script as two text nodes side by side: a
 * parser reads them as one, so the extension's answer cannot be placed, and
 * the page reads itself.
 */
const SPLIT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic signs SpaceX Colossus 1 compute deal</title></head>
<body>${ARTICLE.replace(/<p>Anthropic signed[^<]*<\/p>/, '<p id="lead"></p>')}
<script>document.getElementById('lead').append('Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center in Memphis: ',
  'over 300 megawatts and more than 22,000 NVIDIA GPUs, the companies said in announcing the deal.');</script></body></html>`;

/** Whether the lens has loaded the page's own reading (entrypoints/content-fallback) into the content script's world. */
const fallbackLoaded = (page: Page) => inContentScriptWorld<boolean>(page, "typeof globalThis.__computeDealLensFallback === 'object'");

/** Most pages one part of the corpus comparison takes. */
const PART = 200;

const count = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name);

describe("pages read in the extension's own document", () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), startServer()]);
    server.route('/shifting.html', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(SHIFTING));
    server.route('/split.html', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(SPLIT));
  });
  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  it('never paints at a wrong place while the page changes between sending itself and painting', async () => {
    const page = await openArticle(ext.context, server.url('/shifting.html'));
    // The first run sends and paints while the feed changes; the next follows once it stops.
    await waitForAnalysis(page, { runs: 2, timeout: 15_000 });
    expect(await page.evaluate(() => (window as unknown as { __wrong: string[] }).__wrong)).toEqual([]);
    expect((await readHighlights(page))['deal-lens-mismatch']).toEqual(['more than 22,000 NVIDIA GPUs']);
    // Every run was read in the extension: none fell back to Readability on the page.
    expect(await count(page, 'deal-lens:snapshot')).toBe(2);
    expect(await count(page, 'deal-lens:readability')).toBe(0);
    // Nor did the page evaluate the page's own reading (Readability and the blocks).
    expect(await fallbackLoaded(page)).toBe(false);
    await page.close();
  });

  it('reads the page itself when the parse holds other text nodes than the page, and paints the same', async () => {
    const page = await openArticle(ext.context, server.url('/split.html'));
    expect(await count(page, 'deal-lens:snapshot')).toBe(1);
    expect(await count(page, 'deal-lens:readability')).toBe(1);
    expect(await fallbackLoaded(page)).toBe(true);
    const marks = await readHighlights(page);
    expect(marks['deal-lens-mismatch']).toEqual(['more than 22,000 NVIDIA GPUs']);
    expect(marks['deal-lens-entity']).toEqual(expect.arrayContaining(['Anthropic', 'SpaceX', 'Colossus 1']));
    await page.close();
  });

  /** Each painted range as its highlight's name and its ends, as text-node ordinals in document order and offsets. */
  const paintedPlaces = (page: Page) =>
    page.evaluate((names) => {
      const ordinals = new Map<Node, number>();
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) ordinals.set(n, ordinals.size);
      return names.flatMap((name) =>
        [...(CSS.highlights.get(name) ?? [])]
          .map((r) => `${name} ${ordinals.get(r.startContainer) ?? -1}:${r.startOffset} ${ordinals.get(r.endContainer) ?? -1}:${r.endOffset}`)
          .sort(),
      );
    }, HIGHLIGHT_NAMES);

  /** Both ways of reading one page, forced so both paint whatever they find; whether anything was painted. */
  const compareWays = async (file: string): Promise<boolean> => {
    const page = await openArticle(ext.context, server.url(`/${file}`), { timeout: 30_000 });
    const tabId = await findTabId(ext, page.url());
    const rerun = () => ext.serviceWorker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'analyze-anyway' }), tabId);
    const readBefore = await count(page, 'deal-lens:readability');
    await rerun();
    const elsewhere = await paintedPlaces(page);
    expect(await count(page, 'deal-lens:readability'), `${file}: read in the extension`).toBe(readBefore);
    await inContentScriptWorld(page, "globalThis.__computeDealLens.readIn = 'page'");
    await rerun();
    await expect.poll(() => count(page, 'deal-lens:readability'), { timeout: 15_000 }).toBe(readBefore + 1);
    expect(await paintedPlaces(page), file).toEqual(elsewhere);
    await page.close();
    return elsewhere.length > 0;
  };

  // Every page of the corpus, which grows by a batch at a time: about two thirds of a second each on two cores, one
  // tab at a time (two at once were no faster).
  // Dealt round-robin into parts of at most PART pages, each with its own time limit, so the test grows in parts
  // rather than towards one limit, and each part mixes deal pages with the negatives that sort together by name.
  const pages = readdirSync(FIXTURE_PAGES_DIR).filter((f) => f.endsWith('.html')).sort();
  const partCount = Math.ceil(pages.length / PART);
  const parts = Array.from({ length: partCount }, (_, k) => pages.filter((_, i) => i % partCount === k));
  it('has the whole corpus to compare', () => expect(pages.length).toBeGreaterThan(100));

  it.each(parts.map((part, k) => [k + 1, part] as const))('paints the same ranges as the page reading itself, on part %i of the fixture pages', { timeout: 600_000 }, async (_k, part) => {
    let painted = 0;
    for (const file of part) if (await compareWays(file)) painted += 1;
    // Most fixture pages are deal coverage: a comparison of empty lists would prove nothing.
    expect(painted).toBeGreaterThan(part.length / 2);
  });
});
