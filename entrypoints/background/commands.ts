/** Keyboard commands act on the active tab's content script. */
export async function forwardCommand(command: string): Promise<void> {
  if (command !== 'next-flag' && command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await browser.tabs.sendMessage(tab.id, { type: command });
  } catch {
    // No content script on this tab (a browser page, or a site the user turned off).
  }
}
