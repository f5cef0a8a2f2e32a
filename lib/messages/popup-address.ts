/**
 * The toolbar popup's address for a tab, `popup.html?tab=<id>`, and after a
 * run of the tab's content script `&run=<token>`: the token of what that run
 * found, which the background keeps in session storage (lib/extension/run-reports.ts).
 * The popup shows that on its first render without the round trip to the page
 * (about 10 ms of a later opening on Chromium 156, 2 cores), and puts the
 * page's own answer in its place if it differs. Browsers drop a tab's popup
 * address when the tab goes to another page, and the background addresses it
 * afresh on each run, so a token never outlives the page it describes. (The
 * report itself does not go in the address: a long address slows the popup's
 * navigation by more than it saves.)
 */

/** What a run found, as the content script would answer `get-analysis` about it. */
export interface RunReport {
  /** The run's token, in the popup's address. */
  run: string;
  /** The page's address. */
  url: string;
  /** The analysis as JSON text; null on a page that is no deal coverage. */
  analysis: string | null;
}

/** Past this many characters of analysis the popup asks the page: a page of a thousand figures has no need to be quick to list them. */
export const MAX_REPORT_CHARS = 512 * 1024;

/** The popup's address for `tabId`, with the token of its last run when there is one. */
export function popupAddress(tabId: number, run?: string): string {
  return run ? `popup.html?tab=${tabId}&run=${encodeURIComponent(run)}` : `popup.html?tab=${tabId}`;
}

/** The run token a popup address's query names; undefined when it names none. */
export function runInAddress(search: string): string | undefined {
  const run = new URLSearchParams(search).get('run');
  return run && /^[\w-]{1,64}$/.test(run) ? run : undefined;
}

/**
 * A stored report, when it is of the expected shape and of the run `token`,
 * as a reply to `get-analysis` from a page where the extension runs; undefined
 * otherwise. The reply is checked as any other is.
 */
export function replyOfReport(stored: unknown, token: string): { ok: true; url: string; enabled: true; analysis: string | null } | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { run, url, analysis } = stored as Record<string, unknown>;
  if (run !== token || typeof url !== 'string' || (typeof analysis !== 'string' && analysis !== null)) return undefined;
  return { ok: true, url, enabled: true, analysis };
}
