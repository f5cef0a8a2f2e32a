import { escapeRegExp } from '../text/escape-regexp';
import { trieSource } from '../text/alias-trie';

/** Latin letters and digits, as a class that needs no Unicode flag. */
const LATIN = 'a-z0-9\\u00c0-\\u024f';

/**
 * Lower-cases text for cue matching without changing its length; curly
 * apostrophes become straight ones ("l’accord" reads as "l'accord").
 */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * A list of cue words, matched in lower-cased text through one prefix tree.
 * Latin cues must start a word ("deal" is not in "ideal"); CJK cues need no
 * boundary. Neither the case-insensitive nor the Unicode flag is used: with
 * them a pattern of a few hundred alternatives took 5–10 ms to compile, paid
 * again on every page the content script runs in; this one compiles in ~0.1 ms.
 */
export class CueMatcher {
  private compiled: RegExp | undefined;

  constructor(private readonly cues: readonly string[]) {}

  /** Built on first use: most cue lists are never needed on a page the pre-filter turns away. */
  private get pattern(): RegExp {
    if (!this.compiled) {
      const lower = [...new Set(this.cues.map(cueText))];
      const latin = lower.filter((c) => /^[a-z]/.test(c));
      const other = lower.filter((c) => !/^[a-z]/.test(c));
      const parts: string[] = [];
      if (latin.length) parts.push(`(?<![${LATIN}])${trieSource(latin, escapeRegExp)}`);
      if (other.length) parts.push(trieSource(other, escapeRegExp));
      this.compiled = new RegExp(parts.join('|') || '(?!)', 'g');
    }
    return this.compiled;
  }

  /** Whether any cue occurs in `text` (any case). */
  test(text: string): boolean {
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    return pattern.test(cueText(text));
  }

  /** How many distinct cues occur in `text`, up to `cap`. */
  countDistinct(text: string, cap = 8): number {
    const seen = new Set<string>();
    const lower = cueText(text);
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m && seen.size < cap; m = pattern.exec(lower)) seen.add(m[0]);
    return seen.size;
  }
}
