import type { TabAnswer } from '@/components/popup/popup-env';
import type { Analysis } from '@/lib/analyze/types';
import type { ReplyOf } from '@/lib/messages/protocol';
import type { AskedFirst } from './ask-first';

/**
 * The first question's reply, for the first render. A reply of the expected
 * shape is read in outline only (its envelope, and the analysis' lists), and
 * its full check against the message contract waits until the popup is on
 * screen (use-tab-analysis.ts): checking 50 figures with zod took longer than
 * rendering them, and zod itself loads only then. Anything else is checked in
 * full at once (a malformed reply becomes an error reply).
 */
export async function checkFirst(asked: Promise<AskedFirst | undefined>): Promise<TabAnswer | undefined> {
  const first = await asked;
  if (!first) return undefined;
  const raw = await first.reply;
  const outline = readOutline(raw);
  const fullCheck = () => import('@/lib/messages/protocol').then(({ parseReply }) => parseReply('get-analysis', raw));
  return outline ? { tab: first.tab, reply: outline, fullCheck } : { tab: first.tab, reply: await fullCheck() };
}
/** A `get-analysis` reply whose envelope and analysis outline are as the contract has them; undefined otherwise. */
export function readOutline(raw: unknown): ReplyOf<'get-analysis'> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { ok, url, enabled, analysis } = raw as Record<string, unknown>;
  if (ok !== true || typeof url !== 'string' || typeof enabled !== 'boolean') return undefined;
  if (analysis === null) return { ok, url, enabled, analysis: null };
  if (typeof analysis !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(analysis);
  } catch {
    return undefined;
  }
  return isOutline(value) ? { ok, url, enabled, analysis: value } : undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOfObjects = (value: unknown) => Array.isArray(value) && value.every(isObject);

function isOutline(value: unknown): value is Analysis {
  return (
    isObject(value) &&
    typeof value.title === 'string' &&
    typeof value.lang === 'string' &&
    typeof value.isComputeDeal === 'boolean' &&
    Array.isArray(value.deals) &&
    value.deals.every((id) => typeof id === 'string') &&
    listOfObjects(value.entities) &&
    listOfObjects(value.figures)
  );
}
