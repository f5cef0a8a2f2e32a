import type { Page } from 'playwright-core';
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
}

/**
 * Reads the extension's card as assistive technology sees it. The card lives in
 * a closed shadow root, which no selector reaches; the accessibility tree does,
 * and that is also the tree a screen reader reads.
 */
export async function readCard(page: Page): Promise<CardReading | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // The page may have dialogs of its own (a cookie banner); ours names itself.
    const dialog = nodes.find((n) => !n.ignored && n.role?.value === 'dialog' && n.name?.value?.startsWith('Compute Deal Lens'));
    if (!dialog) return null;
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
