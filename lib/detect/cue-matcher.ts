import { escapeRegExp } from '../text/escape-regexp';

/**
 * Lower-cases text for cue matching without changing its length; curly
 * apostrophes become straight ones ("l’accord" reads as "l'accord").
 */
export function cueText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/**
 * A list of cue words, matched in lower-cased text. Latin cues must start a
 * word ("deal" is not in "ideal"), checked after a match rather than by a
 * look-behind in the pattern; CJK cues need no boundary. The pattern is a flat
 * alternation of literals without the case-insensitive or Unicode flag: with
 * those, or with a look-behind per cue, a few hundred cues took 5–10 ms to
 * compile, paid again on every page the content script runs in; this one
 * builds and compiles in ~0.1 ms, on first use.
 */
export class CueMatcher {
  private compiled: RegExp | undefined;

  constructor(private readonly cues: readonly string[]) {}

  private get pattern(): RegExp {
    if (!this.compiled) {
      const lower = [...new Set(this.cues.map(cueText))].sort((a, b) => b.length - a.length);
      this.compiled = new RegExp(lower.map(escapeRegExp).join('|') || '(?!)', 'g');
    }
    return this.compiled;
  }

  /** Whether any cue occurs in `text` (any case). */
  test(text: string): boolean {
    return this.scan(cueText(text), 1) > 0;
  }

  /** `test` on text already passed through `cueText`: for one stretch read by many lists. */
  testCued(cued: string): boolean {
    return this.scan(cued, 1) > 0;
  }

  /** How many distinct cues occur in `text`, up to `cap`. */
  countDistinct(text: string, cap = 8): number {
    return this.scan(cueText(text), cap);
  }

  private scan(lower: string, cap: number): number {
    const seen = new Set<string>();
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m && seen.size < cap; m = pattern.exec(lower)) {
      if (WORD_START.test(m[0]) && m.index > 0 && LATIN_CHAR.test(lower[m.index - 1]!)) {
        // Inside a word: look again from the next character, for a shorter cue or a later one.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      seen.add(m[0]);
    }
    return seen.size;
  }
}

const WORD_START = /^[a-z]/;
const LATIN_CHAR = /[a-z0-9\u00c0-\u024f]/;
