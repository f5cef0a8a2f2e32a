import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../dataset/validate';

/** The dataset the extension ships with. */
export const BUNDLED_DATASET_PATH = fileURLToPath(new URL('../../public/compute-deals.json', import.meta.url));

/** Loads and validates a dataset from a file or an http(s) URL; throws with a readable message. */
export async function loadDataset(location = BUNDLED_DATASET_PATH): Promise<Dataset> {
  let text: string;
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`dataset ${location}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = await readFile(location, 'utf8');
  }
  const result = parseDatasetText(text);
  if (!result.ok) throw new Error(`dataset ${location} is not a valid compute-deals/v1 dataset:\n${result.error}`);
  return result.dataset;
}
