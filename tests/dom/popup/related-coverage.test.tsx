// First: Dexie looks for indexedDB when it is first imported.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { button, makeEnv, mountPopup, section, text, useLocale, waitFor, type Mounted } from './support';

describe('related coverage, the consensus charts and the export', () => {
  let mounted: Mounted | undefined;

  beforeEach(() => useLocale('en'));
  afterEach(async () => {
    await mounted?.unmount();
    mounted = undefined;
  });

  const open = async () => {
    const env = await makeEnv();
    mounted = await mountPopup(env);
    const related = await waitFor(() => {
      const s = section(mounted!.container, 'Related coverage');
      return s && s.getAttribute('aria-busy') === 'false' ? s : null;
    });
    return { env, container: mounted.container, related };
  };

  it('lists each deal’s coverage newest first, without the current page', async () => {
    const { related } = await open();
    const [colossus, amazon] = [...related.querySelectorAll('.related-group')];
    const entries = [...colossus!.querySelectorAll('.related-entry')];
    expect(entries.map((e) => text(e.querySelector('.related-meta')))).toEqual([
      'ChaoBro · English',
      'Malik Logix · May 11, 2026 · English',
      'Odaily星球日报 · May 7, 2026 · Simplified Chinese',
      'GogoAI News · English',
    ]);
    expect(text(related)).not.toContain('Public Observation Node');
    // The Amazon deal's only coverage is this page: say what to do instead.
    expect(text(amazon)).toContain('Read more coverage of this deal, or sync a newer dataset in Settings.');
  });

  it('gives each page read here its agreement with the reference', async () => {
    const { related } = await open();
    const entries = [...related.querySelectorAll('.related-entry')];
    expect(entries.map((e) => text(e.querySelector('.agreement')))).toEqual(['2 match · 0 differ', '3 match · 0 differ', '1 match · 1 differ', '']);
    expect(text(entries[3]!.querySelector('.related-origin'))).toBe('in the dataset');
  });

  it('opens a related page in a new tab through the tabs API', async () => {
    const { env, related } = await open();
    const link = related.querySelector<HTMLAnchorElement>('.related-entry a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(async () => link.dispatchEvent(click));
    expect(click.defaultPrevented).toBe(true);
    // The first entry with a link: the pages read here share headlines with link-less dataset entries.
    expect(env.openTab).toHaveBeenCalledWith('https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal');
  });

  it('charts the values reported against the reference, with a text alternative', async () => {
    const { container } = await open();
    const charts = await waitFor(() => section(container, 'What the coverage reports')?.querySelectorAll('figure.chart'));
    const gpus = [...charts].find((c) => text(c.querySelector('figcaption')) === 'GPUs')!;
    const svg = gpus.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      'GPUs reported across the coverage you have read: 220,000 GPUs ×4, 22,000 GPUs ×2. Reference: ≥ 220,000 GPUs.',
    );
    const rows = [...gpus.querySelectorAll('table.visually-hidden tbody tr')].map((r) => [...r.children].map(text));
    // The page itself states both values (220,000 and its 22,000+ slip): each is marked as the page's.
    expect(rows).toEqual([
      ['220,000 GPUs', '4 (on this page)', '≥ 220,000 GPUs'],
      ['22,000 GPUs', '2 (on this page)', ''],
    ]);
    // One bar per value, the reference marked.
    expect(svg.querySelectorAll('.bar')).toHaveLength(2);
    expect(svg.querySelectorAll('.is-reference .reference-mark')).toHaveLength(1);
    expect(svg.querySelectorAll('.on-page')).toHaveLength(2);
  });

  it('copies a Markdown report with the flags and the related coverage', async () => {
    const { env, container } = await open();
    await act(async () => button(container, 'Copy Markdown').click());
    const markdown = env.copyText.mock.calls[0]![0];
    expect(markdown).toContain('1. “22,000+ GPUs” — GPUs: ≥ 22,000 GPUs — Differs from the reference — Reference: ≥ 220,000 GPUs (NVIDIA GPUs)');
    expect(markdown).toContain('## Related coverage');
    expect(markdown).toContain('- Anthropic SpaceX Compute Partners — Malik Logix');
    expect(markdown).toContain('3 match · 0 differ');
    expect(text(container.querySelector('.export [role="status"]'))).toBe('Copied to the clipboard.');
  });

  it('downloads the JSON report', async () => {
    const { env, container } = await open();
    await act(async () => button(container, 'Download JSON').click());
    const [name, json, type] = env.download.mock.calls[0]!;
    expect(name).toBe('deal-lens-node.example.org-2026-05-16.json');
    expect(type).toMatch(/^application\/json/);
    const report = JSON.parse(json) as { figures: Array<{ status: string }>; related: Array<{ items: unknown[] }> };
    expect(report.figures[0]!.status).toBe('mismatch');
    expect(report.related[0]!.items).toHaveLength(4);
  });

  it('says so when copying fails', async () => {
    const { env, container } = await open();
    env.copyText.mockRejectedValueOnce(new Error('Document is not focused.'));
    await act(async () => button(container, 'Copy JSON').click());
    expect(text(container.querySelector('.export [role="status"]'))).toBe('Could not copy: Document is not focused.');
  });
});
