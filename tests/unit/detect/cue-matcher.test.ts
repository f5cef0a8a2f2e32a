import { describe, expect, it } from 'vitest';
import { CueMatcher } from '../../../lib/detect/cue-matcher';
import { DEAL } from '../../../lib/detect/score';

const cues = new CueMatcher(['deal', 'data center', "l'accord", '算力', '데이터센터', 'Rechenzentrum']);

describe('CueMatcher', () => {
  it.each([
    ['A new deal for Anthropic', true, 'a Latin cue at a word start'],
    ['An ideal outcome', false, 'not inside a word'],
    ['An ideal deal', true, 'a later occurrence after one inside a word'],
    ['DATA CENTER capacity', true, 'in any case'],
    ['L’accord est signé', true, 'with a curly apostrophe'],
    ['新增算力', true, 'a CJK cue needs no boundary'],
    ['멤피스 데이터센터', true, 'a Korean cue'],
    ['Die Rechenzentren wachsen', false, 'another inflection is not the cue (Rechenzentren)'],
    ['Dealmakers agree', true, 'a cue is a word start, so a stem matches its longer forms'],
    ['Das Rechenzentrum', true, 'a German cue with its capital in the list'],
    ['', false, 'empty text'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(cues.test(text)).toBe(expected);
  });

  it('counts distinct cues once each, up to a cap', () => {
    expect(cues.countDistinct('deal deal data center 算力 算力')).toBe(3);
    expect(cues.countDistinct('deal data center 算力', 2)).toBe(2);
  });
});

describe('a CueMatcher with exceptions', () => {
  const profit = new CueMatcher(['profit '], ['au profit de', "au profit d'"]);
  it.each([
    ['Le profit net a doublé', true],
    ["changent de locataire, au profit de l'un des rivaux", false],
    ["cédé au profit d’Anthropic", false],
    ['au profit de Google, le profit net recule', true],
  ])('%s → %s', (text, expected) => {
    expect(profit.test(text)).toBe(expected);
  });
});

describe('the deal words', () => {
  it('read investing, not investors', () => {
    expect(DEAL.test('Most of the increase went to investors rather than to families.')).toBe(false);
    expect(DEAL.test('SpaceX plans to invest $55 billion in the plant.')).toBe(true);
    expect(DEAL.test('The investment runs to $50 billion.')).toBe(true);
  });
});
