import type { Painted } from './painter';
import { PRIORITY } from './highlight-names';
import { liveRange } from './ranges';


/**
 * Finds the painted range under a point. The caret position says which text
 * the point is nearest to; the range's own rectangles confirm the point is
 * really on it (a caret snaps to the nearest character even past a line's end).
 */
export function paintedAt<T extends Painted>(doc: Document, x: number, y: number, items: readonly T[], shadowRoots: ShadowRoot[] = []): T | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return undefined;
  let best: T | undefined;
  for (const item of items) {
    const { range } = item;
    if (!touches(range, caret.node)) continue;
    if (best && PRIORITY[best.category] >= PRIORITY[item.category]) continue;
    const live = liveRange(doc, range);
    if (!live || !onRects(live, x, y)) continue;
    best = item;
  }
  return best;
}

/** Whether a range starts, ends or runs through a node (ranges of ours span text nodes only). */
function touches(range: AbstractRange, node: Node): boolean {
  const { startContainer: start, endContainer: end } = range;
  if (node === start || node === end) return true;
  if (start === end) return false;
  return Boolean(start.compareDocumentPosition(node) & 4) && Boolean(node.compareDocumentPosition(end) & 4);
}

type CaretPositionFromPoint = (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;

/** The text under a point; inside the shadow roots given rather than at their hosts. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | undefined {
  const withPosition = doc as Document & { caretPositionFromPoint?: CaretPositionFromPoint };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const pos = shadowRoots.length ? withPosition.caretPositionFromPoint(x, y, { shadowRoots }) : withPosition.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function onRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
