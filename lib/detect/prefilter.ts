import { COMPUTE_CUES, DEAL_CUES } from './cues';
import { cueText } from './cue-matcher';

/** How much of the page the pre-filter reads: enough for a headline and a lead. */
export const PREFILTER_SAMPLE_CHARS = 4096;

/**
 * The cheap first gate, run on every page: the title and the first few KB of
 * text must name compute infrastructure, and a deal or one of the dataset's
 * entities. It only has to be sure about "no": the full detector decides
 * "yes".
 *
 * `'names?'`: compute is named but no deal word, so only a dataset entity can
 * let the page through. Real coverage steps outside any fixed list of deal
 * words ("the landlord of AI", "takes all of its capacity"), so the caller
 * asks whoever holds the dataset (the content script asks the background).
 */
export function prefilter(title: string, sample: string): 'likely' | 'no' | 'names?' {
  const text = cueText(prefilterText(title, sample));
  if (!anyCue(COMPUTE_CUES, text)) return 'no';
  return anyCue(DEAL_CUES, text) ? 'likely' : 'names?';
}

/** The text the pre-filter reads: the title and the start of the page. */
export function prefilterText(title: string, sample: string): string {
  return `${title}\n${sample.slice(0, PREFILTER_SAMPLE_CHARS)}`;
}

/**
 * Whether any of `cues` occurs in `cued` (text through `cueText`), a Latin cue
 * only at a word's start: the answer `CueMatcher.test` gives (a test holds the
 * two to it), found by one `indexOf` per cue instead of one alternation of
 * them all. This runs once per page in a fresh script world, where the
 * alternation is compiled and run cold: in Chromium 156, on the bench's pages
 * (npm run bench:browser), the two lists took 1.7 ms (a page with no compute
 * word) to 7 ms (seed 000) that way, and 0.5–1 ms this way.
 */
export function anyCue(cues: readonly string[], cued: string): boolean {
  for (const cue of cues) {
    const word = cueText(cue);
    const latin = isWordStart(word.charCodeAt(0));
    for (let at = cued.indexOf(word); at >= 0; at = cued.indexOf(word, at + 1)) {
      if (!latin || at === 0 || !isLatin(cued.charCodeAt(at - 1))) return true;
    }
  }
  return false;
}

/** A Latin cue starts a word: a-z (as in cue-matcher.ts). */
const isWordStart = (code: number) => code >= 0x61 && code <= 0x7a;
/** A letter or digit that a Latin cue may not follow: a-z, 0-9, U+00C0–U+024F (as in cue-matcher.ts). */
const isLatin = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f);

/** The pre-filter with the dataset's entity pattern at hand, as the CLI and tests run it. */
export function mayBeComputeDeal(title: string, sample: string, entityPattern?: RegExp): boolean {
  const verdict = prefilter(title, sample);
  if (verdict !== 'names?') return verdict === 'likely';
  if (!entityPattern) return false;
  entityPattern.lastIndex = 0;
  return entityPattern.test(prefilterText(title, sample));
}
