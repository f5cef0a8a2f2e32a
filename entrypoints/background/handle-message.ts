import type { Browser } from 'wxt/browser';
import { analyzeArticle } from '@/lib/analyze/analyze-article';
import { namesDeal } from '@/lib/analyze/names-deal';
import type { Analysis, Article, Figure } from '@/lib/analyze/types';
import { pageRecord, type PageRecord } from '@/lib/messages/page-record';
import { encodeNodeMarks } from '@/lib/messages/node-marks';
import { encodeMarks } from '@/lib/messages/paint-marks';
import type { RunReport } from '@/lib/messages/popup-address';
import { toBackgroundSchema, type ToBackground } from '@/lib/messages/protocol';
import { AnalyzeBudget, RecordPace } from '@/lib/messages/tab-budget';
import type { DealLensDb } from '@/lib/storage/db';
import { pagesAboutDeals, pruneHistory, rememberPage } from '@/lib/storage/page-history';
import { coverageOf } from '@/lib/compare/coverage';
import { loadSettings } from '@/lib/extension/settings-store';
import { isSiteEnabled } from '@/lib/settings/schema';
import { addressPopupToTab, showBadge } from './toolbar-button';
import { describe } from './describe';
import type { EngineCache } from './engine-cache';
import type { PageReader } from './page-reader';

type Sender = Browser.runtime.MessageSender;

/** What the background allows each tab, kept for as long as the background runs. */
export interface TabLimits {
  analyze: AnalyzeBudget;
  /** Pages sent whole to be read here (`analyze-page`): markup is several times the article's text. */
  pages: AnalyzeBudget;
  records: RecordPace;
}

export function createTabLimits(): TabLimits {
  return { analyze: new AnalyzeBudget(), pages: new AnalyzeBudget(PAGE_LIMITS), records: new RecordPace() };
}

/**
 * As ANALYZE_LIMITS, for whole pages: a long article's page is a few MB of
 * markup, rerun at most every 2 s as it changes. A page past this reads
 * itself and sends its article (`analyze`), within that budget.
 */
const PAGE_LIMITS = { runs: 60, chars: 64_000_000, windowMs: 60_000 };

/** What the background needs besides the message. */
export interface Services {
  db: DealLensDb;
  engines: EngineCache;
  limits: TabLimits;
  readPage: PageReader;
}

/**
 * The address of the page a content script runs in, as the browser reports
 * it: the frame's (`sender.url`), else its tab's. Never the page's own word.
 */
function senderPage(sender: Sender): string | undefined {
  const url = sender.url ?? sender.tab?.url;
  return url && /^https?:/i.test(url) ? url : undefined;
}

/**
 * Answers one request. Anything that fails validation gets an error reply;
 * nothing a sender puts in a message can throw past this function.
 */
export async function handleMessage(services: Services, raw: unknown, sender: Sender): Promise<unknown> {
  const refused = overBudget(services.limits, raw, sender);
  if (refused) return { ok: false, error: refused };
  const parsed = toBackgroundSchema().safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` };
  try {
    return await dispatch(services, parsed.data, sender);
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/** Why a tab's analysis request is refused before it is even parsed, if it is. */
function overBudget(limits: TabLimits, raw: unknown, sender: Sender): string | undefined {
  const tabId = sender.tab?.id;
  const type = raw && typeof raw === 'object' ? (raw as { type?: unknown }).type : undefined;
  if (tabId === undefined || (type !== 'analyze' && type !== 'analyze-page')) return undefined;
  const text = type === 'analyze' ? (raw as { article?: unknown }).article : (raw as { html?: unknown }).html;
  const budget = type === 'analyze' ? limits.analyze : limits.pages;
  const taken = budget.take(tabId, typeof text === 'string' ? text.length : 0, Date.now());
  return taken.ok ? undefined : `this tab asked for too much analysis: try again in ${Math.ceil(taken.retryInMs / 1000)} s`;
}

async function dispatch(services: Services, message: ToBackground, sender: Sender): Promise<unknown> {
  const { db, engines } = services;
  switch (message.type) {
    case 'ping':
      return { ok: true, version: browser.runtime.getManifest().version };
    case 'analyze': {
      const done = await analyzeForTab(services, message.article, message.force, sender);
      if (!done.ok) return done;
      const { analysis, json, shown } = done;
      return { ok: true, isComputeDeal: analysis.isComputeDeal, marks: shown ? encodeMarks(analysis) : '', analysis: json };
    }
    case 'analyze-page': {
      const read = await services.readPage({ html: message.html, composed: message.composed, url: senderPage(sender) ?? '' });
      if ('error' in read) return read;
      const done = await analyzeForTab(services, read.article, message.force, sender);
      if (!done.ok) return done;
      const { analysis, json, shown } = done;
      return {
        ok: true,
        isComputeDeal: analysis.isComputeDeal,
        marks: shown ? encodeNodeMarks(analysis, read.segments) : '',
        textNodes: read.textNodes,
        analysis: json,
      };
    }
    case 'describe':
      return { ok: true, card: describe(message.target, (await engines.get())?.dataset) };
    case 'names-deal': {
      const engine = await engines.get();
      return { ok: true, named: engine ? namesDeal(engine, message.text) : false };
    }
    case 'page-settings': {
      const settings = await loadSettings();
      const url = senderPage(sender);
      const enabled = url ? isSiteEnabled(settings, new URL(url).hostname) : settings.enabled;
      return { ok: true, enabled, categories: settings.categories, markTimings: settings.markTimings };
    }
    case 'page-cleared':
      await report(db, sender.tab?.id, [], null);
      return { ok: true };
    default:
      return message satisfies never;
  }
}

/**
 * Marks the figures that the coverage this reader has read states otherwise
 * (lib/compare/coverage.ts), from the other remembered pages about its deals.
 */
async function compareWithCoverage(db: DealLensDb, analysis: Analysis, pageUrl: string | undefined): Promise<void> {
  if (!analysis.figures.some((f) => f.fact && f.status === 'unverified')) return;
  const url = pageUrl?.split('#')[0];
  const others = await pagesAboutDeals(db, analysis.deals, [url ?? '', analysis.url ?? '']);
  coverageOf(analysis.figures, others).forEach((coverage, i) => {
    if (coverage) analysis.figures[i]!.coverage = coverage;
  });
}

/**
 * The engine's analysis of an article a tab sent or had read, compared with
 * the coverage read; the page paints what the caller returns, and its badge
 * and its place in the history follow from here.
 */
async function analyzeForTab(
  { db, engines, limits }: Services,
  article: Article,
  force: boolean,
  sender: Sender,
): Promise<{ ok: true; analysis: Analysis; json: string; shown: boolean } | { ok: false; error: string }> {
  const engine = await engines.get();
  if (!engine) return { ok: false, error: 'no dataset is loaded' };
  const analysis = analyzeArticle(engine, article, { force });
  const shown = analysis.isComputeDeal || force;
  const url = senderPage(sender);
  if (shown) await compareWithCoverage(db, analysis, url);
  const json = JSON.stringify(analysis);
  // What the page will answer the popup, unless the reader forced the run (the popup that did so asks again).
  const run = url && !force ? { url, analysis: analysis.isComputeDeal ? json : null } : undefined;
  await report(db, sender.tab?.id, shown ? analysis.figures : [], analysis.isComputeDeal ? recordOf(limits, analysis, sender) : null, run);
  return { ok: true, analysis, json, shown };
}

/** The page record of a deal page, unless its tab has left a record of another address just now. */
function recordOf(limits: TabLimits, analysis: Analysis, sender: Sender): PageRecord | null {
  const url = senderPage(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined) return null;
  const record = pageRecord(analysis, url);
  return limits.records.allow(tabId, record.url, record.seenAt) ? record : null;
}

/**
 * Shows the counts of a tab's painted figures on its badge, addresses its
 * popup to it (with what the run found, when there was a run), and remembers
 * a deal page for related coverage.
 */
async function report(db: DealLensDb, tabId: number | undefined, shown: Figure[], record: PageRecord | null, run?: Omit<RunReport, 'run'>): Promise<void> {
  if (tabId !== undefined) {
    await showBadge(tabId, shown);
    // Not waited for: the page paints once this request is answered.
    void addressPopupToTab(tabId, run);
  }
  if (record) {
    await rememberPage(db, record);
    await pruneHistory(db, (await loadSettings()).historyDays);
  }
}
