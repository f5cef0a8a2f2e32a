/**
 * npm run analyze -- [--dataset FILE|URL]... [--json] [--force] <file.html | http(s) URL>...
 *
 * `--dataset` may be given more than once: the first is the base, each later
 * one a layer over it (an Epoch AI import over the deals dataset), united as
 * the extension unites them (lib/dataset/layer-datasets.ts).
 *
 * Runs the extension's analysis on saved pages or URLs. Each input is reported
 * even when another fails; the exit code is non-zero if any input (or the
 * dataset) could not be read.
 */
import { parseArgs } from 'node:util';
import { compileDataset } from '../../analyze/engine';
import { layerDatasets } from '../../dataset/layer-datasets';
import { analyzeDocument } from '../../content/analyze-document';
import { loadDataset } from '../load-dataset';
import { loadPage, parseHtml } from '../load-page';
import { toJsonReport, toTextReport } from './report';

const USAGE = 'usage: npm run analyze -- [--dataset FILE|URL]... [--json] [--force] <file.html | http(s) URL>...';

/** Where the CLI writes; process.stdout and process.stderr by default. */
export interface Output {
  write(chunk: string): unknown;
}

export async function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { dataset: { type: 'string', multiple: true }, json: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    err.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? out : err).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  let engine;
  try {
    const [base, ...layers] = await Promise.all((values.dataset?.length ? values.dataset : [undefined]).map((location) => loadDataset(location)));
    engine = compileDataset(layerDatasets(base!, ...layers));
  } catch (e) {
    err.write(`error: ${(e as Error).message}\n`);
    return 1;
  }
  let failed = 0;
  const reports: unknown[] = [];
  for (const input of positionals) {
    try {
      const { html, url } = await loadPage(input);
      const analysis = analyzeDocument(engine, parseHtml(html, url), { force: values.force });
      if (values.json) reports.push(toJsonReport(input, analysis));
      else out.write(`${toTextReport(input, analysis)}\n\n`);
    } catch (e) {
      failed++;
      err.write(`error: ${input}: ${(e as Error).message}\n`);
      if (values.json) reports.push({ source: input, error: (e as Error).message });
    }
  }
  if (values.json) out.write(`${JSON.stringify(reports, null, 2)}\n`);
  return failed ? 1 : 0;
}

const invokedDirectly = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
// process.exit() would drop whatever a piped stdout or stderr still holds (a pipe takes
// 64 KB at once): set the code and let Node end once both are drained.
if (invokedDirectly) main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
