// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_RENDER_MARK, POPUP_START_MARK, popupMarks } from '@/components/popup/marks';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { FIGURES, sampleAnalysis } from '../../unit/popup/sample';
import { button, makeEnv, mountPopup, section, text, useLocale, waitFor, type Mounted } from './support';

describe('the popup on a page of deal coverage', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => {
    useLocale('en');
    performance.clearMarks(FIRST_RENDER_MARK);
    performance.clearMarks(POPUP_START_MARK);
    popupMarks.reset();
  });
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  const open = async () => {
    const env = await makeEnv();
    mounted = await mountPopup(env);
    await waitFor(() => section(mounted!.container, 'Flags'));
    return { env, container: mounted.container };
  };

  it('states the verdict, the deals by title, the language and the dataset version', async () => {
    const { container } = await open();
    const header = container.querySelector('header')!;
    expect(text(header.querySelector('h1'))).toBe('Compute-deal coverage');
    await waitFor(() => text(header).includes('Anthropic takes the full capacity'));
    expect(text(header)).toContain("Anthropic's compute capacity on Amazon (AWS): up to 5 GW");
    expect(text(header.querySelector('[data-field="language"]'))).toBe('Language: Traditional Chinese');
    await waitFor(() => text(header.querySelector('[data-field="dataset"]')) === 'Dataset 2026.12.06');
  });

  it('lists the flags first, each with the article’s words and the reference', async () => {
    const { container } = await open();
    const sections = [...container.querySelectorAll('main > section')];
    expect(sections[0]).toBe(section(container, 'Flags'));
    const flags = [...sections[0]!.querySelectorAll('li.flag')];
    expect(flags.map((f) => text(f.querySelector('.figure-text')))).toEqual(['“22,000+ GPUs”', '“200 MW”']);
    expect(text(flags[0]!.querySelector('.reference'))).toBe('≥ 220,000 GPUs (NVIDIA GPUs)');
    expect(text(flags[0]!.querySelector('dl'))).toContain('Reads as≥ 22,000 GPUs');
    // The article's text keeps its language for fonts and speech.
    expect(flags[0]!.querySelector('.figure-text')!.getAttribute('lang')).toBe('zh-Hant');
  });

  it('says why each flag is tied to its deal', async () => {
    const evidence = { tier: 'clause' as const, role: 'site' as const, entityId: 'colossus-1', mention: { block: 4, start: 0, end: 10, text: 'Colossus 1' } };
    const figures = FIGURES.map((f) => (f.text === '22,000+ GPUs' ? { ...f, evidence } : f));
    mounted = await mountPopup(await makeEnv({ analysis: sampleAnalysis({ figures }) }));
    const flags = await waitFor(() => section(mounted!.container, 'Flags'));
    const why = [...flags.querySelectorAll('li.flag')].map((f) => text(f.querySelector('.why')));
    expect(why[0]).toBe("Attributed to Anthropic takes the full capacity of SpaceX's Colossus 1 data center in Memphis: the sentence names Colossus 1");
    // The line names the deal, so the flag does not name it twice.
    const terms = (i: number) => [...flags.querySelectorAll('li.flag')[i]!.querySelectorAll('dt')].map(text);
    expect(terms(0)).not.toContain('Deal');
    expect(terms(1)).toContain('Deal');
    // A flag without recorded evidence (an older analysis) shows no line rather than a guess.
    expect(why[1]).toBe('');
  });

  it('shows a citation as text and a URL source as a link to a new tab', async () => {
    const { container } = await open();
    const [gpus, power] = [...container.querySelectorAll('li.flag')];
    expect(gpus!.querySelector('a')).toBeNull();
    expect(text(gpus!.querySelector('.citation'))).toBe('Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11');
    const link = power!.querySelector('a')!;
    expect(link.href).toBe('https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal');
    expect(link.target).toBe('_blank');
    expect(link.rel.split(' ')).toContain('noopener');
  });

  it('asks the page to show a flagged figure by its index in the analysis', async () => {
    const { env, container } = await open();
    const second = container.querySelectorAll('li.flag')[1]!;
    await act(async () => button(second, 'Show in page').click());
    expect(env.ask).toHaveBeenLastCalledWith(7, { type: 'show-figure', index: 4 });
  });

  it('lists the figures the page states otherwise after the flags, each with the other value, and shows one in the page', async () => {
    const slip = { ...FIGURES[5]!, dealId: FIGURES[2]!.dealId, text: '22,000 GPUs', value: 22000, block: 9, conflicts: [7] };
    const stated = { ...FIGURES[5]!, dealId: FIGURES[2]!.dealId, text: '220,000 GPUs', value: 220000, block: 3, conflicts: [6] };
    const env = await makeEnv({ analysis: sampleAnalysis({ figures: [...FIGURES, slip, stated] }) });
    mounted = await mountPopup(env);
    const conflicts = await waitFor(() => section(mounted!.container, 'Conflicts'));
    expect(text(conflicts.querySelector('h2'))).toBe('Conflicts (2)');
    const sections = [...mounted.container.querySelectorAll('section h2')].map((h) => text(h));
    expect(sections.findIndex((h) => h.startsWith('Conflicts'))).toBe(sections.findIndex((h) => h.startsWith('Flags')) + 1);
    const [first] = [...conflicts.querySelectorAll('li.flag')];
    expect(text(first)).toContain('“22,000 GPUs”');
    expect(text(first)).toMatch(/Also on this page ?“220,000 GPUs”/);
    await act(async () => button(first!, 'Show in page').click());
    expect(env.ask).toHaveBeenLastCalledWith(7, { type: 'show-figure', index: 6 });
  });

  it('shows no conflicts section on a page that states every fact one way', async () => {
    const { container } = await open();
    expect(section(container, 'Conflicts')).toBeNull();
  });

  describe('on a page that repeats its figures', () => {
    // "22,000+ GPUs" three times and "300+ MW" twice, as seed-000-zh-hant repeats its sections.
    const repeating = () =>
      sampleAnalysis({ figures: [...FIGURES, { ...FIGURES[2]!, block: 9 }, { ...FIGURES[0]!, block: 10, text: ' 300+ MW' }, { ...FIGURES[2]!, block: 12, text: '22,000+\u00a0GPUs' }] });
    const openRepeating = async () => {
      const env = await makeEnv({ analysis: repeating() });
      mounted = await mountPopup(env);
      const flags = await waitFor(() => section(mounted!.container, 'Flags'));
      return { env, container: mounted.container, flags };
    };

    it('lists a repeated flag once, with its count, and counts distinct flags', async () => {
      const { flags } = await openRepeating();
      expect(text(flags.querySelector('h2'))).toBe('Flags (2)');
      const items = [...flags.querySelectorAll('li.flag')];
      expect(items.map((f) => text(f.querySelector('.flag-head')))).toEqual(['“22,000+ GPUs” ×3', '“200 MW”']);
      expect(items.map((f) => [...f.querySelectorAll('button')].map(text))).toEqual([['Show in page'], ['Show in page']]);
    });

    it('steps “Show in page” through every occurrence in page order, then starts again', async () => {
      const { env, flags } = await openRepeating();
      const flag = flags.querySelector('li.flag')!;
      const asked: number[] = [];
      const said: string[] = [];
      for (let step = 0; step < 4; step++) {
        await act(async () => button(flag, 'Show in page').click());
        asked.push((env.ask.mock.lastCall![1] as { index: number }).index);
        said.push(text(flag.querySelector('.occurrence')));
      }
      expect(asked).toEqual([2, 6, 8, 2]);
      expect(said).toEqual(['1 of 3', '2 of 3', '3 of 3', '1 of 3']);
      // A flag stated once has nothing to count.
      const single = flags.querySelectorAll('li.flag')[1]!;
      await act(async () => button(single, 'Show in page').click());
      expect(env.ask).toHaveBeenLastCalledWith(7, { type: 'show-figure', index: 4 });
      expect(single.querySelector('.occurrence')).toBeNull();
    });

    it('moves on past an occurrence that is gone, saying so', async () => {
      const { env, flags } = await openRepeating();
      const flag = flags.querySelector('li.flag')!;
      env.ask.mockResolvedValueOnce({ ok: false, error: 'that figure is no longer on the page' });
      await act(async () => button(flag, 'Show in page').click());
      expect(text(flag.querySelector('[role="alert"]'))).toMatch(/no longer on the page/);
      await act(async () => button(flag, 'Show in page').click());
      expect(env.ask).toHaveBeenLastCalledWith(7, { type: 'show-figure', index: 6 });
      expect(flag.querySelector('[role="alert"]')).toBeNull();
    });

    it('groups the matched and unverified figures the same way', async () => {
      const { container } = await openRepeating();
      const others = section(container, 'Other figures')!;
      await waitFor(() => others.querySelectorAll('li').length === 4);
      expect([...others.querySelectorAll('li')].map(text)).toEqual([
        '“300+ MW” Power: ≥ 300 MW Matches the reference ×2',
        '“超過 22 萬張” GPUs: ≥ 220,000 GPUs Matches the reference',
        '“up to 5 GW” Power: ≤ 5 GW Matches the reference',
        '“25,000 A100” GPUs: 25,000 GPUs Not checked',
      ]);
    });
  });

  it('says so when the figure is gone from the page', async () => {
    const { env, container } = await open();
    env.ask.mockResolvedValueOnce({ ok: false, error: 'that figure is no longer on the page' });
    await act(async () => button(container.querySelector('li.flag')!, 'Show in page').click());
    expect(text(container.querySelector('li.flag [role="alert"]'))).toMatch(/no longer on the page/);
  });

  it('then groups the matched and unverified figures by deal, and lists each entity once', async () => {
    const { container } = await open();
    const others = section(container, 'Other figures')!;
    await waitFor(() => text(others.querySelector('h3')).startsWith('Anthropic takes'));
    expect([...others.querySelectorAll('h3')].map(text)).toEqual([
      "Anthropic takes the full capacity of SpaceX's Colossus 1 data center in Memphis",
      "Anthropic's compute capacity on Amazon (AWS): up to 5 GW",
      'Not linked to a deal',
    ]);
    expect(text(others.querySelector('li'))).toBe('“300+ MW” Power: ≥ 300 MW Matches the reference');
    const entities = [...section(container, 'Entities found')!.querySelectorAll('li')].map(text);
    expect(entities).toEqual(['Anthropic (company)', 'SpaceX (company)', 'Colossus 1 (facility)']);
  });

  it('shows page text that looks like markup as text', async () => {
    const [figure] = sampleAnalysis().figures.filter((f) => f.status === 'mismatch');
    const hostile = '<img src=x onerror="window.__pwned=1"> 22,000+ GPUs';
    const analysis = sampleAnalysis({ title: '<script>window.__pwned=2</script>', figures: [{ ...figure!, text: hostile }] });
    const env = await makeEnv({ analysis });
    mounted = await mountPopup(env);
    const flag = await waitFor(() => mounted!.container.querySelector('li.flag'));
    expect(text(flag.querySelector('.figure-text'))).toBe(`“${hostile}”`);
    expect(mounted.container.querySelector('img, script')).toBeNull();
  });

  it('marks the first meaningful render for the benchmark when timings are marked', async () => {
    // As main.ts does before anything renders: held until the settings are read.
    const start = performance.now();
    popupMarks.mark(POPUP_START_MARK, start);
    mounted = await mountPopup(await makeEnv({}, undefined, { ...DEFAULT_SETTINGS, markTimings: true }));
    await waitFor(() => performance.getEntriesByName(FIRST_RENDER_MARK, 'mark').length === 1);
    expect(performance.getEntriesByName(POPUP_START_MARK, 'mark').map((m) => m.startTime)).toEqual([start]);
  });

  it('sets no mark by default', async () => {
    popupMarks.mark(POPUP_START_MARK);
    await open();
    // Long after the settings were read: nothing was marked.
    await waitFor(() => mounted!.container.querySelector('li.flag'));
    expect(performance.getEntriesByName(FIRST_RENDER_MARK, 'mark')).toHaveLength(0);
    expect(performance.getEntriesByName(POPUP_START_MARK, 'mark')).toHaveLength(0);
  });
});
