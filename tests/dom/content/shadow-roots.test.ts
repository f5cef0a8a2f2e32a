import { describe, expect, it } from 'vitest';
import { composedClone } from '../../../lib/content/composed-clone';
import { extractMainContent } from '../../../lib/content/extract-main-content';
import { pageSample } from '../../../lib/content/page-sample';
import { rangeForSpan } from '../../../lib/paint/ranges';

const filler = 'The agreement covers data centre capacity for model training and inference over several years. '.repeat(5);

/** A page whose article is rendered by a component: headline slotted in, body in the shadow tree. */
function componentPage(): Document {
  const doc = document.implementation.createHTMLDocument('Anthropic and SpaceX sign Colossus 1 deal');
  doc.body.innerHTML = '<nav>Home · Tech</nav><news-story><h1 slot="headline">Anthropic and SpaceX sign Colossus 1 deal</h1><p>never slotted</p></news-story>';
  const host = doc.querySelector('news-story')!;
  host.attachShadow({ mode: 'open' }).innerHTML =
    `<article><slot name="headline"></slot><p>Anthropic will use all of Colossus 1: over 300 MW and 220,000 GPUs. ${filler}</p><p>${filler}</p></article>`;
  return doc;
}

describe('article text in open shadow roots', () => {
  it('is sampled for the pre-filter, and the sample says so', () => {
    const sample = pageSample(componentPage());
    expect(sample.text).toContain('220,000 GPUs');
    expect(sample.inShadow).toBe(true);
    const plain = document.implementation.createHTMLDocument('x');
    plain.body.innerHTML = '<p>Only light DOM here.</p>';
    expect(pageSample(plain).inShadow).toBe(false);
  });

  it('is copied as rendered: slotted nodes at their slot, unslotted ones left out', () => {
    const doc = componentPage();
    const { clone, live } = composedClone(doc);
    const text = clone.body.textContent!;
    expect(text.indexOf('Anthropic and SpaceX sign')).toBeLessThan(text.indexOf('over 300 MW'));
    expect(text).not.toContain('never slotted');
    for (const [copy, original] of live) expect(copy.data).toBe(original.data);
    expect(clone.title).toBe('Anthropic and SpaceX sign Colossus 1 deal');
  });

  it('is extracted and mapped back to the page, where a figure can be painted', () => {
    const doc = componentPage();
    expect(extractMainContent(doc).article.blocks.some((b) => b.text.includes('220,000 GPUs'))).toBe(false);
    const { article, blocks } = extractMainContent(doc, { composed: true });
    const b = article.blocks.findIndex((block) => block.text.includes('220,000 GPUs'));
    expect(b).toBeGreaterThanOrEqual(0);
    const start = article.blocks[b]!.text.indexOf('220,000 GPUs');
    const range = rangeForSpan(doc, blocks, { block: b, start, end: start + '220,000 GPUs'.length })!;
    expect(range.toString()).toBe('220,000 GPUs');
    expect(range.startContainer.getRootNode()).toBe(doc.querySelector('news-story')!.shadowRoot);
  });
});
