import type { PopupEnv, PopupStore, PopupTab } from '@/components/popup/popup-env';
import { downloadFile } from '@/components/popup/download-file';
import { askTab } from '@/lib/extension/messaging';
import type { ReplyOf } from '@/lib/messages/protocol';
import { loadSettings, updateSettings } from '@/lib/extension/settings-store';

/** `?tab=<id>` names the tab to report on (browser tests open the popup as a page); else the active tab. */
async function resolveTab(search: string): Promise<PopupTab | undefined> {
  const named = new URLSearchParams(search).get('tab');
  // The content script's answer carries the page's address, so a named tab needs no lookup.
  if (named !== null && /^\d+$/.test(named)) return { id: Number(named) };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, ...(tab.url ? { url: tab.url } : {}) } : undefined;
}

/** The browser side of the popup: the tab, its content script, settings, the database. */
export function createPopupEnv(search: string): PopupEnv {
  // Both start now, while React loads and mounts: the first render waits on nothing else.
  const tab = resolveTab(search).catch(() => undefined);
  let firstAnswer: { tabId: number; reply: Promise<ReplyOf<'get-analysis'>> } | undefined;
  void tab.then((t) => {
    if (t) firstAnswer = { tabId: t.id, reply: askTab(t.id, { type: 'get-analysis' }) };
  });

  let store: Promise<PopupStore> | undefined;

  return {
    store: () => (store ??= import('./open-store').then(({ openStore }) => openStore())),
    resolveTab: () => tab,
    ask: ((tabId, message) => {
      if (message.type === 'get-analysis' && firstAnswer?.tabId === tabId) {
        const { reply } = firstAnswer;
        firstAnswer = undefined;
        return reply;
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
