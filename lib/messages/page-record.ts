import * as z from 'zod/mini';
import { isSameSite } from '../web/same-site';
import { boundSchema, figureKindSchema, statusSchema, expectedSchema, type Analysis } from '../analyze/types';

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
        /** The fact of its deal the figure states (lib/link/fact-role.ts), for comparing coverage. */
        fact: z.optional(z.string().check(z.maxLength(100))),
      }),
    )
    .check(z.maxLength(2000)),
});
export type PageRecord = z.infer<typeof pageRecordSchema>;

/**
 * What the background remembers of a deal page read at `pageUrl`, for related
 * coverage. `pageUrl` is where the browser says the page is, never what the page
 * says. The page's canonical address is kept only on the page's own site, and
 * the site is named by its host, not by the name the page gives itself: a page
 * claiming another site's address or name could otherwise pass for that site's
 * article in related coverage (issue 19).
 */
export function pageRecord(analysis: Analysis, pageUrl: string, now = Date.now()): PageRecord {
  const url = pageUrl.split('#')[0]!;
  const hostname = hostnameOf(url);
  const canonical = analysis.url && analysis.url !== url && /^https?:/i.test(analysis.url) && isSameSite(analysis.url, url) ? analysis.url : undefined;
  return {
    url: url.slice(0, 4096),
    ...(canonical ? { canonicalUrl: canonical.slice(0, 4096) } : {}),
    title: analysis.title.slice(0, 1000) || hostname,
    site: hostname.replace(/^www\./, '').slice(0, 500),
    lang: analysis.lang.slice(0, 35),
    ...(analysis.publishedAt ? { publishedAt: analysis.publishedAt.slice(0, 64) } : {}),
    seenAt: now,
    deals: analysis.deals.slice(0, 100),
    figures: analysis.figures.slice(0, 2000).map(({ text, kind, value, unit, bound, dealId, status, expected, fact }) => ({
      text: text.trim().slice(0, 200), kind, value, unit, bound, dealId, status, ...(expected ? { expected } : {}), ...(fact ? { fact } : {}),
    })),
  };
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
