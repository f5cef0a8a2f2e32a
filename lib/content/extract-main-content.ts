import { Readability } from '@mozilla/readability';
import type { Article, Block } from '../analyze/types';
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
  const parsed = measure('deal-lens:readability', () => readability(clone));
  yield;
  // The page's own article, read in place, where Readability missed it.
  const own = options.composed ? undefined : soleArticle(doc);
  const blocks = own && missedArticle(parsed, own) ? buildBlocks(own) : remap(buildBlocks(contentOf(parsed, clone)), live);
  return { article: articleOf(pageMeta(doc), parsed, blocks), blocks };
}

/** What Readability returns with the node serializer: its content stays a node of the document it read. */
export type Parsed = ReturnType<Readability<Node>['parse']>;

/** Readability with the options both paths use (a page's own thread, and the extension's document). */
export function readability(doc: Document): Parsed {
  keepKeyFacts(doc);
  return new Readability<Node>(doc, { serializer: (node) => node, charThreshold: READ_MIN_CHARS }).parse();
}

/**
 * A key-facts box ("Ficha", "Auf einen Blick", "At a glance") or a timeline is
 * an `<aside>` inside the article holding a definition list, a table or a list
 * of statements, and Readability drops every `<aside>`. Inside an `<article>`,
 * such a box becomes a `<div>`,
 * its own nodes moved, not copied, so both paths still map its text back to
 * the page. Asides outside the article (sidebars) and those without a list
 * of facts (pull quotes, related links) are left to Readability.
 */
function keepKeyFacts(doc: Document): void {
  for (const aside of Array.from(doc.querySelectorAll('article aside'))) {
    if (!aside.querySelector('dl, table') && !textList(aside)) continue;
    const box = doc.createElement('div');
    box.append(...Array.from(aside.childNodes));
    aside.replaceWith(box);
  }
}

/**
 * Whether an aside holds a list of statements ("5月7日：SpaceX宣布…", a
 * timeline), not of links: related reading is a list whose text is mostly
 * in its links.
 */
function textList(aside: Element): boolean {
  const items = aside.querySelectorAll('li');
  if (!items.length) return false;
  let text = 0;
  let linked = 0;
  for (const item of Array.from(items)) {
    text += (item.textContent ?? '').trim().length;
    for (const a of Array.from(item.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
  }
  return text > 0 && linked < text / 2;
}

/** The page's one `<article>` element, if it has exactly one. */
export function soleArticle(doc: Document): Element | undefined {
  const articles = doc.getElementsByTagName('article');
  return articles.length === 1 ? articles[0]! : undefined;
}

/** Whether Readability's reading is under its own 300-character threshold: it may have missed the article. */
export function shortReading(parsed: Parsed): boolean {
  return (parsed?.length ?? 0) < READ_MIN_CHARS;
}

/**
 * Whether Readability settled on next to nothing (`shortReading`) where the
 * page's one `<article>` holds at least twice as much text: a photo gallery
 * whose text is in captions got its cookie notice read. `article` is one
 * Readability has not run on, since it moves nodes.
 */
export function missedArticle(parsed: Parsed, article: Element): boolean {
  if (!shortReading(parsed)) return false;
  const read = parsed?.length ?? 0;
  const articleLength = (article.textContent ?? '').trim().length;
  return articleLength >= 2 * Math.max(read, 1) && articleLength >= READ_MIN_CHARS / 3;
}

/** Readability's `charThreshold`: a reading shorter than this it would itself retry. */
const READ_MIN_CHARS = 300;

/** The element holding the article: Readability's, else the whole body. */
export function contentOf(parsed: Parsed, doc: Document): Element {
  return (parsed?.content as Element | null | undefined) ?? doc.body ?? doc.documentElement;
}

/**
 * What an article's description takes from its page beyond Readability's
 * reading: read from a page Readability has not changed (the live page, or a
 * parse before Readability runs on it).
 */
export interface PageMeta {
  url: string | undefined;
  title: string;
  lang: string | undefined;
  ogLocale: string | undefined;
  publishedAt: string | undefined;
  siteName: string | undefined;
}

/** The page's own metadata; `url` stands in for the document's address (a parsed copy has none). */
export function pageMeta(doc: Document, url: string = doc.URL): PageMeta {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  return {
    url: doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || url || undefined,
    title: doc.title,
    lang: doc.documentElement?.getAttribute('lang') || undefined,
    ogLocale: meta('meta[property="og:locale"]'),
    publishedAt: meta('meta[property="article:published_time"]') || doc.querySelector('time[datetime]')?.getAttribute('datetime') || undefined,
    siteName: meta('meta[property="og:site_name"]'),
  };
}

/** The article the engine reads: Readability's reading first, the page's metadata where it has none. */
export function articleOf(meta: PageMeta, parsed: Parsed, blocks: readonly Block[]): Article {
  const title = (parsed?.title || meta.title || '').trim();
  const sample = blocks.slice(0, 20).map((b) => b.text).join(' ');
  return {
    url: meta.url,
    title,
    lang: resolveLanguage(parsed?.lang || meta.lang || meta.ogLocale, `${title} ${sample}`),
    publishedAt: parsed?.publishedTime || meta.publishedAt,
    siteName: parsed?.siteName || meta.siteName,
    blocks: blocks.map(({ text, kind, level }) => (level ? { text, kind, level } : { text, kind })),
  };
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
