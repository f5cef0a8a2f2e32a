/**
 * The one contract between the extension's contexts. Every request and reply
 * is a zod schema; replies are `{ ok: true, … } | { ok: false, error }` because
 * Errors do not survive structured cloning.
 */
import * as z from 'zod/mini';
import { analysisSchema, articleSchema, type Analysis } from '../analyze/types';
import { datasetSchema } from '../dataset/schema';
import { paintMarksSchema } from './paint-marks';

/**
 * A schema for JSON text holding a value of `schema`: the text is parsed and
 * checked in one step, and what comes out is the value.
 */
function jsonOf<T extends z.ZodMiniType>(schema: T) {
  const parsed = z.pipe(
    z.string().check(z.maxLength(MAX_MESSAGE_CHARS)),
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

/** An analysis as JSON text, as the background sends it and the page passes it on. */
const analysisJson = jsonOf(analysisSchema);

/** Content script → background. */
export const toBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-dataset') }),
  /**
   * The article, for the engine to read off the page's main thread. It travels
   * as JSON text (see `jsonOf`): the browser converts a message object field by
   * field, which cost the page ~3–8 ms for a thousand blocks; a string is one field.
   */
  z.object({ type: z.literal('analyze'), url: z.string().check(z.maxLength(8192)), article: jsonOf(articleSchema), force: z.boolean() }),
  /** The page shows nothing (not deal coverage, switched off, or failed): its badge is cleared. */
  z.object({ type: z.literal('page-cleared') }),
  z.object({ type: z.literal('ping') }),
]);
/** A request as the background reads it. */
export type ToBackground = z.output<typeof toBackgroundSchema>;
/** A request as it is sent (an article as JSON text). */
export type ToBackgroundMessage = z.input<typeof toBackgroundSchema>;

/** Popup or background → content script of a tab. */
export const toContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-analysis') }),
  z.object({ type: z.literal('analyze-anyway') }),
  z.object({ type: z.literal('show-figure'), index: z.int().check(z.minimum(0)) }),
  z.object({ type: z.literal('next-flag') }),
  z.object({ type: z.literal('toggle-highlights') }),
]);
export type ToContent = z.infer<typeof toContentSchema>;


export const errorReplySchema = z.object({ ok: z.literal(false), error: z.string() });
const ok = <T extends Record<string, z.ZodMiniType>>(shape: T) => z.object({ ok: z.literal(true), ...shape });

export const replySchemas = {
  'get-dataset': ok({ dataset: datasetSchema }),
  // What the page needs to paint is checked at once; the analysis is JSON text,
  // read with `readAnalysis` when first used (a card, the popup), not on every page load.
  analyze: ok({ isComputeDeal: z.boolean(), marks: paintMarksSchema, analysis: z.string() }),
  'page-cleared': ok({}),
  ping: ok({ version: z.string() }),
  // The page passes on the background's JSON text as it came; the popup reads and checks it.
  'get-analysis': ok({ analysis: z.nullable(analysisJson), url: z.string(), enabled: z.boolean() }),
  'analyze-anyway': ok({ analysis: z.nullable(analysisJson), url: z.string(), enabled: z.boolean() }),
  'show-figure': ok({}),
  'next-flag': ok({}),
  'toggle-highlights': ok({ visible: z.boolean() }),
} as const;

/** The analysis in a reply to `analyze`, checked; null when it is not JSON or not an analysis. */
export function readAnalysis(json: string): Analysis | null {
  const parsed = analysisJson.safeParse(json);
  return parsed.success ? parsed.data : null;
}

type Replies = typeof replySchemas;
export type ReplyOf<K extends keyof Replies> = z.infer<Replies[K]> | z.infer<typeof errorReplySchema>;

/** Parses a reply; a malformed one becomes an error reply rather than a crash. */
export function parseReply<K extends keyof Replies>(type: K, reply: unknown): ReplyOf<K> {
  const error = errorReplySchema.safeParse(reply);
  if (error.success) return error.data;
  const parsed = replySchemas[type].safeParse(reply);
  return parsed.success ? (parsed.data as z.infer<Replies[K]>) : { ok: false, error: `malformed reply to ${type}` };
}

/** Whether a message comes from this extension itself (and not a page or another extension). */
export function isOwnSender(sender: { id?: string; url?: string; origin?: string } | undefined, ownId: string): boolean {
  return Boolean(sender && sender.id === ownId);
}
