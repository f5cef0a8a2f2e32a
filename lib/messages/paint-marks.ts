/**
 * What a page needs at once to paint an analysis, in a compact form: one line
 * per painted span, "category index block start end". The reply to `analyze`
 * carries it next to the full analysis, so the page can check and paint it
 * with one pattern test, and check the rest (for cards and the popup) only
 * when someone asks for it.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../schemas/on-first-use';
import type { Analysis, Figure } from '../analyze/types';

export const MARK_CATEGORIES = ['entity', 'figure', 'match', 'mismatch', 'conflict'] as const;
export type MarkCategory = (typeof MARK_CATEGORIES)[number];

export interface Mark {
  category: MarkCategory;
  /** Index into the analysis' entities (category entity) or figures (the others). */
  index: number;
  block: number;
  start: number;
  end: number;
}

export const paintMarksSchema = onFirstUse(() => z.string().check(z.regex(/^(?:[0-4] \d{1,7} \d{1,7} \d{1,7} \d{1,7}\n)*$/)));

/**
 * A figure's paint: the dataset's verdict where it has one; else a conflict
 * when the page or the coverage read states the same fact otherwise.
 */
export function markCategory(figure: Pick<Figure, 'status' | 'conflicts' | 'coverage'>): MarkCategory {
  if (figure.status !== 'unverified') return figure.status;
  return figure.conflicts?.length || figure.coverage ? 'conflict' : 'figure';
}

/** Entities first, then figures; an entity found only in the title (block -1) is not painted. */
export function encodeMarks(analysis: Pick<Analysis, 'entities' | 'figures'>): string {
  let out = '';
  analysis.entities.forEach((hit, index) => {
    if (hit.block >= 0) out += `0 ${index} ${hit.block} ${hit.start} ${hit.end}\n`;
  });
  analysis.figures.forEach((figure, index) => {
    out += `${MARK_CATEGORIES.indexOf(markCategory(figure))} ${index} ${figure.block} ${figure.start} ${figure.end}\n`;
  });
  return out;
}

/** Reads marks already checked against `paintMarksSchema`. */
export function decodeMarks(text: string): Mark[] {
  // One split into a flat list of fields: a long page has thousands of marks.
  const fields = text.split(/[ \n]/);
  const marks: Mark[] = [];
  for (let i = 0; i + 5 <= fields.length; i += 5) {
    marks.push({ category: MARK_CATEGORIES[+fields[i]!]!, index: +fields[i + 1]!, block: +fields[i + 2]!, start: +fields[i + 3]!, end: +fields[i + 4]! });
  }
  return marks;
}
