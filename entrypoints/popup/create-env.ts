import type { PopupEnv, PopupStore, TabAnswer } from '@/components/popup/popup-env';
import { downloadFile } from '@/components/popup/download-file';
import { askTab } from '@/lib/extension/messaging';
import { loadSettings, updateSettings } from '@/lib/extension/settings-store';

/**
 * The browser side of the popup: the tab, its content script, settings, the
 * database. `first` is the answer to the `get-analysis` main.ts asked before
 * this code loaded; `answered` is that answer when it has come already.
 */
export function createPopupEnv(first: Promise<TabAnswer | undefined>, answered?: TabAnswer): PopupEnv {
  // The early reply answers the popup's first `get-analysis` only: later ones (rechecks) must ask again.
  let firstUnused = !answered;
  let store: Promise<PopupStore> | undefined;

  return {
    ...(answered ? { answered } : {}),
    store: () => (store ??= import('./open-store').then(({ openStore }) => openStore())),
    resolveTab: () => first.then((answer) => answer?.tab),
    ask: (async (tabId, message) => {
      if (message.type === 'get-analysis' && firstUnused) {
        firstUnused = false;
        const answer = await first.catch(() => undefined);
        if (answer?.tab.id === tabId) return answer.reply;
      }
      return askTab(tabId, message);
    }) as PopupEnv['ask'],
    loadSettings,
    updateSettings,
    openTab(url) {
      void browser.tabs.create({ url });
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    download: (filename, text, mimeType) => downloadFile(document, filename, text, mimeType),
    now: Date.now,
  };
}
