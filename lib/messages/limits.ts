/**
 * Sizes the message contract bounds, in a module of their own so that the
 * gate, which carries no zod, can use them without the schemas.
 */

/** Longest pre-filter text a page may send: its title and the 4 KB sample, with room for a long title. */
export const PREFILTER_TEXT_MAX = 8192;
