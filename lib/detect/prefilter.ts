import { COMPUTE_CUES, DEAL_CUES } from './cues';
import { CueMatcher } from './cue-matcher';

const COMPUTE = new CueMatcher(COMPUTE_CUES);
const DEAL = new CueMatcher(DEAL_CUES);

/** How much of the page the pre-filter reads: enough for a headline and a lead. */
export const PREFILTER_SAMPLE_CHARS = 4096;

/**
 * The cheap first gate, run on every page: the title and the first few KB of
 * text must name compute infrastructure and a deal, or one of the dataset's
 * entities. Two `test` calls over ≤ 4 KB: microseconds, so non-deal pages cost
 * next to nothing. It only has to be sure about "no": the full detector
 * decides "yes".
 */
export function mayBeComputeDeal(title: string, sample: string, entityPattern?: RegExp): boolean {
  const text = `${title}\n${sample.slice(0, PREFILTER_SAMPLE_CHARS)}`;
  if (!COMPUTE.test(text)) return false;
  if (DEAL.test(text)) return true;
  if (!entityPattern) return false;
  entityPattern.lastIndex = 0;
  return entityPattern.test(text);
}
