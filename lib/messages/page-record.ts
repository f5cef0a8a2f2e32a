import { z } from 'zod';
import { boundSchema, figureKindSchema, statusSchema, expectedSchema } from '../analyze/types';

/** What is remembered of a page the user read that was deal coverage. */
export const pageRecordSchema = z.object({
  url: z.string().max(4096),
  canonicalUrl: z.string().max(4096).optional(),
  title: z.string().max(1000),
  site: z.string().max(500),
  lang: z.string().max(35),
  publishedAt: z.string().max(64).optional(),
  seenAt: z.number(),
  deals: z.array(z.string()).max(100),
  figures: z
    .array(
      z.object({
        text: z.string().max(200),
        kind: figureKindSchema,
        value: z.union([z.number(), z.string()]),
        unit: z.string(),
        bound: boundSchema,
        dealId: z.string().nullable(),
        status: statusSchema,
        expected: expectedSchema.optional(),
      }),
    )
    .max(2000),
});
export type PageRecord = z.infer<typeof pageRecordSchema>;
