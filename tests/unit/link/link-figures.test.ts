import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { buildEntityIndex } from '../../../lib/extract/entities/entity-index';
import { findEntities } from '../../../lib/extract/entities/find-entities';
import type { RawFigure } from '../../../lib/extract/raw-figure';
import { buildDealIndex } from '../../../lib/link/deal-index';
import { findMainDeal, linkFigure, type ReadBlock } from '../../../lib/link/link-figures';
import type { Block } from '../../../lib/analyze/types';
import { sentenceSpans } from '../../../lib/text/sentences';

const entity = (id: string, kind: Dataset['entities'][number]['kind'], ...aliases: string[]) => ({ id, kind, name: aliases[0]!, aliases });
const dataset: Dataset = {
  format: 'compute-deals/v1',
  version: 't',
  entities: [
    entity('anthropic', 'company', 'Anthropic'),
    entity('spacex', 'company', 'SpaceX'),
    entity('google', 'company', 'Google Cloud', 'Google'),
    entity('amazon', 'company', 'Amazon'),
    entity('openai', 'company', 'OpenAI'),
    entity('gpt-4', 'product', 'GPT-4'),
    entity('nvidia', 'company', 'NVIDIA'),
    entity('claude', 'product', 'Claude Pro', 'Claude'),
    entity('colossus-1', 'facility', 'Colossus 1'),
    entity('terafab', 'facility', 'Terafab'),
  ],
  deals: [
    { id: 'colossus', title: 'c', parties: ['anthropic', 'spacex'], sites: ['colossus-1'], facts: [
      { kind: 'gpus', value: 220_000, unit: 'GPU', bound: 'min' }, { kind: 'power', value: 3e8, unit: 'W', bound: 'min' }] },
    { id: 'google-deal', title: 'g', parties: ['anthropic', 'google'], facts: [{ kind: 'money', value: 2e11, unit: 'USD', bound: 'exact' }] },
    { id: 'amazon-deal', title: 'a', parties: ['anthropic', 'amazon'], facts: [{ kind: 'power', value: 5e9, unit: 'W', bound: 'max' }] },
    { id: 'terafab-deal', title: 't', parties: ['spacex'], sites: ['terafab'], facts: [{ kind: 'money', value: 55e9, unit: 'USD', bound: 'exact' }] },
    { id: 'nvidia-deal', title: 'n', parties: ['anthropic', 'nvidia'], facts: [{ kind: 'money', value: 30e9, unit: 'USD', bound: 'exact' }] },
  ],
};
const entities = buildEntityIndex(dataset);
const deals = buildDealIndex(dataset);

/**
 * Builds blocks from text where each figure is marked [[like this|kind]]; the
 * marks are removed and become RawFigures (the grammar is tested elsewhere).
 */
function read(spec: Array<[Block['kind'], string]>): ReadBlock[] {
  return spec.map(([kind, marked]) => {
    const figures: RawFigure[] = [];
    let text = '';
    let rest = marked;
    for (let m = /\[\[(.+?)\|(\w+)(!rate)?\]\]/.exec(rest); m; m = /\[\[(.+?)\|(\w+)(!rate)?\]\]/.exec(rest)) {
      text += rest.slice(0, m.index);
      const kindOf = m[2] as RawFigure['kind'];
      figures.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, kind: kindOf, value: 1, unit: 'GPU', bound: 'exact', ...(m[3] ? { rate: true } : {}) });
      text += m[1];
      rest = rest.slice(m.index + m[0].length);
    }
    text += rest;
    return { text, kind, sentences: sentenceSpans(text), entities: findEntities(entities, text), figures };
  });
}

function linksOf(title: string, spec: Array<[Block['kind'], string]>): Record<string, string | null> {
  const blocks = read(spec);
  const main = findMainDeal(deals, findEntities(entities, title), blocks);
  const out: Record<string, string | null> = {};
  blocks.forEach((block, b) => block.figures.forEach((f) => (out[f.text] = linkFigure(deals, blocks, b, f, main))));
  return out;
}

describe('linkFigure', () => {
  it('links on a site or counterparty in the same sentence', () => {
    expect(linksOf('', [['paragraph', 'SpaceX will give Anthropic all of Colossus 1, over [[300 MW|power]].']])).toEqual({ '300 MW': 'colossus' });
    expect(linksOf('', [['item', 'Google Cloud: [[$200 billion|money]] contract']])).toEqual({ '$200 billion': 'google-deal' });
  });

  it('keeps a figure about something else unlinked (GPT-4, seed 002)', () => {
    const links = linksOf('Anthropic signs deal for SpaceX Colossus 1', [
      ['paragraph', 'Anthropic and SpaceX signed a deal for Colossus 1.'],
      ['paragraph', 'When OpenAI trained GPT-4, it used roughly [[25,000 A100 GPUs|gpus]]. Colossus 1 is ten times that.'],
    ]);
    expect(links['25,000 A100 GPUs']).toBeNull();
  });

  it('keeps a hub party alone unlinked: a company total (seed 001)', () => {
    const links = linksOf('Anthropic and SpaceX', [['paragraph', 'Anthropic has locked up about [[15 GW|power]] of compute.']]);
    expect(links['15 GW']).toBeNull();
  });

  it('follows "the deal" back to the article deal when only a hub is named (seed 003)', () => {
    const links = linksOf('Anthropic partners with SpaceX on Colossus 1', [
      ['paragraph', 'Anthropic announced a deal with SpaceX for Colossus 1.'],
      ['paragraph', 'The deal grants Anthropic access to over [[300 megawatts|power]] of compute.'],
    ]);
    expect(links['300 megawatts']).toBe('colossus');
  });

  it('never links a rate ($20 per month, seed 003)', () => {
    expect(linksOf('', [['paragraph', 'Claude Pro with SpaceX Colossus 1 costs [[$20 per month|money!rate]].']])['$20 per month']).toBeNull();
  });

  it('reads a list item through its intro paragraph, then the heading, then the article deal', () => {
    const links = linksOf('Anthropic and SpaceX sign Colossus 1 deal', [
      ['heading', 'Core of the Agreement'],
      ['paragraph', 'These numbers speak to the sheer scale:'],
      ['item', '[[220,000+ NVIDIA GPUs|gpus]]'],
      ['heading', 'The Terafab plan'],
      ['paragraph', 'SpaceX plans Terafab in Texas.'],
      ['item', 'Budget: [[$55 billion|money]]'],
    ]);
    expect(links['220,000+ NVIDIA GPUs']).toBe('colossus');
    expect(links['$55 billion']).toBe('terafab-deal');
  });

  it('lets a table row speak for its cells', () => {
    const links = linksOf('Anthropic and SpaceX', [
      ['row', 'Partner | Capacity'],
      ['row', 'Amazon | up to [[5 GW|power]]'],
      ['row', 'SpaceX | [[300+ MW|power]] Colossus 1'],
    ]);
    expect(links).toEqual({ '5 GW': 'amazon-deal', '300+ MW': 'colossus' });
  });

  it('does not fall back to the article deal for industry-wide figures (seed 003)', () => {
    const links = linksOf('Anthropic and SpaceX sign Colossus 1 deal', [
      ['paragraph', 'Anthropic and SpaceX signed for Colossus 1.'],
      ['heading', 'Industry context'],
      ['paragraph', 'Cloud providers have committed over [[200,000 GPUs|gpus]] combined across the industry.'],
    ]);
    expect(links['200,000 GPUs']).toBeNull();
  });

  it('leaves a tie between deals unlinked when the article deal is not among them', () => {
    const links = linksOf('', [['paragraph', 'SpaceX said [[5,000 GPUs|gpus]] would arrive.']]);
    expect(links['5,000 GPUs']).toBeNull();
  });

  it('ignores a vendor named inside the figure', () => {
    const blocks = read([['paragraph', 'Anthropic and SpaceX signed for Colossus 1.'], ['item', 'More than [[220,000 NVIDIA GPUs|gpus]]']]);
    const main = findMainDeal(deals, [], blocks);
    expect(linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main)).toBe('colossus');
  });
});
