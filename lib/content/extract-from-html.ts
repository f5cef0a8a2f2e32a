import type { Article } from '../analyze/types';
import type { BlockSegments } from '../messages/node-marks';
import { buildBlocks } from './build-blocks';
import { composedClone } from './composed-clone';
import { articleOf, contentOf, missedArticle, pageMeta, readability, shortReading, soleArticle } from './extract-main-content';
import { walkText } from './text-order';

/** What the extension's document reads of a page's serialisation. */
export interface ExtractedPage {
  article: Article;
  /** Per block of the article, where its text lies in the page (see `BlockSegments`). */
  segments: BlockSegments[];
  /** How many text nodes the parse holds: the page checks its own count against it. */
  textNodes: number;
}

export interface ExtractFromHtmlOptions {
  /** The page's address (a parsed copy has none of its own). */
  url?: string;
  /** Read open shadow roots as the reader sees them (the page showed text in one): see `composedClone`. */
  composed?: boolean;
  /** Measures the Readability step. */
  measure?: <T>(name: string, run: () => T) => T;
}

/** Parses HTML into an inert document, with its declarative shadow roots attached where the browser can. */
export type ParseHtml = (html: string) => Document;

/**
 * A parser for `extractFromHtml` from a window's constructors:
 * `Document.parseHTMLUnsafe` attaches the `<template shadowrootmode>` that
 * `getHTML` wrote for each open shadow root, as the page had them;
 * `DOMParser` leaves them templates (a page with shadow roots then has text
 * nodes the parse does not, and the page reads itself).
 */
export function htmlParser(scope: { Document: typeof Document; DOMParser: typeof DOMParser }): ParseHtml {
  const unsafe = (scope.Document as unknown as { parseHTMLUnsafe?: (html: string) => Document }).parseHTMLUnsafe;
  if (typeof unsafe === 'function') return (html) => unsafe.call(scope.Document, html);
  const parser = new scope.DOMParser();
  return (html) => parser.parseFromString(html, 'text/html');
}

/**
 * Readability and the blocks, run in the extension's own document on a
 * page's serialisation (lib/content/page-snapshot.ts), so the page's main
 * thread never pays for them (issue 18). Answers in the page's coordinates:
 * each block's runs of text as text-node ordinals in the order both sides
 * read (text-order.ts). The parse is ours, so Readability runs on it without
 * a clone.
 */
export function extractFromHtml(html: string, parse: ParseHtml, options: ExtractFromHtmlOptions = {}): ExtractedPage {
  const measure = options.measure ?? ((_name, run) => run());
  const doc = parse(html);
  settleNoscript(doc);
  const ordinals = new Map<Text, number>();
  const texts: string[] = [];
  walkText(doc, (node) => {
    ordinals.set(node, texts.length);
    texts.push(node.data);
  });
  const meta = pageMeta(doc, options.url ?? '');
  let target = doc;
  let ordinalOf = (node: Text) => ordinals.get(node);
  if (options.composed) {
    const { clone, live } = composedClone(doc);
    target = clone;
    ordinalOf = (node) => {
      const own = live.get(node);
      return own ? ordinals.get(own) : undefined;
    };
  }
  const parsed = measure('deal-lens:readability', () => readability(target));
  let content = contentOf(parsed, target);
  // Readability may have missed the page's own article; it moved that article's nodes, so a fresh
  // parse, whose text nodes come in the same order, is read for it. Only a short reading pays for one.
  if (!options.composed && shortReading(parsed)) {
    const fresh = parse(html);
    settleNoscript(fresh);
    const own = soleArticle(fresh);
    if (own && missedArticle(parsed, own)) {
      const freshOrdinals = new Map<Text, number>();
      walkText(fresh, (node) => freshOrdinals.set(node, freshOrdinals.size));
      content = own;
      ordinalOf = (node) => freshOrdinals.get(node);
    }
  }
  const blocks = buildBlocks(content);
  // Readability moves the nodes it keeps; one it made itself, or whose text it changed, has no place in the page.
  const segments = blocks.map((block) =>
    block.segments.flatMap(({ start, node }) => {
      const ordinal = ordinalOf(node);
      return ordinal !== undefined && texts[ordinal] === node.data ? [start, ordinal, node.data.length] : [];
    }),
  );
  return { article: articleOf(meta, parsed, blocks), segments, textNodes: texts.length };
}

/**
 * A page runs scripts, so its `<noscript>` holds one text node, its markup as
 * text; a parser without scripting reads that markup as elements (an
 * analytics iframe, an image). Each becomes one text node again, so the
 * counts agree; Readability drops noscript content either way.
 */
function settleNoscript(doc: Document): void {
  for (const element of Array.from(doc.getElementsByTagName('noscript'))) {
    if (element.firstChild) element.replaceChildren(doc.createTextNode(element.innerHTML || ' '));
  }
}
