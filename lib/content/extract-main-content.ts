import { Readability } from '@mozilla/readability';
import type { Article } from '../analyze/types';
import { resolveLanguage } from '../text/language';
import { buildBlocks, type SegmentedBlock } from './build-blocks';
import { composedClone } from './composed-clone';

export interface MainContent {
  article: Article;
  /** The article's blocks, with segments pointing at the text nodes of the document given. */
  blocks: SegmentedBlock[];
}

export interface ExtractOptions {
  /** Measures the Readability step (the content script passes performance marks). */
  measure?: <T>(name: string, run: () => T) => T;
  /** Read open shadow roots too (the page showed text in one): see `composedClone`. */
  composed?: boolean;
}

/**
 * Finds the article in a document with Readability, run on a clone so the
 * page itself is never touched, and maps the article's text back to the
 * document's own text nodes (in shadow trees too, with `composed`) so figures
 * can be painted where they stand.
 */
export function extractMainContent(doc: Document, options: ExtractOptions = {}): MainContent {
  const steps = extractInSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `extractMainContent` in three steps, pausing after the clone and after
 * Readability: a caller on a page's main thread can run each in its own task
 * (on the 50,000-word bench page the three together took 45–57 ms, over a
 * long task's 50, and Readability alone most of it).
 */
export function* extractInSteps(doc: Document, options: ExtractOptions = {}): Generator<void, MainContent, void> {
  const measure = options.measure ?? ((_name, run) => run());
  const { clone, live } = options.composed ? composedClone(doc) : plainClone(doc);
  yield;
  const parsed = measure('deal-lens:readability', () =>
    new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 300 }).parse(),
  );
  yield;
  const content = (parsed?.content as Element | null | undefined) ?? clone.body ?? clone.documentElement;
  const blocks = remap(buildBlocks(content), live);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const title = (parsed?.title || doc.title || '').trim();
  const sample = blocks.slice(0, 20).map((b) => b.text).join(' ');
  const article: Article = {
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || doc.URL || undefined,
    title,
    lang: resolveLanguage(parsed?.lang || doc.documentElement.getAttribute('lang') || meta('meta[property="og:locale"]'), `${title} ${sample}`),
    publishedAt: parsed?.publishedTime || meta('meta[property="article:published_time"]') || doc.querySelector('time[datetime]')?.getAttribute('datetime') || undefined,
    siteName: parsed?.siteName || meta('meta[property="og:site_name"]') || undefined,
    blocks: blocks.map(({ text, kind, level }) => (level ? { text, kind, level } : { text, kind })),
  };
  return { article, blocks };
}

function plainClone(doc: Document): { clone: Document; live: Map<Text, Text> } {
  const clone = doc.cloneNode(true) as Document;
  return { clone, live: pairTextNodes(doc, clone) };
}

/** Clone text node → document text node, walking both trees in the same order. */
function pairTextNodes(doc: Document, clone: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const a = doc.createTreeWalker(doc, 4);
  const b = clone.createTreeWalker(clone, 4);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) pairs.set(y as Text, x as Text);
  return pairs;
}

/**
 * Points each segment at the document's text node. Readability moves the
 * clone's text nodes rather than copying them, so nearly every segment has a
 * twin; one it created itself has none and is dropped (it cannot be painted).
 */
function remap(blocks: SegmentedBlock[], live: Map<Text, Text>): SegmentedBlock[] {
  for (const block of blocks) {
    block.segments = block.segments.flatMap((segment) => {
      const node = live.get(segment.node);
      return node && node.data === segment.node.data ? [{ start: segment.start, node }] : [];
    });
  }
  return blocks;
}
