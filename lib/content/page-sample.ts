import { PREFILTER_SAMPLE_CHARS } from '../detect/prefilter';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export interface PageSample {
  text: string;
  /** Whether some of that text lives in an open shadow root (a clone of the document would not have it). */
  inShadow: boolean;
}

/**
 * The first few KB of a page's visible-ish text, for the pre-filter: a walk
 * that stops as soon as it has enough, so a 200,000-node page costs the same
 * as a short one. It reads open shadow roots where they stand, as the reader
 * sees them.
 */
export function pageSample(doc: Document, limit = PREFILTER_SAMPLE_CHARS): PageSample {
  const root = doc.body ?? doc.documentElement;
  const sample: PageSample = { text: '', inShadow: false };
  if (root) walk(doc, root, limit, sample);
  sample.text = sample.text.slice(0, limit);
  return sample;
}

function walk(doc: Document, root: Node, limit: number, sample: PageSample): void {
  // Elements and text, with no filter callback: a callback per node costs more
  // than the whole sample on a large page.
  const walker = doc.createTreeWalker(root, 5);
  for (let node = walker.nextNode(); node && sample.text.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!SKIP.has((node.parentNode as Element | null)?.nodeName ?? '')) sample.text += `${(node as Text).data} `;
      continue;
    }
    const shadow = (node as Element).shadowRoot;
    if (!shadow) continue;
    const before = sample.text.length;
    walk(doc, shadow, limit, sample);
    if (/\S/.test(sample.text.slice(before))) sample.inShadow = true;
  }
}
