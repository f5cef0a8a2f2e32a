import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { ExtensionBrowser } from './browser';

// Functions passed to `evaluate` run in the browser, where extension pages and the service
// worker have `chrome`; this only tells the compiler so. (Kept module-local: an import would be
// rewritten by the test transform and break the serialised function.)
declare const chrome: typeof Browser;

/**
 * The CSS Custom Highlight names the content script paints with. Spelled out rather than
 * imported from lib/paint: users style these names, so renaming one there should fail a test.
 */
export const HIGHLIGHT_NAMES = ['deal-lens-entity', 'deal-lens-figure', 'deal-lens-match', 'deal-lens-mismatch', 'deal-lens-conflict'] as const;

/** One of {@link HIGHLIGHT_NAMES}. */
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** Entry the content script records with `performance.measure` once per pipeline run. */
export const TOTAL_MEASURE = 'deal-lens:total';

const DEFAULT_TIMEOUT_MS = 15_000;
const POLL_MS = 50;

/** Options for {@link openArticle} and {@link waitForAnalysis}. */
export interface AnalysisOptions {
  /** Pipeline runs to wait for, counted since the document loaded; default 1. */
  runs?: number;
  timeout?: number;
}

/** Options for {@link openArticle}. */
export interface OpenArticleOptions extends AnalysisOptions {
  /** Navigate this page instead of opening a new tab. */
  page?: Page;
}

/**
 * Opens `url` and resolves once the extension has finished analysing it.
 *
 * @throws when no analysis finishes within the timeout (e.g. the page was gated out).
 */
export async function openArticle(context: BrowserContext, url: string, opts: OpenArticleOptions = {}): Promise<Page> {
  const page = opts.page ?? (await context.newPage());
  consoleErrors(page);
  await page.goto(url);
  await waitForAnalysis(page, opts);
  return page;
}

/**
 * Waits until the content script has finished `runs` pipeline runs in the current document.
 *
 * The content script's `performance.measure` lands in the page's own timeline (measured in
 * Chromium 156: isolated worlds share the document's Performance object), so the page
 * context can count runs. `<html data-deal-lens="ready">` is accepted as well, but only while
 * no measure exists: it cannot count runs, so with it `runs > 1` means "at least one".
 */
export async function waitForAnalysis(page: Page, opts: AnalysisOptions = {}): Promise<void> {
  const runs = opts.runs ?? 1;
  const timeout = opts.timeout ?? DEFAULT_TIMEOUT_MS;
  try {
    await page.waitForFunction(
      ({ name, runs }) => {
        const done = performance.getEntriesByName(name, 'measure').length;
        return done >= runs || (done === 0 && document.documentElement.dataset.dealLens === 'ready');
      },
      { name: TOTAL_MEASURE, runs },
      // Interval polling: rAF polling stalls in a tab that is not in front.
      { polling: POLL_MS, timeout },
    );
  } catch (error) {
    const seen = await page
      .evaluate((name) => performance.getEntriesByName(name, 'measure').length, TOTAL_MEASURE)
      .catch(() => 'unknown');
    throw new Error(
      `Deal Lens did not finish ${runs} analysis run(s) of ${page.url()} within ${timeout} ms (saw ${seen}).`,
      { cause: error },
    );
  }
}

/**
 * Runs in the page: the text of every range in each of `names`, in document order (paint order
 * is an implementation detail); empty arrays for highlights that are not registered. A page
 * function of its own, so Playwright and puppeteer pages both take it.
 */
export function highlightTexts(names: readonly HighlightName[]): Record<HighlightName, string[]> {
  // Inline callbacks only: under tsx (esbuild keepNames) a named helper becomes a call to a
  // __name() function that exists in Node, not in the page.
  const out = {} as Record<HighlightName, string[]>;
  for (const name of names) {
    const ranges: AbstractRange[] = [...(CSS.highlights.get(name) ?? [])];
    ranges.sort((a, b) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    );
    out[name] = ranges.map((r) => {
      if (r instanceof Range) return r.toString();
      // A StaticRange has no toString, and in Firefox a content script's Range is no Range of the
      // page's: a live copy of its boundaries has one.
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    });
  }
  return out;
}

/** {@link highlightTexts} of every Deal Lens highlight in `page`. */
export async function readHighlights(page: Page): Promise<Record<HighlightName, string[]>> {
  return page.evaluate(highlightTexts, HIGHLIGHT_NAMES);
}

/**
 * Opens the popup as a tab, pointed at `tabPage` through `?tab=<id>`: Playwright cannot attach
 * to the toolbar popup itself ({@link readToolbarPopup} reads that one).
 *
 * @throws when no tab, or more than one, shows `tabPage`'s URL.
 */
export async function openPopup(ext: ExtensionBrowser, tabPage: Page): Promise<Page> {
  const tabId = await findTabId(ext, tabPage.url());
  return openExtensionPage(ext, `popup.html?tab=${tabId}`);
}

/**
 * A file of the extension's own that runs none of its code: opened as a tab, it is an
 * extension page from which `chrome.extension.getViews` reaches the toolbar popup.
 */
export const OBSERVER_PAGE = 'compute-deals-v2.schema.json';

/** What {@link readToolbarPopup} reads from the popup, and when. */
export interface ToolbarPopupRead {
  /** Read once this selector matches in the popup, or once the popup has set this performance mark. */
  until: { selector: string } | { mark: string };
  /** Selectors whose first match's text to read. */
  texts?: string[];
  /** Performance marks whose time to read. */
  marks?: string[];
}

/** What {@link readToolbarPopup} saw. */
export interface ToolbarPopupView {
  /** The popup's own address after the file name, e.g. `?tab=12`. */
  search: string;
  /** Per selector asked for, the text of its first match, or null. */
  texts: (string | null)[];
  /** Per mark asked for, its time in ms after the popup's navigation started, or null. */
  marks: (number | null)[];
}

/**
 * Opens the real toolbar popup over `tabPage`, reads it from `observer` (an extension tab
 * showing {@link OBSERVER_PAGE}) and closes it, waiting until it is gone so that a next
 * opening is a new popup. Playwright cannot attach to the toolbar popup itself.
 */
export async function readToolbarPopup(ext: ExtensionBrowser, observer: Page, tabPage: Page, read: ToolbarPopupRead): Promise<ToolbarPopupView> {
  await tabPage.bringToFront();
  await ext.serviceWorker.evaluate(() => chrome.action.openPopup());
  const view = await observer.evaluate(
    ({ until, texts = [], marks = [] }) =>
      new Promise<ToolbarPopupView>((resolve, reject) => {
        const deadline = Date.now() + 10_000;
        // Anonymous callbacks only: the code is sent to the page as text, without tsx's name helper.
        const timer = setInterval(() => {
          const [popup] = chrome.extension.getViews({ type: 'popup' }) as Window[];
          const ready = popup && ('selector' in until ? popup.document.querySelector(until.selector) : popup.performance.getEntriesByName(until.mark)[0]);
          if (popup && ready) {
            clearInterval(timer);
            resolve({
              search: popup.location.search,
              texts: texts.map((s) => popup.document.querySelector(s)?.textContent ?? null),
              marks: marks.map((m) => popup.performance.getEntriesByName(m)[0]?.startTime ?? null),
            });
            popup.close();
          } else if (Date.now() > deadline) {
            clearInterval(timer);
            reject(new Error(`the toolbar popup was not ready (${JSON.stringify(until)}) within 10 s`));
          }
        }, 10);
      }),
    read,
  );
  await observer.waitForFunction(() => chrome.extension.getViews({ type: 'popup' }).length === 0, undefined, { timeout: 5_000 });
  return view;
}

/** Opens the options page as a tab. */
export async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  return openExtensionPage(ext, 'options.html');
}

/** Opens `chrome-extension://<id>/<pathname>` in a new tab with {@link consoleErrors} recording. */
export async function openExtensionPage(ext: ExtensionBrowser, pathname: string): Promise<Page> {
  const page = await ext.context.newPage();
  consoleErrors(page);
  await page.goto(`chrome-extension://${ext.extensionId}/${pathname}`);
  return page;
}

/**
 * The id of the tab showing `url` (the newest, if several do). The extension has no `tabs`
 * permission, so the browser does not tell it tabs' addresses: each tab's content script is
 * asked instead, and answers with its page's address. Asking loads the lens in those pages.
 * Polls briefly: right after a navigation a page can still be starting its content script.
 */
export async function findTabId(ext: ExtensionBrowser, url: string, timeout = 5_000): Promise<number> {
  const deadline = Date.now() + timeout;
  let seen: string[] = [];
  for (;;) {
    const tabs = await ext.serviceWorker.evaluate(async () =>
      Promise.all(
        (await chrome.tabs.query({})).map(async (t) => {
          const reply = t.id === undefined ? undefined : ((await chrome.tabs.sendMessage(t.id, { type: 'get-analysis' }).catch(() => undefined)) as { url?: string } | undefined);
          return { id: t.id, url: reply?.url };
        }),
      ),
    );
    const ids = tabs.filter((t) => t.url === url && t.id !== undefined).map((t) => t.id!);
    if (ids.length > 0) return Math.max(...ids);
    seen = tabs.map((t) => t.url ?? '(no content script)');
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`No tab shows ${url}; open tabs: ${seen.join(', ') || 'none'}.`);
}

const errorLogs = new WeakMap<Page, string[]>();

/**
 * Starts recording console errors and uncaught exceptions of `page` and returns the live list.
 * Idempotent; the openers here call it before navigating, so load-time errors are included.
 */
export function consoleErrors(page: Page): string[] {
  let log = errorLogs.get(page);
  if (!log) {
    const entries: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') entries.push(msg.text());
    });
    page.on('pageerror', (error) => entries.push(`Uncaught ${error.name}: ${error.message}`));
    errorLogs.set(page, entries);
    log = entries;
  }
  return log;
}

/**
 * Resolves once the extension's content script has run in `page`: Chromium creates an
 * extension's isolated world in a document only when it injects a script there, and CDP lists
 * those worlds with the extension's origin.
 *
 * @throws when no such world appears within the timeout.
 */
export async function waitForContentScript(page: Page, extensionId: string, timeout = 5_000): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  let timer: NodeJS.Timeout | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`No content script of ${extensionId} ran in ${page.url()} within ${timeout} ms.`)),
        timeout,
      );
      // Runtime.enable replays the worlds that already exist as events, then reports new ones.
      session.on('Runtime.executionContextCreated', ({ context }) => {
        if (context.origin === origin && context.auxData?.type === 'isolated') resolve();
      });
      session.send('Runtime.enable').catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await session.detach().catch(() => {});
  }
}
