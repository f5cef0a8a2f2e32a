import { PREFILTER_SAMPLE_CHARS } from '../detect/prefilter';

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|NAV|FOOTER)$/i;

/**
 * The first few KB of a page's visible-ish text, for the pre-filter: a walk
 * that stops as soon as it has enough, so a 200,000-node page costs the same
 * as a short one.
 */
export function pageSample(doc: Document, limit = PREFILTER_SAMPLE_CHARS): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode: (node) =>
      node.nodeType === 1 && SKIP.test((node as Element).tagName) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 3) text += `${(node as Text).data} `;
  }
  return text.slice(0, limit);
}
