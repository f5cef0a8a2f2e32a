import * as z from 'zod/mini';
import { onFirstUse } from '../schemas/on-first-use';

export const SETTINGS_VERSION = 3;

const categoriesSchema = () =>
  z.object({
    entities: z.boolean(),
    figures: z.boolean(),
    matches: z.boolean(),
    mismatches: z.boolean(),
    /** Figures the page, or the coverage read, states otherwise (issue 16). */
    conflicts: z.boolean(),
  });
export type Categories = z.infer<ReturnType<typeof categoriesSchema>>;

/** Built on first use: the content script reads settings only on pages that may be deal coverage. */
export const settingsSchema = onFirstUse(() => z.object({
  version: z.literal(SETTINGS_VERSION),
  enabled: z.boolean(),
  /** Hostnames where the extension stays off. */
  disabledSites: z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(10_000)),
  categories: categoriesSchema(),
  /** Days the reading history is kept for related coverage. */
  historyDays: z.int().check(z.minimum(1), z.maximum(3650)),
  autoSync: z.enum(['off', 'daily', 'weekly']),
  /** Where "Sync now" and auto-sync fetch the dataset; empty until the user sets one. */
  datasetUrl: z.string().check(z.maxLength(2048)),
  /**
   * Whether runs of the pipeline are marked on the page's performance timeline
   * (and the popup's) for DevTools and npm run bench:browser. Off by default:
   * the page shares that timeline, so the entries tell any site the reader
   * uses the extension. Kept in step with markTimingsOn (mark-timings.ts).
   */
  markTimings: z.boolean(),
}));
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  disabledSites: [],
  categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts: true },
  historyDays: 90,
  autoSync: 'off',
  datasetUrl: '',
  markTimings: false,
};

/**
 * Steps from each old version to the next, applied in order before the
 * field-by-field check. Version 1 had no switch and marked every run on every
 * page; version 2 marks nothing until the user asks. Version 3 adds the
 * conflicts category, on, beside the user's other four.
 */
const MIGRATIONS: Record<number, (stored: Record<string, unknown>) => Record<string, unknown>> = {
  1: (stored) => ({ markTimings: false, ...stored, version: 2 }),
  2: (stored) => ({ ...stored, categories: withConflicts(stored.categories), version: 3 }),
};

function withConflicts(categories: unknown): unknown {
  return categories && typeof categories === 'object' ? { conflicts: true, ...categories } : categories;
}

/**
 * Reads stored settings of any version: each migration from the stored
 * version on (settings without a version skip them), then the fields
 * one by one, missing or invalid ones falling back to their defaults, so a bad
 * value never costs the user the rest of their settings.
 */
export function migrateSettings(stored: unknown): Settings {
  if (stored === null || typeof stored !== 'object') return DEFAULT_SETTINGS;
  let raw = stored as Record<string, unknown>;
  const from = Number.isInteger(raw.version) ? (raw.version as number) : SETTINGS_VERSION;
  for (let version = Math.max(from, 1); version < SETTINGS_VERSION; version++) raw = MIGRATIONS[version]?.(raw) ?? raw;
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const schema = settingsSchema();
  for (const key of Object.keys(schema.shape) as Array<keyof Settings>) {
    if (key === 'version') continue;
    const field = schema.shape[key].safeParse(raw[key]);
    if (field.success) merged[key] = field.data;
  }
  return schema.parse(merged);
}

/** Whether the extension runs on a page of this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
