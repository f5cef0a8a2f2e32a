import { COMPUTE_CUES, DEAL_CUES } from './cues';
import { CueMatcher } from './cue-matcher';

const COMPUTE = new CueMatcher(COMPUTE_CUES);
const DEAL = new CueMatcher(DEAL_CUES);

export interface DetectionInput {
  /** Title and article text. */
  text: string;
  /** Most distinct parties and sites of a single deal named in the article. */
  dealEntities: number;
  /** Figures of capacity, hardware or money that the linker tied to a deal. */
  linkedFigures: number;
}

export interface Detection {
  isComputeDeal: boolean;
  score: number;
}

/**
 * "Is this an article about an AI compute deal?" All four signs are required:
 * compute vocabulary, deal vocabulary, two parties or sites of one known deal,
 * and a figure tied to that deal. Each alone is common in neighbouring news —
 * a model launch names compute, a lawsuit names the parties, a Starship story
 * names SpaceX and megawatts, a GPU review names NVIDIA and watts — but
 * together they are what deal coverage looks like (tests/fixtures/pages/neg-*).
 * The score is a graded view of the same signs, for sorting and display.
 */
export function detectComputeDeal(input: DetectionInput): Detection {
  const compute = COMPUTE.countDistinct(input.text, 4);
  const deal = DEAL.countDistinct(input.text, 3);
  const score =
    0.25 * Math.min(compute, 3) / 3 +
    0.2 * Math.min(deal, 2) / 2 +
    0.3 * Math.min(input.dealEntities, 3) / 3 +
    0.25 * Math.min(input.linkedFigures, 3) / 3;
  const isComputeDeal = compute >= 1 && deal >= 1 && input.dealEntities >= 2 && input.linkedFigures >= 1;
  return { isComputeDeal, score: Math.round(score * 100) / 100 };
}
