import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Builds the floor extension into `outDir`: what any content script costs a
 * page for existing (issue 18). Its content script only touches
 * `chrome.runtime`, at the same moment of the page's load as ours
 * (document_idle); its service worker does nothing, and is there because the
 * harness waits for one.
 */
export async function buildFloorExtension(outDir: string): Promise<string> {
  const manifest = {
    manifest_version: 3,
    name: 'Content script floor',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  await writeFile(path.join(outDir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(outDir, 'background.js'), '');
  await writeFile(path.join(outDir, 'content.js'), 'void chrome.runtime.id;\n');
  return outDir;
}

/**
 * The renderer's main-thread task time (CDP `Performance.getMetrics`
 * TaskDuration) that loading `url` costs, in ms: from a blank page of the
 * same site in the same tab, so the renderer process is the one the page
 * loads in, until `settled` resolves. Measured from outside the page, so it
 * counts whatever runs there: the page's parsing and layout, our scripts'
 * evaluation, their work and the painting it causes.
 */
export async function rendererTaskTime(context: BrowserContext, blankUrl: string, url: string, settled: (page: Page) => Promise<void>): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(blankUrl);
    await page.waitForLoadState('load');
    await page.waitForTimeout(100);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskTime = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
    };
    const before = await taskTime();
    await page.goto(url);
    await settled(page);
    const after = await taskTime();
    await cdp.detach().catch(() => {});
    return after - before;
  } finally {
    await page.close();
  }
}
