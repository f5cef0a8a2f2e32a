/**
 * Which of Epoch AI's files each CSV is, from its columns: a file chosen or
 * synced need not keep its download name.
 */
import { CLUSTER_COLUMNS, DATA_CENTER_COLUMNS, TIMELINE_COLUMNS } from './columns';
import type { EpochFiles } from './import-epoch';
import { EpochImportError } from './read-csv';

export interface NamedText {
  name: string;
  text: string;
}

const KINDS = [
  ['gpuClusters', CLUSTER_COLUMNS, 'GPU clusters'],
  ['dataCenters', DATA_CENTER_COLUMNS, 'data centers'],
  ['timelines', TIMELINE_COLUMNS, 'data-center timelines'],
] as const;

/** The header cells of a CSV text: its first line, split on commas outside quotes. */
function headerOf(text: string): string[] {
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? []).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').trim()).filter(Boolean);
}

/**
 * Sorts CSV texts into Epoch's files. A file is the kind whose columns it has
 * most of; the GPU clusters file is required. A file of no kind is refused,
 * and the import then names what its columns lack.
 */
export function sortEpochFiles(files: readonly NamedText[]): EpochFiles {
  const out: Partial<Record<(typeof KINDS)[number][0], string>> = {};
  for (const file of files) {
    const header = new Set(headerOf(file.text));
    const scored = KINDS.map(([kind, columns]) => [kind, columns.filter((c) => header.has(c)).length / columns.length] as const).sort((a, b) => b[1] - a[1]);
    const [kind, share] = scored[0]!;
    if (share < 0.3) {
      // Hand it on as the clusters file: the import names the columns it lacks (or finds it empty, or binary).
      if (!out.gpuClusters) out.gpuClusters = file.text;
      continue;
    }
    if (out[kind] !== undefined) throw new EpochImportError(`${file.name}: a second ${KINDS.find((k) => k[0] === kind)![2]} file`, 'columns');
    out[kind] = file.text;
  }
  if (out.gpuClusters === undefined) throw new EpochImportError('no GPU clusters file (gpu_clusters.csv) among the files', 'columns');
  return { gpuClusters: out.gpuClusters, ...(out.dataCenters !== undefined ? { dataCenters: out.dataCenters } : {}), ...(out.timelines !== undefined ? { timelines: out.timelines } : {}) };
}
