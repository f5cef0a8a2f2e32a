import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { DEFAULT_EXTENSION_PATH } from './paths';

// Only the service worker has `chrome`; this tells the compiler so for `evaluate` callbacks.
declare const chrome: typeof Browser | undefined;

/** Fixed by the manifest `key` in wxt.config.ts; a different id means the wrong build was loaded. */
export const EXTENSION_ID = 'miemlklbipgdmoonpghjfgkagbfnaphc';

/** Options for {@link launchExtension}. */
export interface LaunchOptions {
  /** Unpacked extension folder; defaults to `.output/chrome-mv3`. */
  extensionPath?: string;
  /** BCP 47 tag such as `zh-CN`: the browser UI language, hence `chrome.i18n` and `navigator.language`. */
  locale?: string;
  /** Show a window (needs a display, e.g. `xvfb-run`); headless otherwise. */
  headed?: boolean;
  /**
   * Profile folder to use and keep, e.g. to start the browser again on the same profile;
   * a fresh one, deleted on close, otherwise.
   */
  userDataDir?: string;
  /**
   * Turns on the setting "Mark timings for DevTools" before any page opens (default true):
   * {@link waitForAnalysis} counts the content script's runs by their `deal-lens:total`
   * measures, which the extension records only then. `false` leaves the extension's own
   * default, off.
   */
  markTimings?: boolean;
}

/** A running Chromium with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker; `evaluate` runs code there with `chrome.*`. */
  serviceWorker: Worker;
  /** Closes the browser and deletes its profile; safe to call twice. */
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 15_000;

/** The flags every browser the harness starts gets, besides the extension's and the headless mode. */
const BROWSER_ARGS = [
  // Running as root (CI containers) requires it.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  // Keep the browser from phoning home: no internet here, and fewer timers to wait on.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

/**
 * Starts Chromium as {@link launchExtension} does, in the same mode on a fresh
 * profile, but with no extension: the baseline a page's cost with an
 * extension is set against. `close` ends it and deletes its profile.
 */
export async function launchWithoutExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'deal-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    args: ['--headless=new', ...BROWSER_ARGS],
    timeout: 30_000,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts Chromium with a fresh profile and the built extension, and waits until its
 * service worker can use extension APIs.
 *
 * @throws when the build output or Chromium is missing, or the worker never starts.
 */
export async function launchExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionPath = path.resolve(opts.extensionPath ?? DEFAULT_EXTENSION_PATH);
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run npm run build first.`);
  }
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: run bash .ci/install-system-packages, or set CHROMIUM_PATH.`,
    );
  }
  if (opts.headed && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('A headed browser needs a display: run under xvfb-run, or drop `headed`.');
  }
  if (opts.locale) assertLocaleInstalled(executablePath, opts.locale);

  const args = [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`, ...BROWSER_ARGS];
  // Ask for the new headless mode by name: it is the full browser, extensions included, whereas
  // what a bare --headless (Playwright's `headless: true`) means has changed across Chromium versions.
  if (!opts.headed) args.unshift('--headless=new');

  let env: NodeJS.ProcessEnv | undefined;
  if (opts.locale) {
    args.push(`--lang=${opts.locale}`);
    // On Linux the UI language follows the environment: measured on Chromium 156, --lang alone
    // leaves chrome.i18n.getUILanguage() at en-US, LANGUAGE/LANG switch it. LC_* would win over LANG.
    const posix = opts.locale.replace('-', '_');
    env = { ...process.env, LANGUAGE: posix, LANG: `${posix}.UTF-8` };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
  }

  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'deal-lens-profile-')));
  const removeProfile = () => (opts.userDataDir ? Promise.resolve() : rm(userDataDir, { recursive: true, force: true }));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: false,
      args,
      env,
      timeout: 30_000,
    });
    const serviceWorker = await findServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    if (opts.markTimings ?? true) await turnOnTimingMarks(serviceWorker);
    let closed = false;
    const ctx = context;
    return {
      context: ctx,
      extensionId,
      serviceWorker,
      async close() {
        if (closed) return;
        closed = true;
        await ctx.close().catch(() => {});
        await removeProfile();
      },
    };
  } catch (error) {
    await context?.close().catch(() => {});
    await removeProfile();
    throw error;
  }
}

/**
 * The worker can be reported before the extension bindings exist in it: in one launch of a
 * dozen `evaluate` saw no `chrome` global. Poll until `chrome.runtime.id` is there.
 */
async function findServiceWorker(context: BrowserContext): Promise<Worker> {
  const isExtensionWorker = (w: Worker) => w.url().startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', {
      predicate: isExtensionWorker,
      timeout: SERVICE_WORKER_TIMEOUT_MS,
    }));
  const deadline = Date.now() + SERVICE_WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await worker
      .evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome?.runtime?.id))
      .catch(() => false);
    if (ready) return worker;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`The extension service worker at ${worker.url()} never got extension APIs.`);
}

/**
 * Stores "Mark timings for DevTools" on, over whatever settings the profile holds; the
 * extension fills in the rest (lib/settings/schema.ts, migrateSettings). Version 2 is the
 * first with the switch.
 */
async function turnOnTimingMarks(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    const stored = (await chrome!.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await chrome!.storage.local.set({ settings: { ...stored, version: Math.max(2, Number(stored?.version) || 0), markTimings: true } });
  });
}

/**
 * Debian ships UI translations in a separate package (chromium-l10n); without it Chromium
 * silently falls back to en-US and a locale test would pass or fail for the wrong reason.
 */
function assertLocaleInstalled(executablePath: string, locale: string): void {
  const candidates = [
    path.join(path.dirname(realpathSync(executablePath)), 'locales'),
    '/usr/lib/chromium/locales',
  ];
  const dir = candidates.find((d) => existsSync(d));
  if (!dir) return;
  const language = locale.split(/[-_]/)[0]!.toLowerCase();
  const installed = readdirSync(dir).some((f) => f.toLowerCase().startsWith(language) && f.endsWith('.pak'));
  if (!installed) {
    throw new Error(
      `Chromium has no ${locale} translation in ${dir}: run bash .ci/install-system-packages (it installs chromium-l10n).`,
    );
  }
}

/**
 * The pages the background has remembered, read from the extension's database
 * in its service worker; `T` names the fields a test reads.
 */
export async function pagesRemembered<T>(ext: ExtensionBrowser): Promise<T[]> {
  return ext.serviceWorker.evaluate(
    () =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('compute-deal-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('pages').objectStore('pages').getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/**
 * Grants the extension access to `origin` as a user would on its details page. Clicking
 * "Sync now" asks for that access, and headless Chromium has no way to answer the prompt,
 * so the grant must exist already; the request then resolves at once.
 */
export async function grantHostAccess(ext: ExtensionBrowser, origin: string): Promise<void> {
  const manager = await ext.context.newPage();
  try {
    await manager.goto(`chrome://extensions/?id=${ext.extensionId}`);
    await manager.evaluate(
      async ([id, pattern]) => {
        const developer = (chrome as unknown as { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } }).developerPrivate;
        await developer.addHostPermission(id!, pattern!);
      },
      // As the options page asks for it: the host without its port (entrypoints/options/create-env.ts).
      [ext.extensionId, `${new URL(origin).protocol}//${new URL(origin).hostname}/*`],
    );
  } finally {
    await manager.close();
  }
}
