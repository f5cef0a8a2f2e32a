import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launchExtension, type ExtensionBrowser } from './harness/browser';
import { hoverHighlight, readCard } from './harness/card';
import { findTabId, openArticle, openOptions, readHighlights } from './harness/page';
import { REPO_ROOT } from './harness/paths';
import { startServer, type FixtureServer } from './harness/server';

declare const chrome: typeof Browser;

const DATASETS_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'datasets');

/** A short wire story on the Colossus 1 deal that gives the site's GPU count as `gpus`. */
function story(n: number, gpus: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Anthropic rents SpaceX's Colossus 1 (${n})</title></head>
<body><article><h1>Anthropic rents SpaceX's Colossus 1 (${n})</h1>
<p>Anthropic has signed a deal with SpaceX to use all of the compute of Colossus 1, the supercomputer in Memphis, the companies announced on Wednesday.</p>
<p>Colossus 1 houses ${gpus} Nvidia GPUs, according to the companies. The agreement gives Anthropic the whole site for its Claude models.</p>
<p>Neither company gave the value of the lease. Analysts expect the capacity to be used for training and for serving Claude.</p>
</article></body></html>`;
}

/** Clicks a button of the open card by its accessible name: the card's shadow root is closed, the accessibility tree is not. */
async function clickCardButton(page: Page, name: RegExp): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number; ignored?: boolean }> };
    const button = nodes.find((n) => !n.ignored && n.role?.value === 'button' && name.test(n.name?.value ?? ''));
    if (!button?.backendDOMNodeId) throw new Error(`no card button named ${name}`);
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 4 });
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

describe('contradictions in a real page', () => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    [ext, server] = await Promise.all([launchExtension(), startServer()]);
    for (let n = 1; n <= 4; n++) server.route(`/agree-${n}.html`, (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(story(n, 'more than 220,000')));
    server.route('/differs.html', (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(story(5, '22,000')));
  });
  afterAll(async () => {
    await Promise.all([ext?.close(), server?.close()]);
  });

  /** Loads a dataset file through the settings page, as a user would. */
  async function importDataset(file: string): Promise<void> {
    const options = await openOptions(ext);
    await options.getByLabel('Import a dataset file').setInputFiles(path.join(DATASETS_DIR, file));
    // Until the import has finished, the status says "Importing…": a page read sooner gets the old dataset.
    await expect.poll(() => options.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/Now using dataset version/);
    await options.close();
  }

  it('paints May 5 in seed 002 as a conflict with May 6, and its card shows and jumps to the other date', async () => {
    const page = await openArticle(ext.context, server.url('/seed-002-en.html'));
    await page.setViewportSize({ width: 1000, height: 700 });
    const marks = await readHighlights(page);
    // The dataset dates the deal May 6: that verdict stands. May 5 has no verdict of its own, so it is the conflict.
    expect(marks['deal-lens-conflict']).toContain('May 5');
    expect(marks['deal-lens-match']).toContain('May 6');
    expect(await hoverHighlight(page, 'deal-lens-conflict')).toBe(true);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.name).toMatch(/^Compute Deal Lens: May 5: Stated otherwise elsewhere on this page/);
    expect(card.text).toMatch(/This page also says May 6 \(paragraph \d+\)/);
    await clickCardButton(page, /This page also says May 6/);
    await expect.poll(async () => (await readCard(page))?.name ?? '', { timeout: 5000 }).toMatch(/^Compute Deal Lens: May 6: Consistent with the reference/);
    await page.close();
  });

  it('with no GPU count in the dataset, paints seed 000\'s 220,000 and 22,000+ as conflicts, counts them apart on the badge, and follows the settings switch', async () => {
    await importDataset('no-colossus-gpus.json');
    const page = await openArticle(ext.context, server.url('/seed-000-zh-hant.html?no-gpu-fact'));
    await expect.poll(async () => (await readHighlights(page))['deal-lens-conflict'], { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining('22,000+'), expect.stringContaining('22 萬')]));
    expect((await readHighlights(page))['deal-lens-mismatch'].some((t) => t.includes('22,000'))).toBe(false);
    const tabId = await findTabId(ext, page.url());
    const title = await ext.serviceWorker.evaluate(async (id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toMatch(/stated otherwise on the page or in coverage you read/);
    const badge = await ext.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBeGreaterThan(0);

    const settings = await ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined);
    const base = { version: 3, enabled: true, disabledSites: [], historyDays: 90, autoSync: 'off', datasetUrl: '', markTimings: true, ...settings };
    const set = (conflicts: boolean) =>
      ext.serviceWorker.evaluate(async (s) => chrome.storage.local.set({ settings: s }), { ...base, categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts } });
    await set(false);
    await expect.poll(async () => (await readHighlights(page))['deal-lens-conflict'].length).toBe(0);
    await set(true);
    await expect.poll(async () => (await readHighlights(page))['deal-lens-conflict'].length).toBeGreaterThan(0);
    await page.close();
  });

  it('marks a figure that four articles read before state otherwise, with links to them', async () => {
    // The dataset still has no GPU count for the deal (previous test): coverage is the only check.
    for (let n = 1; n <= 4; n++) {
      const page = await openArticle(ext.context, server.url(`/agree-${n}.html`));
      expect((await readHighlights(page))['deal-lens-conflict']).toEqual([]);
      await page.close();
    }
    const page = await openArticle(ext.context, server.url('/differs.html'));
    await page.setViewportSize({ width: 1000, height: 700 });
    expect((await readHighlights(page))['deal-lens-conflict']).toEqual(['22,000 Nvidia GPUs']);
    expect(await hoverHighlight(page, 'deal-lens-conflict')).toBe(true);
    await expect.poll(() => readCard(page), { timeout: 5000 }).not.toBeNull();
    const card = (await readCard(page))!;
    expect(card.name).toMatch(/Differs from coverage you read/);
    expect(card.text).toMatch(/4 other articles you read say ≥ ?220,000 GPUs/);
    expect(card.text).toMatch(/Anthropic rents SpaceX's Colossus 1 \(1\)/);
    await page.close();
  });
});
