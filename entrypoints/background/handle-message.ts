import type { Browser } from 'wxt/browser';
import { analyzeArticle } from '@/lib/analyze/analyze-article';
import { namesDeal } from '@/lib/analyze/names-deal';
import type { Figure } from '@/lib/analyze/types';
import { pageRecord, type PageRecord } from '@/lib/messages/page-record';
import { encodeMarks } from '@/lib/messages/paint-marks';
import { toBackgroundSchema, type ToBackground } from '@/lib/messages/protocol';
import type { DealLensDb } from '@/lib/storage/db';
import { pruneHistory, rememberPage } from '@/lib/storage/page-history';
import { loadSettings } from '@/lib/extension/settings-store';
import { addressPopupToTab, showBadge } from './toolbar-button';
import { describe } from './describe';
import type { EngineCache } from './engine-cache';

type Sender = Browser.runtime.MessageSender;

/**
 * Answers one request. Anything that fails validation gets an error reply;
 * nothing a sender puts in a message can throw past this function.
 */
export async function handleMessage(db: DealLensDb, engines: EngineCache, raw: unknown, sender: Sender): Promise<unknown> {
  const parsed = toBackgroundSchema().safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` };
  try {
    return await dispatch(db, engines, parsed.data, sender);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

async function dispatch(db: DealLensDb, engines: EngineCache, message: ToBackground, sender: Sender): Promise<unknown> {
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'analyze': {
      const engine = await engines.get();
      if (!engine) return { ok: false, error: 'no dataset is loaded' };
      const analysis = analyzeArticle(engine, message.article, { force: message.force });
      const shown = analysis.isComputeDeal || message.force;
      // The page paints what this returns; its badge and its place in the history follow from here.
      await report(db, sender.tab?.id, shown ? analysis.figures : [], analysis.isComputeDeal ? pageRecord(analysis, message.url) : null);
      return { ok: true, isComputeDeal: analysis.isComputeDeal, marks: shown ? encodeMarks(analysis) : '', analysis: JSON.stringify(analysis) };
    }
    case 'describe':
      return { ok: true, card: describe(message.target, (await engines.get())?.dataset) };
    case 'names-deal': {
      const engine = await engines.get();
      return { ok: true, named: engine ? namesDeal(engine, message.text) : false };
    }
    case 'page-cleared':
      await report(db, sender.tab?.id, [], null);
      return { ok: true };
    default:
      return message satisfies never;
  }
}

/**
 * Shows the counts of a tab's painted figures on its badge, addresses its
 * popup to it, and remembers a deal page for related coverage.
 */
async function report(db: DealLensDb, tabId: number | undefined, shown: Figure[], record: PageRecord | null): Promise<void> {
  if (tabId !== undefined) {
    await showBadge(tabId, shown);
    // Not waited for: the page paints once this request is answered.
    void addressPopupToTab(tabId);
  }
  if (record) {
    await rememberPage(db, record);
    await pruneHistory(db, (await loadSettings()).historyDays);
  }
}
