import type { ToBackgroundMessage, ToContent } from '../messages/protocol';
import { parseReply, type ReplyOf } from '../messages/protocol';
import { sendToBackground, sendToTab } from './send';

/** Sends a request to the background and parses its reply; failures come back as `{ ok: false }`. */
export async function askBackground<K extends ToBackgroundMessage['type']>(message: Extract<ToBackgroundMessage, { type: K }>): Promise<ReplyOf<K>> {
  return parseReply(message.type as K, await sendToBackground(message));
}

/** Sends a request to a tab's content script and parses its reply. */
export async function askTab<K extends ToContent['type']>(tabId: number, message: Extract<ToContent, { type: K }>): Promise<ReplyOf<K>> {
  return parseReply(message.type as K, await sendToTab(tabId, message));
}
