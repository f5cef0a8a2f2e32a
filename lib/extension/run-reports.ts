import { browser } from 'wxt/browser';
import { MAX_REPORT_CHARS, type RunReport } from '../messages/popup-address';

/**
 * What each tab's last run found, for its popup's first render
 * (lib/messages/popup-address.ts). Session storage lives in memory only, is
 * emptied when the browser closes, and is out of content scripts' reach.
 */
const keyOf = (tabId: number) => `run:${tabId}`;

/** Keeps `report` of `tabId`'s run; its token, or undefined when it was not kept (too long, or storage refused it). */
export async function keepRunReport(tabId: number, report: Omit<RunReport, 'run'>): Promise<string | undefined> {
  if ((report.analysis?.length ?? 0) > MAX_REPORT_CHARS) {
    await forgetRunReport(tabId);
    return undefined;
  }
  const run = crypto.randomUUID();
  try {
    await browser.storage.session.set({ [keyOf(tabId)]: { ...report, run } });
    return run;
  } catch {
    return undefined;
  }
}

/** The stored report of `tabId`'s last run, unchecked; undefined when there is none or storage fails. */
export async function storedRunReport(tabId: number): Promise<unknown> {
  try {
    return (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  } catch {
    return undefined;
  }
}

export async function forgetRunReport(tabId: number): Promise<void> {
  try {
    await browser.storage.session.remove(keyOf(tabId));
  } catch {
    // Nothing to forget, or no session storage: the popup then asks the page.
  }
}
