/**
 * Sizes the message contract bounds, in a module of their own so that the
 * gate, which carries no zod, can use them without the schemas.
 */

/** Longest pre-filter text a page may send: its title and the 4 KB sample, with room for a long title. */
export const PREFILTER_TEXT_MAX = 8192;

/**
 * Longest serialisation of itself a page sends to be read in the extension's
 * document (issue 18). A page's markup is several times its article's text
 * (scripts, styles, attributes); a page past this reads itself, as it did
 * before. Chromium carries messages up to 64 MB.
 */
export const MAX_PAGE_HTML_CHARS = 12_000_000;
