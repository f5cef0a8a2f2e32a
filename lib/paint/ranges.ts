import type { Span } from '../analyze/types';
import type { SegmentedBlock } from '../content/build-blocks';

/** Where a span lies in the document: the boundaries of a range over its own text nodes. */
export interface SpanBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * Finds a span of a block's text in the document's own text nodes. Returns
 * null when the span's ends fall outside any mapped node (text Readability
 * made up, or a cell separator) or it would be empty.
 */
export function boundsForSpan(blocks: readonly SegmentedBlock[], span: Span): SpanBounds | null {
  const block = blocks[span.block];
  if (!block || block.segments.length === 0 || span.end <= span.start) return null;
  const start = locate(block, span.start, false);
  const end = locate(block, span.end, true);
  if (!start || !end) return null;
  if (start.node === end.node && start.offset >= end.offset) return null;
  return { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
}

/**
 * A span as a static range, which is what painting needs: unlike a live
 * Range, the document does not have to keep thousands of them up to date
 * through every change the page makes.
 */
export function staticRangeForSpan(blocks: readonly SegmentedBlock[], span: Span): StaticRange | null {
  const bounds = boundsForSpan(blocks, span);
  return bounds ? new StaticRange(bounds) : null;
}

/** A span as a live DOM Range (to read its text or measure it). */
export function rangeForSpan(doc: Document, blocks: readonly SegmentedBlock[], span: Span): Range | null {
  const bounds = boundsForSpan(blocks, span);
  return bounds ? liveRange(doc, bounds) : null;
}

/** A live copy of a range's boundaries, or null when they no longer fit the document. */
export function liveRange(doc: Document, bounds: Omit<AbstractRange, 'collapsed'>): Range | null {
  try {
    const range = doc.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
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
