/**
 * The text nodes of a document in one fixed order, which a page and the
 * extension's own document both compute: the page over its live tree, the
 * extension over its parse of the page's serialisation. A serialised and
 * re-parsed tree keeps its text nodes in order, so a text node's ordinal in
 * this order names the same node on both sides, and the extension can answer
 * with positions the page resolves in one pass (issue 18).
 *
 * The order is document order, with an element's open shadow root read before
 * its own children: that is where `getHTML` writes the root (as a
 * `<template shadowrootmode>`, the element's first child), and where a parser
 * attaches it again.
 */

/**
 * Calls `onText` for each text node of `doc` in order, and `onShadow` for each
 * open shadow root it enters; with `onShadow` false it enters none (a page
 * whose serialisation cannot hold them).
 */
export function walkText(doc: Document, onText: (node: Text) => void, onShadow: ((root: ShadowRoot) => void) | false = () => {}): void {
  walk(doc, doc, onText, onShadow);
}

function walk(doc: Document, root: Node, onText: (node: Text) => void, onShadow: ((root: ShadowRoot) => void) | false): void {
  // Elements and text, with no filter callback: a callback per node costs more than the walk.
  const walker = doc.createTreeWalker(root, onShadow ? 5 : 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      onText(node as Text);
      continue;
    }
    if (!onShadow) continue;
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    onShadow(shadow);
    walk(doc, shadow, onText, onShadow);
  }
}

/** The text nodes of `doc` in order (see `walkText`). */
export function textNodesInOrder(doc: Document): Text[] {
  const nodes: Text[] = [];
  walkText(doc, (node) => nodes.push(node));
  return nodes;
}
