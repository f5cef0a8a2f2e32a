// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDatasetMeta } from '@/lib/storage/dataset-store';
import { button, byLabel, field, fixtureBytes, makeEnv, mountApp, operationOutcome, typeInto, useEnglish, waitFor, type Mounted } from './support';

const URL_A = 'https://data.example.org/compute-deals.json';

describe('syncing from a URL on the options page', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => {
    useEnglish();
  });
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
    vi.restoreAllMocks();
  });

  const syncNow = async (container: HTMLElement, url: string) => {
    await act(async () => typeInto(byLabel(container, 'Dataset URL'), url));
    await act(async () => button(container, 'Sync now').click());
  };

  it('shows the bundled dataset, then the synced one, and saves the URL', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    expect(field(container, 'source')).toBe('Bundled with the extension');

    await syncNow(container, URL_A);
    expect((await operationOutcome(container)).status).toBe('Now using dataset version 2026.06.01.');
    await waitFor(() => field(container, 'version') === '2026.06.01');
    expect(field(container, 'deals')).toBe('8');
    expect(field(container, 'source')).toBe(URL_A);
    expect(env.stored().datasetUrl).toBe(URL_A);
    expect(env.requestOrigin).toHaveBeenCalledWith('https://data.example.org');
  });

  it('asks for host access inside the click, before anything is awaited', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    await act(async () => typeInto(byLabel(container, 'Dataset URL'), URL_A));
    await act(async () => {
      button(container, 'Sync now').click();
      // Checked before act's callback awaits anything: only the handler's synchronous part has run.
      expect(env.requestOrigin).toHaveBeenCalledTimes(1);
    });
    await operationOutcome(container);
  });

  it('still fetches when access is refused, and works with a server that allows CORS', async () => {
    const env = await makeEnv({ requestOrigin: vi.fn(async () => false) });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    expect((await operationOutcome(mounted.container)).status).toContain('2026.06.01');
    expect(env.fetch).toHaveBeenCalled();
  });

  it.each([
    ['refused', false],
    ['unavailable', undefined],
  ])('says permission is needed when access was %s and the fetch failed', async (_what, answer) => {
    const env = await makeEnv({
      requestOrigin: vi.fn(async () => answer),
      fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    const { alert } = await operationOutcome(mounted.container);
    expect(alert).toContain('could not reach the server: Failed to fetch');
    expect(alert).toContain('permission to read from https://data.example.org is needed');
    expect(field(mounted.container, 'version')).toBe('2026.12.06');
  });

  it('does not blame permissions when access was granted', async () => {
    const env = await makeEnv({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    expect((await operationOutcome(mounted.container)).alert).not.toContain('permission');
  });

  it('warns while the address is plain http, and again once the sync is done', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    const { container } = mounted;
    const warning = () => container.querySelector('.sync-form .warning')?.textContent ?? null;
    await act(async () => typeInto(byLabel(container, 'Dataset URL'), URL_A));
    expect(warning()).toBeNull();
    await syncNow(container, 'http://data.example.org/compute-deals.json');
    expect(warning()).toContain('Use an https:// address');
    expect(byLabel(container, 'Dataset URL').getAttribute('aria-describedby')).toContain(container.querySelector('.sync-form .warning')!.id);
    expect((await operationOutcome(container)).status).toBe(
      'Now using dataset version 2026.06.01. Plain http: anyone on the way can change the dataset before it arrives. Use an https:// address if the server has one.',
    );
  });

  it('names a redirect to another host in the alert', async () => {
    const redirected = new Response(fixtureBytes('good-update.json'));
    // A Response made in code has no address of its own; a fetch that followed a redirect has the last one.
    Object.defineProperty(redirected, 'url', { value: 'https://mirror.example.net/compute-deals.json' });
    const env = await makeEnv({ fetch: vi.fn(async () => redirected) });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    const { alert } = await operationOutcome(mounted.container);
    expect(alert).toContain('Sync failed: the server sent the request on to https://mirror.example.net, another host than https://data.example.org');
    expect(field(mounted.container, 'version')).toBe('2026.12.06');
  });

  it('refuses an address that is not http(s) without asking or fetching', async () => {
    const env = await makeEnv();
    mounted = await mountApp(env);
    await syncNow(mounted.container, 'file:///etc/passwd');
    expect((await operationOutcome(mounted.container)).alert).toContain('starts with https:// or http://');
    expect(env.requestOrigin).not.toHaveBeenCalled();
    expect(env.fetch).not.toHaveBeenCalled();
  });

  it('keeps the dataset and names the schema path when the download is invalid', async () => {
    const env = await makeEnv({ fetch: vi.fn(async () => new Response(fixtureBytes('schema-invalid.json'))) });
    mounted = await mountApp(env);
    const before = await readDatasetMeta(env.db);
    await syncNow(mounted.container, URL_A);
    const { alert } = await operationOutcome(mounted.container);
    expect(alert).toMatch(/^Sync failed: invalid dataset — \$\.deals\[0\]\.facts\[0\]\.unit: .*The previous dataset is still in use\.$/s);
    expect(await readDatasetMeta(env.db)).toEqual(before);
  });

  it('says "up to date" on a 304', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(new Response(fixtureBytes('good-update.json'), { headers: { etag: '"1"' } }))
      .mockResolvedValueOnce(new Response(null, { status: 304 }));
    const env = await makeEnv({ fetch });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    await operationOutcome(mounted.container);
    await act(async () => button(mounted!.container, 'Sync now').click());
    expect((await operationOutcome(mounted.container)).status).toBe('The dataset is up to date (version 2026.06.01).');
  });

  it('shows a progress bar while the download runs, and the timeout when it stalls', async () => {
    const bytes = fixtureBytes('good-update.json');
    const env = await makeEnv({
      fetch: vi.fn(
        async (_url, init) =>
          new Response(
            new ReadableStream<Uint8Array>({
              start(controller) {
                controller.enqueue(bytes.slice(0, 1000));
                init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
              },
            }),
            { headers: { 'content-length': String(bytes.length) } },
          ),
      ),
    });
    mounted = await mountApp(env);
    await syncNow(mounted.container, URL_A);
    const progress = await waitFor(() => mounted!.container.querySelector('progress'));
    await waitFor(() => progress.value === 1000);
    expect(progress.max).toBe(bytes.length);
    expect(progress.getAttribute('aria-label')).toBe('Download progress');
    expect((await operationOutcome(mounted.container)).alert).toContain('(timeout)');
  });
});
