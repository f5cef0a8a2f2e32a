import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { EXTENSION_ID, launchExtension, type ExtensionBrowser } from './harness/browser';
import { inContentScriptWorld } from './harness/worlds';
import { cardBesideRange, hoverHighlight, readCard, readHighlightsInFreshWorld } from './harness/card';
import { findTabId, openArticle, readHighlights, waitForAnalysis } from './harness/page';
import { FIXTURE_PAGES_DIR } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

declare const chrome: typeof Browser;

const HOSTILE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Anthropic signs SpaceX Colossus 1 compute deal</title>
<style>* { all: unset !important; } ::highlight(x) {}</style>
<script>
  window.CSS = { highlights: null };
  Range.prototype.getClientRects = function () { throw new Error('hostile'); };
  EventTarget.prototype.addEventListener = function () { throw new Error('hostile'); };
  window.MutationObserver = function () { throw new Error('hostile'); };
</script></head><body><article><h1>Anthropic signs SpaceX Colossus 1 compute deal</h1>
<p>Anthropic signed an agreement with SpaceX to use the full Colossus 1 data center in Memphis, with over 300 megawatts of capacity and more than 22,000 NVIDIA GPUs. &lt;img src=x onerror="window.__pwned=1"&gt; &lt;script&gt;window.__pwned=2&lt;/script&gt;</p>
<p>The deal gives Anthropic compute for Claude. SpaceX said the capacity would arrive within a month. The agreement was announced on May 6, 2026, and the data center is one of the largest AI training facilities in the world.</p>
<p>Anthropic has been racing to secure data center capacity across several clouds, and this agreement adds a large block of GPUs to its fleet for training and inference.</p>
</article></body></html>`;

const LATE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: compute deals</title></head>
<body><article><h1>Live: compute deals</h1><p id="intro">Updates will appear below as they come in.</p></article>
<script>setTimeout(() => {
  const p = document.createElement('p');
  p.textContent = 'Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center: over 300 megawatts of compute capacity and more than 220,000 NVIDIA GPUs for Claude, SpaceX said in a statement announcing the deal.';
  const q = document.createElement('p');
  q.textContent = 'The agreement makes SpaceX a compute landlord; Anthropic gains data center capacity for training and inference in Memphis, where Colossus 1 stands.';
  document.querySelector('article').append(p, q);
}, 1000);</script></body></html>`;

/** 200,000 text nodes of ordinary prose: the pre-filter must turn it away quickly. */
const HUGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body><div id="root"></div>
<script>const root = document.getElementById('root'); const frag = document.createDocumentFragment();
for (let i = 0; i < 200000; i++) { const s = document.createElement('span'); s.textContent = 'word ' + i + ' '; frag.append(s); }
root.append(frag);</script></body></html>`;

/** A deal article whose page rewrites a ticker every millisecond for three seconds. */
const STORM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic signs SpaceX Colossus 1 compute deal</title></head>
<body><div id="ticker">0</div><article><h1>Anthropic signs SpaceX Colossus 1 compute deal</h1>
<p>Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center in Memphis: over 300 megawatts and more than 22,000 NVIDIA GPUs, the companies said in announcing the deal.</p>
<p>The agreement gives Anthropic data center capacity for Claude; SpaceX becomes a compute landlord for a rival of its own AI unit.</p></article>
<script>const t = document.getElementById('ticker'); const end = Date.now() + 3000;
const tick = () => { t.textContent = String(Date.now()); if (Date.now() < end) setTimeout(tick, 1); }; tick();</script></body></html>`;

/** Prose with no word of compute or deals in it: the pre-filter's "no". */
const GARDENING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Roses in late autumn</title></head>
<body><article><h1>Roses in late autumn</h1><p>Cut back the long stems after the first frost, and mulch the beds with leaves before the ground freezes.</p></article></body></html>`;

/** A web-component page: the article is rendered in an open shadow root, its headline slotted from the light DOM. */
const SHADOW = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic signs SpaceX Colossus 1 compute deal</title></head>
<body><nav>Home · World · Technology</nav><news-story><h1 slot="headline">Anthropic signs SpaceX Colossus 1 compute deal</h1></news-story>
<script>customElements.define('news-story', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<article><slot name="headline"></slot>'
      + '<p>Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center in Memphis: over 300 megawatts and more than 22,000 NVIDIA GPUs, the companies said in announcing the deal.</p>'
      + '<p>The agreement gives Anthropic data center capacity for Claude; SpaceX becomes a compute landlord for a rival of its own AI unit, and the capacity arrives within a month.</p>'
      + '<p>Anthropic has been securing data center capacity across several clouds, and this agreement adds a large block of GPUs to its fleet for training and inference.</p></article>';
  }
});</script></body></html>`;

/**
 * Deal coverage in words no fixed list knows: it speaks of compute (GPUs, data
 * centre) but of no deal, contract or agreement. Only the dataset's names tell.
 */
const LANDLORD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic moves into Colossus 1</title></head><body><article>
<h1>Anthropic moves into Colossus 1</h1>
<p>Claude now runs from Colossus 1, the Memphis data centre that SpaceX fills with more than 220,000 GPUs, and Anthropic has the whole building to itself.</p>
<p>SpaceX turns from builder into host: Colossus 1 brings Anthropic over 300 megawatts within a month, the companies said.</p>
<p>Engineers who have toured the hall describe rows of liquid-cooled racks stretching the length of a former appliance factory.</p>
</article></body></html>`;

/**
 * What a page's stylesheet can try against the card's host element, which sits in its DOM:
 * by name, and by shape (any element outside head and body), every way to hide or move it.
 */
const HIDE_CARD_CSS = `<style>
deal-lens-card, html > :not(head):not(body) {
  display: none !important; visibility: hidden !important; opacity: 0 !important; position: absolute !important;
  left: -10000px !important; top: -10000px !important; z-index: -1 !important; transform: scale(0) !important;
  clip-path: inset(50%) !important; filter: opacity(0) !important; width: 0 !important; height: 0 !important; overflow: hidden !important;
}
</style>`;

describe('the content script in a real page', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), startServer()]);
    server.route('/hostile.html', (_req, res) => {
      // A strict policy too: the page may load nothing from anywhere, our lens included were it the page's to load.
      const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy }).end(HOSTILE);
    });
    const seed = await readFile(path.join(FIXTURE_PAGES_DIR, 'seed-000-zh-hant.html'), 'utf8');
    server.route('/hides-card.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(seed.replace('</head>', `${HIDE_CARD_CSS}</head>`));
    });
    server.route('/huge.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(HUGE);
    });
    server.route('/storm.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(STORM);
    });
    server.route('/shadow.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(SHADOW);
    });
    server.route('/gardening.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(GARDENING);
    });
    server.route('/late.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(LATE);
    });
    server.route('/landlord.html', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(LANDLORD);
    });
  });
  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  // The newest tab showing the page: an earlier test's tab may still show the same URL.
  const tabIdOf = async (page: Page) => findTabId(ext, page.url());

  it('paints the four highlights on seed 000: the 22,000+ GPUs as a mismatch, 22 萬 and 300+ MW as matches', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const marks = await readHighlights(page);
    expect(marks['deal-lens-mismatch']).toEqual(expect.arrayContaining([expect.stringContaining('22,000+')]));
    expect(marks['deal-lens-match'].some((t) => t.includes('22 萬'))).toBe(true);
    expect(marks['deal-lens-match'].some((t) => t.includes('300+ MW'))).toBe(true);
    expect(marks['deal-lens-entity']).toEqual(expect.arrayContaining(['Anthropic', 'SpaceX', 'Colossus 1']));
    // The page's text is untouched: no element of ours wraps it.
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-deal-lens]').length)).toBe(0);
    await page.close();
  });

  it('reads a page in full-width letters and digits, and paints the very characters it reads', async () => {
    const page = await openArticle(ext.context, server.url('/ja-colossus-kyodo-fullwidth.html'));
    // Matching runs on normalised text (Ｃｏｌｏｓｓｕｓ, an ideographic space, １ → Colossus 1); the ranges go back to the page's own.
    await expect.poll(async () => (await readHighlights(page))['deal-lens-match'], { timeout: 10_000 }).toContain('３００ＭＷ超');
    expect((await readHighlights(page))['deal-lens-entity']).toEqual(expect.arrayContaining(['Ａｎｔｈｒｏｐｉｃ', 'Ｃｏｌｏｓｓｕｓ\u3000１']));
    await page.close();
  });

  it('leaves the 25,000 A100 GPUs in seed 002 unflagged', async () => {
    const page = await openArticle(ext.context, server.url('/seed-002-en.html'));
    const marks = await readHighlights(page);
    expect(marks['deal-lens-mismatch'].some((t) => t.includes('25,000'))).toBe(false);
    expect(marks['deal-lens-match'].some((t) => t.includes('220,000'))).toBe(true);
    await page.close();
  });

  it('shows a card on hover that states the reference value and its source, and closes on Escape', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    await page.setViewportSize({ width: 1000, height: 700 });
    expect(await hoverHighlight(page, 'deal-lens-mismatch')).toBe(true);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.name).toMatch(/^Compute Deal Lens: 22,000\+ GPUs/);
    expect(card.text).toMatch(/220,000/);
    expect(card.text).toMatch(/Differs from the reference/);
    expect(card.text).toMatch(/Source/);
    // Every flag carries its reason: what tied the figure to its deal, in one line.
    expect(card.text).toMatch(/Why Attributed to Anthropic takes the full capacity of SpaceX's Colossus 1 data center in Memphis: (the sentence|the sentence before|its table row or column|its list or section) names \S+/);
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page), { timeout: 5000 }).toBeNull();
    await page.close();
  });

  it("shows the card where it belongs though the page's CSS tries to hide or move it", async () => {
    const page = await openArticle(ext.context, server.url('/hides-card.html'));
    await page.setViewportSize({ width: 1000, height: 700 });
    expect(await hoverHighlight(page, 'deal-lens-mismatch')).toBe(true);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('deal-lens-card')!;
      const style = getComputedStyle(host);
      const box = host.getBoundingClientRect();
      return {
        display: style.display, visibility: style.visibility, opacity: style.opacity, position: style.position,
        transform: style.transform, clipPath: style.clipPath, filter: style.filter, zIndex: style.zIndex,
        inView: box.width > 100 && box.height > 30 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        // On top of the page where it is drawn.
        onTop: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === host,
      };
    });
    expect(seen).toEqual({
      display: 'block', visibility: 'visible', opacity: '1', position: 'fixed',
      transform: 'none', clipPath: 'none', filter: 'none', zIndex: '2147483647', inView: true, onTop: true,
    });
    await page.keyboard.press('Escape');
    await expect.poll(() => readCard(page), { timeout: 5000 }).toBeNull();
    await page.close();
  });

  it('highlights content that arrives a second after load', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/late.html'));
    await waitForAnalysis(page, { runs: 2, timeout: 15_000 });
    await expect.poll(async () => (await readHighlights(page))['deal-lens-match'].length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('survives a hostile page: its globals replaced, CSS reset, a strict content policy, markup-looking text never run', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('/hostile.html'));
    // The page replaced window.CSS and addEventListener in its own world (which also breaks
    // Playwright's polling there); a fresh world still sees the document's highlight registry.
    await expect.poll(async () => (await readHighlightsInFreshWorld(page))['deal-lens-mismatch'], { timeout: 15_000 }).toEqual(['more than 22,000 NVIDIA GPUs']);
    const marks = await readHighlightsInFreshWorld(page);
    expect(marks['deal-lens-entity']).toEqual(expect.arrayContaining(['Anthropic', 'SpaceX']));
    const count = await ext.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id! }), await tabIdOf(page));
    expect(count).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('reads and paints an article rendered inside an open shadow root, and shows its card', async () => {
    const page = await openArticle(ext.context, server.url('/shadow.html'));
    const marks = await readHighlights(page);
    expect(marks['deal-lens-mismatch']).toEqual(['more than 22,000 NVIDIA GPUs']);
    expect(marks['deal-lens-entity']).toEqual(expect.arrayContaining(['Anthropic', 'SpaceX', 'Colossus 1']));
    // Highlight styles only apply where they are in scope: the shadow root must have them too.
    const styled = await page.evaluate(() =>
      document.querySelector('news-story')!.shadowRoot!.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((r) => r.cssText.includes('deal-lens-mismatch'))),
    );
    expect(styled).toBe(true);
    expect(await hoverHighlight(page, 'deal-lens-mismatch')).toBe(true);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    expect((await readCard(page))!.text).toMatch(/220,000/);
    await page.close();
  });

  it('turns away a page of 200,000 text nodes without reading it all', async () => {
    const page = await openArticle(ext.context, server.url('/huge.html'), { timeout: 30_000 });
    expect(Object.values(await readHighlights(page)).flat()).toEqual([]);
    const runs = await page.evaluate(() => performance.getEntriesByName('deal-lens:readability').length);
    expect(runs).toBe(0);
    await page.close();
  });

  it('bounds its work during a mutation storm and still highlights the article', async () => {
    const page = await openArticle(ext.context, server.url('/storm.html'));
    await page.waitForTimeout(3_500);
    // ~3,000 mutations in three seconds: re-analysis is debounced and held to one run per two seconds.
    const runs = await page.evaluate(() => performance.getEntriesByName('deal-lens:total').length);
    expect(runs).toBeGreaterThanOrEqual(1);
    expect(runs).toBeLessThanOrEqual(4);
    expect((await readHighlights(page))['deal-lens-mismatch']).toEqual(['more than 22,000 NVIDIA GPUs']);
    await page.close();
  });

  it('lets a page through on the dataset\'s names when it uses no deal word the pre-filter knows', async () => {
    const page = await openArticle(ext.context, server.url('/landlord.html'));
    await expect.poll(async () => (await readHighlights(page))['deal-lens-match'], { timeout: 10_000 }).toContain('more than 220,000 GPUs');
    await page.close();
  });

  it('leaves a page that is not deal coverage alone', async () => {
    const page = await openArticle(ext.context, server.url('/neg-en-gpu-review.html'));
    const marks = await readHighlights(page);
    expect(Object.values(marks).flat()).toEqual([]);
    await page.close();
  });

  // The name the lens hands itself over by (entrypoints/content/lens-module.ts), spelled out: a test of the split.
  const lensLoaded = (page: Page) => inContentScriptWorld<boolean>(page, "typeof globalThis.__computeDealLens === 'object'");

  it('loads only its small gate on a page the pre-filter turns away, and the rest where a deal may be', async () => {
    const turnedAway = await openArticle(ext.context, server.url('/gardening.html'));
    expect(await lensLoaded(turnedAway)).toBe(false);
    const deal = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    expect(await lensLoaded(deal)).toBe(true);
    // A question from the extension loads it too: the popup asks every page.
    await ext.serviceWorker.evaluate(async (id) => chrome.tabs.sendMessage(id, { type: 'get-analysis' }), await tabIdOf(turnedAway));
    expect(await lensLoaded(turnedAway)).toBe(true);
    await Promise.all([turnedAway.close(), deal.close()]);
  });

  it('keeps the lens from the page: it cannot fetch it at the extension address to tell the extension is there', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const fetched = await page.evaluate(async (url) => fetch(url).then((r) => `status ${r.status}`, () => 'refused'), `chrome-extension://${EXTENSION_ID}/content-lens.js`);
    expect(fetched).toBe('refused');
    await page.close();
  });

  it('shows the number of distinct mismatches on the badge, and how often they occur in its tooltip', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const tabId = await tabIdOf(page);
    // seed 000 repeats its sections: one figure differs, stated four times.
    expect((await readHighlights(page))['deal-lens-mismatch']).toEqual(Array(4).fill('22,000+ GPUs'));
    const badge = () => ext.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id! }), tabId);
    await expect.poll(badge).toBe('1');
    const title = () => ext.serviceWorker.evaluate(async (id) => chrome.action.getTitle({ tabId: id! }), tabId);
    await expect.poll(title).toBe('Compute Deal Lens: 1 figure differs from the reference, 4 times');
    // The next page in the same tab is not deal coverage: the count must not linger.
    await page.goto(server.url('/neg-en-gpu-review.html'));
    await waitForAnalysis(page);
    await expect.poll(badge).toBe('');
    await expect.poll(title).toBe('Compute Deal Lens');
    await page.close();
  });

  it('steps through flags and toggles highlights on command', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    await page.setViewportSize({ width: 1000, height: 600 });
    const tabId = await tabIdOf(page);
    const send = (message: object) => ext.serviceWorker.evaluate(async ([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await send({ type: 'next-flag' })).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    // The popup shows "22,000+ GPUs" once; the command still visits each of its four places, in page order, then starts again.
    await expect.poll(() => cardBesideRange(page, 'deal-lens-mismatch'), { timeout: 5000 }).toBe(0);
    for (const next of [1, 2, 3, 0]) {
      expect(await send({ type: 'next-flag' })).toEqual({ ok: true });
      await expect.poll(() => cardBesideRange(page, 'deal-lens-mismatch'), { timeout: 5000 }).toBe(next);
    }
    expect(await send({ type: 'toggle-highlights' })).toEqual({ ok: true, visible: false });
    expect(Object.values(await readHighlights(page)).flat()).toEqual([]);
    expect(await send({ type: 'toggle-highlights' })).toEqual({ ok: true, visible: true });
    expect((await readHighlights(page))['deal-lens-mismatch'].length).toBeGreaterThan(0);
    await page.close();
  });

  it('follows the settings live: categories, per-site off, extension off', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const set = (settings: object) => ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ settings: s }), settings);
    // markTimings as the harness set it: later tests count runs by their marks.
    const base = { version: 3, enabled: true, disabledSites: [], categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts: true }, historyDays: 90, autoSync: 'off', datasetUrl: '', markTimings: true };
    await set({ ...base, categories: { entities: false, figures: true, matches: true, mismatches: true, conflicts: true } });
    await expect.poll(async () => (await readHighlights(page))['deal-lens-entity'].length).toBe(0);
    expect((await readHighlights(page))['deal-lens-mismatch'].length).toBeGreaterThan(0);
    const tabId = await tabIdOf(page);
    const badge = () => ext.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id! }), tabId);
    await expect.poll(badge).not.toBe('');
    await set({ ...base, disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => Object.values(await readHighlights(page)).flat().length).toBe(0);
    await expect.poll(badge).toBe('');
    await set(base);
    await expect.poll(async () => (await readHighlights(page))['deal-lens-mismatch'].length, { timeout: 10_000 }).toBeGreaterThan(0);
    await set({ ...base, enabled: false });
    await expect.poll(async () => Object.values(await readHighlights(page)).flat().length).toBe(0);
    await set(base);
    await page.close();
  });

  it("keeps the settings out of the content script's reach, the dataset's address above all", async () => {
    const secret = 'https://data.example.org/deals.json?token=s3cret';
    // markTimings as the harness set it: this and later tests count runs by their marks.
    const base = { version: 3, enabled: true, disabledSites: [], categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts: true }, historyDays: 90, autoSync: 'off', markTimings: true };
    await ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ settings: s }), { ...base, datasetUrl: secret });
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html?reach'));
    // The page is painted, so the content script did get its part of the settings.
    expect((await readHighlights(page))['deal-lens-mismatch'].length).toBeGreaterThan(0);
    const read = await inContentScriptWorld<string>(
      page,
      `chrome.storage.local.get(null).then((all) => JSON.stringify(all), (error) => 'refused: ' + error.message)`,
    );
    expect(read).not.toContain('s3cret');
    expect(read).toMatch(/^refused: /);
    await ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ settings: s }), { ...base, datasetUrl: '' });
    await page.close();
  });

  it('re-runs on an SPA navigation and drops highlights whose text is gone', async () => {
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html'));
    const tabId = await tabIdOf(page);
    await page.evaluate(() => {
      history.pushState({}, '', '/other-story.html');
      document.querySelector('article')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'A quiet day with no news.' }));
    });
    await waitForAnalysis(page, { runs: 2, timeout: 15_000 });
    await expect.poll(async () => Object.values(await readHighlights(page)).flat().length, { timeout: 10_000 }).toBe(0);
    await expect.poll(() => ext.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id! }), tabId)).toBe('');
    await page.close();
  });
});
