import type { TabAnswer } from '@/components/popup/popup-env';
import { storedRunReport } from '@/lib/extension/run-reports';
import { replyOfReport, runInAddress } from '@/lib/messages/popup-address';
import { askFirst, namedTab, type AskedFirst } from './ask-first';
import { checkFirst } from './check-first';

/** The answers the popup starts from. */
export interface FirstAnswers {
  /** The answer its first render shows. */
  first: Promise<TabAnswer | undefined>;
  /**
   * When `first` came from the report of the page's last run: the page's own
   * answer, fully checked, if it differs from that (undefined if it does not).
   */
  latest?: Promise<TabAnswer | undefined>;
}

/**
 * Asks the tab for its analysis and, when the popup's address names the
 * page's last run, reads what the background kept of it
 * (lib/messages/popup-address.ts): the first render then shows that without
 * waiting for the page, and the page's answer follows.
 */
export function firstAnswers(search: string, storedReport: (tabId: number) => Promise<unknown> = storedRunReport): FirstAnswers {
  const asked = askFirst(search);
  const tab = namedTab(search);
  const run = runInAddress(search);
  if (!tab || !run) return { first: checkFirst(asked) };
  const report = storedReport(tab.id).then((stored) => replyOfReport(stored, run));
  return {
    first: report.then((reply) => checkFirst(reply ? Promise.resolve({ tab, reply: Promise.resolve(reply) }) : asked)),
    latest: report.then((reply) => (reply ? pageAnswer(asked, reply) : undefined)),
  };
}

/** A kept report, read as the page's reply. */
type KeptReply = NonNullable<ReturnType<typeof replyOfReport>>;

/** The page's own answer, fully checked, when it differs from `shown`; undefined when it does not. */
async function pageAnswer(asked: Promise<AskedFirst | undefined>, shown: KeptReply): Promise<TabAnswer | undefined> {
  const live = await asked;
  if (!live || sameReply(await live.reply, shown)) return undefined;
  const answer = await checkFirst(Promise.resolve(live));
  return answer?.fullCheck ? { tab: answer.tab, reply: await answer.fullCheck() } : answer;
}

function sameReply(raw: unknown, shown: KeptReply): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { ok, url, enabled, analysis } = raw as Record<string, unknown>;
  return ok === true && url === shown.url && enabled === true && analysis === shown.analysis;
}
