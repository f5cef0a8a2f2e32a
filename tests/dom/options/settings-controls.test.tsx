// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rememberPage } from '@/lib/storage/page-history';
import { button, byLabel, field, makeEnv, mountApp, typeInto, useEnglish, waitFor, type Mounted } from './support';

const DAY = 86_400_000;

describe('the settings controls', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => useEnglish());
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  const submit = async (input: HTMLInputElement) => {
    await act(async () => input.form!.requestSubmit());
  };

  it('switches the extension and each category', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    await act(async () => byLabel(container, 'Highlight figures on web pages').click());
    await act(async () => byLabel(container, 'Figures that differ from the reference').click());
    await waitFor(() => env.stored().enabled === false);
    expect(env.stored().categories).toEqual({ entities: true, figures: true, matches: true, mismatches: false, conflicts: true });
    expect(byLabel(container, 'Highlight figures on web pages').checked).toBe(false);
  });

  it('leaves timing marks off until they are turned on', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    const toggle = byLabel(container, 'Mark timings for DevTools');
    expect(toggle.checked).toBe(false);
    // The hint says why it is off: pages can read the marks.
    expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(/any site would see that you use the extension/);
    await act(async () => toggle.click());
    await waitFor(() => env.stored().markTimings === true);
    expect(byLabel(container, 'Mark timings for DevTools').checked).toBe(true);
  });

  it('picks up settings changed elsewhere (the popup, another tab)', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    await act(async () => env.saveSettings({ ...env.stored(), enabled: false, autoSync: 'weekly' }));
    await waitFor(() => !byLabel(mounted!.container, 'Highlight figures on web pages').checked);
    expect(byLabel<HTMLSelectElement>(mounted.container, 'Automatic sync').value).toBe('weekly');
  });

  it('sets auto-sync and says what it needs', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    const select = byLabel<HTMLSelectElement>(container, 'Automatic sync');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toContain('Enter a dataset URL');
    await act(async () => {
      select.value = 'daily';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => env.stored().autoSync === 'daily');
  });

  it.each([
    // [typed, stored]: the form the content script compares with.
    ['Example.COM', 'example.com'],
    ['www.example.com', 'example.com'],
    ['https://news.example.org/2026/05/article.html', 'news.example.org'],
    ['例子.测试', 'xn--fsqu00a.xn--0zwm56d'],
  ])('adds "%s" as %s', async (typed, stored) => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const input = byLabel(mounted.container, 'Turn off on a site (hostname)');
    await act(async () => typeInto(input, typed));
    await submit(input);
    await waitFor(() => env.stored().disabledSites.includes(stored));
    expect(input.value).toBe('');
    expect(button(mounted.container, `Remove ${stored}`)).toBeTruthy();
  });

  it.each([
    ['', 'Enter a hostname'],
    ['not a host', 'is not a hostname'],
    ['-bad-.example', 'is not a hostname'],
    ['ftp://files.example.org', 'is not a hostname'],
  ])('refuses "%s"', async (typed, words) => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const input = byLabel(mounted.container, 'Turn off on a site (hostname)');
    await act(async () => typeInto(input, typed));
    await submit(input);
    const error = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(error?.textContent).toContain(words);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(env.stored().disabledSites).toEqual([]);
  });

  it('refuses a duplicate and removes a site', async () => {
    const env = await makeEnv();
    await env.saveSettings({ ...env.stored(), disabledSites: ['example.com'] });
    mounted = await mountApp(env);
    const input = byLabel(mounted.container, 'Turn off on a site (hostname)');
    await act(async () => typeInto(input, 'EXAMPLE.com'));
    await submit(input);
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('example.com is already in the list.');

    await act(async () => button(mounted!.container, 'Remove example.com').click());
    await waitFor(() => env.stored().disabledSites.length === 0);
    expect(mounted.container.textContent).toContain('None: it runs on every site.');
  });

  it('counts remembered pages, prunes on a shorter retention, and clears after confirming', async () => {
    const env = await makeEnv();
    const now = Date.now();
    for (const [url, age] of [['https://a.example/1', 1], ['https://a.example/2', 45], ['https://a.example/3', 100]] as const) {
      await rememberPage(env.db, { url, title: url, site: 'a.example', lang: 'en', seenAt: now - age * DAY, deals: [], figures: [] });
    }
    mounted = await mountApp(env);
    const { container } = mounted;
    await waitFor(() => field(container, 'pages') === 'Pages remembered: 3');

    const days = byLabel(container, 'Remember pages read for (days)');
    expect(days.value).toBe('90');
    await act(async () => typeInto(days, '0'));
    await submit(days);
    expect(document.getElementById(days.getAttribute('aria-describedby')!)?.textContent).toBe('Enter a whole number of days from 1 to 3650.');
    expect(env.stored().historyDays).toBe(90);

    await act(async () => typeInto(days, '30'));
    await submit(days);
    await waitFor(() => field(container, 'pages') === 'Pages remembered: 1');
    expect(env.stored().historyDays).toBe(30);

    await act(async () => button(container, 'Clear history').click());
    await act(async () => button(container.querySelector('dialog')!, 'Clear').click());
    await waitFor(() => field(container, 'pages') === 'Pages remembered: 0');
    expect(container.querySelector('.reading-history [role="status"]')?.textContent).toBe('Reading history cleared.');
  });
});
