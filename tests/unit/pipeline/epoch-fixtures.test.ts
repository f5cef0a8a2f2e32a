import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '@/lib/analyze/engine';
import { analyzeDocument } from '@/lib/content/analyze-document';
import { layerDatasets } from '@/lib/dataset/layer-datasets';
import { importEpoch } from '@/lib/epoch/import-epoch';
import { loadDataset } from '@/lib/node/load-dataset';
import { parseHtml } from '@/lib/node/load-page';

/**
 * Pages about Epoch AI's sites, in four languages, through the whole pipeline
 * with the Epoch layer on the bundled deals dataset (tests/fixtures/epoch/pages).
 * Each expected figure says its status, its deal and the site record it was
 * checked against (null: none), with a note on the case it covers.
 */
interface Expected {
  lang: string;
  isComputeDeal: boolean;
  figures: Array<{ text: string; kind: string; value: number; status: string; dealId: string | null; site: { verdict: string; record: string } | null; note: string }>;
}

const DIR = 'tests/fixtures/epoch/';
const PAGES = readdirSync(`${DIR}pages`).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length));
const read = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');

describe('pages about Epoch AI sites', async () => {
  const epoch = importEpoch({ gpuClusters: read('gpu_clusters.csv'), dataCenters: read('data_centers.csv'), timelines: read('data_center_timelines.csv') }, { retrieved: '2025-12-15' });
  const bundled = await loadDataset();
  const layered = compileDataset(layerDatasets(bundled, epoch.dataset));
  const plain = compileDataset(bundled);

  it('cover at least four languages', () => {
    const langs = new Set(PAGES.map((name) => (JSON.parse(read(`pages/${name}.expected.json`)) as Expected).lang));
    expect(langs.size).toBeGreaterThanOrEqual(4);
  });

  it.each(PAGES)('%s reads as expected', (name) => {
    const gold = JSON.parse(read(`pages/${name}.expected.json`)) as Expected;
    const analysis = analyzeDocument(layered, parseHtml(read(`pages/${name}.html`), `https://fixtures.example/${name}.html`));
    expect(analysis.lang).toBe(gold.lang);
    expect(analysis.isComputeDeal).toBe(gold.isComputeDeal);
    for (const want of gold.figures) {
      const got = analysis.figures.find((f) => f.text === want.text);
      expect(got, `${want.text}: ${want.note}`).toBeDefined();
      expect(
        { kind: got!.kind, value: got!.value, status: got!.status, dealId: got!.dealId, site: got!.site ? { verdict: got!.site.verdict, record: got!.site.record } : null },
        `${want.text}: ${want.note}`,
      ).toEqual({ kind: want.kind, value: want.value, status: want.status, dealId: want.dealId, site: want.site });
    }
    // No figure beyond those listed is checked against a site.
    const listed = new Set(gold.figures.map((f) => f.text));
    expect(analysis.figures.filter((f) => f.site && !listed.has(f.text)).map((f) => f.text)).toEqual([]);
  });

  it.each(PAGES)('%s: every site verdict credits Epoch AI, CC BY 4.0, with its data page', (name) => {
    const analysis = analyzeDocument(layered, parseHtml(read(`pages/${name}.html`), `https://fixtures.example/${name}.html`));
    for (const figure of analysis.figures.filter((f) => f.site)) {
      expect(figure.site!.credit).toBe('Epoch AI, CC BY 4.0');
      expect(['https://epoch.ai/data/gpu-clusters', 'https://epoch.ai/data/data-centers']).toContain(figure.site!.url);
    }
  });

  it.each(PAGES)('%s: without the Epoch layer no figure is checked against a site', (name) => {
    const analysis = analyzeDocument(plain, parseHtml(read(`pages/${name}.html`), `https://fixtures.example/${name}.html`), { force: true });
    expect(analysis.figures.filter((f) => f.site)).toEqual([]);
  });
});
