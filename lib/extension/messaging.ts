import type { ToContent } from '../messages/protocol';
import { parseReply, type ReplyOf } from '../messages/protocol';
import { sendToTab } from './send';

/** Sends a request to a tab's content script and parses its reply. */
export async function askTab<K extends ToContent['type']>(tabId: number, message: Extract<ToContent, { type: K }>): Promise<ReplyOf<K>> {
  return parseReply(message.type as K, await sendToTab(tabId, message));
}
