import type { TabAnswer } from '@/components/popup/popup-env';
import { parseReply } from '@/lib/messages/protocol';
import type { AskedFirst } from './ask-first';

/** The first question's reply, checked against the message contract (a malformed one becomes an error reply). */
export async function checkFirst(asked: Promise<AskedFirst | undefined>): Promise<TabAnswer | undefined> {
  const first = await asked;
  return first && { tab: first.tab, reply: parseReply('get-analysis', await first.reply) };
}
