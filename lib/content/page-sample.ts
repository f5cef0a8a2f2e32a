import { PREFILTER_SAMPLE_CHARS } from '../detect/prefilter';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The first few KB of a page's visible-ish text, for the pre-filter: a walk
 * that stops as soon as it has enough, so a 200,000-node page costs the same
 * as a short one.
 */
export function pageSample(doc: Document, limit = PREFILTER_SAMPLE_CHARS): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  // Text nodes only, with no filter callback: a callback per node costs more
  // than the whole sample on a large page.
  const walker = doc.createTreeWalker(root, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (!SKIP.has((node.parentNode as Element | null)?.nodeName ?? '')) text += `${(node as Text).data} `;
  }
  return text.slice(0, limit);
}
