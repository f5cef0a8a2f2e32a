import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

/**
 * A deal's parties in the lead, with a figure beside them, make deal coverage
 * only when the figure states something the deal records.
 */
describe('detection from the figures tied to a deal', async () => {
  const engine = compileDataset(await loadDataset());
  const page = (title: string, lead: string, lang = 'en'): Article => ({
    title,
    lang,
    publishedAt: '2026-06-02',
    blocks: [
      { kind: 'paragraph', text: lead },
      { kind: 'paragraph', text: 'Classes start in the autumn at twelve high schools across the county.' },
    ],
  });

  it.each([
    // A party's gift in the deal's city: money, where the lease records power and GPUs.
    ['SpaceX gives Memphis schools $12 million', 'SpaceX will give $12 million to STEM classes in Memphis schools, a few miles from Colossus 1.'],
    // A sponsorship in euros: never comparable with the deal's dollars.
    ['AWS y LaLiga renuevan', 'Amazon Web Services, que aloja los modelos de Anthropic, renueva con LaLiga por unos 40 millones de euros.', 'es'],
  ])('takes "%s" for no deal coverage', (title, lead, lang = 'en') => {
    expect(analyzeArticle(engine, page(title, lead, lang)).isComputeDeal).toBe(false);
  });

  it.each([
    ['SpaceX and Anthropic in Memphis', 'SpaceX will give Anthropic all of Colossus 1 in Memphis, more than 300 MW of capacity.'],
    ['Anthropic and Amazon', 'Amazon Web Services will supply Anthropic with up to 5 GW of capacity for Claude.'],
  ])('takes "%s" for deal coverage', (title, lead) => {
    expect(analyzeArticle(engine, page(title, lead)).isComputeDeal).toBe(true);
  });
});
