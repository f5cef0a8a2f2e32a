import { escapeRegExp } from '../text/escape-regexp';

/**
 * Lower-cases text for cue matching without changing its length; curly
 * apostrophes become straight ones ("l’accord" reads as "l'accord").
 */
export function cueText(text: string): string {
  const lower = text.toLowerCase();
  // Linking lowers a few stretches per figure: most hold no curly apostrophe to replace.
  return lower.includes('’') ? lower.replaceAll('’', "'") : lower;
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
  private lastCued: string | undefined;
  private lastHit = false;

  /**
   * `except`: longer phrases a cue occurs in that say something else ("au profit de", in favour of, holds
   * "profit "). A cue found inside one of them does not count.
   */
  private readonly except: readonly string[];

  constructor(
    private readonly cues: readonly string[],
    except: readonly string[] = [],
  ) {
    this.except = except.map(cueText);
  }

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
    // Figures of one sentence ask about the same sentence in turn: the last answer is kept.
    if (cued !== this.lastCued) {
      this.lastHit = this.scan(cued, 1) > 0;
      this.lastCued = cued;
    }
    return this.lastHit;
  }

  /** How many distinct cues occur in `text`, up to `cap`. */
  countDistinct(text: string, cap = 8): number {
    return this.scan(cueText(text), cap);
  }

  /** `countDistinct` on text already passed through `cueText`: an article's text, read by two lists. */
  countDistinctCued(cued: string, cap = 8): number {
    return this.scan(cued, cap);
  }

  private scan(lower: string, cap: number): number {
    // Linking asks only "any cue?" about several stretches per figure: it needs no set of cues seen.
    if (!(cap >= 1)) return 0;
    const seen = cap === 1 ? undefined : new Set<string>();
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      if (m.index > 0 && isWordStart(m[0].charCodeAt(0)) && isLatin(lower.charCodeAt(m.index - 1))) {
        // Inside a word: look again from the next character, for a shorter cue or a later one.
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (this.except.length > 0 && this.excepted(lower, m.index, m[0])) continue;
      if (!seen) return 1;
      seen.add(m[0]);
      if (seen.size >= cap) break;
    }
    return seen ? seen.size : 0;
  }

  private excepted(lower: string, at: number, cue: string): boolean {
    return this.except.some((phrase) => {
      const k = phrase.indexOf(cue);
      return k >= 0 && at >= k && lower.startsWith(phrase, at - k);
    });
  }
}

/** A Latin cue starts a word: a-z. */
const isWordStart = (code: number) => code >= 0x61 && code <= 0x7a;
/** A letter or digit that a Latin cue may not follow: a-z, 0-9, U+00C0–U+024F. */
const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f);
