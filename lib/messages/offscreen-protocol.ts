/**
 * The contract between the background and the extension's document that
 * reads pages (Chromium's offscreen document, entrypoints/offscreen): the one
 * request it answers, and its reply. Only the background may ask: a message
 * from a content script (it has a tab) or from anything outside the
 * extension is ignored (`isFromExtensionPage`).
 */
import * as z from 'zod/mini';
import { articleSchema } from '../analyze/types';
import { onFirstUse } from '../schemas/on-first-use';
import { MAX_PAGE_HTML_CHARS } from './limits';
import { blockSegmentsSchema } from './node-marks';
import { checkReply, okReply, type ErrorReply } from './page-protocol';

/** Background → offscreen document. */
export const toOffscreenSchema = onFirstUse(() =>
  z.discriminatedUnion('type', [
    /** Read a page's serialisation: Readability, the blocks, and where their text lies in the page. */
    z.object({
      type: z.literal('offscreen-extract'),
      html: z.string().check(z.maxLength(MAX_PAGE_HTML_CHARS)),
      composed: z.boolean(),
      /** The page's address as the browser reported it, for the article's (a parse has none). */
      url: z.string().check(z.maxLength(4096)),
    }),
  ]),
);
export type ToOffscreen = z.infer<ReturnType<typeof toOffscreenSchema>>;

export const offscreenReplySchemas = onFirstUse(() => ({
  'offscreen-extract': okReply({ article: articleSchema, segments: blockSegmentsSchema(), textNodes: z.int().check(z.minimum(0)) }),
}));

type OffscreenReplies = ReturnType<typeof offscreenReplySchemas>;

/** Parses the offscreen document's reply; a malformed one becomes an error reply. */
export function parseOffscreenReply<K extends keyof OffscreenReplies>(type: K, reply: unknown): z.infer<OffscreenReplies[K]> | ErrorReply {
  return checkReply(type, offscreenReplySchemas()[type], reply) as z.infer<OffscreenReplies[K]> | ErrorReply;
}

/**
 * Whether a message comes from one of this extension's own pages or its
 * worker, not from a content script: those have the same extension id, but
 * also the tab they run in.
 */
export function isFromExtensionPage(sender: { id?: string; tab?: unknown; url?: string } | undefined, ownId: string, ownOrigin: string): boolean {
  return Boolean(sender && sender.id === ownId && sender.tab === undefined && (sender.url === undefined || sender.url.startsWith(ownOrigin)));
}
