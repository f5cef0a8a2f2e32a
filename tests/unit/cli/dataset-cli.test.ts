import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as analyze } from '../../../lib/node/cli/analyze';
import { main as dataset } from '../../../lib/node/cli/dataset';
import { formatDataset } from '../../../lib/dataset/format-dataset';
import { parseDatasetText } from '../../../lib/dataset/validate';

const EPOCH = 'tests/fixtures/epoch/';
const dir = mkdtempSync(join(tmpdir(), 'dataset-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(cli: typeof analyze, args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await cli(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

const importArgs = (out: string) => [
  'import-epoch',
  '--gpu-clusters', `${EPOCH}gpu_clusters.csv`,
  '--data-centers', `${EPOCH}data_centers.csv`,
  '--timelines', `${EPOCH}data_center_timelines.csv`,
  '--retrieved', '2025-12-15',
  '--out', out,
];

describe('npm run dataset -- import-epoch', () => {
  const out = join(dir, 'epoch.json');

  it('writes a valid v2 dataset in canonical form, and says what it read', async () => {
    const { code, stderr } = await run(dataset, importArgs(out));
    expect(code).toBe(0);
    expect(stderr).toMatch(/^wrote .*epoch\.json: \d+ sites, \d+ records from 786 cluster rows, 17 data centers and 118 timeline rows; \d+ rows skipped\n/);
    expect(stderr).toContain('CC BY 4.0');
    const text = readFileSync(out, 'utf8');
    const parsed = parseDatasetText(text);
    expect(parsed.ok && parsed.dataset.format).toBe('compute-deals/v2');
    expect(parsed.ok && formatDataset(parsed.dataset)).toBe(text);
  });

  it('names the missing columns and writes nothing', async () => {
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'Name,Owner\nxAI Colossus,xAI\n');
    const target = join(dir, 'never.json');
    const { code, stderr } = await run(dataset, [...importArgs(target).slice(0, 1), '--gpu-clusters', broken, '--data-centers', `${EPOCH}data_centers.csv`, '--out', target]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error: GPU clusters file: missing columns "Status", "Certainty"/);
    expect(() => readFileSync(target)).toThrow();
  });

  it('asks for the files it needs', async () => {
    const { code, stderr } = await run(dataset, ['import-epoch', '--out', join(dir, 'x.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run dataset -- import-epoch');
  });

  it('is accepted by npm run analyze, layered over the deals dataset', async () => {
    const page = `${EPOCH}pages/en-el-capitan-supercomputer.html`;
    const { code, stdout, stderr } = await run(analyze, ['--json', '--dataset', 'public/compute-deals.json', '--dataset', out, page]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [report] = JSON.parse(stdout);
    expect(report.figures.find((f: { text: string }) => f.text === '350 MW')).toMatchObject({
      status: 'mismatch',
      site: { verdict: 'mismatch', record: 'Lawrence Livermore NL El Capitan Phase 2', certainty: 'confirmed', credit: 'Epoch AI, CC BY 4.0' },
    });
    // The deals dataset is still there: its entities are found on the seed pages.
    const seed = JSON.parse((await run(analyze, ['--json', '--dataset', 'public/compute-deals.json', '--dataset', out, 'tests/fixtures/pages/seed-002-en.html'])).stdout)[0];
    expect(seed.deals).toContain('anthropic-spacex-colossus-1');
  });

  it('reads the Epoch file alone as a dataset too', async () => {
    const { code, stdout } = await run(analyze, ['--json', '--dataset', out, `${EPOCH}pages/de-prometheus-rechenzentrum.html`]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].figures.find((f: { text: string }) => f.text === '690 Megawatt').site.verdict).toBe('match');
  });
});
