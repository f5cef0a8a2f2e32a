/**
 * Text as the engine reads it, with a way back to the page's own offsets.
 *
 * Compatibility forms are folded with NFKC (full-width ＳｐａｃｅＸ and ２２万,
 * half-width ｺﾛｯｻｽ, ㎿, the ideographic space), thin and figure spaces become
 * the narrow no-break space the number grammar reads as a thousands separator,
 * and invisible characters (soft hyphen, zero-width space and joiners, BOM) are
 * dropped. No-break spaces stay: the grammar and the aliases already read them.
 * Lengths may change (㎿ → MW, ｶﾞ → ガ, a dropped soft hyphen), so every
 * normalised offset maps back to the original through `toOriginal`.
 */
export interface NormalizedText {
  text: string;
  /** The original offset of a normalised offset (an end offset maps to the end of what produced it). */
  toOriginal(offset: number, side?: 'start' | 'end'): number;
}

/** Dropped: soft hyphen, zero-width space / joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Read as a thousands separator and a word space: thin, figure, punctuation and hair spaces. */
const NARROW_SPACES = /[\u2007-\u200A]/;
/** Cheap test for "nothing to do", which is nearly every page. */
const MAY_CHANGE = /[\u00AD\u2007-\u200D\u2060\uFEFF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE4F\uFE50-\uFE6F\uFF00-\uFFEF\u2100-\u218F\u2460-\u24FF\u2150-\u215F]/;
/** Half-width voiced sound marks, which NFKC joins to the katakana before them. */
const HALF_WIDTH_MARK = /[\uFF9E\uFF9F]/;

const identity = (text: string): NormalizedText => ({ text, toOriginal: (offset) => offset });

export function normalizeText(original: string): NormalizedText {
  if (!MAY_CHANGE.test(original)) return identity(original);
  let text = '';
  // starts[i] / ends[i]: the original span that produced normalised character i.
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < original.length && HALF_WIDTH_MARK.test(original[j]!)) j++;
    const piece = original.slice(i, j);
    let out: string;
    if (INVISIBLE.test(piece)) out = '';
    else if (NARROW_SPACES.test(piece)) out = '\u202F';
    else if (piece === '\u00A0' || piece === '\u202F') out = piece;
    else out = piece.normalize('NFKC');
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    text += out;
    i = j;
  }
  if (text === original) return identity(original);
  return {
    text,
    toOriginal(offset, side = 'start') {
      if (offset <= 0) return 0;
      if (offset >= text.length) return side === 'end' ? original.length : (starts[text.length - 1] ?? original.length);
      return side === 'end' ? ends[offset - 1]! : starts[offset]!;
    },
  };
}

/** Normalises a short string with no need of offsets: aliases, titles, cue words. */
export function normalized(text: string): string {
  return normalizeText(text).text;
}
