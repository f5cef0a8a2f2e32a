import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/analyze/engine';
import { namesDeal } from '../../../lib/analyze/names-deal';
import { mayBeComputeDeal, prefilter } from '../../../lib/detect/prefilter';
import { loadDataset } from '../../../lib/node/load-dataset';

describe('prefilter', () => {
  it.each([
    ['Anthropic signs compute deal', 'The agreement covers 300 MW of data center capacity.', 'likely', 'compute and deal words'],
    ['The landlord of AI', 'Colossus 1 now rents its whole data center to Anthropic.', 'likely', 'renting is a deal word'],
    ["Anthropic's new home", 'Colossus 1 now houses Claude in its whole data center.', 'names?', 'compute but no deal word: only a name can tell'],
    ['Best GPUs of 2026', 'We benchmarked twelve graphics cards.', 'names?', 'a GPU review names compute too'],
    ['Recipe: lemon cake', 'Butter, sugar, flour and lemons.', 'no', 'no compute word at all'],
  ])('%s → %s (%s)', (title, sample, verdict) => {
    expect(prefilter(title, sample)).toBe(verdict);
  });
});

describe('the pre-filter with the dataset at hand', async () => {
  const engine = compileDataset(await loadDataset());

  it.each([
    ["Anthropic's new home", 'Colossus 1 now serves Claude from its whole data center.', true, 'a deal site in the lead lets it through'],
    ['Anthropic moves into Memphis', 'Its new data center home holds 220,000 GPUs.', true, 'two of its parties and sites do'],
    ['Google Cloud opens a region', 'A new data center in Ohio.', true, 'a party of one deal alone does'],
    ['Best GPUs of 2026', 'We benchmarked twelve graphics cards from NVIDIA and AMD.', false, 'one company of several deals does not: every GPU review names NVIDIA'],
    ['Best GPUs of 2026', 'We benchmarked twelve graphics cards.', false, 'no deal word and no name: turned away'],
    ['Claude gets a new model', 'Claude Opus runs on more GPUs.', false, 'a product is no party or site'],
  ])('%s (%s)', (title, sample, passes) => {
    expect(mayBeComputeDeal(title, sample, new RegExp(engine.entities.pattern.source, 'giu')) && namesDeal(engine, `${title}\n${sample}`)).toBe(passes);
  });
});
