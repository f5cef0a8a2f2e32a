/**
 * The one contract between the extension's contexts. Every request and reply
 * is a zod schema; replies are `{ ok: true, … } | { ok: false, error }` because
 * Errors do not survive structured cloning.
 */
import * as z from 'zod/mini';
import { analysisSchema, articleSchema } from '../analyze/types';
import { datasetSchema } from '../dataset/schema';
import { paintMarksSchema } from './paint-marks';

/** Content script → background. */
export const toBackgroundSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-dataset') }),
  /** The article's text, for the engine to read off the page's main thread. */
  z.object({ type: z.literal('analyze'), url: z.string().check(z.maxLength(8192)), article: articleSchema, force: z.boolean() }),
  /** The page shows nothing (not deal coverage, switched off, or failed): its badge is cleared. */
  z.object({ type: z.literal('page-cleared') }),
  z.object({ type: z.literal('ping') }),
]);
export type ToBackground = z.infer<typeof toBackgroundSchema>;

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
  analyze: ok({ isComputeDeal: z.boolean(), marks: paintMarksSchema, analysis: analysisSchema }),
  'page-cleared': ok({}),
  ping: ok({ version: z.string() }),
  'get-analysis': ok({ analysis: z.nullable(analysisSchema), url: z.string(), enabled: z.boolean() }),
  'analyze-anyway': ok({ analysis: z.nullable(analysisSchema), url: z.string(), enabled: z.boolean() }),
  'show-figure': ok({}),
  'next-flag': ok({}),
  'toggle-highlights': ok({ visible: z.boolean() }),
} as const;

/**
 * The part of the reply to `analyze` a page checks before painting: the marks
 * and the verdict. The analysis itself is checked against `analysisSchema`
 * when it is first used (a card, the popup), not on every page load.
 */
export const analyzeMarksReplySchema = z.object({
  ok: z.literal(true),
  isComputeDeal: z.boolean(),
  marks: paintMarksSchema,
});

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
