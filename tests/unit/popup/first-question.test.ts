import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabAnswer } from '@/components/popup/popup-env';
import { askFirst } from '@/entrypoints/popup/ask-first';
import { checkFirst } from '@/entrypoints/popup/check-first';
import { createPopupEnv } from '@/entrypoints/popup/create-env';
import { warmIntl } from '@/components/shared/warm-intl';
import { within } from '@/entrypoints/popup/within';
import { firstAnswers } from '@/entrypoints/popup/first-answers';
import { forgetRunReport, keepRunReport, storedRunReport } from '@/lib/extension/run-reports';
import { MAX_REPORT_CHARS } from '@/lib/messages/popup-address';
import { CURRENT_URL, sampleAnalysis } from './sample';

/** The reply to get-analysis as the popup reads it, and as the content script sends it (the analysis as JSON text). */
const REPLY = { ok: true, url: CURRENT_URL, enabled: true, analysis: sampleAnalysis() } as const;
const SENT = { ...REPLY, analysis: JSON.stringify(REPLY.analysis) };

function stubTabs(reply: unknown = SENT) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => reply);
}

describe('the question the popup asks before its code loads', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('asks the tab named by ?tab= for its analysis, without looking the tab up', async () => {
    const send = stubTabs();
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const first = await askFirst('?tab=12');
    expect(first?.tab).toEqual({ id: 12 });
    expect(await first?.reply).toEqual(SENT);
    expect(send).toHaveBeenCalledWith(12, { type: 'get-analysis' });
    expect(query).not.toHaveBeenCalled();
  });

  it('asks the active tab otherwise, by id alone', async () => {
    const send = stubTabs();
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, url: 'https://example.com/a' } as Browser.tabs.Tab]);
    const first = await askFirst('');
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(first?.tab).toEqual({ id: 5 });
    expect(send).toHaveBeenCalledWith(5, { type: 'get-analysis' });
  });

  it('has nothing to ask without a tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await askFirst('')).toBeUndefined();
  });

  it('turns a failure to deliver into an error reply', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const first = await askFirst('?tab=3');
    expect(await first?.reply).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
  });

  it.each([
    // A reply as the content script sends it, with the analysis read from its JSON text.
    ['a well-formed reply', SENT, REPLY],
    // The content script's own error reply.
    ['an error reply', { ok: false, error: 'busy' }, { ok: false, error: 'busy' }],
    // Anything else is refused, like every reply that crosses a context boundary.
    ['a malformed reply', { ok: true, analysis: 'not an analysis' }, { ok: false, error: 'malformed reply to get-analysis' }],
  ])('checks %s against the message contract', async (_what, raw, checked) => {
    const answer = await checkFirst(Promise.resolve({ tab: { id: 3 }, reply: Promise.resolve(raw) }));
    expect({ tab: answer?.tab, reply: answer?.reply }).toEqual({ tab: { id: 3 }, reply: checked });
    // A well-formed reply is shown from its outline; its full check, kept for after the first render, agrees.
    if (answer?.fullCheck) expect(await answer.fullCheck()).toEqual(checked);
  });
});

describe("the popup's environment", () => {
  const early: TabAnswer = { tab: { id: 12 }, reply: REPLY };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('answers the first get-analysis with the early reply, and asks the tab for later ones', async () => {
    const send = stubTabs({ ...SENT, enabled: false });
    const env = createPopupEnv(Promise.resolve(early));
    expect(await env.resolveTab()).toEqual({ id: 12 });
    expect(await env.ask(12, { type: 'get-analysis' })).toBe(REPLY);
    expect(send).not.toHaveBeenCalled();
    expect(await env.ask(12, { type: 'get-analysis' })).toMatchObject({ ok: true, enabled: false });
    expect(send).toHaveBeenCalledWith(12, { type: 'get-analysis' });
  });

  it('asks the tab from the start when the first render has shown the early reply', async () => {
    const send = stubTabs();
    const env = createPopupEnv(Promise.resolve(early), early);
    expect(env.answered).toBe(early);
    await env.ask(12, { type: 'get-analysis' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('opens the database once, on the first call', async () => {
    const env = createPopupEnv(Promise.resolve(undefined));
    const store = env.store();
    expect(env.store()).toBe(store);
    expect(await (await store).datasetMeta()).toBeUndefined();
  });
});

describe("the report of the page's last run", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('is kept for the tab under a token, and forgotten on request', async () => {
    const run = await keepRunReport(4, { url: CURRENT_URL, analysis: SENT.analysis });
    expect(run).toMatch(/^[\w-]+$/);
    expect(await storedRunReport(4)).toEqual({ run, url: CURRENT_URL, analysis: SENT.analysis });
    await forgetRunReport(4);
    expect(await storedRunReport(4)).toBeUndefined();
  });

  it('is not kept when the analysis is too long, and an older one goes', async () => {
    await keepRunReport(4, { url: CURRENT_URL, analysis: SENT.analysis });
    expect(await keepRunReport(4, { url: CURRENT_URL, analysis: 'x'.repeat(MAX_REPORT_CHARS + 1) })).toBeUndefined();
    expect(await storedRunReport(4)).toBeUndefined();
  });

  it('is not kept when storage refuses it', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValue(new Error('quota'));
    expect(await keepRunReport(4, { url: CURRENT_URL, analysis: SENT.analysis })).toBeUndefined();
  });
});

describe('the answers the popup starts from', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  /** A tab whose content script answers only when told to. */
  function slowTab(reply: unknown) {
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      await answered;
      return reply;
    });
    return { send, answer };
  }

  it("shows the kept report before the page answers, and nothing more when the page's answer is the same", async () => {
    const run = await keepRunReport(12, { url: CURRENT_URL, analysis: SENT.analysis });
    const { send, answer } = slowTab(SENT);
    const answers = firstAnswers(`?tab=12&run=${run}`);
    expect(await answers.first).toMatchObject({ tab: { id: 12 }, reply: REPLY });
    expect(send).toHaveBeenCalledWith(12, { type: 'get-analysis' });
    answer();
    expect(await answers.latest).toBeUndefined();
  });

  it("puts the page's answer, fully checked, in its place when it differs", async () => {
    const run = await keepRunReport(12, { url: CURRENT_URL, analysis: null });
    const { answer } = slowTab(SENT);
    const answers = firstAnswers(`?tab=12&run=${run}`);
    expect((await answers.first)?.reply).toEqual({ ok: true, url: CURRENT_URL, enabled: true, analysis: null });
    answer();
    expect(await answers.latest).toEqual({ tab: { id: 12 }, reply: REPLY });
  });

  it("shows the page's error when the page it describes no longer answers", async () => {
    const run = await keepRunReport(12, { url: CURRENT_URL, analysis: SENT.analysis });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const answers = firstAnswers(`?tab=12&run=${run}`);
    expect(await answers.latest).toEqual({ tab: { id: 12 }, reply: { ok: false, error: 'Could not establish connection' } });
  });

  it.each([
    ['no run in the address', '?tab=12'],
    ["another run's report", '?tab=12&run=other'],
  ])('asks the page for the first answer with %s', async (_what, search) => {
    await keepRunReport(12, { url: CURRENT_URL, analysis: null });
    stubTabs();
    const answers = firstAnswers(search);
    expect(await answers.first).toMatchObject({ tab: { id: 12 }, reply: REPLY });
    expect(answers.latest === undefined || (await answers.latest) === undefined).toBe(true);
  });
});

describe('warming Intl up while the popup loads', () => {
  it.each(['en-US', 'zh-CN', 'not a locale'])('never throws, whatever the browser reports (%s)', (locale) => {
    expect(() => warmIntl(locale)).not.toThrow();
  });
});

describe('waiting a moment for the answer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('gives the answer when it comes in time', async () => {
    const waited = within(new Promise((resolve) => setTimeout(() => resolve('answer'), 40)), 50);
    await vi.advanceTimersByTimeAsync(40);
    expect(await waited).toBe('answer');
  });

  it('gives up when the answer is later, or fails', async () => {
    const late = within(new Promise((resolve) => setTimeout(() => resolve('answer'), 60)), 50);
    await vi.advanceTimersByTimeAsync(50);
    expect(await late).toBeUndefined();
    expect(await within(Promise.reject(new Error('no tab')), 50)).toBeUndefined();
  });
});
