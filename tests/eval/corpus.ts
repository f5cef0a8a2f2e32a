import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { figureKindSchema, statusSchema } from '../../lib/analyze/types';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const DATASETS_DIR = fileURLToPath(new URL('../fixtures/datasets/', import.meta.url));

/** A page's gold annotation: what a careful analyst says the page holds (tests/fixtures/README.md). */
export const goldSchema = z.object({
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
    }),
  ),
});
export type Gold = z.infer<typeof goldSchema>;

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
