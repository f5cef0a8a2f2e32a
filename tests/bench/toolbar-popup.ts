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
import { launchExtension } from '../e2e/harness/browser';
import { OBSERVER_PAGE, openArticle, openExtensionPage, readToolbarPopup } from '../e2e/harness/page';
import { FIRST_RENDER_MARK, POPUP_START_MARK } from '../../components/popup/marks';

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

/** The extension whose popup is timed, and how the tab under it is opened. */
export interface PopupSubject {
  /** The built extension's folder; the project's own build when left out. */
  extensionPath?: string;
  /** Wait for the content script's analysis before opening the popup; an extension without one only loads the page. */
  analyzed: boolean;
}

/** Starts the browser on `profile`, reads `url` and opens the popup on it `1 + later` times. */
async function session(subject: PopupSubject, profile: string, url: string, later: number): Promise<SessionTimings> {
  // Our popup marks its render only with "Mark timings for DevTools" on; the React floor always does.
  const ext = await launchExtension({ userDataDir: profile, markTimings: !subject.extensionPath, ...(subject.extensionPath ? { extensionPath: subject.extensionPath } : {}) });
  try {
    const observer = await openExtensionPage(ext, OBSERVER_PAGE);
    const article = subject.analyzed ? await openArticle(ext.context, url, { timeout: 60_000 }) : await ext.context.newPage();
    if (!subject.analyzed) await article.goto(url);
    const timings: PopupTiming[] = [];
    for (let i = 0; i < 1 + later; i++) {
      const { marks } = await readToolbarPopup(ext, observer, article, { until: { mark: FIRST_RENDER_MARK }, marks: [POPUP_START_MARK, FIRST_RENDER_MARK] });
      timings.push({ start: marks[0] ?? NaN, render: marks[1]! });
    }
    return { first: timings[0]!, later: timings.slice(1) };
  } finally {
    await ext.close();
  }
}

/** The toolbar popup on `url`: a session on a new profile, then one on the same profile. */
export async function toolbarPopupTimings(subject: PopupSubject, url: string, later: number): Promise<{ installed: SessionTimings; restarted: SessionTimings }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'deal-lens-profile-'));
  try {
    const installed = await session(subject, profile, url, later);
    const restarted = await session(subject, profile, url, later);
    return { installed, restarted };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
