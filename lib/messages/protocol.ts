/**
 * The one contract between the extension's contexts. Every request and reply
 * is a zod schema; replies are `{ ok: true, … } | { ok: false, error }` because
 * Errors do not survive structured cloning. The part a page's content script
 * needs is in `page-protocol.ts`, kept apart so pages load no more of it.
 */
import * as z from 'zod/mini';
import { analysisSchema, articleSchema, entityHitSchema, figureSchema, MAX_CONFLICTS } from '../analyze/types';
import { onFirstUse } from '../schemas/on-first-use';
import { MAX_PAGE_HTML_CHARS, PREFILTER_TEXT_MAX } from './limits';
import { checkReply, okReply, pageReplySchemas, type ErrorReply } from './page-protocol';

export { MAX_PAGE_HTML_CHARS } from './limits';
export { cardContentSchema, errorReplySchema, isOwnSender, toContentSchema, type CardContent, type ToContent } from './page-protocol';

/**
 * A schema for JSON text holding a value of `schema`: the text is parsed and
 * checked in one step, and what comes out is the value.
 */
function jsonOf<T extends z.ZodMiniType>(schema: T, maxChars = MAX_MESSAGE_CHARS, tooLong = `longer than ${maxChars} characters`) {
  const parsed = z.pipe(
    z.string().check(z.maxLength(maxChars, { error: tooLong })),
    z.transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.issues.push({ code: 'custom', message: 'not JSON', input: text });
        return z.NEVER;
      }
    }),
  );
  return z.pipe(parsed, schema);
}

/** Longest JSON text a message may carry (the engine reads at most 20,000 characters a block anyway). */
const MAX_MESSAGE_CHARS = 16_000_000;

/**
 * Longest article, as JSON text, a page may send for analysis: the bench's
 * 50,000-word page fits several times over, and what a page can make the
 * background parse (and repeat: see AnalyzeBudget) stays bounded.
 */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** An analysis as JSON text, as the background sends it and the page passes it on. */
const analysisJson = jsonOf(analysisSchema);

/**
 * Content script → background. Built on first use: the popup imports this
 * module for its replies before its first render, and only the background
 * reads requests.
 */
export const toBackgroundSchema = onFirstUse(() =>
  z.discriminatedUnion('type', [
    /**
     * The article, for the engine to read off the page's main thread. It travels
     * as JSON text (see `jsonOf`): the browser converts a message object field by
     * field, which cost the page ~3–8 ms for a thousand blocks; a string is one field.
     */
    // No address: the background takes the page's from the browser (the sender), never from the page.
    z.object({
      type: z.literal('analyze'),
      article: jsonOf(articleSchema, MAX_ARTICLE_CHARS, `the article is too long to analyse (the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters)`),
      force: z.boolean(),
    }),
    /**
     * The page itself, serialised (lib/content/page-snapshot.ts), to be read
     * in the extension's own document and analysed: Readability then costs
     * the page's main thread nothing (issue 18). `composed`: the page showed
     * text in an open shadow root, read as the reader sees it. No address,
     * as for `analyze`.
     */
    z.object({
      type: z.literal('analyze-page'),
      html: z.string().check(z.maxLength(MAX_PAGE_HTML_CHARS, { error: `the page is too long to read here (the limit is ${MAX_PAGE_HTML_CHARS.toLocaleString('en')} characters)` })),
      composed: z.boolean(),
      force: z.boolean(),
    }),
    /**
     * A hover card's words for one of the page's figures or entities, as the
     * background's analysis had it (the page passes its entry on unread), with
     * the deals on the page for an entity.
     */
    z.object({
      type: z.literal('describe'),
      target: z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('figure'),
          figure: figureSchema,
          /** The figures its `conflicts` name, with their indices: what else the page says of the same fact. */
          others: z.optional(z.array(z.object({ index: z.int().check(z.minimum(0)), figure: figureSchema })).check(z.maxLength(MAX_CONFLICTS))),
        }),
        z.object({ kind: z.literal('entity'), entity: entityHitSchema, deals: z.array(z.string()).check(z.maxLength(1000)) }),
      ]),
    }),
    /**
     * Whether the start of a page that names compute but no deal word names a
     * party or site of a known deal (lib/detect/prefilter.ts). Only the
     * background holds the dataset.
     */
    z.object({ type: z.literal('names-deal'), text: z.string().check(z.maxLength(PREFILTER_TEXT_MAX)) }),
    /** Whether the extension runs on the sender's page, and what it marks there. */
    z.object({ type: z.literal('page-settings') }),
    /** The page shows nothing (not deal coverage, switched off, or failed): its badge is cleared. */
    z.object({ type: z.literal('page-cleared') }),
    z.object({ type: z.literal('ping') }),
  ]),
);
/** A request as the background reads it. */
export type ToBackground = z.output<ReturnType<typeof toBackgroundSchema>>;
/** A request as it is sent (an article as JSON text). */
export type ToBackgroundMessage = z.input<ReturnType<typeof toBackgroundSchema>>;

export const replySchemas = onFirstUse(() => ({
  ...pageReplySchemas(),
  ping: okReply({ version: z.string() }),
  // The page passes on the background's JSON text as it came; the popup reads and checks it.
  'get-analysis': okReply({ analysis: z.nullable(analysisJson), url: z.string(), enabled: z.boolean() }),
  'analyze-anyway': okReply({ analysis: z.nullable(analysisJson), url: z.string(), enabled: z.boolean() }),
  'names-deal': okReply({ named: z.boolean() }),
  'show-figure': okReply({}),
  'next-flag': okReply({}),
  'toggle-highlights': okReply({ visible: z.boolean() }),
  'settings-changed': okReply({}),
}));

type Replies = ReturnType<typeof replySchemas>;
export type ReplyOf<K extends keyof Replies> = z.infer<Replies[K]> | ErrorReply;

/** Parses a reply; a malformed one becomes an error reply rather than a crash. */
export function parseReply<K extends keyof Replies>(type: K, reply: unknown): ReplyOf<K> {
  return checkReply(type, replySchemas()[type], reply) as ReplyOf<K>;
}
