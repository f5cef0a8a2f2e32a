// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { popupMarks } from '@/components/popup/marks';
import { checkFirst, readOutline } from '@/entrypoints/popup/check-first';
import { CURRENT_URL, sampleAnalysis } from '../../unit/popup/sample';
import { makeEnv, mountPopup, text, useLocale, waitFor, type Mounted } from './support';

const reply = (analysis: unknown, extra: object = {}) => ({ ok: true, url: CURRENT_URL, enabled: true, analysis: JSON.stringify(analysis), ...extra });

describe("the popup's first answer, read in outline before its full check", () => {
  let mounted: Mounted | undefined;

  beforeEach(() => {
    useLocale('en');
    popupMarks.reset();
  });
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  it.each([
    [reply(sampleAnalysis()), true, 'an analysis of the shape the contract has'],
    [{ ok: true, url: CURRENT_URL, enabled: true, analysis: null }, true, 'no analysis: not deal coverage'],
    [{ ok: false, error: 'no content script' }, false, 'an error reply: checked in full at once'],
    [reply(sampleAnalysis(), { enabled: 'yes' }), false, 'an envelope field of the wrong type'],
    [{ ok: true, url: CURRENT_URL, enabled: true, analysis: '{"title": ' }, false, 'analysis text that is not JSON'],
    [reply({ ...sampleAnalysis(), figures: 'none' }), false, 'figures that are no list'],
    [reply({ ...sampleAnalysis(), entities: [null] }), false, 'an entity that is no object'],
    [reply({ ...sampleAnalysis(), deals: [3] }), false, 'a deal id that is no string'],
  ])('reads %j in outline: %s (%s)', (raw, outlined, _covers) => {
    expect(readOutline(raw) !== undefined).toBe(outlined);
  });

  it('keeps the full check for later, and it finds what the outline does not', async () => {
    const deep = reply({ ...sampleAnalysis(), figures: [{ ...sampleAnalysis().figures[0], status: 'maybe' }] });
    const answer = await checkFirst(Promise.resolve({ tab: { id: 7 }, reply: Promise.resolve(deep) }));
    expect(answer?.reply.ok).toBe(true);
    expect(await answer?.fullCheck?.()).toEqual({ ok: false, error: 'malformed reply to get-analysis' });
  });

  it('shows an outlined answer at once, and an error once its full check fails', async () => {
    const env = await makeEnv();
    const bad = reply({ ...sampleAnalysis(), figures: [{ ...sampleAnalysis().figures[0], status: 'maybe' }] });
    const answer = (await checkFirst(Promise.resolve({ tab: { id: 7 }, reply: Promise.resolve(bad) })))!;
    env.answered = answer;
    mounted = await mountPopup(env);
    await waitFor(() => mounted!.container.querySelector('[data-status="unreachable"]'));
    expect(text(mounted.container)).not.toContain('Compute-deal coverage');
  });

  it('stays on the page once the full check passes', async () => {
    const env = await makeEnv();
    env.answered = (await checkFirst(Promise.resolve({ tab: { id: 7 }, reply: Promise.resolve(reply(sampleAnalysis())) })))!;
    expect(env.answered.fullCheck).toBeDefined();
    mounted = await mountPopup(env);
    expect(text(mounted.container.querySelector('h1'))).toBe('Compute-deal coverage');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(text(mounted.container.querySelector('h1'))).toBe('Compute-deal coverage');
    expect(mounted.container.querySelector('[data-status="unreachable"]')).toBeNull();
  });
});
