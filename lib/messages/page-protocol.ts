/**
 * The contract between a page's content script and the rest of the
 * extension: what the popup and background may ask a page, and the replies a
 * page reads. It is its own module because the content script is loaded into
 * every page the reader opens: it imports this and nothing with the dataset's
 * or the analysis' schemas (those are the background's and the popup's to
 * check), and every schema here is built on first use (see `onFirstUse`), so
 * a page that never hears from the extension builds none. `protocol.ts` holds
 * the rest of the contract and re-exports this part.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../schemas/on-first-use';
import { nodeMarksSchema } from './node-marks';
import { paintMarksSchema } from './paint-marks';

export { isOwnSender } from './own-sender';

/** Popup or background → content script of a tab. */
export const toContentSchema = onFirstUse(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('get-analysis') }),
    z.object({ type: z.literal('analyze-anyway') }),
    z.object({ type: z.literal('show-figure'), index: z.int().check(z.minimum(0)) }),
    z.object({ type: z.literal('next-flag') }),
    z.object({ type: z.literal('toggle-highlights') }),
    /** The settings changed: a page that has read its own asks again (`page-settings`). */
    z.object({ type: z.literal('settings-changed') }),
  ]),
);
export type ToContent = z.infer<ReturnType<typeof toContentSchema>>;

/** What a hover card says, as the background words it; the page renders it as text only. */
/** Lines of other values or articles a card lists, at most. */
export const MAX_CARD_LINES = 10;

export const cardContentSchema = onFirstUse(() =>
  z.object({
    /** The text under the pointer, as the article has it. */
    heading: z.string(),
    /** Lines of label and value, e.g. ["Reads as", "≥ 22,000 GPUs"]. */
    rows: z.array(z.tuple([z.string(), z.string()])),
    status: z.optional(z.object({ text: z.string(), tone: z.enum(['match', 'mismatch', 'conflict', 'neutral']) })),
    /** The other values the page gives the same fact, each a button that shows that figure ("This page also says 220,000+ (paragraph 3)"). */
    also: z.optional(z.array(z.object({ text: z.string(), figure: z.int().check(z.minimum(0)) })).check(z.maxLength(MAX_CARD_LINES))),
    /** Other articles, for a figure that differs from the coverage read; web addresses only. */
    links: z.optional(z.array(z.object({ text: z.string(), href: z.string().check(z.regex(/^https?:\/\//i)) })).check(z.maxLength(MAX_CARD_LINES))),
    /** Where the reference comes from; `href` only for a web address, the one kind of link a card opens. */
    source: z.optional(z.object({ label: z.string(), text: z.string(), href: z.optional(z.string().check(z.regex(/^https?:\/\//i))) })),
    /** Accessible name of the card. */
    label: z.string(),
  }),
);
export type CardContent = z.infer<ReturnType<typeof cardContentSchema>>;

export const errorReplySchema = onFirstUse(() => z.object({ ok: z.literal(false), error: z.string() }));
export type ErrorReply = z.infer<ReturnType<typeof errorReplySchema>>;

/** A success reply's schema: `{ ok: true }` and the fields given. */
export const okReply = <T extends Record<string, z.ZodMiniType>>(shape: T) => z.object({ ok: z.literal(true), ...shape });

/**
 * How to build the schema of each of the background's replies to what a page
 * asks it. A page builds only those it reads, when it first reads one: the
 * settings reply on every page that may be deal coverage, the card's (the
 * largest) only once a card opens. Building them all at the first settings
 * check took ~14 ms of a 50,000-word page's main thread (Chromium 156, a
 * profiled trace in npm run bench:browser).
 */
const pageReplyBuilders = {
  // What the page needs to paint is checked at once; the analysis is JSON text
  // the page keeps for the popup, which checks it.
  analyze: () => okReply({ isComputeDeal: z.boolean(), marks: paintMarksSchema(), analysis: z.string() }),
  /**
   * The same for a page read in the extension's document: marks in the page's
   * text-node coordinates (node-marks.ts), with the number of text nodes the
   * parse held, which the page checks against its own before painting.
   */
  'analyze-page': () => okReply({ isComputeDeal: z.boolean(), marks: nodeMarksSchema(), textNodes: z.int().check(z.minimum(0)), analysis: z.string() }),
  describe: () => okReply({ card: cardContentSchema() }),
  'page-cleared': () => okReply({}),
  'page-settings': () => okReply({ enabled: z.boolean(), categories: pageCategoriesSchema(), markTimings: z.boolean() }),
};

type PageReplies = { [K in keyof typeof pageReplyBuilders]: ReturnType<(typeof pageReplyBuilders)[K]> };
const builtReplies: Partial<PageReplies> = {};

/** The schema of the background's reply to a page's `type` request, built on first use. */
function pageReplySchema<K extends keyof PageReplies>(type: K): PageReplies[K] {
  return (builtReplies[type] ??= pageReplyBuilders[type]() as PageReplies[K]) as PageReplies[K];
}

/** The background's replies to what a page asks it, all built (the background and popup check every one). */
export const pageReplySchemas = onFirstUse(
  (): PageReplies => Object.fromEntries(Object.keys(pageReplyBuilders).map((type) => [type, pageReplySchema(type as keyof PageReplies)])) as PageReplies,
);

const pageCategoriesSchema = () => z.object({ entities: z.boolean(), figures: z.boolean(), matches: z.boolean(), mismatches: z.boolean(), conflicts: z.boolean() });

/**
 * What a page's content script learns of the settings: whether it runs on
 * this page, and what it marks. The rest (the dataset's address above all)
 * stays with the extension's own pages: content scripts get no access to its
 * storage where the browser allows that (entrypoints/background/index.ts).
 */
export type PageSettings = Omit<z.infer<PageReplies['page-settings']>, 'ok'>;

/** Checks a reply with its schema; a malformed one becomes an error reply rather than a crash. */
export function checkReply<S extends z.ZodMiniType>(type: string, schema: S, reply: unknown): z.infer<S> | ErrorReply {
  const error = errorReplySchema().safeParse(reply);
  if (error.success) return error.data;
  const parsed = schema.safeParse(reply);
  return parsed.success ? (parsed.data as z.infer<S>) : { ok: false, error: `malformed reply to ${type}` };
}

/** Parses the background's reply to a page's request. */
export function parsePageReply<K extends keyof PageReplies>(type: K, reply: unknown): z.infer<PageReplies[K]> | ErrorReply {
  return checkReply(type, pageReplySchema(type), reply) as z.infer<PageReplies[K]> | ErrorReply;
}
