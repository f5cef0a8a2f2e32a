// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordSyncAttempt, replaceDataset } from '@/lib/storage/dataset-store';
import { field, makeEnv, mountApp, useEnglish, waitFor, type Mounted } from './support';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

/** The accessible name of a control, as far as this page gives one: a label, aria-label or aria-labelledby. */
function accessibleName(element: HTMLElement): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const aria = element.getAttribute('aria-label');
  if (aria) return aria;
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((l) => l.textContent ?? '').join(' ').trim();
  return element instanceof HTMLButtonElement ? (element.textContent ?? '').trim() : '';
}

describe('the options page for keyboard and screen-reader users', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => useEnglish());
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  it('names every control and every section', async () => {
    const env = await makeEnv();
    await env.saveSettings({ ...env.stored(), disabledSites: ['example.com'] });
    mounted = await mountApp(env);
    const controls = [...mounted.container.querySelectorAll<HTMLElement>('input, select, button, progress')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) expect(accessibleName(control), control.outerHTML).not.toBe('');
    for (const section of mounted.container.querySelectorAll('section')) {
      expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.tagName).toBe('H2');
    }
    // Nothing is reachable only by mouse: no click handlers on non-interactive elements, no negative tabindex.
    expect(mounted.container.querySelectorAll('[tabindex^="-"], div[onclick], span[onclick]')).toHaveLength(0);
  });

  it('shows dataset strings and errors as text, never as markup', async () => {
    const env = await makeEnv();
    await replaceDataset(
      env.db,
      { format: 'compute-deals/v1', version: HOSTILE, entities: [], deals: [] },
      { source: `file:${HOSTILE}`, loadedAt: Date.now() },
    );
    await recordSyncAttempt(env.db, { at: Date.now(), source: HOSTILE, trigger: 'manual', result: 'error', error: HOSTILE, durationMs: 1 });
    mounted = await mountApp(env);
    await waitFor(() => field(mounted!.container, 'version') === HOSTILE);
    expect(mounted.container.querySelector('img')).toBeNull();
    expect(field(mounted.container, 'source')).toBe(`File: ${HOSTILE}`);
    expect(mounted.container.querySelector('.sync-history .error-cell')?.textContent).toBe(HOSTILE);
  });
});
