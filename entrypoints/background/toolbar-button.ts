/**
 * A tab's toolbar button: its badge and title, and the address of its popup.
 * Firefox builds are Manifest V2, where the same API is `browserAction`.
 */
import { formatNumber } from '@/components/shared/format';
import { t } from '@/components/shared/i18n';
import { countRepeats } from '@/components/shared/repeated-figures';
import type { Figure } from '@/lib/analyze/types';
import { forgetRunReport, keepRunReport } from '@/lib/extension/run-reports';
import { popupAddress, type RunReport } from '@/lib/messages/popup-address';

const toolbarAction = () => browser.action ?? browser.browserAction;

type Counted = Parameters<typeof countRepeats>[0][number] & Partial<Pick<Figure, 'conflicts' | 'coverage'>>;

/** The tooltip for `distinct` figures stated `total` times, in the browser's language. */
function titleOf(distinct: number, total: number, kind: 'flags' | 'checked'): string {
  const count = formatNumber(distinct);
  const times = formatNumber(total);
  if (kind === 'flags') {
    if (total > distinct) return distinct === 1 ? t('toolbar_title_flags_one_repeated', times) : t('toolbar_title_flags_repeated', [count, times]);
    return distinct === 1 ? t('toolbar_title_flags_one') : t('toolbar_title_flags', count);
  }
  if (total > distinct) return distinct === 1 ? t('toolbar_title_checked_one_repeated', times) : t('toolbar_title_checked_repeated', [count, times]);
  return distinct === 1 ? t('toolbar_title_checked_one') : t('toolbar_title_checked', count);
}

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * The number of figures that differ in red, or else the number of figures
 * stated otherwise (on the page or in coverage read) in amber, or else the
 * number of checked figures in a neutral grey; nothing on other pages.
 * Conflicts are counted apart from dataset mismatches, and the tooltip names
 * both. A figure the page states more than once counts once, as the popup
 * lists it; the tooltip gives both numbers ("1 figure differs from the
 * reference, 4 times").
 */
export function badgeFor(shown: readonly Counted[]): Badge {
  const conflicts = countRepeats(shown.filter((f) => f.status === 'unverified' && (f.conflicts?.length || f.coverage))).distinct;
  const andConflicts = (title: string) => (conflicts > 0 ? t('toolbar_title_and_conflicts', [title, conflictsText(conflicts)]) : title);
  const flags = countRepeats(shown.filter((f) => f.status === 'mismatch'));
  if (flags.distinct > 0) return { text: String(flags.distinct), color: '#c62828', title: andConflicts(titleOf(flags.distinct, flags.total, 'flags')) };
  if (conflicts > 0) return { text: String(conflicts), color: '#b26a00', title: t('toolbar_title_conflicts_only', conflictsText(conflicts)) };
  const checked = countRepeats(shown.filter((f) => f.status !== 'unverified'));
  if (checked.distinct > 0) return { text: String(checked.distinct), color: '#5f6368', title: titleOf(checked.distinct, checked.total, 'checked') };
  return { text: '', color: '#5f6368', title: t('extName') };
}

function conflictsText(count: number): string {
  return count === 1 ? t('toolbar_conflicts_one') : t('toolbar_conflicts', formatNumber(count));
}

/** Puts the badge for a tab's painted figures on its toolbar button. */
export async function showBadge(tabId: number, shown: readonly Counted[]): Promise<void> {
  const { text, color, title } = badgeFor(shown);
  try {
    const action = toolbarAction();
    await action.setBadgeBackgroundColor({ tabId, color });
    await action.setBadgeText({ tabId, text });
    await action.setTitle({ tabId, title });
  } catch {
    // The tab may have closed meanwhile.
  }
}

/**
 * Addresses the tab's toolbar popup as `popup.html?tab=<id>`: the popup then
 * knows its tab from its own address and asks the tab's content script
 * straight away, without first asking the browser which tab is active (7–15 ms
 * of a first opening, 2–7 ms of later ones, Chromium 156 on 2 cores). With
 * `run`, what the page's last run found is kept, and its token put in the
 * address, for the popup to show before the page answers
 * (lib/messages/popup-address.ts). Browsers drop the setting when the tab
 * goes to another page; until that page reports here, the popup looks the
 * active tab up.
 */
export async function addressPopupToTab(tabId: number, run?: Omit<RunReport, 'run'>): Promise<void> {
  let token: string | undefined;
  if (run) token = await keepRunReport(tabId, run);
  else await forgetRunReport(tabId);
  try {
    await toolbarAction().setPopup({ tabId, popup: popupAddress(tabId, token) });
  } catch {
    // As above.
  }
}
