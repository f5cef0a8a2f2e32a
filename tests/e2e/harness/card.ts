import type { CDPSession, Page } from 'playwright-core';
import { inFreshWorld } from './worlds';

export interface CardReading {
  role: string;
  name: string;
  /** Every text in the card, in order. */
  text: string;
}

interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** The extension's card in the accessibility tree: the page may have dialogs of its own (a cookie banner); ours names itself. */
async function findCard(page: Page): Promise<{ cdp: CDPSession; nodes: AXNode[]; dialog: AXNode | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog' && n.name?.value?.startsWith('Compute Deal Lens'));
  return { cdp, nodes, dialog };
}

/**
 * Reads the extension's card as assistive technology sees it. The card lives in
 * a closed shadow root, which no selector reaches; the accessibility tree does,
 * and that is also the tree a screen reader reads.
 */
export async function readCard(page: Page): Promise<CardReading | null> {
  const { cdp, nodes, dialog } = await findCard(page);
  try {
    if (!dialog) return null;
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const texts: string[] = [];
    const walk = (node: AXNode) => {
      if (node.role?.value === 'StaticText' && node.name?.value) texts.push(node.name.value);
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    walk(dialog);
    return { role: 'dialog', name: dialog.name?.value ?? '', text: texts.join(' ') };
  } finally {
    await cdp.detach();
  }
}

/**
 * Which range of a highlight the open card stands beside, as its position in
 * page order (top to bottom); null when no card is open. The card sits just
 * above or below its figure, so the range nearest to it is the one it describes.
 */
export async function cardBesideRange(page: Page, name: string): Promise<number | null> {
  const { cdp, dialog } = await findCard(page);
  let card: { top: number; bottom: number } | undefined;
  try {
    if (!dialog?.backendDOMNodeId) return null;
    // Box model quads are in viewport pixels: x1 y1 (top left) … x3 y3 (bottom right).
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: dialog.backendDOMNodeId })) as { model: { border: number[] } };
    card = { top: model.border[1]!, bottom: model.border[5]! };
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
  const ranges = await page.evaluate((name) => {
    const boxes = [...(CSS.highlights.get(name) ?? [])].map((painted) => {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      const { top, bottom } = range.getBoundingClientRect();
      return { top, bottom };
    });
    return boxes.sort((a, b) => a.top - b.top);
  }, name);
  const gap = (r: { top: number; bottom: number }) => Math.max(card.top - r.bottom, r.top - card.bottom, 0);
  let nearest = -1;
  ranges.forEach((r, i) => {
    if (nearest < 0 || gap(r) < gap(ranges[nearest]!)) nearest = i;
  });
  return nearest < 0 ? null : nearest;
}

/** Points at the first range of a highlight, scrolling it into view first; false if it has none. */
export async function hoverHighlight(page: Page, name: string, index = 0): Promise<boolean> {
  const box = await page.evaluate(
    ({ name, index }) => {
      const painted = [...(CSS.highlights.get(name) ?? [])][index];
      if (!painted) return null;
      // Highlights hold static ranges; a live copy can be measured.
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 } : null;
    },
    { name, index },
  );
  if (!box) return false;
  await page.mouse.move(box.x, box.y);
  return true;
}

/**
 * Reads the highlight registry from a new isolated world, for pages that
 * replace `window.CSS` in their own world (the hostile-page test).
 */
export async function readHighlightsInFreshWorld(page: Page): Promise<Record<string, string[]>> {
  return inFreshWorld<Record<string, string[]>>(
    page,
    `Object.fromEntries(['deal-lens-entity','deal-lens-figure','deal-lens-match','deal-lens-mismatch']
      .map((n) => [n, [...(CSS.highlights.get(n) ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      })]))`,
  );
}
