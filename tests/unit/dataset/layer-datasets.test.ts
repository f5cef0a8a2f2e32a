import { describe, expect, it } from 'vitest';
import { layerDatasets } from '@/lib/dataset/layer-datasets';
import type { Dataset } from '@/lib/dataset/schema';
import { validateDataset } from '@/lib/dataset/validate';

const BASE: Dataset = {
  format: 'compute-deals/v1',
  version: '2026.05.11',
  entities: [
    { id: 'anthropic', kind: 'company', name: 'Anthropic', aliases: ['Anthropic'] },
    { id: 'colossus-1', kind: 'facility', name: 'Colossus 1', aliases: ['Colossus 1', 'コロッサス1'] },
    { id: 'spacex', kind: 'company', name: 'SpaceX', aliases: ['SpaceX'] },
  ],
  deals: [{ id: 'anthropic-spacex', title: 'Anthropic takes Colossus 1', parties: ['anthropic', 'spacex'], sites: ['colossus-1'], facts: [] }],
};

const URL = 'https://epoch.ai/data/gpu-clusters';
const LAYER: Dataset = {
  format: 'compute-deals/v2',
  version: '2025.12.15',
  entities: [
    // Named "colossus 1" in another case: the same site.
    { id: 'xai-colossus-1-memphis-tennessee', kind: 'facility', name: 'Colossus 1', aliases: ['colossus 1', 'xAI Colossus 1'] },
    // An alias that already names a company below stays the company's.
    { id: 'anthropic-site', kind: 'facility', name: 'Anthropic', aliases: ['Anthropic', 'Anthropic Campus'] },
    { id: 'prometheus', kind: 'facility', name: 'Prometheus', aliases: ['Prometheus'] },
  ],
  deals: [],
  sites: [
    { entity: 'xai-colossus-1-memphis-tennessee', name: 'xAI Colossus 1', records: [{ name: 'r', status: 'existing', certainty: 'likely', facts: [], source: URL }] },
    { entity: 'prometheus', name: 'Meta Prometheus', records: [{ name: 'p', status: 'existing', certainty: 'likely', facts: [], source: URL }] },
  ],
  attributions: [{ url: URL, publisher: 'Epoch AI', title: 'Data on GPU Clusters', licence: 'CC BY 4.0', credit: 'Epoch AI' }],
};

describe('layerDatasets', () => {
  it('gives the base back unchanged without layers', () => {
    expect(layerDatasets(BASE)).toBe(BASE);
  });

  const layered = layerDatasets(BASE, LAYER);

  it('is a valid v2 dataset', () => {
    const result = validateDataset(layered);
    expect(result.ok ? '' : result.error).toBe('');
  });

  it('unites a site both files name into one entity, with the aliases of both', () => {
    const colossus = layered.entities.filter((e) => e.aliases.some((a) => a.toLowerCase().startsWith('colossus')));
    expect(colossus.map((e) => e.id)).toEqual(['colossus-1']);
    expect(colossus[0]!.aliases).toEqual(['Colossus 1', 'コロッサス1', 'xAI Colossus 1']);
    expect(layered.sites!.map((s) => s.entity)).toEqual(['colossus-1', 'prometheus']);
    // The deal still names its site.
    expect(layered.deals[0]!.sites).toEqual(['colossus-1']);
  });

  it("keeps an alias of an entity below for that entity, and adds the layer's own entity with the rest", () => {
    expect(layered.entities.find((e) => e.id === 'anthropic')!.aliases).toEqual(['Anthropic']);
    expect(layered.entities.find((e) => e.id === 'anthropic-site')!.aliases).toEqual(['Anthropic Campus']);
  });

  it("adds the layers' attributions", () => {
    expect(layered.attributions!.map((a) => a.url)).toEqual([URL]);
  });
});
