import { setMessageSource } from '@/components/shared/i18n';
import { warmIntl } from '@/components/shared/warm-intl';
import { isOwnSender } from '@/lib/messages/protocol';
import { openDb } from '@/lib/storage/db';
import { createTabLimits, handleMessage } from './handle-message';
import { ensureDataset } from './bundled-dataset';
import { scheduleAutoSync, runAutoSync, AUTO_SYNC_ALARM } from './auto-sync';
import { forwardCommand } from './commands';
import { EngineCache } from './engine-cache';
import { createPageReader } from './page-reader';
import { loadSettings, SETTINGS_KEY } from '@/lib/extension/settings-store';
import { forgetRunReport } from '@/lib/extension/run-reports';

/**
 * Settings hold more than pages need (the dataset's address, which may carry a
 * token), so content scripts get no access to the extension's storage where
 * the browser allows that (Chromium; Firefox has no such switch): they ask
 * the background for their part (`page-settings`), and hear of changes here.
 */
function keepStorageFromContentScripts(): void {
  const local = browser.storage.local as { setAccessLevel?: (details: { accessLevel: string }) => Promise<void> };
  void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
}

/** Tells every tab's content script that the settings changed; tabs without one just fail to answer. */
async function tellTabsSettingsChanged(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, { type: 'settings-changed' }).catch(() => {});
  }
}

export default defineBackground(() => {
  keepStorageFromContentScripts();
  // Hover cards are worded here (describe.ts), in the browser's language.
  setMessageSource(browser.i18n);
  const db = openDb();
  const engines = new EngineCache(db);
  const limits = createTabLimits();
  const services = { db, engines, limits, readPage: createPageReader() };

  browser.runtime.onInstalled.addListener(() => {
    void ensureDataset(db, 'install');
  });
  browser.runtime.onStartup.addListener(() => {
    void ensureDataset(db, 'install');
  });

  browser.runtime.onMessage.addListener((message, sender) => {
    // Only this extension's own pages and content scripts may talk to it.
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    return handleMessage(services, message, sender);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    limits.analyze.forget(tabId);
    limits.pages.forget(tabId);
    limits.records.forget(tabId);
    void forgetRunReport(tabId);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_SYNC_ALARM) void runAutoSync(db);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void loadSettings().then(scheduleAutoSync);
    void tellTabsSettingsChanged();
  });
  void loadSettings().then(scheduleAutoSync);

  browser.commands.onCommand.addListener((command) => void forwardCommand(command));

  // In a task of its own, once the listeners are in place (components/shared/warm-intl.ts).
  setTimeout(() => warmIntl(browser.i18n.getUILanguage()), 0);
});
