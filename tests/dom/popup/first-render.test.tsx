// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RENDER_MARK, popupMarks } from '@/components/popup/marks';
import type { PopupStore } from '@/components/popup/popup-env';
import type { Figure } from '@/lib/analyze/types';
import { COLOSSUS, CURRENT_URL, FIGURES, sampleAnalysis } from '../../unit/popup/sample';
import { makeEnv, mountPopup, section, text, useLocale, waitFor, type Mounted, type TestEnv } from './support';

/** Runs `look` when the first render is marked: in a layout effect, once that render's DOM is complete. */
function atFirstRender<T>(look: () => T): { seen: T | undefined } {
  const result: { seen: T | undefined } = { seen: undefined };
  const mark = popupMarks.mark.bind(popupMarks);
  vi.spyOn(popupMarks, 'mark').mockImplementation((name, startTime) => {
    if (name === FIRST_RENDER_MARK) result.seen = look();
    mark(name, startTime);
  });
  return result;
}

/** Holds the database back until `release` is called. */
function gateStore(env: TestEnv): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = env.store.getMockImplementation()!;
  env.store.mockImplementation(async (): Promise<PopupStore> => {
    await gate;
    return load();
  });
  return release;
}

describe('the popup’s first render', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => {
    useLocale('en');
    performance.clearMarks(FIRST_RENDER_MARK);
    popupMarks.reset();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await mounted?.unmount();
    mounted = undefined;
  });

  it('shows the verdict and flags before the database has loaded, and the rest once it has', async () => {
    const env = await makeEnv();
    const release = gateStore(env);
    mounted = await mountPopup(env);
    const { container } = mounted;
    await waitFor(() => section(container, 'Flags'));
    const header = container.querySelector('header')!;
    expect(text(header.querySelector('h1'))).toBe('Compute-deal coverage');
    expect(container.querySelectorAll('li.flag')).toHaveLength(2);
    // Until the dataset is read: deal ids for titles, no version, related coverage still loading.
    expect(text(header.querySelector('.deal-titles'))).toContain(COLOSSUS);
    expect(header.querySelector('[data-field="dataset"]')).toBeNull();
    expect(section(container, 'Related coverage')!.getAttribute('aria-busy')).toBe('true');
    expect(env.store).toHaveBeenCalled();

    release();
    await waitFor(() => text(header.querySelector('[data-field="dataset"]')) === 'Dataset 2026.12.06');
    expect(text(header.querySelector('.deal-titles'))).toContain('Anthropic takes the full capacity');
    const related = await waitFor(() => {
      const s = section(container, 'Related coverage');
      return s?.getAttribute('aria-busy') === 'false' ? s : null;
    });
    expect(text(related)).toContain('Malik Logix');
    expect(container.querySelector<HTMLButtonElement>('.export button')!.disabled).toBe(false);
  });

  it('does not load the database for a page it has nothing to show about', async () => {
    const env = await makeEnv({ analysis: null });
    mounted = await mountPopup(env);
    await waitFor(() => mounted!.container.querySelector('[data-status="not-deal"]'));
    expect(env.store).not.toHaveBeenCalled();
  });

  it('says so when the database cannot be loaded, and still shows the page', async () => {
    const env = await makeEnv();
    env.store.mockRejectedValue(new Error('Failed to fetch dynamically imported module'));
    mounted = await mountPopup(env);
    const { container } = mounted;
    await waitFor(() => section(container, 'Related coverage')?.querySelector('[role="alert"]'));
    expect(text(section(container, 'Related coverage'))).toContain('Your reading history could not be read.');
    expect(text(container.querySelector('[data-field="dataset"]'))).toBe('No dataset loaded');
    expect(container.querySelectorAll('li.flag')).toHaveLength(2);
  });

  it('shows an answer that came before it at once, without asking the tab again', async () => {
    const env = await makeEnv();
    env.answered = { tab: { id: 7 }, reply: { ok: true, url: CURRENT_URL, enabled: true, analysis: sampleAnalysis() } };
    const added: Element[] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && added.push(n))));
    observer.observe(document.body, { childList: true, subtree: true });
    mounted = await mountPopup(env);
    observer.disconnect();
    expect(text(mounted.container.querySelector('h1'))).toBe('Compute-deal coverage');
    expect(added.filter((el) => el.matches('[data-status="loading"]') || el.querySelector('[data-status="loading"]'))).toEqual([]);
    expect(env.ask).not.toHaveBeenCalled();
  });

  it('shows the first screenful of a long list of other figures with the verdict, and every figure after', async () => {
    const figures: Figure[] = Array.from({ length: 60 }, (_, i) => ({ ...FIGURES[0]!, block: i, text: `${300 + i} MW`, value: (300 + i) * 1e6 }));
    const env = await makeEnv({ analysis: sampleAnalysis({ figures }) });
    const first = atFirstRender(() => document.querySelectorAll('.figure-row').length);
    mounted = await mountPopup(env);
    const others = await waitFor(() => {
      const s = section(mounted!.container, 'Other figures');
      return s?.getAttribute('aria-busy') === 'false' ? s : null;
    });
    expect(first.seen).toBe(20);
    expect(others.querySelectorAll('.figure-row')).toHaveLength(60);
    expect(text(others.querySelectorAll('.figure-row')[59])).toBe('“359 MW” Power: ≥ 359 MW Matches the reference');
  });
});
