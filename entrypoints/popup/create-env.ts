import type { PopupEnv, PopupStore, TabAnswer } from '@/components/popup/popup-env';
import { downloadFile } from '@/components/popup/download-file';
import { sendToTab } from '@/lib/extension/send';

// zod, which the message and settings checks need, loads once the first render is on screen.
const protocol = () => import('@/lib/messages/protocol');
const settingsStore = () => import('@/lib/extension/settings-store');

/**
 * The browser side of the popup: the tab, its content script, settings, the
 * database. `first` is the answer to the `get-analysis` main.ts asked before
 * this code loaded; `answered` is that answer when it has come already;
 * `latest`, the page's own answer when `first` came from a kept report.
 */
export function createPopupEnv(first: Promise<TabAnswer | undefined>, answered?: TabAnswer, latest?: Promise<TabAnswer | undefined>): PopupEnv {
  // The early reply answers the popup's first `get-analysis` only: later ones (rechecks) must ask again.
  let firstUnused = !answered;
  let store: Promise<PopupStore> | undefined;

  return {
    ...(answered ? { answered } : {}),
    ...(latest ? { latest } : {}),
    store: () => (store ??= import('./open-store').then(({ openStore }) => openStore())),
    resolveTab: () => first.then((answer) => answer?.tab),
    ask: (async (tabId, message) => {
      if (message.type === 'get-analysis' && firstUnused) {
        firstUnused = false;
        const answer = await first.catch(() => undefined);
        if (answer?.tab.id === tabId) return answer.reply;
      }
      const [raw, { parseReply }] = await Promise.all([sendToTab(tabId, message), protocol()]);
      return parseReply(message.type, raw);
    }) as PopupEnv['ask'],
    loadSettings: () => settingsStore().then(({ loadSettings }) => loadSettings()),
    updateSettings: (change) => settingsStore().then(({ updateSettings }) => updateSettings(change)),
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
