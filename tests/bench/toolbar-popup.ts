/**
 * The popup's first render as a reader gets it: the toolbar popup, opened
 * with `chrome.action.openPopup()` on the active tab, in a browser started
 * afresh on a new profile (the first opening after install, with no compiled
 * code cached yet) and again on the same profile (the first opening of a
 * browser session), then opened again and again.
 *
 * The browser tests open `popup.html?tab=<id>` as a tab instead. For timing
 * that adds what a toolbar popup never has: the new tab's about:blank frame is
 * swapped out, and Playwright attaches to the page and sets up its own script
 * world, 25–40 ms before the popup's code can start (Chromium 156, 2 cores).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as WebExtensionBrowser } from 'wxt/browser';
import { launchExtension } from '../e2e/harness/browser';
import { OBSERVER_PAGE, openArticle, openExtensionPage } from '../e2e/harness/page';
import { FIRST_RENDER_MARK, POPUP_START_MARK } from '../../components/popup/marks';

// Only the service worker has `chrome`; this tells the compiler so for `evaluate` callbacks.
declare const chrome: typeof WebExtensionBrowser;

/** ms after the popup's navigation started: its entry script's start, and its first render. */
export interface PopupTiming {
  start: number;
  render: number;
}

/** One browser session's openings: the first, and the ones after it. */
export interface SessionTimings {
  first: PopupTiming;
  later: PopupTiming[];
}

/** Waits for the open popup's first render, reads its marks and closes it. */
function readPopup(observer: Page, marks: { start: string; render: string }): Promise<PopupTiming> {
  return observer.evaluate(
    ({ start, render }) =>
      new Promise<PopupTiming>((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        // Anonymous callbacks only: the code is sent to the page as text, without tsx's name helper.
        const timer = setInterval(() => {
          const [view] = chrome.extension.getViews({ type: 'popup' }) as Window[];
          const rendered = view?.performance.getEntriesByName(render)[0];
          if (view && rendered) {
            clearInterval(timer);
            resolve({ start: view.performance.getEntriesByName(start)[0]?.startTime ?? NaN, render: rendered.startTime });
            view.close();
          } else if (Date.now() > deadline) {
            clearInterval(timer);
            reject(new Error('the popup did not render within 10 s'));
          }
        }, 10);
      }),
    marks,
  );
}

/** Until the popup is gone, so the next opening is a new one. */
async function popupClosed(observer: Page): Promise<void> {
  await observer.waitForFunction(() => chrome.extension.getViews({ type: 'popup' }).length === 0, undefined, { timeout: 5_000 });
}

/** Starts the browser on `profile`, reads `url` and opens the popup on it `1 + later` times. */
async function session(profile: string, url: string, later: number): Promise<SessionTimings> {
  const ext = await launchExtension({ userDataDir: profile });
  try {
    const observer = await openExtensionPage(ext, OBSERVER_PAGE);
    const article = await openArticle(ext.context, url, { timeout: 60_000 });
    await article.bringToFront();
    const timings: PopupTiming[] = [];
    for (let i = 0; i < 1 + later; i++) {
      await ext.serviceWorker.evaluate(() => chrome.action.openPopup());
      timings.push(await readPopup(observer, { start: POPUP_START_MARK, render: FIRST_RENDER_MARK }));
      await popupClosed(observer);
    }
    return { first: timings[0]!, later: timings.slice(1) };
  } finally {
    await ext.close();
  }
}

/** The toolbar popup on `url`: a session on a new profile, then one on the same profile. */
export async function toolbarPopupTimings(url: string, later: number): Promise<{ installed: SessionTimings; restarted: SessionTimings }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'deal-lens-profile-'));
  try {
    const installed = await session(profile, url, later);
    const restarted = await session(profile, url, later);
    return { installed, restarted };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
