/**
 * How the part of the content script every page loads (the gate, gate.ts)
 * and the part it loads on likely deal coverage (entrypoints/content-lens)
 * meet. Types only, besides two names: the lens is a separate script the gate
 * imports at run time, and it hands itself over on a global of the content
 * script's own world, which the page cannot see.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSample } from '@/lib/content/page-sample';
import type { extractInSteps } from '@/lib/content/extract-main-content';
import type { decodeMarks } from '@/lib/messages/paint-marks';
import type { staticRangeForSpan } from '@/lib/paint/ranges';
import type { MeasureAs, Timed } from './run-timer';

/** The lens's file in the extension (a web-accessible resource, behind a per-session address in Chromium). */
export const LENS_FILE = '/content-lens.js';
/** The content-script-world global the lens sets when it has loaded. */
export const LENS_GLOBAL = '__computeDealLens';

/** The page's own reading, which the lens loads only when a page cannot be read in the extension's document. */
export const FALLBACK_FILE = '/content-fallback.js';
/** The content-script-world global the fallback sets when it has loaded. */
export const FALLBACK_GLOBAL = '__computeDealLensFallback';

/** What the fallback gives the lens: Readability in steps, and the marks placed on its blocks. */
export interface FallbackModule {
  extractInSteps: typeof extractInSteps;
  decodeMarks: typeof decodeMarks;
  staticRangeForSpan: typeof staticRangeForSpan;
}

/** What the lens may ask of the gate. */
export interface LensHost {
  ctx: ContentScriptContext;
  /** A run of the pipeline, timed as any other (the popup's "Analyze anyway"). */
  run(force: boolean): Promise<boolean>;
  /** A run as soon as the rate bound allows (a settings change switched the page on). */
  runSoon(): void;
}

/** The lens as the gate uses it. */
export interface LensApi {
  /**
   * The rest of a run the pre-filter let through: main content, the background's analysis, paint.
   * `timed` counts work as the page's; `measureAs` names a stretch of it for the timeline.
   */
  analyze(force: boolean, sample: PageSample, timed: Timed, measureAs: MeasureAs): Promise<boolean>;
  /** Takes everything off the page; `report` also clears the badge. */
  clear(report: boolean): false;
  /** Drops highlights whose text has changed or gone. */
  prune(): void;
  /** Answers a message from the extension (already known to be from it). */
  answer(raw: unknown): Promise<unknown>;
}

/**
 * Where the lens reads a page's main content: `extension`, in the
 * extension's own document from the page's serialisation, falling back to the
 * page itself when that cannot be placed back; `page`, on the page's own
 * thread as before. The browser tests switch it to compare the two.
 */
export type ReadIn = 'extension' | 'page';

export interface LensModule {
  createLens(host: LensHost): LensApi;
  /** Read at each run; `extension` unless a test changed it in the content script's world. */
  readIn: ReadIn;
}
