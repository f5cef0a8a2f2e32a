import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../../lib/analyze/engine';
import { namesDeal } from '../../../lib/analyze/names-deal';
import { CueMatcher, cueText } from '../../../lib/detect/cue-matcher';
import { COMPUTE_CUES, DEAL_CUES } from '../../../lib/detect/cues';
import { anyCue, mayBeComputeDeal, prefilter } from '../../../lib/detect/prefilter';
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

describe("anyCue, the pre-filter's cue search, answers as CueMatcher.test does", () => {
  const lists = [
    ['compute', COMPUTE_CUES],
    ['deal', DEAL_CUES],
  ] as const;

  it.each([
    ['the deal is signed', true, 'a cue at a word start'],
    ['an ideal partner', true, '"deal" inside "ideal" does not count, "partner" does'],
    ['ideal', false, 'only inside a word'],
    ['idealdeal', false, 'both inside one word'],
    ['ideal deal', true, 'the second one starts a word'],
    ['l’accord est conclu', true, 'a curly apostrophe reads as a straight one, "conclu" starts a word'],
    ['Ésigné', false, 'a Latin letter U+00C0–U+024F before the cue'],
    ['签约', true, 'a CJK cue needs no word start'],
    ['', false, 'nothing to find'],
  ])('%s → %s (%s)', (text, found) => {
    const cued = cueText(text);
    expect(anyCue(DEAL_CUES, cued)).toBe(found);
    expect(new CueMatcher(DEAL_CUES).test(text)).toBe(found);
  });

  it.each(lists)('on random text made of %s cues, letters and separators', (_name, cues) => {
    const matcher = new CueMatcher(cues);
    const piece = fc.oneof(fc.constantFrom(...cues), fc.constantFrom('a', 'é', 'Z', '9', ' ', '-', '’', '\n', '数', 'x'), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(anyCue(cues, cueText(text))).toBe(matcher.test(text));
      }),
      { numRuns: 2000 },
    );
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
