/**
 * A copy of a document as the reader sees it: open shadow trees take their
 * hosts' place, with each slot filled by the nodes assigned to it. A plain
 * clone leaves shadow trees out, so an article a page renders in one would
 * be invisible to Readability. Returns the copy and, for each of its text
 * nodes, the page's own.
 *
 * Slower than `cloneNode(true)` (it is a script walk), so it is used only on
 * pages whose text was seen in a shadow root.
 */
export function composedClone(doc: Document): { clone: Document; live: Map<Text, Text> } {
  const clone = doc.implementation.createHTMLDocument('');
  const live = new Map<Text, Text>();
  const copy = (node: Node, into: Node): void => {
    if (node.nodeType === 3) {
      const text = clone.createTextNode((node as Text).data);
      live.set(text, node as Text);
      into.appendChild(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName === 'slot' && el.getRootNode() !== doc) {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      for (const child of assigned.length ? assigned : Array.from(el.childNodes)) copy(child, into);
      return;
    }
    const shallow = clone.importNode(el, false);
    into.appendChild(shallow);
    for (let child = (el.shadowRoot ?? el).firstChild; child; child = child.nextSibling) copy(child, shallow);
  };
  const html = doc.documentElement;
  if (html) {
    const top = clone.importNode(html, false);
    clone.replaceChild(top, clone.documentElement);
    for (let child = html.firstChild; child; child = child.nextSibling) copy(child, top);
  }
  return { clone, live };
}
