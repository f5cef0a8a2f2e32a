// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { sampleAnalysis } from '../../unit/popup/sample';
import { button, makeEnv, mountPopup, section, text, useLocale, waitFor, type Mounted } from './support';

describe('the popup when there is no analysis to show', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => useLocale('en'));
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  const heading = () => waitFor(() => (mounted!.container.querySelector('h1:not([aria-busy])') ? text(mounted!.container.querySelector('h1')) : null));

  it('says so plainly when the content script does not answer', async () => {
    const env = await makeEnv({ analysis: 'Could not establish connection. Receiving end does not exist.' });
    mounted = await mountPopup(env);
    await waitFor(() => mounted!.container.querySelector('[data-status="unreachable"]'));
    expect(text(mounted.container.querySelector('header'))).toContain('Deal Lens can’t read this page');
    expect(text(mounted.container.querySelector('header'))).toContain('chrome://');
  });

  it('offers "Analyze anyway" on a page that is not deal coverage, and renders what it finds', async () => {
    const forced = sampleAnalysis({ isComputeDeal: false, deals: [], figures: sampleAnalysis().figures.slice(5), entities: [] });
    const env = await makeEnv({ analysis: null, forced });
    mounted = await mountPopup(env);
    await waitFor(() => mounted!.container.querySelector('[data-status="not-deal"]'));
    expect(text(mounted.container.querySelector('h1'))).toBe('This page doesn’t look like compute-deal coverage');
    await act(async () => button(mounted!.container, 'Analyze anyway').click());
    expect(env.ask).toHaveBeenLastCalledWith(7, { type: 'analyze-anyway' });
    await waitFor(() => section(mounted!.container, 'Flags'));
    expect(text(mounted.container.querySelector('header'))).toContain('Not compute-deal coverage');
    expect(text(mounted.container.querySelector('header'))).toContain('Analyzed anyway');
    expect(text(section(mounted.container, 'Other figures'))).toContain('“25,000 A100”');
    expect(text(section(mounted.container, 'Related coverage'))).toContain('No known deal on this page');
  });

  it('switches the extension off on this site and back on', async () => {
    const env = await makeEnv({ url: 'https://www.example.com/news/1' });
    mounted = await mountPopup(env);
    await waitFor(() => section(mounted!.container, 'Flags'));
    expect(text(mounted.container.querySelector('.site-switch'))).toContain('Deal Lens runs on example.com.');

    env.script.enabled = false;
    env.script.analysis = null;
    await act(async () => button(mounted!.container, 'Disable on this site').click());
    expect(env.stored().disabledSites).toEqual(['example.com']);
    await waitFor(() => mounted!.container.querySelector('[data-status="site-off"]'));
    expect(await heading()).toBe('Deal Lens is off on this site');

    env.script.enabled = true;
    env.script.analysis = undefined;
    await act(async () => button(mounted!.container, 'Enable on this site').click());
    expect(env.stored().disabledSites).toEqual([]);
    await waitFor(() => section(mounted!.container, 'Flags'));
  });

  it('points to Settings when the extension is off everywhere', async () => {
    const env = await makeEnv({ enabled: false, analysis: null }, [], { ...DEFAULT_SETTINGS, enabled: false });
    mounted = await mountPopup(env);
    await waitFor(() => mounted!.container.querySelector('[data-status="extension-off"]'));
    expect(mounted.container.querySelector('.site-switch')).toBeNull();
    await act(async () => button(mounted!.container, 'Settings').click());
    expect(env.openOptions).toHaveBeenCalled();
  });

  it('speaks Simplified Chinese when the browser does', async () => {
    useLocale('zh_CN');
    const env = await makeEnv();
    mounted = await mountPopup(env);
    await waitFor(() => section(mounted!.container, '存疑数字'));
    expect(text(mounted.container.querySelector('h1'))).toBe('算力交易报道');
    expect(text(mounted.container.querySelector('[data-field="language"]'))).toBe('语言: 繁体中文');
    await waitFor(() => section(mounted!.container, '相关报道')?.getAttribute('aria-busy') === 'false');
    expect(text(section(mounted.container, '相关报道'))).toContain('2 个一致 · 0 个不符');
    expect(text(mounted.container.querySelector('li.flag .reference'))).toBe('≥ 220,000 块 GPU (NVIDIA GPUs)');
  });
});
