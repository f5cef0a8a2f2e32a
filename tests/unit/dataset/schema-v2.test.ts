import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/lib/dataset/schema';
import { formatDataset } from '@/lib/dataset/format-dataset';
import { validateDataset } from '@/lib/dataset/validate';

const EPOCH = 'https://epoch.ai/data/gpu-clusters';

/** A small v2 file: one site with two dated records, its attribution, no deals. */
const V2: Dataset = {
  format: 'compute-deals/v2',
  version: '2025.12.15',
  entities: [{ id: 'colossus', kind: 'facility', name: 'Colossus', aliases: ['Colossus'] }],
  deals: [],
  sites: [
    {
      entity: 'colossus',
      name: 'xAI Colossus Memphis',
      records: [
        { name: 'Phase 1', asOf: '2024-09-02', status: 'existing', certainty: 'confirmed', facts: [{ kind: 'gpus', value: 100_000, unit: 'GPU', bound: 'approx' }], source: EPOCH },
        { name: 'Phase 2', status: 'planned', certainty: 'likely', facts: [], source: EPOCH },
      ],
      parties: [{ name: 'xAI', role: 'owner', confidence: 'confident' }],
    },
  ],
  attributions: [{ url: EPOCH, publisher: 'Epoch AI', title: 'Data on GPU Clusters', licence: 'CC BY 4.0', credit: 'Epoch AI, Data on GPU Clusters' }],
};

type Edit = (d: Dataset) => void;

function edited(edit: Edit): unknown {
  const copy = structuredClone(V2);
  edit(copy);
  return copy;
}

/** Sets a field to a value its type does not allow, as a broken file would. */
function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

describe('compute-deals/v2', () => {
  it('accepts sites with records, parties and attributions', () => {
    const result = validateDataset(V2);
    expect(result.ok ? '' : result.error).toBe('');
  });

  it('still loads the bundled v1 file unchanged', () => {
    const text = readFileSync('public/compute-deals.json', 'utf8');
    const result = validateDataset(JSON.parse(text));
    expect(result.ok && result.dataset.format).toBe('compute-deals/v1');
    // v1 stays v1: the formatter writes no v2 fields into it.
    expect(result.ok && formatDataset(result.dataset)).toBe(text);
  });

  it.each([
    // v1 has no sites: a file that carries them must say it is v2.
    ['sites in a v1 file', (d: Dataset) => set(d, 'format', 'compute-deals/v1'), '$.sites: "sites" needs format "compute-deals/v2"'],
    ['a site of no entity', (d: Dataset) => void (d.sites![0]!.entity = 'colossus-9'), '$.sites[0].entity: "colossus-9" names no entity'],
    ['two sites for one entity', (d: Dataset) => void d.sites!.push(structuredClone(d.sites![0]!)), '$.sites[1].entity: a second site for "colossus"'],
    ['a record of no attribution', (d: Dataset) => void (d.attributions = []), '$.sites[0].records[0].source: "https://epoch.ai/data/gpu-clusters" is in no attribution'],
    ['an unknown certainty', (d: Dataset) => set(d.sites![0]!.records[0]!, 'certainty', 'sure'), '$.sites[0].records[0].certainty'],
    ['an unknown status', (d: Dataset) => set(d.sites![0]!.records[0]!, 'status', 'Existing'), '$.sites[0].records[0].status'],
    ['a site without records', (d: Dataset) => void (d.sites![0]!.records = []), '$.sites[0].records'],
    ['a party confidence Epoch does not use', (d: Dataset) => set(d.sites![0]!.parties![0]!, 'confidence', 'certain'), '$.sites[0].parties[0].confidence'],
    ['an as-of date off the calendar', (d: Dataset) => void (d.sites![0]!.records[0]!.asOf = '2024-02-30'), '$.sites[0].records[0].asOf: not a calendar date'],
  ])('refuses %s', (_name, edit, message) => {
    const result = validateDataset(edited(edit));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error.split('\n')[0]).toContain(message);
  });

  it('writes sites sorted by entity, records in their order', () => {
    const two = edited((d) => {
      d.entities.push({ id: 'abilene', kind: 'facility', name: 'Stargate Abilene', aliases: ['Stargate Abilene'] });
      d.sites!.push({ entity: 'abilene', name: 'Stargate Abilene', records: [{ name: 'b', status: 'planned', certainty: 'likely', facts: [] }, { name: 'a', status: 'planned', certainty: 'likely', facts: [] }] });
    }) as Dataset;
    const text = formatDataset(two);
    const back = JSON.parse(text) as Dataset;
    expect(back.sites!.map((s) => s.entity)).toEqual(['abilene', 'colossus']);
    expect(back.sites![0]!.records.map((r) => r.name)).toEqual(['b', 'a']);
    expect(formatDataset(back)).toBe(text);
  });
});
