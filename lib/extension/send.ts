import { browser } from 'wxt/browser';
import type { ToBackgroundMessage, ToContent } from '../messages/protocol';

/**
 * Sending without checking the reply: each resolves with the raw reply, and a
 * failure to deliver becomes an error reply. For callers that time sending and
 * checking apart, or that run before zod has loaded (the popup's first
 * question); pass the result to `parseReply`. This module imports no schema.
 */
export function sendToBackground(message: ToBackgroundMessage): Promise<unknown> {
  return delivered(() => browser.runtime.sendMessage(message));
}

export function sendToTab(tabId: number, message: ToContent): Promise<unknown> {
  return delivered(() => browser.tabs.sendMessage(tabId, message));
}

function delivered(send: () => Promise<unknown>): Promise<unknown> {
  try {
    return send().catch((err: unknown) => ({ ok: false, error: (err as Error).message }));
  } catch (err) {
    return Promise.resolve({ ok: false, error: (err as Error).message });
  }
}
