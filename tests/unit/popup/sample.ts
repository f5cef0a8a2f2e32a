/**
 * A page like seed-000-zh-hant (the 22,000+ GPUs slip against 220,000+), and
 * what this browser has read about its deals before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Figure } from '@/lib/analyze/types';
import { datasetSchema, type Dataset, type Deal } from '@/lib/dataset/schema';
import type { PageRecord } from '@/lib/messages/page-record';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function bundledDataset(): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'public', 'compute-deals.json'), 'utf8')));
}

export function dealMap(ids?: string[]): Map<string, Deal> {
  const deals = bundledDataset().deals.filter((d) => !ids || ids.includes(d.id));
  return new Map(deals.map((d) => [d.id, d]));
}

export const COLOSSUS = 'anthropic-spacex-colossus-1';
export const AMAZON = 'anthropic-amazon';
export const CURRENT_URL = 'https://node.example.org/observations/anthropic-spacex-2026?ref=feed';
export const CURRENT_CANONICAL = 'https://node.example.org/observations/anthropic-spacex-compute-sovereignty-2026';
const GPU_SOURCE = 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11';
const POWER_SOURCE = 'https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal';

const span = (block: number) => ({ block, start: 0, end: 4 });
const gpuRef = { value: 220000, unit: 'GPU', bound: 'min', label: 'NVIDIA GPUs', source: GPU_SOURCE } as const;
const powerRef = { value: 300000000, unit: 'W', bound: 'min', label: 'new capacity', source: POWER_SOURCE } as const;

export const FIGURES: Figure[] = [
  { ...span(1), text: '300+ MW', kind: 'power', value: 3e8, unit: 'W', bound: 'min', dealId: COLOSSUS, status: 'match', expected: powerRef },
  { ...span(1), text: '超過 22 萬張', kind: 'gpus', value: 220000, unit: 'GPU', bound: 'min', dealId: COLOSSUS, status: 'match', expected: gpuRef },
  { ...span(4), text: '22,000+ GPUs', kind: 'gpus', value: 22000, unit: 'GPU', bound: 'min', dealId: COLOSSUS, status: 'mismatch', expected: gpuRef },
  { ...span(5), text: 'up to 5 GW', kind: 'power', value: 5e9, unit: 'W', bound: 'max', dealId: AMAZON, status: 'match', expected: { value: 5e9, unit: 'W', bound: 'max' } },
  { ...span(6), text: '200 MW', kind: 'power', value: 2e8, unit: 'W', bound: 'exact', dealId: COLOSSUS, status: 'mismatch', expected: powerRef },
  { ...span(7), text: '25,000 A100', kind: 'gpus', value: 25000, unit: 'GPU', bound: 'exact', dealId: null, status: 'unverified' },
];

export function sampleAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    title: 'Anthropic 與 SpaceX 算力合作:前沿算力主權與部署權衡 2026',
    lang: 'zh-Hant',
    url: CURRENT_CANONICAL,
    siteName: 'Public Observation Node',
    isComputeDeal: true,
    score: 0.9,
    deals: [COLOSSUS, AMAZON],
    entities: [
      { block: 0, start: 0, end: 9, id: 'anthropic', kind: 'company', text: 'Anthropic' },
      { block: 0, start: 12, end: 18, id: 'spacex', kind: 'company', text: 'SpaceX' },
      { block: 1, start: 0, end: 9, id: 'anthropic', kind: 'company', text: 'Anthropic' },
      { block: 1, start: 20, end: 30, id: 'colossus-1', kind: 'facility', text: 'Colossus 1' },
    ],
    figures: FIGURES,
    ...overrides,
  };
}

type RecordFigure = PageRecord['figures'][number];
const UNITS: Partial<Record<RecordFigure['kind'], string>> = { gpus: 'GPU', power: 'W', money: 'USD' };
const recordFigure = (value: number, kind: RecordFigure['kind'], status: RecordFigure['status'], dealId: string | null = COLOSSUS): RecordFigure => ({
  text: String(value), kind, value, unit: UNITS[kind] ?? 'unit', bound: 'exact', dealId, status,
});

/** Pages read before, oldest reading first; the last one is the current page under its canonical address. */
export function samplePages(): PageRecord[] {
  return [
    {
      url: 'https://chaobro.example.net/posts/anthropic-spacex-colossus-220000-gpus',
      title: 'Anthropic Signs Deal for SpaceX Colossus Supercomputer: The Compute Game Behind 220,000 GPUs',
      site: 'ChaoBro',
      lang: 'en',
      seenAt: Date.UTC(2026, 4, 12),
      deals: [COLOSSUS, 'anthropic-google-broadcom'],
      figures: [recordFigure(220000, 'gpus', 'match'), recordFigure(3e8, 'power', 'match'), recordFigure(2e11, 'money', 'match', 'anthropic-google-broadcom')],
    },
    {
      url: 'https://maliklogix.example.com/p/anthropic-spacex-compute-partners',
      title: 'Anthropic SpaceX Compute Partners',
      site: 'Malik Logix',
      lang: 'en',
      publishedAt: '2026-05-11',
      seenAt: Date.UTC(2026, 4, 13),
      deals: [COLOSSUS],
      figures: [recordFigure(220000, 'gpus', 'match'), recordFigure(220000, 'gpus', 'match'), recordFigure(3e8, 'power', 'match')],
    },
    {
      url: 'https://odaily.example.com/post/5210000',
      title: '马斯克和Anthropic,要去太空找电了',
      site: 'Odaily星球日报',
      lang: 'zh-Hans',
      publishedAt: '2026-05-07',
      seenAt: Date.UTC(2026, 4, 14),
      deals: [COLOSSUS],
      figures: [recordFigure(220000, 'gpus', 'match'), recordFigure(22000, 'gpus', 'mismatch')],
    },
    {
      url: CURRENT_CANONICAL,
      title: 'Anthropic 與 SpaceX 算力合作:前沿算力主權與部署權衡 2026',
      site: 'Public Observation Node',
      lang: 'zh-Hant',
      seenAt: Date.UTC(2026, 4, 15),
      deals: [COLOSSUS, AMAZON],
      figures: [recordFigure(22000, 'gpus', 'mismatch')],
    },
  ];
}
