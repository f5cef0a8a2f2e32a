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
/**
 * The characters NFKC may change, or that are dropped or replaced here: only
 * these are looked at, one by one; the text between them is copied whole.
 */
const CANDIDATE = /[\u00AD\u2007-\u200D\u2060\uFEFF\u2100-\u218F\u2460-\u24FF\u3000\u3200-\u33FF\uF900-\uFAFF\uFE30-\uFE6F\uFF00-\uFFEF]/g;
/** Half-width voiced sound marks, which NFKC joins to the katakana before them. */
const HALF_WIDTH_MARK = /[\uFF9E\uFF9F]/;

/** A stretch whose length changed: `n`/`o` its start in the normalised/original text, `nl`/`ol` its lengths. */
interface Shift {
  n: number;
  o: number;
  nl: number;
  ol: number;
}

const identity = (text: string): NormalizedText => ({ text, toOriginal: (offset) => offset });

/**
 * Linear in the text: one pass of a character-class regex, NFKC on each
 * candidate alone, and a sorted list of the stretches whose length changed
 * (most changes, ，→, or ２→2, keep the length and need no record).
 */
export function normalizeText(original: string): NormalizedText {
  CANDIDATE.lastIndex = 0;
  if (!CANDIDATE.test(original)) return identity(original);
  CANDIDATE.lastIndex = 0;
  const parts: string[] = [];
  const shifts: Shift[] = [];
  let length = 0;
  let copied = 0;
  for (let m = CANDIDATE.exec(original); m; m = CANDIDATE.exec(original)) {
    const i = m.index;
    let j = i + 1;
    while (j < original.length && HALF_WIDTH_MARK.test(original[j]!)) j++;
    const piece = original.slice(i, j);
    const out = INVISIBLE.test(piece) ? '' : NARROW_SPACES.test(piece) ? '\u202F' : piece.normalize('NFKC');
    CANDIDATE.lastIndex = j;
    if (out === piece) continue;
    parts.push(original.slice(copied, i));
    length += i - copied;
    if (out.length !== piece.length) shifts.push({ n: length, o: i, nl: out.length, ol: piece.length });
    parts.push(out);
    length += out.length;
    copied = j;
  }
  if (copied === 0) return identity(original);
  parts.push(original.slice(copied));
  const text = parts.join('');
  if (shifts.length === 0) return { text, toOriginal: (offset) => offset };
  return {
    text,
    toOriginal(offset, side = 'start') {
      // The last stretch starting at or before the offset (binary search: they are in order).
      let lo = 0;
      let hi = shifts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (shifts[mid]!.n <= offset) lo = mid + 1;
        else hi = mid;
      }
      const at = shifts[lo - 1];
      if (!at) return offset;
      // Inside a changed stretch: its original start, or its original end for an end offset.
      if (offset < at.n + at.nl || (side === 'end' && offset === at.n + at.nl && at.nl > 0 && offset > at.n)) {
        return side === 'end' && offset > at.n ? at.o + at.ol : at.o;
      }
      return offset + (at.o + at.ol) - (at.n + at.nl);
    },
  };
}

/** Normalises a short string with no need of offsets: aliases, titles, cue words. */
export function normalized(text: string): string {
  return normalizeText(text).text;
}
