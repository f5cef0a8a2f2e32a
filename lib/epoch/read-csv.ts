/**
 * Reads one of Epoch AI's CSV exports into rows keyed by column name.
 *
 * The parser is papaparse: Epoch's cells hold quoted commas, line breaks and
 * Python-style lists of attachments (`data_centers.csv`, "Sentinel satellite
 * timelapse"), which only a real CSV parser reads right. papaparse was chosen
 * over csv-parse because it has no dependencies and no Node streams or
 * Buffer, so the same import runs in the settings page, a worker and the CLI.
 *
 * Columns are read by name, never by position: Epoch reorders and adds columns
 * between exports, so extra columns are ignored and only missing ones refuse.
 */
import Papa from 'papaparse';

/** A file larger than this is no Epoch export (the 786-row GPU cluster file is 0.5 MB). */
export const EPOCH_CSV_MAX_CHARS = 20 * 1024 * 1024;

export type CsvRow = Readonly<Record<string, string>>;

/** Why a CSV was refused; the message names the file and, where it helps, the columns or the line. */
export class EpochImportError extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'binary' | 'too-large' | 'html' | 'columns' | 'csv' = 'csv',
  ) {
    super(message);
    this.name = 'EpochImportError';
  }
}

/**
 * The rows of `text`, each a map from column name to trimmed cell. Throws an
 * `EpochImportError` for empty, binary or oversized input, an HTML page, a
 * malformed CSV, or one that lacks any of `required` (all missing ones named).
 */
export function readCsv(text: string, file: string, required: readonly string[], maxChars = EPOCH_CSV_MAX_CHARS): CsvRow[] {
  if (text.length > maxChars) throw new EpochImportError(`${file}: the file is too large (over ${Math.round(maxChars / 1024 / 1024)} MB) for an Epoch AI export`, 'too-large');
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new EpochImportError(`${file}: the file is empty`, 'empty');
  // A NUL never stands in text; U+FFFD is what a decoder leaves of bytes that were not UTF-8.
  const head = body.slice(0, 65_536);
  if (head.includes('\u0000') || (head.match(/\uFFFD/g)?.length ?? 0) > 8) {
    throw new EpochImportError(`${file}: not a text file (binary data)`, 'binary');
  }
  if (/^\s*<(!doctype|html|head|body|\?xml)/i.test(body)) throw new EpochImportError(`${file}: an HTML page, not a CSV file`, 'html');
  const parsed = Papa.parse<Record<string, string>>(body, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim(),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = required.filter((column) => !fields.includes(column));
  if (missing.length) {
    throw new EpochImportError(`${file}: missing column${missing.length === 1 ? '' : 's'} ${missing.map((c) => `"${c}"`).join(', ')}`, 'columns');
  }
  // A quote left open swallows the rest of the file: refuse rather than import half of it.
  const broken = parsed.errors.find((error) => error.type === 'Quotes' || error.type === 'Delimiter');
  if (broken) throw new EpochImportError(`${file}: not a well-formed CSV (${broken.message}${broken.row !== undefined ? ` at row ${broken.row + 1}` : ''})`, 'csv');
  return parsed.data.map((row) => {
    const out: Record<string, string> = {};
    for (const column of fields) out[column] = typeof row[column] === 'string' ? row[column].trim() : '';
    return out;
  });
}
