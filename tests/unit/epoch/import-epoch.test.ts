import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importEpoch, type EpochFiles } from '@/lib/epoch/import-epoch';
import { validateDataset } from '@/lib/dataset/validate';
import type { Dataset, Site } from '@/lib/dataset/schema';

const read = (name: string) => readFileSync(`tests/fixtures/epoch/${name}`, 'utf8');
const FILES: EpochFiles = { gpuClusters: read('gpu_clusters.csv'), dataCenters: read('data_centers.csv'), timelines: read('data_center_timelines.csv') };
const RETRIEVED = '2025-12-15';
const snapshot = importEpoch(FILES, { retrieved: RETRIEVED });
const { dataset } = snapshot;

function siteNamed(alias: string): Site {
  const entity = dataset.entities.find((e) => e.aliases.includes(alias));
  if (!entity) throw new Error(`no entity has the alias ${alias}`);
  return dataset.sites!.find((s) => s.entity === entity.id)!;
}

describe('importEpoch on the December 2025 snapshot', () => {
  it('reads every row of the three files (786 clusters, 17 data centers, 118 timeline rows)', () => {
    expect(snapshot.counts).toMatchObject({ clusterRows: 786, dataCenters: 17, timelineRows: 118 });
  });

  it('skips only the anonymised systems, which no article can name', () => {
    const anonymised = FILES.gpuClusters.split('\n').filter((line) => line.startsWith('Anonymized Chinese System,')).length;
    expect(anonymised).toBeGreaterThan(200);
    expect(snapshot.counts.skipped).toBe(anonymised);
    expect(snapshot.skipped.every((line) => line.endsWith('anonymised system'))).toBe(true);
  });

  it('writes a valid compute-deals/v2 dataset that credits Epoch AI under CC BY 4.0', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? '' : result.error).toBe('');
    expect(dataset.format).toBe('compute-deals/v2');
    expect(dataset.version).toBe('2025.12.15');
    expect(dataset.attributions!.map((a) => [a.publisher, a.licence, a.url])).toEqual([
      ['Epoch AI', 'CC BY 4.0', 'https://epoch.ai/data/gpu-clusters'],
      ['Epoch AI', 'CC BY 4.0', 'https://epoch.ai/data/data-centers'],
    ]);
    expect(dataset.attributions![0]!.credit).toBe("Epoch AI, 'Data on GPU Clusters'. Published online at epoch.ai. Retrieved from https://epoch.ai/data/gpu-clusters.");
  });

  it("keeps Colossus's three phases, with their dates, status and certainty, on the Colossus 1 site", () => {
    const colossus = siteNamed('Colossus 1');
    const phases = colossus.records.filter((r) => r.name.startsWith('xAI Colossus Memphis Phase'));
    expect(phases.map((r) => [r.name, r.asOf, r.status, r.certainty])).toEqual([
      ['xAI Colossus Memphis Phase 1', '2024-09-02', 'existing', 'confirmed'],
      ['xAI Colossus Memphis Phase 2', '2025-02-18', 'existing', 'likely'],
      ['xAI Colossus Memphis Phase 3', '2025-07-22', 'existing', 'confirmed'],
    ]);
    // Phase 3: 200,000 H100/H200 and 30,000 GB200, 352 MW, as the CSV row gives them.
    expect(phases[2]!.facts).toEqual([
      expect.objectContaining({ kind: 'gpus', value: 230_000, unit: 'GPU' }),
      expect.objectContaining({ kind: 'power', value: 352_352_000, unit: 'W' }),
    ]);
    // The data-center timeline joins on the handle: its rows are records of the same site.
    expect(colossus.records.some((r) => r.name === 'xAI Colossus 1, 2025-11-07' && r.facts.some((f) => f.kind === 'power' && f.value === 498_000_000))).toBe(true);
    const dates = colossus.records.map((r) => r.asOf ?? '9999');
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps Colossus 2 apart from Colossus 1, its planned phases after the dated rows', () => {
    const two = siteNamed('Colossus 2');
    expect(two.entity).not.toBe(siteNamed('Colossus 1').entity);
    const plans = two.records.filter((r) => !r.asOf);
    expect(plans.map((r) => r.name)).toEqual(['xAI Colossus 2 Memphis Phase 1', 'xAI Colossus 2 Memphis Phase 2']);
    expect(plans.every((r) => r.status === 'planned' && r.certainty === 'likely')).toBe(true);
  });

  it.each([
    // The owner prefix and the place suffix dropped.
    ['Prometheus', 'Meta Prometheus'],
    ['Hyperion', 'Meta Hyperion'],
    ['Helios', 'Coreweave Helios'],
    // Two sites share "Stargate" and "Fairwater": each keeps its place.
    ['Stargate Abilene', 'OpenAI Stargate Abilene'],
    ['Stargate UAE', 'OpenAI Stargate UAE'],
    ['Fairwater Atlanta', 'Microsoft Fairwater Atlanta'],
    ['Fairwater Wisconsin', 'Microsoft Fairwater Wisconsin'],
  ])('names the site %s (%s)', (alias, title) => {
    expect(siteNamed(alias).name).toBe(title);
  });

  it('never gives plain "Colossus", "Stargate" or a bare place as an alias: each names several sites', () => {
    const aliases = new Set(dataset.entities.flatMap((e) => e.aliases));
    for (const ambiguous of ['Colossus', 'Stargate', 'Fairwater', 'New Albany', 'Atlanta', 'Memphis']) expect(aliases.has(ambiguous)).toBe(false);
  });

  it('keeps no figure inside an alias ("DataVolt Neom 1.5 GW" is Neom)', () => {
    expect(dataset.entities.find((e) => e.aliases.includes('Neom'))).toBeDefined();
    const withFigures = dataset.entities.flatMap((e) => e.aliases).filter((a) => /\d+(?:\.\d+)?\s*(?:GW|MW|k\b)/i.test(a));
    // Only names that are nothing but Epoch's own name fall back to it.
    expect(withFigures.every((a) => dataset.sites!.some((s) => s.name === a))).toBe(true);
  });

  it("keeps the data-center file's parties with Epoch's confidence tags", () => {
    expect(siteNamed('Project Rainier').parties).toEqual(
      expect.arrayContaining([
        { name: 'Amazon', role: 'owner', confidence: 'confident' },
        { name: 'Anthropic', role: 'user', confidence: 'confident' },
      ]),
    );
    expect(siteNamed('Stargate Abilene').parties).toEqual(
      expect.arrayContaining([
        { name: 'Oracle', role: 'owner', confidence: 'confident' },
        { name: 'Softbank', role: 'investor' },
        { name: 'Crusoe', role: 'construction' },
        { name: 'American Electric Power', role: 'energy' },
      ]),
    );
  });

  it('marks timeline rows after the day the copy was taken as planned', () => {
    const abilene = siteNamed('Stargate Abilene').records.filter((r) => r.source === 'https://epoch.ai/data/data-centers');
    expect(abilene.filter((r) => r.asOf! > RETRIEVED).every((r) => r.status === 'planned')).toBe(true);
    expect(abilene.find((r) => r.asOf === '2025-09-26')).toMatchObject({ status: 'existing', facts: expect.arrayContaining([expect.objectContaining({ kind: 'power', value: 295_000_000 })]) });
  });

  it("uses the data centers' current columns when no timelines file is given", () => {
    const { dataset: current } = importEpoch({ gpuClusters: FILES.gpuClusters, dataCenters: FILES.dataCenters }, { retrieved: RETRIEVED });
    // Data centers whose current columns hold no figure (Hyperion, Goodnight) have no record, and are left out.
    const valid = validateDataset(JSON.parse(JSON.stringify(current)));
    expect(valid.ok ? '' : valid.error).toBe('');
    expect(current.sites!.some((s) => s.name === 'Meta Hyperion')).toBe(false);
    const prometheus = current.sites!.find((s) => s.name === 'Meta Prometheus')!;
    expect(prometheus.records.filter((r) => r.source === 'https://epoch.ai/data/data-centers')).toEqual([
      expect.objectContaining({ asOf: RETRIEVED, facts: expect.arrayContaining([expect.objectContaining({ kind: 'power', value: 691_000_000 })]) }),
    ]);
  });
});

describe('importEpoch reads columns by name', () => {
  it('imports the same sites from columns in another order, with an extra one', () => {
    const swapped = 'Extra,Handle,Address,Title,Owner,Users,Investors,Construction companies,Energy companies,Current total capital cost (2025 USD billions),Current power (MW)\n' +
      'x,xAI Colossus 1 Memphis Tennessee,"3231 Riverport Rd, Memphis, TN 38109",xAI Colossus 1,xAI #confident,xAI #confident,,,MLGW,15.12,498\n';
    const { dataset: small } = importEpoch({ gpuClusters: FILES.gpuClusters, dataCenters: swapped }, { retrieved: RETRIEVED });
    const site = small.sites!.find((s) => s.name === 'xAI Colossus 1')!;
    expect(site.records.find((r) => r.source === 'https://epoch.ai/data/data-centers')!.facts).toEqual([
      expect.objectContaining({ kind: 'power', value: 498_000_000 }),
      expect.objectContaining({ kind: 'money', value: 15_120_000_000 }),
    ]);
  });
});

describe('importEpoch refuses broken files with a clear error', () => {
  const withClusters = (gpuClusters: string) => () => importEpoch({ ...FILES, gpuClusters }, { retrieved: RETRIEVED });

  it('names every missing column', () => {
    const header = FILES.gpuClusters.split('\n')[0]!.replace('Certainty,', '').replace(',Power Capacity (MW)', '');
    expect(withClusters(`${header}\n`)).toThrow('GPU clusters file: missing columns "Certainty", "Power Capacity (MW)"');
  });

  it('names the file whose columns are missing', () => {
    expect(() => importEpoch({ ...FILES, dataCenters: 'Handle,Title\nA,B\n' }, { retrieved: RETRIEVED })).toThrow(/^data centers file: missing columns "Address", "Owner"/);
  });

  it('refuses an empty file', () => {
    expect(withClusters('')).toThrow('GPU clusters file: the file is empty');
    expect(withClusters('\uFEFF \n\n')).toThrow('GPU clusters file: the file is empty');
  });

  it('refuses a binary file', () => {
    const png = String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d) + 'IHDR';
    expect(withClusters(png)).toThrow('GPU clusters file: not a text file (binary data)');
  });

  it('refuses a 60 MB file before parsing it', () => {
    const huge = 'x'.repeat(60 * 1024 * 1024);
    expect(withClusters(huge)).toThrow('GPU clusters file: the file is too large (over 20 MB) for an Epoch AI export');
  });

  it('refuses an HTML page (a login wall instead of the export)', () => {
    expect(withClusters('<!DOCTYPE html><html><body>Sign in</body></html>')).toThrow('GPU clusters file: an HTML page, not a CSV file');
  });

  it('refuses a quote left open rather than import half the file', () => {
    const header = FILES.gpuClusters.split('\n')[0]!;
    expect(withClusters(`${header}\n"xAI Colossus,Existing,Confirmed\n`)).toThrow(/GPU clusters file: not a well-formed CSV/);
  });
});

describe('the bundled snapshot', () => {
  it('is the shared snapshot, byte for byte, with a README giving its date and credit', () => {
    for (const name of ['gpu_clusters.csv', 'data_centers.csv', 'data_center_timelines.csv']) {
      expect(readFileSync(`public/epoch/${name}`, 'utf8')).toBe(read(name));
    }
    const readme = readFileSync('public/epoch/README.md', 'utf8');
    expect(readme).toContain('2025-12-15');
    expect(readme).toContain("Epoch AI, 'Data on GPU Clusters'. Published online at epoch.ai. Retrieved from https://epoch.ai/data/gpu-clusters.");
  });

  it('round-trips through the dataset validator unchanged', () => {
    const copy = JSON.parse(JSON.stringify(dataset)) as Dataset;
    const result = validateDataset(copy);
    expect(result.ok && result.dataset.sites!.length).toBe(dataset.sites!.length);
  });
});
