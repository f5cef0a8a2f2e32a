import { browser } from 'wxt/browser';
import type { ToBackgroundMessage, ToContent } from '../messages/protocol';
import { parseReply, type ReplyOf } from '../messages/protocol';

/** Sends a request to the background and parses its reply; failures come back as `{ ok: false }`. */
export async function askBackground<K extends ToBackgroundMessage['type']>(message: Extract<ToBackgroundMessage, { type: K }>): Promise<ReplyOf<K>> {
  return parseReply(message.type as K, await sendToBackground(message));
}

/**
 * Sends a request and resolves with the raw, unchecked reply (a failure to
 * deliver becomes an error reply), for a caller that times sending and
 * checking apart. Pass the result to `parseReply`.
 */
export function sendToBackground(message: ToBackgroundMessage): Promise<unknown> {
  try {
    return browser.runtime.sendMessage(message).catch((err: unknown) => ({ ok: false, error: (err as Error).message }));
  } catch (err) {
    return Promise.resolve({ ok: false, error: (err as Error).message });
  }
}

/** Sends a request to a tab's content script and parses its reply. */
export async function askTab<K extends ToContent['type']>(tabId: number, message: Extract<ToContent, { type: K }>): Promise<ReplyOf<K>> {
  try {
    return parseReply(message.type as K, await browser.tabs.sendMessage(tabId, message));
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
