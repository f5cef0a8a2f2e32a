import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { figureKindSchema, statusSchema } from '../../lib/analyze/types';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const DATASETS_DIR = fileURLToPath(new URL('../fixtures/datasets/', import.meta.url));

/** A page's gold annotation: what a careful analyst says the page holds (tests/fixtures/README.md). */
export const goldSchema = z.object({
  /**
   * The batch a page was written in. Pages of a later batch were written, and
   * committed, before the rules that handle them: scored apart, they estimate
   * how the engine does on pages nobody tuned it for. No batch: the first corpus.
   */
  batch: z.optional(z.string()),
  /** The failure classes the page probes (tests/fixtures/README.md), for per-class figures. */
  classes: z.optional(z.array(z.string())),
  lang: z.string(),
  isComputeDeal: z.boolean(),
  deals: z.array(z.string()),
  entities: z.array(z.string()),
  figures: z.array(
    z.object({
      text: z.string(),
      kind: figureKindSchema,
      value: z.union([z.number(), z.string()]),
      dealId: z.nullable(z.string()),
      status: statusSchema,
      /** Why a trap is not a deal fact ("dateline", "financials", …). */
      cause: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
  /**
   * The facts the page states more than once with values that disagree
   * (issue 16): one entry per fact, with a verbatim occurrence of each value.
   * Absent on a page nobody has read for contradictions: it is not scored on them.
   */
  conflicts: z.optional(
    z.array(z.object({ kind: figureKindSchema, dealId: z.string(), texts: z.array(z.string()).check(z.minLength(2)), note: z.optional(z.string()) })),
  ),
});
export type Gold = z.infer<typeof goldSchema>;

/** The batch name of the pages that predate batches. */
export const FIRST_BATCH = 'original';
export const batchOf = (page: CorpusPage) => page.gold.batch ?? FIRST_BATCH;

export interface CorpusPage {
  name: string;
  path: string;
  html: string;
  gold: Gold;
}

/**
 * The golden pages: every `<name>.html` in a folder with a `<name><suffix>`
 * gold beside it. The alternative-dataset pages carry `.alt.expected.json`.
 */
export function loadCorpus(dir: string, suffix = '.expected.json'): CorpusPage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html') && existsSync(join(dir, file.replace(/\.html$/, suffix))))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const gold = goldSchema.parse(JSON.parse(readFileSync(path.replace(/\.html$/, suffix), 'utf8')));
      return { name: file.replace(/\.html$/, ''), path, html: readFileSync(path, 'utf8'), gold };
    });
}
