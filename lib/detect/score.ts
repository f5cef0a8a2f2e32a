import { COMPUTE_CUES, DEAL_CUES } from './cues';
import { CueMatcher, cueText } from './cue-matcher';

const COMPUTE = new CueMatcher(COMPUTE_CUES);
/** Words that speak of a deal; linking reads them too (lib/link/link-figures.ts). */
export const DEAL = new CueMatcher(DEAL_CUES);

/** The hardware a supply deal is about, beside compute capacity: "a supply agreement with Corning for optical fibre". */
const HARDWARE = new CueMatcher([
  'optical', 'fibre', 'fiber', 'laser', 'chips', 'GPU', 'TPU', 'optique', 'puces', 'optisch', 'Glasfaser', 'óptic', 'fibra',
  '光纤', '光纖', '光通信', '光模块', '光模組', '芯片', '晶片', '光ファイバー', '光部品', 'チップ', '광통신', '광섬유', '칩',
]);

/** How present one known deal is in an article (lib/analyze/analyze-article.ts). */
export interface DealPresence {
  dealId: string;
  /** The title and lead name the deal: its site, a party of it alone, or two of its parties. */
  leadNamed: boolean;
  /** The title or lead names one of the deal's sites: a facility is compute by itself. */
  leadSite: boolean;
  /** The title alone names the deal so: two of its parties or sites. */
  titleNamed: boolean;
  /** Body blocks that name the deal so, and all body blocks. */
  namedBlocks: number;
  bodyBlocks: number;
  /** Distinct parties and sites of the deal named anywhere. */
  entities: number;
  /** Figures of capacity, hardware, money or term tied to the deal by their own sentence. */
  linkedFigures: number;
}

export interface DetectionInput {
  /** Title and article text, for vocabulary. */
  text: string;
  /** Title and lead: whether they speak of a deal at all. */
  lead: string;
  /** The title alone. */
  title?: string;
  /** The article's best-covered known deal, if it names any. */
  deal: DealPresence | undefined;
  /**
   * Whether the title and lead tell another kind of story about the same
   * companies: a company's results (revenue, profit, a quarter), a stake, or
   * a product launch.
   */
  otherStory?: boolean;
}

export interface Detection {
  isComputeDeal: boolean;
  score: number;
}

/**
 * "Is a compute deal the subject of this article?" from evidence, not from a
 * fixed list of deal words, which real coverage keeps stepping outside ("the
 * landlord of AI", "reached a computing resource collaboration"):
 * - the title or lead names a known deal (two of its parties or sites), and
 *   either a figure is tied to it or the lead speaks of a deal at all; or
 * - a real share of the body names the deal, with figures tied to it; or
 * - a paragraph of a story about something else gives the deal figures of
 *   its own: a block names it, two figures are tied to deals, and the lead
 *   tells no earnings, stake or launch story; or three figures are, whatever
 *   the lead tells (an earnings story that sets out the deal's terms).
 *
 * A passing mention (one background sentence in a lawsuit or earnings story)
 * is neither: the deal is not in the lead, and one block is no share. Words
 * add confidence to the score, which sorts and displays, but gate nothing.
 */
export function detectComputeDeal(input: DetectionInput): Detection {
  // Up to 32 KB of text: lower-cased once for both lists.
  const text = cueText(input.text);
  const compute = COMPUTE.countDistinctCued(text, 4);
  const deal = DEAL.countDistinctCued(text, 3);
  // The title and lead, lower-cased once for the three lists that read them.
  const lead = cueText(input.lead);
  const p = input.deal;
  // A title that speaks of a deal, over a text full of compute words: coverage of a compute deal,
  // known or not ("Second AI tenant signs for South Memphis warehouse campus").
  const titleDeal = compute >= 3 && input.title !== undefined && DEAL.test(input.title);
  const share = p && p.bodyBlocks > 0 ? p.namedBlocks / p.bodyBlocks : 0;
  const subject =
    !!p &&
    p.entities >= 2 &&
    // An earnings story names a deal's parties in its lead and speaks of investment; it is a
    // deal story only when one of the deal's figures is tied to it.
    // With no figure tied to it, the deal must be the title's, or a real share of the body's: a
    // university's agreement delivered through AWS names Anthropic and AWS in its lead too.
    // With no figure, the lead must speak of compute too: "Microsoft brings Anthropic's Claude to Copilot
    // customers" names a deal's parties and a deal word, and is a product story.
    ((p.leadNamed && (p.linkedFigures >= 1 || (DEAL.testCued(lead) && (p.leadSite || COMPUTE.testCued(lead) || HARDWARE.testCued(lead)) && !input.otherStory && (p.titleNamed || titleDeal || (share >= MIN_SHARE && p.namedBlocks >= 2))))) ||
      (share >= MIN_SHARE && p.namedBlocks >= 2 && p.linkedFigures >= 1) ||
      // A paragraph of its own, with the deal's figures: "Nvidia has committed $4 billion to Corning…".
      (p.namedBlocks >= 1 && p.linkedFigures >= 2 && !input.otherStory) ||
      // In a story about something else, three of the deal's figures: "…为期 4 年…2000 亿美元…5 吉瓦".
      (p.namedBlocks >= 1 && p.linkedFigures >= 3));
  const score =
    0.15 * Math.min(compute, 3) / 3 +
    0.1 * Math.min(deal, 2) / 2 +
    0.25 * (p?.leadNamed ? 1 : 0) +
    0.25 * Math.min(share / MIN_SHARE, 1) +
    0.25 * Math.min(p?.linkedFigures ?? 0, 3) / 3;
  return { isComputeDeal: subject, score: Math.round(score * 100) / 100 };
}

/**
 * The share of body blocks that must name a deal for it to be the subject when
 * the lead does not: a feature on a deal names it throughout; a background
 * sentence is one block of many (tests/fixtures/pages/neg-*).
 */
const MIN_SHARE = 0.25;
