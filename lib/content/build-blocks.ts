import type { Block } from '../analyze/types';
import { CELL_SEPARATOR } from '../text/table-row';

/** Where a run of a block's text lives in the document. */
export interface TextSegment {
  /** Offset of the run in the block's text. */
  start: number;
  node: Text;
}

export interface SegmentedBlock extends Block {
  segments: TextSegment[];
}

const HEADINGS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };
const ITEMS = new Set(['LI', 'DT', 'DD']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'FIGCAPTION', 'UL', 'OL', 'DL', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY',
  'FORM', 'FIELDSET', 'HR', 'BR', 'TD', 'TH',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'SELECT', 'BUTTON']);

/**
 * Splits an element's text into blocks: headings, paragraphs, list items, and
 * table rows. Each block remembers the text nodes it was built from, so an
 * offset in the block's text can be painted in the document.
 */
export function buildBlocks(root: Element): SegmentedBlock[] {
  const blocks: SegmentedBlock[] = [];
  let current: SegmentedBlock = { text: '', kind: 'paragraph', segments: [] };

  const flush = () => {
    if (/\S/.test(current.text)) blocks.push(current);
    current = { text: '', kind: current.kind, level: current.level, segments: [] };
  };
  const begin = (kind: Block['kind'], level?: number) => {
    flush();
    current = { text: '', kind, ...(level ? { level } : {}), segments: [] };
  };
  const append = (node: Text) => {
    if (!node.data) return;
    current.segments.push({ start: current.text.length, node });
    current.text += node.data;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) return append(node as Text);
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'SUP' && isFootnoteMarker(el, current.text)) return;
    if (tag === 'TR') return readRow(el);
    if (tag === 'DL' && readDefinitions(el)) return;
    const level = HEADINGS[tag];
    const kind: Block['kind'] | undefined = level ? 'heading' : ITEMS.has(tag) ? 'item' : BLOCKS.has(tag) ? 'paragraph' : undefined;
    if (!kind) {
      for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
      return;
    }
    const outer = { kind: current.kind, level: current.level };
    begin(kind, level);
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    begin(outer.kind, outer.level);
  };

  const readRow = (row: Element) => {
    begin('row');
    let first = true;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (!first) current.text += CELL_SEPARATOR;
      first = false;
      collectText(cell, append);
    }
    begin('paragraph');
  };

  /**
   * A definition list of terms and values ("Power: over 300 MW") as rows, a
   * term and its values in one, as a table would have them. False, and nothing
   * read, when the list holds anything but terms and values.
   */
  const readDefinitions = (dl: Element): boolean => {
    const entries: Element[] = [];
    for (let child = dl.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName.toUpperCase();
      // HTML lets a div wrap each term and its values.
      if (tag === 'DIV') entries.push(...Array.from(child.children));
      else entries.push(child);
    }
    if (!entries.length || entries[0]!.tagName.toUpperCase() !== 'DT' || !entries.every((e) => /^D[TD]$/i.test(e.tagName))) return false;
    for (const entry of entries) {
      if (entry.tagName.toUpperCase() === 'DT') begin('row');
      else current.text += CELL_SEPARATOR;
      collectText(entry, append);
    }
    begin('paragraph');
    return true;
  };

  visit(root);
  flush();
  return blocks;
}

function collectText(el: Element, append: (node: Text) => void): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) append(child as Text);
    else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName.toUpperCase())) collectText(child as Element, append);
  }
}

/** A note's number, bare or bracketed: "2", "[4]", "(12)", "*", "†". */
const MARKER = /^\s*(?:[[(]?\d{1,3}[\])]?|[*†‡]{1,3})\s*$/;

/**
 * Whether a superscript is a footnote marker, which would otherwise run on to
 * the word before it ("six ans<sup>2</sup>" read as "six ans2"). A power of
 * ten ("10<sup>9</sup>") and a unit's exponent after a number ("20,000 m<sup>2</sup>")
 * are part of a quantity and stay.
 */
function isFootnoteMarker(sup: Element, before: string): boolean {
  if (!MARKER.test(sup.textContent ?? '')) return false;
  return !/(?:10|\d\s*(?:[kcm]?m|ft))$/.test(before);
}
