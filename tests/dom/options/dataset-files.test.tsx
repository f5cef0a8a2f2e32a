// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDataset } from '@/lib/dataset/format-dataset';
import { readDataset } from '@/lib/storage/dataset-store';
import { button, byLabel, field, fixtureBytes, makeEnv, mountApp, operationOutcome, useEnglish, waitFor, type Mounted } from './support';

describe('importing, exporting and resetting the dataset', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => useEnglish());
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
    vi.restoreAllMocks();
  });

  const choose = async (container: HTMLElement, name: string, bytes: Uint8Array<ArrayBuffer>) => {
    const input = byLabel(container, 'Import a dataset file');
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([bytes], name, { type: 'application/json' })] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  };

  it('imports a good file and names it as the source', async () => {
    mounted = await mountApp(await makeEnv());
    await choose(mounted.container, 'good-update.json', fixtureBytes('good-update.json'));
    expect((await operationOutcome(mounted.container)).status).toBe('Now using dataset version 2026.06.01.');
    await waitFor(() => field(mounted!.container, 'source') === 'File: good-update.json');
  });

  it.each([
    ['malformed.json', 'not JSON'],
    ['wrong-format.json', 'wrong format version'],
    ['invalid-utf8.json', 'not valid UTF-8'],
    ['duplicate-ids.json', 'duplicate entity id'],
  ])('refuses %s and keeps the dataset', async (name, words) => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const before = await readDataset(env.db);
    await choose(mounted.container, name, fixtureBytes(name));
    const { alert } = await operationOutcome(mounted.container);
    expect(alert).toContain('Import failed');
    expect(alert).toContain(words);
    expect(await readDataset(env.db)).toEqual(before);
  });

  it('exports the dataset in its canonical form under its version', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    let blob: Blob | undefined;
    // jsdom has no object URLs; the download itself is the browser's business.
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('compute-deals-2026.12.06.json');
      expect(this.href).toBe('blob:export');
    });
    await act(async () => button(mounted!.container, 'Export the dataset').click());
    expect((await operationOutcome(mounted.container)).status).toBe('Saved as compute-deals-2026.12.06.json.');
    expect(click).toHaveBeenCalledTimes(1);
    expect(await blob!.text()).toBe(formatDataset((await readDataset(env.db))!));
  });

  it('resets to the bundled dataset after confirming, and not before', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    await choose(container, 'good-update.json', fixtureBytes('good-update.json'));
    await waitFor(() => field(container, 'version') === '2026.06.01');

    // The button is disabled while an operation runs, as a reader would find it: wait until it can be pressed.
    const reset = async () => {
      await waitFor(() => !button(container, 'Reset to the bundled dataset').disabled);
      await act(async () => button(container, 'Reset to the bundled dataset').click());
      return waitFor(() => container.querySelector('dialog'));
    };
    await act(async () => button(await reset(), 'Cancel').click());
    expect(container.querySelector('dialog')).toBeNull();
    expect(field(container, 'version')).toBe('2026.06.01');

    await act(async () => button(await reset(), 'Reset').click());
    // The import's own message stands until the reset replaces it: wait for the reset's.
    await waitFor(() => container.querySelector('.operation-status [role="status"]')?.textContent === 'Now using dataset version 2026.12.06.');
    await waitFor(() => field(container, 'source') === 'Bundled with the extension');
    await waitFor(() => container.querySelector('.sync-history tbody tr')?.getAttribute('data-trigger') === 'reset');
  });
});
