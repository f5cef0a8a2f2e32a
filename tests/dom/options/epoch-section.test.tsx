// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDataset } from '@/lib/storage/dataset-store';
import { readLayer } from '@/lib/storage/layer-store';
import { button, byLabel, makeEnv, mountApp, operationOutcome, useEnglish, waitFor, type Mounted } from './support';

describe('the Epoch AI data section', () => {
  let mounted: Mounted | undefined;
  beforeEach(() => useEnglish());
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  const section = () => mounted!.container.querySelector<HTMLElement>('section[aria-labelledby="epoch-heading"]')!;
  const epochField = (name: string) => section().querySelector(`[data-field="epoch-${name}"]`)?.textContent;

  it('is off until turned on, then shows the snapshot with its date and counts, beside the untouched deals dataset', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    expect(section().querySelector('[data-field="epoch-off"]')?.textContent).toBe('Off: no Epoch AI data is loaded.');
    const deals = await readDataset(env.db);
    await act(async () => button(section(), 'Use the bundled snapshot').click());
    const { status } = await operationOutcome(section());
    const layer = await readLayer(env.db);
    expect(status).toBe(`Epoch AI data in use: ${layer!.counts.sites} sites.`);
    await waitFor(() => epochField('sites'));
    expect(epochField('sites')).toBe(layer!.counts.sites.toLocaleString('en'));
    expect(epochField('retrieved')).toContain('2025');
    expect(epochField('source')).toBe('Bundled with the extension');
    expect(await readDataset(env.db)).toEqual(deals);
  });

  it('refuses a CSV without the needed columns in an alert, and keeps the layer in use', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    await act(async () => button(section(), 'Use the bundled snapshot').click());
    await operationOutcome(section());
    const before = await readLayer(env.db);
    const input = byLabel(section(), 'Import Epoch AI CSV files');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File(['Name,Owner\nColossus,xAI\n'], 'gpu_clusters.csv', { type: 'text/csv' })] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    const { alert } = await operationOutcome(section());
    expect(alert).toMatch(/^Epoch AI data not updated: GPU clusters file: missing columns "Status", "Certainty".*The previous Epoch AI data is still in use\.$/);
    expect(await readLayer(env.db)).toEqual(before);
    await waitFor(() => epochField('last-attempt')?.includes('missing columns'));
  });
});
