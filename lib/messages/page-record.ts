import * as z from 'zod/mini';
import { boundSchema, figureKindSchema, statusSchema, expectedSchema } from '../analyze/types';

/** What is remembered of a page the user read that was deal coverage. */
export const pageRecordSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  canonicalUrl: z.optional(z.string().check(z.maxLength(4096))),
  title: z.string().check(z.maxLength(1000)),
  site: z.string().check(z.maxLength(500)),
  lang: z.string().check(z.maxLength(35)),
  publishedAt: z.optional(z.string().check(z.maxLength(64))),
  seenAt: z.number(),
  deals: z.array(z.string()).check(z.maxLength(100)),
  figures: z
    .array(
      z.object({
        text: z.string().check(z.maxLength(200)),
        kind: figureKindSchema,
        value: z.union([z.number(), z.string()]),
        unit: z.string(),
        bound: boundSchema,
        dealId: z.nullable(z.string()),
        status: statusSchema,
        expected: z.optional(expectedSchema),
      }),
    )
    .check(z.maxLength(2000)),
});
export type PageRecord = z.infer<typeof pageRecordSchema>;
