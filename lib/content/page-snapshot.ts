import type { MarkCategory } from '../messages/paint-marks';
import type { NodeMark } from '../messages/node-marks';
import { walkText } from './text-order';

/**
 * What a page sends to be read in the extension's own document, and what it
 * keeps to resolve the answer: its serialisation, and its text nodes in the
 * order the serialisation holds them (text-order.ts) with their text at that
 * moment. Taken in one task, so nothing of the page's changes between the two.
 */
export interface PageSnapshot {
  html: string;
  /** Whether the serialisation holds the page's open shadow roots (as declarative shadow DOM). */
  shadow: boolean;
  nodes: Text[];
  texts: string[];
}

/**
 * Serialises `doc` for the extension's document: `getHTML` with the open
 * shadow roots the walk met, where the browser has it (Chromium, Firefox
 * 128+), and `innerHTML` without them otherwise; either way the walk reads
 * exactly the text nodes the serialisation holds. Shadow roots the page made
 * serializable but closed are not listed, so they stay out as the walk leaves
 * them out (`serializableShadowRoots` is off). All in one task: see
 * `snapshotSteps` for the same in slices.
 */
export function snapshotPage(doc: Document): PageSnapshot {
  const shadow = hasGetHTML(doc);
  const nodes: Text[] = [];
  const texts: string[] = [];
  const roots: ShadowRoot[] = [];
  walkText(
    doc,
    (node) => {
      nodes.push(node);
      texts.push(node.data);
    },
    shadow ? (shadowRoot) => roots.push(shadowRoot) : false,
  );
  return { html: serialise(doc, roots), shadow: roots.length > 0, nodes, texts };
}

/** How long one step of `snapshotSteps` walks before it lets the page have the thread, in ms. */
export const SNAPSHOT_STEP_MS = 4;

/** What a change of the page's text looks like to the observer of `snapshotSteps`. */
const TEXT_CHANGES: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** What the next step of `snapshotSteps` does: walk on, or serialise (its last). */
export type SnapshotStep = 'walk' | 'serialise';

/**
 * `snapshotPage` in steps, each for a task of its own: the walk over the
 * text nodes in slices of about `SNAPSHOT_STEP_MS`, then the serialisation.
 * On a 50,000-word page the two took 12–20 ms in one task, and over 50 on a
 * busy machine (Chromium 156, npm run bench:browser). A mutation observer
 * watches the page, and each shadow root as the walk enters it, from the
 * first step: when a text changed or nodes came or went in between, the last
 * step takes the whole snapshot again in one task, so the serialisation and
 * the nodes noted always agree. Each step yields what the next one does; a
 * caller that stops early calls `return()`, which lets the observer go.
 */
export function* snapshotSteps(doc: Document, now: () => number = () => performance.now()): Generator<SnapshotStep, PageSnapshot, void> {
  const shadow = hasGetHTML(doc);
  const nodes: Text[] = [];
  const texts: string[] = [];
  const roots: ShadowRoot[] = [];
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  try {
    observer.observe(doc, TEXT_CHANGES);
    // The walk of text-order.ts, with its nesting on a stack so that it can stop anywhere.
    const walkers = [doc.createTreeWalker(doc, shadow ? 5 : 4)];
    let until = now() + SNAPSHOT_STEP_MS;
    for (let count = 1; walkers.length > 0; count++) {
      const node = walkers[walkers.length - 1]!.nextNode();
      if (!node) walkers.pop();
      else if (node.nodeType === 3) {
        nodes.push(node as Text);
        texts.push((node as Text).data);
      } else {
        const root = (node as Element).shadowRoot;
        if (root) {
          roots.push(root);
          observer.observe(root, TEXT_CHANGES);
          walkers.push(doc.createTreeWalker(root, 5));
        }
      }
      // The clock is read every 256 nodes: reading it costs more than a node.
      if ((count & 255) === 0 && now() >= until) {
        yield 'walk';
        until = now() + SNAPSHOT_STEP_MS;
      }
    }
    yield 'serialise';
    if (changed || observer.takeRecords().length > 0) return snapshotPage(doc);
    return { html: serialise(doc, roots), shadow: roots.length > 0, nodes, texts };
  } finally {
    observer.disconnect();
  }
}

/** Whether the browser serialises shadow roots (`getHTML`); typed as always there, but older browsers and jsdom lack it. */
function hasGetHTML(doc: Document): boolean {
  return typeof (doc.documentElement as Partial<Pick<Element, 'getHTML'>>).getHTML === 'function';
}

/**
 * The page's markup with the open shadow roots given. Without any, `innerHTML`
 * serialises the same, and took half of `getHTML`'s time on a 50,000-word page
 * (Chromium 156).
 */
function serialise(doc: Document, roots: ShadowRoot[]): string {
  const root = doc.documentElement;
  const inner = roots.length > 0 ? root.getHTML({ serializableShadowRoots: false, shadowRoots: roots }) : root.innerHTML;
  // The <html> element's own attributes (its lang above all), without its children.
  const open = (root.cloneNode(false) as Element).outerHTML.replace(/<\/html>$/i, '');
  return `${doctypeOf(doc)}${open}${inner}</html>`;
}

/** The document's doctype as markup, so the parse is in the same quirks mode as the page. */
function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}

/** A mark resolved to the page's own text nodes. */
export interface PageMark {
  category: MarkCategory;
  index: number;
  bounds: { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number };
}

/**
 * Why marks could not be placed: `differs`, the parse did not hold the text
 * nodes the page has (a node count or a node's length disagrees: markup a
 * parser reads otherwise than the page's scripts built it); `changed`, a
 * marked text node changed or left the page after the snapshot.
 */
export type Unplaced = 'differs' | 'changed';

/**
 * Places marks given as text-node ordinals and offsets on the page's own text
 * nodes, all or none: any doubt and the caller reads the page itself instead,
 * so nothing is ever painted at a wrong place. A node that moved but kept its
 * text is still the text the mark was made for, and is painted where it is.
 */
export function placeMarks(snapshot: PageSnapshot, textNodes: number, marks: readonly NodeMark[]): { ok: true; marks: PageMark[] } | { ok: false; why: Unplaced } {
  const { nodes, texts } = snapshot;
  if (nodes.length !== textNodes) return { ok: false, why: 'differs' };
  const placed: PageMark[] = [];
  for (const mark of marks) {
    const start = nodeAt(snapshot, mark.startNode, mark.startLength);
    const end = nodeAt(snapshot, mark.endNode, mark.endLength);
    if (typeof start === 'string') return { ok: false, why: start };
    if (typeof end === 'string') return { ok: false, why: end };
    if (mark.startOffset > texts[mark.startNode]!.length || mark.endOffset > texts[mark.endNode]!.length) return { ok: false, why: 'differs' };
    placed.push({ category: mark.category, index: mark.index, bounds: { startContainer: start, startOffset: mark.startOffset, endContainer: end, endOffset: mark.endOffset } });
  }
  return { ok: true, marks: placed };
}

function nodeAt({ nodes, texts }: PageSnapshot, ordinal: number, length: number): Text | Unplaced {
  const node = nodes[ordinal];
  const text = texts[ordinal];
  if (!node || text === undefined || text.length !== length) return 'differs';
  return node.isConnected && node.data === text ? node : 'changed';
}
