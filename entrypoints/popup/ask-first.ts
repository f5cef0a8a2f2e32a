import type { PopupTab } from '@/components/popup/popup-env';
import { sendToTab } from '@/lib/extension/send';

/** The tab the popup reports on, and its content script's reply to `get-analysis`, still unchecked. */
export interface AskedFirst {
  tab: PopupTab;
  reply: Promise<unknown>;
}

/**
 * `?tab=<id>` names the tab to report on. The background gives each tab whose
 * page has reported to it a toolbar popup at that address (toolbar-button.ts),
 * and the browser tests open the popup as a page at it. Without it, the active tab.
 */
async function resolveTab(search: string): Promise<PopupTab | undefined> {
  // The content script's answer carries the page's address, so a named tab needs no lookup.
  const named = namedTab(search);
  if (named) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id } : undefined;
}

/** The tab `?tab=<id>` names; undefined when there is none. */
export function namedTab(search: string): PopupTab | undefined {
  const named = new URLSearchParams(search).get('tab');
  return named !== null && /^\d+$/.test(named) ? { id: Number(named) } : undefined;
}

/**
 * Finds the tab and asks its content script for the analysis; undefined when
 * there is no tab. The reply is not checked here: that takes zod, and this
 * runs before anything else has loaded (check-first.ts checks it).
 */
export async function askFirst(search: string): Promise<AskedFirst | undefined> {
  const tab = await resolveTab(search).catch(() => undefined);
  return tab && { tab, reply: sendToTab(tab.id, { type: 'get-analysis' }) };
}
