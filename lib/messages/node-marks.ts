/**
 * Paint marks in the page's own coordinates: a text node's ordinal in the
 * order both the page and the extension's document read (lib/content/text-order.ts)
 * and an offset in it, with the node's length so the page can tell that the
 * parse held the same node. Made by the background from the analysis' block
 * spans and where each block's text lies (`BlockSegments`), when the
 * extension's document read the page; one line per painted span, like
 * paint-marks.ts: "category index startNode startOffset startLength endNode endOffset endLength".
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../schemas/on-first-use';
import type { Analysis } from '../analyze/types';
import { MARK_CATEGORIES, markCategory, type MarkCategory } from './paint-marks';

export interface NodeMark {
  category: MarkCategory;
  index: number;
  startNode: number;
  startOffset: number;
  startLength: number;
  endNode: number;
  endOffset: number;
  endLength: number;
}

/**
 * Where one block's text lies in the page, as flat triples: the offset in the
 * block's text where a run starts, the ordinal of the text node holding it,
 * and that node's length. Runs are in order of their offsets.
 */
export type BlockSegments = number[];

export const nodeMarksSchema = onFirstUse(() => z.string().check(z.regex(/^(?:[0-4](?: \d{1,9}){7}\n)*$/)));

export const blockSegmentsSchema = onFirstUse(() => z.array(z.array(z.int().check(z.minimum(0)))));

/**
 * The analysis' marks in node coordinates: entities first, then figures, as
 * `encodeMarks` orders them. A span whose ends fall outside any mapped text (a
 * cell separator, text Readability made up) is left out, as the page leaves it
 * out when it maps block spans itself (lib/paint/ranges.ts).
 */
export function encodeNodeMarks(analysis: Pick<Analysis, 'entities' | 'figures'>, segments: readonly BlockSegments[]): string {
  let out = '';
  const add = (category: MarkCategory, index: number, block: number, start: number, end: number) => {
    const runs = segments[block];
    if (!runs || runs.length === 0 || end <= start) return;
    const from = locate(runs, start, false);
    const to = locate(runs, end, true);
    if (!from || !to || (from[0] === to[0] && from[1] >= to[1])) return;
    out += `${MARK_CATEGORIES.indexOf(category)} ${index} ${from[0]} ${from[1]} ${from[2]} ${to[0]} ${to[1]} ${to[2]}\n`;
  };
  analysis.entities.forEach((hit, index) => {
    if (hit.block >= 0) add('entity', index, hit.block, hit.start, hit.end);
  });
  analysis.figures.forEach((figure, index) => add(markCategory(figure), index, figure.block, figure.start, figure.end));
  return out;
}

/** Reads marks already checked against `nodeMarksSchema`. */
export function decodeNodeMarks(text: string): NodeMark[] {
  const fields = text.split(/[ \n]/);
  const marks: NodeMark[] = [];
  for (let i = 0; i + 8 <= fields.length; i += 8) {
    marks.push({
      category: MARK_CATEGORIES[+fields[i]!]!,
      index: +fields[i + 1]!,
      startNode: +fields[i + 2]!,
      startOffset: +fields[i + 3]!,
      startLength: +fields[i + 4]!,
      endNode: +fields[i + 5]!,
      endOffset: +fields[i + 6]!,
      endLength: +fields[i + 7]!,
    });
  }
  return marks;
}

/**
 * The node, offset and node length of a block offset; `atEnd` resolves a
 * boundary between two runs to the earlier one (as lib/paint/ranges.ts does).
 */
function locate(runs: BlockSegments, offset: number, atEnd: boolean): [number, number, number] | null {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = runs[mid * 3]!;
    if (start < offset || (!atEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const local = offset - runs[lo * 3]!;
  const length = runs[lo * 3 + 2]!;
  if (local < 0 || local > length) return null;
  return [runs[lo * 3 + 1]!, local, length];
}
