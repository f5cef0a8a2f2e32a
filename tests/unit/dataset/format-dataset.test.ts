import { describe, expect, it } from 'vitest';
import { formatDataset } from '../../../lib/dataset/format-dataset';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetText } from '../../../lib/dataset/validate';

/** Out of order on purpose: entities, deals and every object's keys. */
const SHUFFLED = {
  deals: [
    {
      facts: [
        { source: 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11', bound: 'exact', unit: 'USD', value: 200e9, kind: 'money' },
        { kind: 'power', unit: 'W', value: 5e9, bound: 'exact' },
      ],
      parties: ['anthropic', 'google'],
      title: 'Google Cloud',
      id: 'b-deal',
    },
    { title: 'Colossus 1', id: 'a-deal', parties: ['spacex'], facts: [], note: undefined },
  ],
  entities: [
    { aliases: ['SpaceX', 'スペースX'], name: 'SpaceX', kind: 'company', id: 'spacex' },
    { name: 'Google', id: 'google', kind: 'company', aliases: ['Google', 'Google Cloud', '谷歌'] },
    { id: 'anthropic', kind: 'company', name: 'Anthropic', aliases: ['Anthropic'] },
  ],
  version: '2026.05.11',
  format: 'compute-deals/v1',
} as Dataset;

describe('formatDataset', () => {
  const text = formatDataset(SHUFFLED);
  const out = JSON.parse(text) as Dataset;

  it('sorts entities and deals by id', () => {
    expect(out.entities.map((e) => e.id)).toEqual(['anthropic', 'google', 'spacex']);
    expect(out.deals.map((d) => d.id)).toEqual(['a-deal', 'b-deal']);
  });

  it('writes keys in schema order at every level', () => {
    expect(Object.keys(out)).toEqual(['format', 'version', 'entities', 'deals']);
    expect(Object.keys(out.entities[0]!)).toEqual(['id', 'kind', 'name', 'aliases']);
    expect(Object.keys(out.deals[1]!)).toEqual(['id', 'title', 'parties', 'facts']);
    expect(Object.keys(out.deals[1]!.facts[0]!)).toEqual(['kind', 'value', 'unit', 'bound', 'source']);
  });

  it('keeps the order of aliases and facts, which maintainers choose', () => {
    expect(out.entities[1]!.aliases).toEqual(['Google', 'Google Cloud', '谷歌']);
    expect(out.deals[1]!.facts.map((f) => f.kind)).toEqual(['money', 'power']);
  });

  it('indents by two spaces, ends with a newline and leaves out undefined fields', () => {
    expect(text.startsWith('{\n  "format": "compute-deals/v1",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('"note"');
  });

  it('is a fixed point: formatting parsed output changes nothing', () => {
    const reparsed = parseDatasetText(text);
    expect(reparsed.ok ? formatDataset(reparsed.dataset) : reparsed.error).toBe(text);
  });
});
