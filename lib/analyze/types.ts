/**
 * What the analysis pipeline reads and returns. The result crosses context
 * boundaries (content script → background → popup), so it is a zod schema.
 */
import * as z from 'zod/mini';
import { BOUNDS, CERTAINTIES, FACT_KINDS, SITE_STATUSES } from '../dataset/vocabulary';

/** A run of article text with its structural role; the engine reads blocks, never the DOM. */
export const blockSchema = z.object({
  text: z.string(),
  /** heading: h1–h6; item: li/dt/dd; row: a table row whose cells are joined by " | "; paragraph: anything else. */
  kind: z.enum(['heading', 'paragraph', 'item', 'row']),
  /** Heading level 1–6, for headings only. */
  level: z.optional(z.int().check(z.minimum(1), z.maximum(6))),
});
export type Block = z.infer<typeof blockSchema>;

export const articleSchema = z.object({
  url: z.optional(z.string()),
  title: z.string(),
  lang: z.string(),
  publishedAt: z.optional(z.string()),
  siteName: z.optional(z.string()),
  blocks: z.array(blockSchema),
});
export type Article = z.infer<typeof articleSchema>;

export const FIGURE_KINDS = [...FACT_KINDS, 'date'] as const;
export const figureKindSchema = z.enum(FIGURE_KINDS);
export type FigureKind = z.infer<typeof figureKindSchema>;
export const boundSchema = z.enum(BOUNDS);

/** A span of one block's text. */
export const spanSchema = z.object({
  block: z.int().check(z.minimum(0)),
  start: z.int().check(z.minimum(0)),
  end: z.int().check(z.minimum(0)),
});
export type Span = z.infer<typeof spanSchema>;

/** An entity found in the text; `block` is -1 for one found in the title only (never painted). */
export const entityHitSchema = z.extend(spanSchema, {
  block: z.int().check(z.minimum(-1)),
  id: z.string(),
  kind: z.string(),
  text: z.string(),
});
export type EntityHit = z.infer<typeof entityHitSchema>;

export const expectedSchema = z.object({
  /** The reference value in canonical units; the announcement date (YYYY-MM-DD) for dates. */
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  bound: boundSchema,
  label: z.optional(z.string()),
  source: z.optional(z.string()),
});
export type Expected = z.infer<typeof expectedSchema>;

export const statusSchema = z.enum(['match', 'mismatch', 'unverified']);
export type Status = z.infer<typeof statusSchema>;

/** How sure a link is (lib/link/link-figures.ts): the first four may flag, the last two only confirm. */
export const LINK_TIERS = ['clause', 'sentence', 'previous-sentence', 'row', 'intro', 'context', 'article'] as const;
/** Why a figure near a deal's names is not the deal's. */
export const VETOES = ['dateline', 'rate', 'financials', 'stake', 'comparison', 'grid', 'negated', 'rejected', 'hypothetical', 'company-total', 'milestone', 'time-frame', 'part', 'other-entity', 'weak-link', 'magnitude'] as const;

/** What tied a figure to its deal: the tier, and the mention that did it and where. */
export const evidenceSchema = z.object({
  tier: z.enum(LINK_TIERS),
  /** The entity named, and how it stands to the deal (site, party, two parties, place, "the deal"). */
  entityId: z.optional(z.string()),
  role: z.optional(z.enum(['site', 'party', 'parties', 'place', 'anaphora'])),
  /** The mention as written, and its span (`block` -1: the title). */
  mention: z.optional(z.extend(spanSchema, { block: z.int().check(z.minimum(-1)), text: z.string() })),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** How many other figures a figure's conflicts list names, at most. */
export const MAX_CONFLICTS = 200;

/** Remembered articles that state a figure's fact otherwise, and agree with each other. */
export const coverageSchema = z.object({
  /** The value they give (the first article's), in canonical units. */
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  bound: boundSchema,
  articles: z
    .array(z.object({ url: z.string().check(z.maxLength(4096)), title: z.string().check(z.maxLength(1000)) }))
    .check(z.minLength(2), z.maxLength(50)),
});
export type Coverage = z.infer<typeof coverageSchema>;
/**
 * The site record a figure was compared with, where no deal fact applied
 * (lib/compare/compare-site.ts). `differs`: it disagrees with a record that is
 * an estimate or a plan, which is said, never flagged.
 */
export const siteCheckSchema = z.object({
  entityId: z.string(),
  /** The site's name and the record's ("xAI Colossus Memphis Phase 3"). */
  site: z.string(),
  record: z.string(),
  verdict: z.enum(['match', 'mismatch', 'differs']),
  status: z.enum(SITE_STATUSES),
  certainty: z.enum(CERTAINTIES),
  asOf: z.optional(z.string()),
  /** Who to credit, and the data page to link to. */
  credit: z.string(),
  url: z.string(),
});
export type SiteCheck = z.infer<typeof siteCheckSchema>;

export const figureSchema = z.extend(spanSchema, {
  text: z.string(),
  kind: figureKindSchema,
  /** Canonical value: W, GPU, chip, USD, year, unit; a YYYY-MM-DD string for dates. */
  value: z.union([z.number(), z.string()]),
  unit: z.string(),
  bound: boundSchema,
  /** The low end of a range the text states ("1–2 GW"); `value` is its high end. */
  low: z.optional(z.number()),
  /** ISO 4217 code of a non-USD amount; such amounts are never verified. */
  currency: z.optional(z.string()),
  dealId: z.nullable(z.string()),
  status: statusSchema,
  expected: z.optional(expectedSchema),
  /** Why the figure is linked to its deal; absent when it is not. */
  evidence: z.optional(evidenceSchema),
  /** Why a figure near a deal's names stays unlinked, when a rule said so. */
  veto: z.optional(z.enum(VETOES)),
  /** Which fact of its deal the figure states (lib/link/fact-role.ts), when its link is firm enough to state one. */
  fact: z.optional(z.string().check(z.maxLength(100))),
  /** Indices of the other figures of the report that state the same fact with a value this one does not agree with. */
  conflicts: z.optional(z.array(z.int().check(z.minimum(0))).check(z.maxLength(MAX_CONFLICTS))),
  /** What other articles this reader has read say of the same fact, when they agree with each other and not with this figure. */
  coverage: z.optional(coverageSchema),
  /** The site record it was compared with, when a site's data decided its status. */
  site: z.optional(siteCheckSchema),
});
export type Figure = z.infer<typeof figureSchema>;

export const analysisSchema = z.object({
  title: z.string(),
  lang: z.string(),
  url: z.optional(z.string()),
  publishedAt: z.optional(z.string()),
  siteName: z.optional(z.string()),
  isComputeDeal: z.boolean(),
  score: z.number(),
  deals: z.array(z.string()),
  entities: z.array(entityHitSchema),
  figures: z.array(figureSchema),
});
export type Analysis = z.infer<typeof analysisSchema>;
