import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { buildEntityIndex } from '../../../lib/extract/entities/entity-index';
import { findEntities } from '../../../lib/extract/entities/find-entities';
import { buildDealIndex } from '../../../lib/link/deal-index';
import { dealsNamed, resolveDeal } from '../../../lib/link/resolve';

const entity = (id: string, kind: Dataset['entities'][number]['kind'], ...aliases: string[]) => ({ id, kind, name: aliases[0]!, aliases });
const dataset: Dataset = {
  format: 'compute-deals/v1',
  version: 't',
  entities: [
    entity('anthropic', 'company', 'Anthropic'),
    entity('spacex', 'company', 'SpaceX'),
    entity('google', 'company', 'Google'),
    entity('meta', 'company', 'Meta'),
    entity('colossus-1', 'facility', 'Colossus 1'),
    entity('colossus-2', 'facility', 'Colossus 2'),
    entity('terafab', 'facility', 'Terafab'),
    entity('memphis', 'place', 'Memphis'),
    entity('texas', 'place', 'Texas'),
    entity('claude', 'product', 'Claude'),
  ],
  deals: [
    { id: 'colossus', title: 'c', parties: ['anthropic', 'spacex'], sites: ['colossus-1', 'memphis'], facts: [] },
    { id: 'google-deal', title: 'g', parties: ['anthropic', 'google'], facts: [] },
    { id: 'terafab-deal', title: 't', parties: ['spacex'], sites: ['terafab', 'texas'], facts: [] },
  ],
};
const entities = buildEntityIndex(dataset);
const deals = buildDealIndex(dataset);

/** Resolves the entities of `text` for a figure written as "#". */
function resolve(text: string) {
  const at = text.indexOf('#');
  const found = resolveDeal(deals, findEntities(entities, text), { start: at, end: at + 1 });
  return found.kind === 'deal' ? `${found.dealId} by ${found.mention.text} (${found.role})` : found.kind;
}

describe('resolveDeal', () => {
  it.each([
    ['Colossus 1 holds #', 'colossus by Colossus 1 (site)', 'a facility names its deal'],
    ['Google signs for #', 'google-deal by Google (party)', 'a party of one deal names it'],
    ['Anthropic and SpaceX agreed on #', 'colossus by SpaceX (parties)', 'two hub parties that share one deal'],
    ['Anthropic has #', 'other', 'one hub party alone names no deal'],
    ['Claude gets #', 'none', 'a product names nothing'],
    ['Memphis gets #', 'colossus by Memphis (place)', 'a place names its deal, weakly'],
    ["Meta's Memphis campus draws #", 'other', 'a place with a foreign company named is not the deal'],
    ['Colossus 2 is designed for #', 'other', 'a facility in no deal'],
    ['Beside Colossus 1, Colossus 2 gets #', 'other', 'a foreign facility nearer the figure takes it'],
    ['Colossus 2 sits beside Colossus 1 with #', 'colossus by Colossus 1 (site)', 'the deal nearer the figure keeps it'],
    ['Beside Colossus 1, Google pays #', 'google-deal by Google (party)', 'two deals: the nearest'],
    ['Google and Colossus 1: #', 'colossus by Colossus 1 (site)', 'two deals: the nearest, again'],
  ])('%s → %s (%s)', (text, expected) => {
    expect(resolve(text)).toBe(expected);
  });
});

describe('dealsNamed', () => {
  const named = (text: string) => Object.fromEntries(dealsNamed(deals, findEntities(entities, text).map((e) => e.id)));
  it.each<[string, Record<string, number>, string]>([
    ['Anthropic leases Colossus 1 in Memphis', { colossus: 3 }, 'counts the deal\'s parties and sites named'],
    ['Anthropic and Google', { 'google-deal': 2 }, 'a party of one deal'],
    ['SpaceX in Texas', {}, 'a hub party and a place name no deal'],
    ['Anthropic', {}, 'a hub alone names none'],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
