/**
 * npm run demo [-- --headed] [--out DIR]
 *
 * The main job on its default inputs: loads the freshly built extension into
 * Chromium, serves the bundled sample articles (the seed coverage in
 * tests/fixtures/pages) from 127.0.0.1, reads them as a user would, and writes
 * screenshots of an annotated article with its card open, the popup in English
 * and Chinese, and the settings page. --headed leaves the browser open.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchExtension } from '../e2e/harness/browser';
import { hoverHighlight } from '../e2e/harness/card';
import { openArticle, openOptions, openPopup, readHighlights } from '../e2e/harness/page';
import { REPO_ROOT } from '../e2e/harness/paths';
import { startServer } from '../e2e/harness/server';

const SEEDS = ['seed-002-en', 'seed-004-en', 'seed-003-en', 'seed-001-zh-hans', 'seed-000-zh-hant'];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { headed: { type: 'boolean' }, out: { type: 'string' } } });
  const out = path.resolve(values.out ?? path.join(REPO_ROOT, '.output', 'demo'));
  mkdirSync(out, { recursive: true });
  const server = await startServer();
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = path.join(out, name);
    await page.screenshot({ path: file });
    shots.push(file);
  };

  for (const locale of ['en', 'zh-CN'] as const) {
    const ext = await launchExtension({ headed: values.headed && locale === 'en', locale: locale === 'en' ? undefined : locale });
    try {
      let last: Page | undefined;
      for (const seed of SEEDS) {
        last = await openArticle(ext.context, server.url(`/${seed}.html`));
        await last.setViewportSize({ width: 1100, height: 760 });
        const marks = await readHighlights(last);
        if (locale === 'en') {
          console.log(`${seed}: ${marks['deal-lens-mismatch'].length} mismatch, ${marks['deal-lens-match'].length} match, ${marks['deal-lens-figure'].length} unverified, ${marks['deal-lens-entity'].length} entities`);
        }
      }
      const article = last!;
      await article.bringToFront();
      if (locale === 'en') {
        await hoverFirstFlag(article);
        await shoot(article, 'article.png');
      }
      const popup = await openPopup(ext, article);
      await popup.setViewportSize({ width: 400, height: 900 });
      await popup.waitForTimeout(300);
      await shoot(popup, locale === 'en' ? 'popup-en.png' : 'popup-zh.png');
      if (locale === 'en') {
        const options = await openOptions(ext);
        await options.setViewportSize({ width: 1000, height: 900 });
        await options.waitForTimeout(300);
        await shoot(options, 'options.png');
      }
      if (values.headed && locale === 'en') {
        console.log('The browser stays open; close it (or press Ctrl+C) to finish.');
        await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
      }
    } finally {
      await ext.close();
    }
  }
  await server.close();
  console.log(`\nScreenshots written to ${out}:`);
  for (const file of shots) console.log(`  ${path.relative(process.cwd(), file) || file}`);
}

/** Scrolls to the first flagged figure and points at it, so its card opens. */
async function hoverFirstFlag(page: Page): Promise<void> {
  if (await hoverHighlight(page, 'deal-lens-mismatch')) await page.waitForTimeout(300);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
