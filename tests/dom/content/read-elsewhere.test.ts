import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset, type Engine } from '../../../lib/analyze/engine';
import { extractFromHtml, htmlParser } from '../../../lib/content/extract-from-html';
import { extractMainContent } from '../../../lib/content/extract-main-content';
import { placeMarks, snapshotPage, snapshotSteps, type PageSnapshot } from '../../../lib/content/page-snapshot';
import { decodeNodeMarks, encodeNodeMarks } from '../../../lib/messages/node-marks';
import { decodeMarks, encodeMarks } from '../../../lib/messages/paint-marks';
import { parseDatasetText } from '../../../lib/dataset/validate';
import { boundsForSpan } from '../../../lib/paint/ranges';

const PAGES = path.join(__dirname, '../../fixtures/pages');
const filler = 'The agreement covers data centre capacity for model training and inference over several years. '.repeat(5);

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A deal page as a browser has it after parsing. */
const DEAL = `<!doctype html><html lang="en"><head><title>Anthropic signs SpaceX Colossus 1 compute deal</title></head><body>
<nav>Home · Tech</nav><article><h1>Anthropic signs SpaceX Colossus 1 compute deal</h1>
<p id="lead">Anthropic signed an agreement with SpaceX to use all of the Colossus 1 data center in Memphis: over 300 megawatts and more than 22,000 NVIDIA GPUs, the companies said.</p>
<p>${filler}</p><p>${filler}</p></article></body></html>`;

let engine: Engine;
beforeAll(() => {
  const dataset = parseDatasetText(readFileSync(path.join(__dirname, '../../../public/compute-deals.json'), 'utf8'));
  if (!dataset.ok) throw new Error(dataset.error);
  engine = compileDataset(dataset.dataset);
});

/** The page read the way the extension's document reads it, answered as the background answers. */
function readElsewhere(doc: Document): { snapshot: PageSnapshot; textNodes: number; marks: string } {
  const snapshot = snapshotPage(doc);
  const read = extractFromHtml(snapshot.html, htmlParser(window), { url: 'https://example.com/story' });
  const analysis = analyzeArticle(engine, read.article, { force: true });
  return { snapshot, textNodes: read.textNodes, marks: encodeNodeMarks(analysis, read.segments) };
}

type Bounds = [Text, number, Text, number, string];

/** The painted places of the page read on its own thread, as the lens paints them. */
function placesHere(doc: Document): Bounds[] {
  const content = extractMainContent(doc);
  const analysis = analyzeArticle(engine, content.article, { force: true });
  return decodeMarks(encodeMarks(analysis)).flatMap((mark) => {
    const b = boundsForSpan(content.blocks, mark);
    return b ? [[b.startContainer, b.startOffset, b.endContainer, b.endOffset, mark.category] as Bounds] : [];
  });
}

function placesElsewhere(doc: Document): Bounds[] | string {
  const { snapshot, textNodes, marks } = readElsewhere(doc);
  const placed = placeMarks(snapshot, textNodes, decodeNodeMarks(marks));
  if (!placed.ok) return placed.why;
  return placed.marks.map(({ bounds: b, category }) => [b.startContainer, b.startOffset, b.endContainer, b.endOffset, category]);
}

function textOf(doc: Document, [start, startOffset, end, endOffset]: Bounds): string {
  const range = doc.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  return range.toString();
}

describe("a page read in the extension's document", () => {
  it("paints a deal page's figures on the page's own text nodes", () => {
    const doc = load(DEAL);
    const places = placesElsewhere(doc);
    expect(Array.isArray(places)).toBe(true);
    const texts = (places as Bounds[]).map((b) => textOf(doc, b));
    expect(texts).toContain('more than 22,000 NVIDIA GPUs');
    expect(texts).toEqual(expect.arrayContaining(['Anthropic', 'SpaceX', 'Colossus 1']));
    for (const [start, , end] of places as Bounds[]) {
      expect(start.getRootNode()).toBe(doc);
      expect(end.getRootNode()).toBe(doc);
    }
  });

  it('paints at the same places as the page reading itself, on the seed articles', () => {
    for (const file of readdirSync(PAGES).filter((f) => /^seed-.*\.html$/.test(f))) {
      const doc = load(readFileSync(path.join(PAGES, file), 'utf8'));
      const here = placesHere(doc);
      expect(here.length, file).toBeGreaterThan(0);
      expect(placesElsewhere(doc), file).toEqual(here);
    }
  });

  it('reads a photo gallery from its own article where Readability settles on the cookie notice', () => {
    // Its text is in captions, which Readability does not score: it read the notice above the article.
    const doc = load(readFileSync(path.join(PAGES, 'ko-colossus-memphis-hwabo-kaepsyeon-gpu-mismatch.html'), 'utf8'));
    const here = placesHere(doc);
    const texts = here.map((b) => textOf(doc, b));
    expect(texts).toEqual(expect.arrayContaining(['20만 개', '300메가와트 이상']));
    expect(texts.join(' ')).not.toMatch(/쿠키/);
    expect(placesElsewhere(doc)).toEqual(here);
  });

  it('places its marks on the nodes it sent, though the page added text before them in between', () => {
    const doc = load(DEAL);
    const { snapshot, textNodes, marks } = readElsewhere(doc);
    // A live update above the article: every text node after it moves one place on in document order.
    doc.body.prepend(Object.assign(doc.createElement('aside'), { textContent: 'Breaking: markets open higher' }));
    const placed = placeMarks(snapshot, textNodes, decodeNodeMarks(marks));
    expect(placed.ok).toBe(true);
    const flags = placed.ok ? placed.marks.filter((m) => m.category === 'mismatch').map((m) => textOf(doc, [m.bounds.startContainer, m.bounds.startOffset, m.bounds.endContainer, m.bounds.endOffset, ''])) : [];
    expect(flags).toEqual(['more than 22,000 NVIDIA GPUs']);
  });

  it('places nothing when a marked text changed in between', () => {
    const doc = load(DEAL);
    const { snapshot, textNodes, marks } = readElsewhere(doc);
    // Same length, other words: the offsets would land on other characters.
    const lead = doc.getElementById('lead')!.firstChild as Text;
    lead.data = lead.data.replace('Anthropic signed', 'Signed Anthropic');
    expect(placeMarks(snapshot, textNodes, decodeNodeMarks(marks))).toEqual({ ok: false, why: 'changed' });
  });

  it('places nothing when a marked text left the page in between', () => {
    const doc = load(DEAL);
    const { snapshot, textNodes, marks } = readElsewhere(doc);
    const lead = doc.getElementById('lead')!;
    lead.replaceChildren(lead.textContent!);
    expect(placeMarks(snapshot, textNodes, decodeNodeMarks(marks))).toEqual({ ok: false, why: 'changed' });
  });

  it('places nothing when the parse holds other text nodes than the page', () => {
    const doc = load(DEAL);
    // Two text nodes side by side, as a script can build them: a parser makes one of them.
    const lead = doc.getElementById('lead')!;
    const text = lead.textContent!;
    lead.replaceChildren(text.slice(0, 20), text.slice(20));
    expect(placesElsewhere(doc)).toBe('differs');
  });

  it('keeps the page as it was', () => {
    const doc = load(DEAL);
    const before = doc.documentElement.outerHTML;
    readElsewhere(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('holds the attributes of <html>, its doctype, and every text node once', () => {
    const doc = load(DEAL);
    const { snapshot } = readElsewhere(doc);
    expect(snapshot.html.startsWith('<!DOCTYPE html><html lang="en"><head>')).toBe(true);
    const parsed = load(snapshot.html);
    expect(parsed.compatMode).toBe('CSS1Compat');
    const walker = parsed.createTreeWalker(parsed, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
    expect(texts).toEqual(snapshot.texts);
  });
});

/** A long page: enough text nodes for the walk to stop several times. */
function longDoc(): Document {
  const paragraphs = Array.from({ length: 1500 }, (_, i) => `<p>Paragraph ${i}: <b>${i * 7}</b> MW</p>`).join('\n');
  return load(`<!doctype html><html lang="en"><head><title>A long page</title></head><body><article>${paragraphs}</article></body></html>`);
}

/** A clock that says each step's time is up whenever it is read. */
function hurried(): () => number {
  let t = 0;
  return () => (t += 1000);
}

/** Runs the steps, calling `between` after each step but the last; returns the snapshot and how many steps it took. */
function runSteps(doc: Document, between: (step: number) => void = () => {}): { snapshot: PageSnapshot; steps: number } {
  const steps = snapshotSteps(doc, hurried());
  for (let n = 1; ; n++) {
    const step = steps.next();
    if (step.done) return { snapshot: step.value, steps: n };
    between(n);
  }
}

function parsedTexts(html: string): string[] {
  const parsed = load(html);
  const walker = parsed.createTreeWalker(parsed, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
  return texts;
}

describe('the snapshot taken in steps', () => {
  // It parses every page of the corpus, which grows by a batch at a time: more than the default five seconds.
  it('is the snapshot taken at once, on every fixture page and on a long one', { timeout: 60_000 }, () => {
    const docs = readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => load(readFileSync(path.join(PAGES, f), 'utf8')));
    for (const doc of [...docs, longDoc()]) {
      const { snapshot } = runSteps(doc);
      const once = snapshotPage(doc);
      expect(snapshot.html).toBe(once.html);
      expect(snapshot.texts).toEqual(once.texts);
      expect(snapshot.nodes.every((node, i) => node === once.nodes[i])).toBe(true);
    }
  });

  it('walks a long page in several steps, and serialises it in a step of its own', () => {
    expect(runSteps(longDoc()).steps).toBeGreaterThan(3);
  });

  it('agrees with its serialisation though the page changed a text it had walked, or added one, between steps', async () => {
    const doc = longDoc();
    const title = doc.querySelector('title')!.firstChild as Text;
    const { snapshot } = runSteps(doc, (step) => {
      if (step === 1) title.data = 'A page that changed';
      if (step === 2) doc.querySelector('article')!.prepend(doc.createElement('p'), 'A live update');
    });
    expect(snapshot.texts).toEqual(parsedTexts(snapshot.html));
    expect(snapshot.texts[0]).toBe('A page that changed');
    expect(snapshot.texts).toContain('A live update');
    expect(snapshot.nodes.every((node, i) => node.data === snapshot.texts[i])).toBe(true);
  });
});
