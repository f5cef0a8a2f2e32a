import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../dataset/schema';
import { parseDatasetText } from '../dataset/validate';
import { replaceControlCharacters } from '../text/control-characters';
import { fetchCapped } from './fetch-capped';

/** The dataset the extension ships with. */
export const BUNDLED_DATASET_PATH = fileURLToPath(new URL('../../public/compute-deals.json', import.meta.url));

/** The extension's own cap on a synced dataset (SYNC_MAX_BYTES in lib/storage/update-dataset.ts). */
export const DATASET_MAX_BYTES = 50 * 1024 * 1024;

/** Loads and validates a dataset from a file or an http(s) URL; throws with a readable message. */
export async function loadDataset(location = BUNDLED_DATASET_PATH): Promise<Dataset> {
  let text: string;
  if (/^https?:\/\//i.test(location)) {
    try {
      ({ text } = await fetchCapped(location, { what: 'dataset', maxBytes: DATASET_MAX_BYTES, accept: 'application/json' }));
    } catch (e) {
      throw new Error(`dataset ${location}: ${(e as Error).message}`);
    }
  } else {
    text = await readFile(location, 'utf8');
  }
  const result = parseDatasetText(text);
  // The messages quote the dataset's keys and values: no terminal escapes from them.
  const error = result.ok ? '' : result.error.split('\n').map((line) => replaceControlCharacters(line)).join('\n');
  if (!result.ok) throw new Error(`dataset ${location} is not a valid compute-deals dataset:\n${error}`);
  return result.dataset;
}
