/**
 * npm run dataset -- import-epoch --gpu-clusters F --data-centers F [--timelines F] [--retrieved YYYY-MM-DD] --out OUT.json
 *
 * Writes a compute-deals/v2 dataset of Epoch AI's sites from its CSV exports,
 * in canonical form, for `npm run analyze -- --dataset OUT.json` or the
 * settings page. The summary (sites, records, rows skipped) goes to stderr.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatDataset } from '../../dataset/format-dataset';
import { validateDataset } from '../../dataset/validate';
import { EPOCH_CSV_MAX_CHARS } from '../../epoch/read-csv';
import { importEpoch } from '../../epoch/import-epoch';
import type { Output } from './analyze';

const USAGE = 'usage: npm run dataset -- import-epoch --gpu-clusters FILE --data-centers FILE [--timelines FILE] [--retrieved YYYY-MM-DD] --out OUT.json';

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr, today = () => new Date().toISOString().slice(0, 10)): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'gpu-clusters': { type: 'string' },
        'data-centers': { type: 'string' },
        timelines: { type: 'string' },
        retrieved: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    err.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals[0] !== 'import-epoch' || positionals.length !== 1 || !values['gpu-clusters'] || !values['data-centers'] || !values.out) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  const retrieved = values.retrieved ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(retrieved)) {
    err.write(`error: --retrieved must be a date YYYY-MM-DD, not "${retrieved}"\n`);
    return 2;
  }
  try {
    const [gpuClusters, dataCenters, timelines] = await Promise.all([
      readText(values['gpu-clusters']),
      readText(values['data-centers']),
      values.timelines ? readText(values.timelines) : undefined,
    ]);
    const result = importEpoch({ gpuClusters, dataCenters, ...(timelines !== undefined ? { timelines } : {}) }, { retrieved });
    const checked = validateDataset(result.dataset);
    if (!checked.ok) throw new Error(`the import is not a valid dataset:\n${checked.error}`);
    await writeFile(values.out, formatDataset(checked.dataset));
    const c = result.counts;
    err.write(
      `wrote ${values.out}: ${c.sites} sites, ${c.records} records from ${c.clusterRows} cluster rows, ${c.dataCenters} data centers and ${c.timelineRows} timeline rows; ${c.skipped} rows skipped\n` +
        "Credit: Epoch AI, 'Data on GPU Clusters' and 'Data on Frontier AI Data Centers', CC BY 4.0 (https://epoch.ai/data)\n",
    );
    return 0;
  } catch (e) {
    err.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
}

/** A file's text, refusing at once one too large to be an Epoch export rather than reading it whole. */
async function readText(path: string): Promise<string> {
  const { size } = await stat(path);
  // UTF-8 takes at least one byte a character: a file over the cap in bytes may still be under it in characters.
  if (size > EPOCH_CSV_MAX_CHARS * 4) throw new Error(`${path}: the file is too large for an Epoch AI export`);
  return readFile(path, 'utf8');
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (invokedDirectly) main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
