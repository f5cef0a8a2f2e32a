/**
 * The toolbar badge of a tab: the number of mismatches in red, or else the
 * number of checked figures in a neutral grey; nothing on other pages.
 */
export async function showBadge(tabId: number, mismatches: number, checked: number): Promise<void> {
  const text = mismatches > 0 ? String(mismatches) : checked > 0 ? String(checked) : '';
  const color = mismatches > 0 ? '#c62828' : '#5f6368';
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({
      tabId,
      title: mismatches > 0 ? `Compute Deal Lens: ${mismatches} figure(s) differ from the reference` : checked > 0 ? `Compute Deal Lens: ${checked} figure(s) checked` : 'Compute Deal Lens',
    });
  } catch {
    // The tab may have closed meanwhile.
  }
}
