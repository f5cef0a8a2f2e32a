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
  /** Entity ids of the paragraph introducing the list or table the block is in. */
  intro: string[];
  /** Entity ids of the nearest heading above. */
  heading: string[];
  /** GPU vendors named with a hardware figure: never evidence of a deal. */
  vendors: Set<EntityMatch>;
  /** How often each entity id is named in the block. */
  named: Map<string, number>;
  /** Whether the block widens its scope beyond one deal ("industry-wide"). */
  wider: boolean;
}

/**
 * How far from a figure its sentence is read. Real sentences are shorter; the
 * bound keeps linking linear on a page that never ends a sentence.
 */
const SENTENCE_WINDOW = 400;

/** Computes every block's context in one pass, so linking a figure costs no scan. */
export function prepareLinking(blocks: ReadBlock[]): void {
  let heading: string[] = [];
  let intro: string[] = [];
  for (const block of blocks) {
    const inList = block.kind === 'item' || block.kind === 'row';
    const named = new Map<string, number>();
    for (const e of block.entities) named.set(e.id, (named.get(e.id) ?? 0) + 1);
    const vendors = new Set<EntityMatch>();
    for (const f of block.figures) {
      if (f.kind !== 'gpus' && f.kind !== 'chips') continue;
      for (const e of entitiesIn(block.entities, f.start, f.end + VENDOR_GAP)) if (isVendorOf(e, f, block.text)) vendors.add(e);
    }
    const wider = block.figures.length > 0 && WIDER_SCOPE.test(block.text);
    block.context = { intro: inList ? intro : [], heading, vendors, named, wider };
    if (block.kind === 'heading') {
      heading = [...named.keys()];
      intro = [];
    } else if (block.kind === 'paragraph') {
      intro = [...named.keys()];
    }
  }
}

/** Entities starting in [from, to), by binary search: the list is in text order. */
function entitiesIn(entities: EntityMatch[], from: number, to: number): EntityMatch[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMatch[] = [];
  for (let i = lo; i < entities.length && entities[i]!.start < to; i++) out.push(entities[i]!);
  return out;
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
    // Entities and sentences are both in text order: one walk pairs them.
    let i = 0;
    for (const [start, end] of sentences) {
      const named: string[] = [];
      while (i < block.entities.length && block.entities[i]!.start < end) {
        if (block.entities[i]!.start >= start) named.push(block.entities[i]!.id);
        i++;
      }
      if (named.length < 2) continue;
      const evidence = dealEvidence(index, named);
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
  const [fullStart, fullEnd] = sentenceAt(block.sentences, figure.start);
  const sStart = Math.max(fullStart, figure.start - SENTENCE_WINDOW);
  const sEnd = Math.min(fullEnd, figure.end + SENTENCE_WINDOW);
  const sentenceText = block.text.slice(sStart, sEnd);
  if (figure.kind === 'money' && FINANCIAL_METRIC.test(clauseAround(block.text, figure, sStart, sEnd))) return null;
  const inSentence = entitiesIn(block.entities, sStart, sEnd).filter((e) => e.end <= sEnd && outside(e));
  const distance = (id: string) =>
    Math.min(...inSentence.filter((e) => e.id === id).map((e) => (e.end <= figure.start ? figure.start - e.end : e.start - figure.end)));

  if (figure.kind === 'date') {
    // Dates only ever mean the deal's own date when the sentence says "announced" or "signed".
    if (!ANNOUNCED.test(sentenceText)) return null;
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
  const levels: string[][] = [blockIdsOutside(block, figure, outside), context.intro, context.heading];
  for (const named of levels) {
    const decided = decide(dealEvidence(index, named, mainDealId));
    if (decided !== undefined) return decided;
  }
  if (!mainDealId || context.wider) return null;
  const main = index.deals.get(mainDealId);
  return main?.facts.some((fact) => fact.kind === figure.kind) ? mainDealId : null;
}

/** The block's entity ids, less the ones that belong to the figure itself. */
function blockIdsOutside(block: ReadBlock, figure: RawFigure, outside: (e: EntityMatch) => boolean): string[] {
  const named = new Map(block.context!.named);
  const near = entitiesIn(block.entities, figure.start, figure.end + VENDOR_GAP);
  for (const e of new Set([...near, ...block.context!.vendors])) {
    if (outside(e)) continue;
    const left = (named.get(e.id) ?? 0) - 1;
    if (left > 0) named.set(e.id, left);
    else named.delete(e.id);
  }
  return [...named.keys()];
}

/** How far after a GPU count its vendor may stand ("GPU de Nvidia"). */
const VENDOR_GAP = 12;

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
  return ANAPHORA.test(sentence) || ANAPHORA_DE.test(sentence);
}

