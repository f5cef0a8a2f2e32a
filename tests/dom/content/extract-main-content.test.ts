import { describe, expect, it } from 'vitest';
import { extractInSteps, extractMainContent } from '../../../lib/content/extract-main-content';
import { rangeForSpan } from '../../../lib/paint/ranges';

const filler = 'The agreement covers data centre capacity for model training and inference over several years. '.repeat(6);

function page(body: string, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('Anthropic and SpaceX sign Colossus 1 deal');
  doc.documentElement.setAttribute('lang', 'en');
  doc.head.insertAdjacentHTML('beforeend', head);
  doc.body.innerHTML = body;
  return doc;
}

describe('extractMainContent', () => {
  const doc = page(
    `<nav>Home · Markets · Tech</nav>
     <article>
       <h1>Anthropic and SpaceX sign Colossus 1 deal</h1>
       <p>Anthropic will use <b>all</b> of Colossus 1, over 300 MW. ${filler}</p>
       <h2>Key numbers</h2>
       <ul><li>220,000+ NVIDIA GPUs</li><li>300 MW of power</li></ul>
       <table><tr><th>Partner</th><th>Capacity</th></tr><tr><td>SpaceX</td><td>300+ MW</td></tr></table>
       <p>${filler}</p>
     </article>
     <footer>© Example News</footer>`,
    `<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2026-05-07T08:00:00Z">`,
  );
  const { article, blocks } = extractMainContent(doc);

  it('reads the metadata', () => {
    expect(article.siteName).toBe('Example News');
    expect(article.publishedAt).toBe('2026-05-07T08:00:00Z');
    expect(article.lang).toBe('en');
  });

  it('keeps headings, list items and table rows as blocks, and leaves site chrome out', () => {
    const kinds = article.blocks.map((b) => `${b.kind}:${b.text.trim().slice(0, 24)}`);
    expect(kinds).toContain('heading:Key numbers');
    expect(kinds).toContain('item:220,000+ NVIDIA GPUs');
    expect(kinds).toContain('row:SpaceX | 300+ MW');
    expect(kinds.join('\n')).not.toContain('Markets');
    expect(kinds.join('\n')).not.toContain('© Example');
  });

  it('maps block offsets back to the live document, across inline markup', () => {
    const b = article.blocks.findIndex((x) => x.text.includes('Anthropic will use'));
    const text = article.blocks[b]!.text;
    const start = text.indexOf('Anthropic will use');
    const range = rangeForSpan(doc, blocks, { block: b, start, end: start + 'Anthropic will use all'.length });
    expect(range?.toString()).toBe('Anthropic will use all');
    expect(range?.startContainer.getRootNode()).toBe(doc);
    const row = article.blocks.findIndex((x) => x.kind === 'row' && x.text.includes('SpaceX'));
    const cell = article.blocks[row]!.text.indexOf('300+ MW');
    expect(rangeForSpan(doc, blocks, { block: row, start: cell, end: cell + 7 })?.toString()).toBe('300+ MW');
  });

  it('leaves the page itself untouched', () => {
    expect(doc.querySelector('nav')?.textContent).toBe('Home · Markets · Tech');
    expect(doc.querySelectorAll('article p').length).toBe(2);
  });

  it('comes out the same in steps, pausing after the clone and after Readability, which alone it times', () => {
    const measured: string[] = [];
    const steps = extractInSteps(doc, { measure: (name, run) => (measured.push(name), run()) });
    expect(steps.next().done).toBe(false);
    expect(measured).toEqual([]);
    expect(steps.next().done).toBe(false);
    expect(measured).toEqual(['deal-lens:readability']);
    const last = steps.next();
    expect(last.done && last.value.article).toEqual(article);
  });
});

describe('a key-facts box', () => {
  const doc = page(
    `<aside class="sidebar"><h2>Most read</h2><dl><dt>Today</dt><dd>5 GW elsewhere</dd></dl></aside>
     <article>
       <h1>Anthropic and SpaceX sign Colossus 1 deal</h1>
       <p>${filler}</p>
       <aside class="facts"><h2>At a glance</h2><dl><dt>Power</dt><dd>over 300 MW</dd><dt>Announced</dt><dd>May 6, 2026</dd></dl></aside>
       <aside class="quote"><p>“A pull quote the article repeats.”</p></aside>
       <aside class="timeline"><h3>Timeline</h3><ul><li>September 2024: xAI opens Colossus 1</li><li>May 6, 2026: SpaceX announces the Anthropic deal</li></ul></aside>
       <aside class="related"><h3>Related</h3><ul><li><a href="/a">Utility approves 150 MW for Colossus 1</a></li><li><a href="/b">Terafab breaks ground</a></li></ul></aside>
       <p>${filler}</p>
     </article>`,
  );
  const { article, blocks } = extractMainContent(doc);
  const kinds = article.blocks.map((b) => `${b.kind}:${b.text.trim()}`);

  it('keeps an aside inside the article that lists facts, each term and its value one row', () => {
    expect(kinds).toContain('row:Power | over 300 MW');
    expect(kinds).toContain('row:Announced | May 6, 2026');
  });

  it('leaves sidebars and asides without a list of facts to Readability', () => {
    expect(kinds.join('\n')).not.toContain('5 GW elsewhere');
    expect(kinds.join('\n')).not.toContain('pull quote');
  });

  it('keeps a timeline aside whose list items are text, and leaves a list of links out', () => {
    expect(kinds).toContain('item:May 6, 2026: SpaceX announces the Anthropic deal');
    expect(kinds.join('\n')).not.toContain('Utility approves');
  });

  it('maps the box back to the live page, which keeps its aside', () => {
    const row = article.blocks.findIndex((b) => b.text.startsWith('Power'));
    const start = article.blocks[row]!.text.indexOf('over 300 MW');
    expect(rangeForSpan(doc, blocks, { block: row, start, end: start + 11 })?.toString()).toBe('over 300 MW');
    expect(doc.querySelectorAll('article aside').length).toBe(4);
  });
});

describe('footnote markers', () => {
  const doc = page(
    `<article>
       <h1>Anthropic and Google sign a cloud contract</h1>
       <p>${filler}</p>
       <p>The contract is worth $200 billion over six years<sup>2</sup>, and Colossus 1 brings over 300 MW<sup><a href="#fn4">[4]</a></sup>.</p>
       <p>The hall covers 20,000 m<sup>2</sup> and a budget of 10<sup>9</sup> dollars.</p>
       <p>${filler}</p>
     </article>`,
  );
  const { article, blocks } = extractMainContent(doc);
  const text = article.blocks.map((b) => b.text).join('\n');

  it('leaves a footnote marker out of the text, so it cannot run on to a figure', () => {
    expect(text).toContain('over six years, and Colossus 1 brings over 300 MW.');
  });

  it('keeps a superscript that is part of a quantity', () => {
    expect(text).toContain('20,000 m2');
    expect(text).toContain('109 dollars');
  });

  it('still maps the text around a marker to the live page', () => {
    const b = article.blocks.findIndex((x) => x.text.includes('300 MW.'));
    const start = article.blocks[b]!.text.indexOf('years, and');
    expect(rangeForSpan(doc, blocks, { block: b, start, end: start + 'years, and'.length })?.toString()).toBe('years2, and');
  });
});
