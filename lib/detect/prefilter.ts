import { COMPUTE_CUES, DEAL_CUES } from './cues';
import { CueMatcher } from './cue-matcher';

const COMPUTE = new CueMatcher(COMPUTE_CUES);
const DEAL = new CueMatcher(DEAL_CUES);

/** How much of the page the pre-filter reads: enough for a headline and a lead. */
export const PREFILTER_SAMPLE_CHARS = 4096;

/**
 * The cheap first gate, run on every page: the title and the first few KB of
 * text must name compute infrastructure, and a deal or one of the dataset's
 * entities. Two `test` calls over ≤ 4 KB: microseconds, so non-deal pages cost
 * next to nothing. It only has to be sure about "no": the full detector
 * decides "yes".
 *
 * `'names?'`: compute is named but no deal word, so only a dataset entity can
 * let the page through. Real coverage steps outside any fixed list of deal
 * words ("the landlord of AI", "takes all of its capacity"), so the caller
 * asks whoever holds the dataset (the content script asks the background).
 */
export function prefilter(title: string, sample: string): 'likely' | 'no' | 'names?' {
  const text = prefilterText(title, sample);
  if (!COMPUTE.test(text)) return 'no';
  return DEAL.test(text) ? 'likely' : 'names?';
}

/** The text the pre-filter reads: the title and the start of the page. */
export function prefilterText(title: string, sample: string): string {
  return `${title}\n${sample.slice(0, PREFILTER_SAMPLE_CHARS)}`;
}

/** The pre-filter with the dataset's entity pattern at hand, as the CLI and tests run it. */
export function mayBeComputeDeal(title: string, sample: string, entityPattern?: RegExp): boolean {
  const verdict = prefilter(title, sample);
  if (verdict !== 'names?') return verdict === 'likely';
  if (!entityPattern) return false;
  entityPattern.lastIndex = 0;
  return entityPattern.test(prefilterText(title, sample));
}
