import { escapeRegExp } from '../text/escape-regexp';

/**
 * One regular expression for a cue list. Latin cues must start a word (so
 * "deal" is not found in "ideal"); CJK cues need no boundary.
 */
export function cueRegExp(cues: readonly string[], flags = 'giu'): RegExp {
  const parts = [...cues]
    .sort((a, b) => b.length - a.length)
    .map((cue) => (/^[A-Za-z]/.test(cue) ? `(?<![\\p{L}\\p{N}])${escapeRegExp(cue)}` : escapeRegExp(cue)));
  return new RegExp(parts.join('|'), flags);
}

/** Number of distinct cues found (each counted once), up to `cap`. */
export function countDistinct(pattern: RegExp, text: string, cap = 8): number {
  const seen = new Set<string>();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && seen.size < cap; m = pattern.exec(text)) seen.add(m[0].toLowerCase());
  return seen.size;
}
