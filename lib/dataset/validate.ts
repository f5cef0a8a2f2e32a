import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DATASET_FORMAT, DATASET_FORMATS, datasetSchema, type Dataset } from './schema';

// zod/mini carries no messages of its own ("Invalid input"); people read these
// ones, in the settings page and the CLI, so they get the full English text.
z.config(en());

/** Why a dataset was refused: not JSON at all, an HTML page, another format version, or a schema error. */
export type DatasetFailure = 'not-json' | 'html' | 'format' | 'invalid';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; error: string; reason: DatasetFailure };

/** Formats a zod path the way JSON tools print it: `$.deals[2].facts[0].unit`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
    '$',
  );
}

/**
 * Validates an already-parsed JSON value as a `compute-deals/v2` dataset, or a
 * `compute-deals/v1` one, which loads as it is.
 * The error names the first offending JSON path; an unknown `format` is reported
 * on its own so that a future version reads as such, not as a pile of field errors.
 */
export function validateDataset(value: unknown): DatasetResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: '$: expected a JSON object', reason: 'invalid' };
  }
  const format = (value as { format?: unknown }).format;
  if (!(DATASET_FORMATS as readonly unknown[]).includes(format)) {
    return {
      ok: false,
      error: `$.format: unsupported format ${JSON.stringify(format ?? null)} (expected "${DATASET_FORMAT}" or "compute-deals/v1")`,
      reason: 'format',
    };
  }
  const result = datasetSchema.safeParse(value);
  if (result.success) return { ok: true, dataset: result.data };
  return { ok: false, error: describeIssues(result.error), reason: 'invalid' };
}

function describeIssues(error: { issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }> }): string {
  const lines = error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length - lines.length;
  return more > 0 ? `${lines.join('\n')}\n(and ${more} more)` : lines.join('\n');
}

/**
 * Parses dataset text (JSON) and validates it. A byte-order mark is allowed;
 * an HTML page (a login wall, an error page) is named as such rather than as
 * a JSON syntax error at its first "<".
 */
export function parseDatasetText(text: string): DatasetResult {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/^<(!doctype|html|head|body|\?xml)/i.test(trimmed)) return { ok: false, error: 'an HTML page, not a JSON dataset', reason: 'html' };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (err) {
    return { ok: false, error: `not JSON: ${(err as Error).message}`, reason: 'not-json' };
  }
  return validateDataset(value);
}
