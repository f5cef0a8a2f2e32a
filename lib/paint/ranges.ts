import type { Span } from '../analyze/types';
import type { SegmentedBlock } from '../content/build-blocks';

/**
 * Turns a span of a block's text into a live DOM Range over the document's own
 * text nodes. Returns null when the span's ends fall outside any mapped node
 * (text Readability made up, or a cell separator).
 */
export function rangeForSpan(doc: Document, blocks: readonly SegmentedBlock[], span: Span): Range | null {
  const block = blocks[span.block];
  if (!block || block.segments.length === 0 || span.end <= span.start) return null;
  const start = locate(block, span.start, false);
  const end = locate(block, span.end, true);
  if (!start || !end) return null;
  try {
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return range.collapsed ? null : range;
  } catch {
    return null;
  }
}

/** The text node and offset of a block offset; `atEnd` resolves a boundary to the earlier node. */
function locate(block: SegmentedBlock, offset: number, atEnd: boolean): { node: Text; offset: number } | null {
  const segments = block.segments;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = segments[mid]!;
    if (s.start < offset || (!atEnd && s.start === offset)) lo = mid;
    else hi = mid - 1;
  }
  const segment = segments[lo]!;
  const local = offset - segment.start;
  if (local < 0 || local > segment.node.data.length) return null;
  return { node: segment.node, offset: local };
}
