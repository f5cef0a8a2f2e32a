import type { Block } from '../analyze/types';
import type { EntityMatch } from '../extract/entities/find-entities';
import type { RawFigure } from '../extract/raw-figure';
import { sentenceAt, sentenceSpans } from '../text/sentences';
import { ANAPHORA, ANAPHORA_DE, ANNOUNCED, FINANCIAL_METRIC, WIDER_SCOPE } from './context-cues';
import type { DealIndex } from './deal-index';
import { dealEvidence, type Evidence } from './evidence';

/** One block with what the extract stage found in it. */
export interface ReadBlock extends Block {
  sentences: Array<[number, number]>;
  entities: EntityMatch[];
  figures: RawFigure[];
  /** Filled by `prepareLinking`. */
  context?: BlockContext;
}

/** Where a block's wider context lies, computed once per article. */
interface BlockContext {
  /** Entities of the paragraph introducing the list or table the block is in. */
  intro: EntityMatch[];
  /** Entities of the nearest heading above. */
  heading: EntityMatch[];
  /** GPU vendors named with a hardware figure: never evidence of a deal. */
  vendors: Set<EntityMatch>;
}

/** Computes every block's context in one pass, so linking a figure costs no scan. */
export function prepareLinking(blocks: ReadBlock[]): void {
  let heading: EntityMatch[] = [];
  let intro: EntityMatch[] = [];
  for (const block of blocks) {
    const inList = block.kind === 'item' || block.kind === 'row';
    const vendors = new Set(
      block.figures.length ? block.entities.filter((e) => block.figures.some((f) => isVendorOf(e, f, block.text))) : [],
    );
    block.context = { intro: inList ? intro : [], heading, vendors };
    if (block.kind === 'heading') {
      heading = block.entities;
      intro = [];
    } else if (block.kind === 'paragraph') {
      intro = block.entities;
    }
  }
}

const ids = (entities: EntityMatch[]) => entities.map((e) => e.id);

/**
 * The article's main deal: the one its title and lead name, or failing that
 * the one most of its sentences name. Undefined when no deal stands out.
 */
export function findMainDeal(index: DealIndex, title: EntityMatch[], blocks: ReadBlock[]): string | undefined {
  const lead = blocks.slice(0, 3).flatMap((b) => b.entities);
  const fromLead = dealEvidence(index, [...ids(title), ...ids(lead)]);
  if (fromLead.kind === 'deal') return fromLead.dealId;
  const votes = new Map<string, number>();
  for (const block of blocks) {
    if (block.entities.length < 2) continue;
    const sentences = block.sentences.length ? block.sentences : sentenceSpans(block.text);
    for (const [start, end] of sentences) {
      const named = block.entities.filter((e) => e.start >= start && e.end <= end);
      const evidence = dealEvidence(index, ids(named));
      if (evidence.kind === 'deal') votes.set(evidence.dealId, (votes.get(evidence.dealId) ?? 0) + 1);
    }
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  if (first && first[1] >= 2 && (!second || first[1] >= 2 * second[1])) return first[0];
  return undefined;
}

/**
 * Links one figure to at most one deal, looking outward from the figure:
 * its sentence, its block (a list item or table row is one unit), the
 * paragraph that introduces its list or table, its section heading, and last
 * the article's main deal. The first level that names any entity decides: if
 * those entities point at no single deal, the figure is about something else
 * (GPT-4's 25,000 A100 GPUs, seed 002) and stays unlinked.
 */
export function linkFigure(
  index: DealIndex,
  blocks: ReadBlock[],
  b: number,
  figure: RawFigure,
  mainDealId: string | undefined,
): string | null {
  if (figure.rate) return null;
  const block = blocks[b]!;
  if (!block.context) prepareLinking(blocks);
  const context = block.context!;
  const outside = (e: EntityMatch) => !isPartOfFigure(e, figure, block.text) && !context.vendors.has(e);
  const [sStart, sEnd] = sentenceAt(block.sentences, figure.start);
  const sentenceText = block.text.slice(sStart, sEnd);
  if (figure.kind === 'money' && test(FINANCIAL_METRIC, clauseAround(block.text, figure, sStart, sEnd))) return null;
  const inSentence = block.entities.filter((e) => e.start >= sStart && e.end <= sEnd && outside(e));
  const distance = (id: string) =>
    Math.min(...inSentence.filter((e) => e.id === id).map((e) => (e.end <= figure.start ? figure.start - e.end : e.start - figure.end)));

  if (figure.kind === 'date') {
    // Dates only ever mean the deal's own date when the sentence says "announced" or "signed".
    if (!test(ANNOUNCED, sentenceText)) return null;
    const evidence = dealEvidence(index, ids(inSentence), mainDealId);
    if (evidence.kind === 'deal') return evidence.dealId;
    return evidence.kind === 'none' || pointsBack(sentenceText) ? (mainDealId ?? null) : null;
  }

  const sentence = decide(dealEvidence(index, ids(inSentence), mainDealId, distance));
  if (sentence !== undefined) {
    if (sentence !== null) return sentence;
    // Only hub parties named, and the sentence points back at the deal: "The deal grants Anthropic…".
    return mainDealId && pointsBack(sentenceText) && namesOnlyMainDeal(index, inSentence, mainDealId) ? mainDealId : null;
  }
  const levels: EntityMatch[][] = [block.entities.filter(outside), context.intro, context.heading];
  for (const named of levels) {
    const decided = decide(dealEvidence(index, ids(named), mainDealId));
    if (decided !== undefined) return decided;
  }
  if (!mainDealId || test(WIDER_SCOPE, block.text)) return null;
  const main = index.deals.get(mainDealId);
  return main?.facts.some((fact) => fact.kind === figure.kind) ? mainDealId : null;
}

/**
 * A vendor inside a hardware figure, or right after it, describes the hardware,
 * not the deal: "220,000+ NVIDIA GPUs", "plus de 220 000 GPU Nvidia".
 */
function isPartOfFigure(e: EntityMatch, figure: RawFigure, text: string): boolean {
  return (e.start >= figure.start && e.end <= figure.end) || isVendorOf(e, figure, text);
}

function isVendorOf(e: EntityMatch, figure: RawFigure, text: string): boolean {
  if (figure.kind !== 'gpus' && figure.kind !== 'chips') return false;
  if (e.start >= figure.start && e.end <= figure.end) return e.kind === 'company';
  return e.kind === 'company' && e.start >= figure.end && /^[\s\u00A0]*(?:de\s+|von\s+)?$/u.test(text.slice(figure.end, e.start));
}

/** undefined: this level names nothing, look further; null: it names something else. */
function decide(evidence: Evidence): string | null | undefined {
  if (evidence.kind === 'none') return undefined;
  return evidence.kind === 'deal' ? evidence.dealId : null;
}

/**
 * Whether everything a sentence names belongs to the main deal; a product or
 * person in no deal at all ("Claude", "Elon Musk") is neutral.
 */
function namesOnlyMainDeal(index: DealIndex, named: EntityMatch[], mainDealId: string): boolean {
  return named.every((e) => {
    const roles = index.byEntity.get(e.id);
    if (!roles) return e.kind === 'product' || e.kind === 'person';
    return roles.some((r) => r.deal.id === mainDealId);
  });
}

/**
 * The clause holding a figure, within its sentence: "Nvidia's $4.5bn
 * investment in Corning, …, but it shows how far the spending reaches" speaks
 * of spending in another clause than the figure's (en-roundup-table).
 */
function clauseAround(text: string, figure: RawFigure, sStart: number, sEnd: number): string {
  const before = text.slice(sStart, figure.start);
  const after = text.slice(figure.end, sEnd);
  const cut = /[,;:—–()，；：（）、]/g;
  let start = 0;
  for (let m = cut.exec(before); m; m = cut.exec(before)) start = m.index + 1;
  const end = after.search(/[,;:—–()，；：（）、]/);
  return before.slice(start) + text.slice(figure.start, figure.end) + (end < 0 ? after : after.slice(0, end));
}

function pointsBack(sentence: string): boolean {
  return test(ANAPHORA, sentence) || test(ANAPHORA_DE, sentence);
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}
