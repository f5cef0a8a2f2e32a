/**
 * One Epoch AI row → one site record: the figures of the site as a whole at
 * one date, with Epoch's status and certainty.
 */
import type { Fact, SiteParty, SiteRecord } from '../dataset/schema';
import type { CsvRow } from './read-csv';
import { DATA_CENTERS_URL, GPU_CLUSTERS_URL } from './columns';

const STATUS = { existing: 'existing', planned: 'planned', decommissioned: 'decommissioned' } as const;
const CERTAINTY = { confirmed: 'confirmed', likely: 'likely', unlikely: 'unlikely' } as const;

/** Chips that are not GPUs: a TPU count is `chips`, so "one million TPUs" is never read as GPUs. */
const NOT_GPU = /\b(?:tpu|trainium|inferentia|lpu|groq|wse|gaudi|mtia|ascend)/i;

/** A positive finite number from a cell ("230000.0", "1,409.4"), or undefined. */
export function cellNumber(cell: string | undefined): number | undefined {
  if (!cell) return undefined;
  const value = Number(cell.replace(/,/g, ''));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A calendar date YYYY-MM-DD from a cell, or undefined ("Planned 2026", "Q4 2024" are not dates). */
export function cellDate(cell: string | undefined): string | undefined {
  const day = cell?.slice(0, 10) ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day ? day : undefined;
}

/** Values are estimates: every fact is `approx`, and `lib/compare/compare-site.ts` widens it further. */
function fact(kind: Fact['kind'], value: number, label: string): Fact {
  const unit = { power: 'W', gpus: 'GPU', chips: 'chip', money: 'USD', duration: 'year', count: 'unit' }[kind];
  return { kind, value: Math.round(value), unit, bound: 'approx', label };
}

/** A GPU cluster row, or why it is skipped. */
export function clusterRecord(row: CsvRow): SiteRecord | string {
  const status = STATUS[row.Status!.toLowerCase() as keyof typeof STATUS];
  const certainty = CERTAINTY[row.Certainty!.toLowerCase() as keyof typeof CERTAINTY];
  if (!status) return `unknown status "${row.Status}"`;
  if (!certainty) return `unknown certainty "${row.Certainty}"`;
  const facts: Fact[] = [];
  const chips = cellNumber(row['Total number of AI chips']) ?? cellNumber(row['Chip quantity (primary)']);
  const chipType = row['Chip type (primary)'] ?? '';
  if (chips) facts.push(fact(NOT_GPU.test(chipType) ? 'chips' : 'gpus', chips, chipType ? `AI chips (${chipType} and others)` : 'AI chips'));
  const megawatts = cellNumber(row['Power Capacity (MW)']);
  if (megawatts) facts.push(fact('power', megawatts * 1e6, 'power capacity'));
  const asOf = cellDate(row['First Operational Date']);
  return { name: row.Name!, ...(asOf ? { asOf } : {}), status, certainty, facts, source: GPU_CLUSTERS_URL };
}

/**
 * A timeline row (or a data center's "Current" columns): Epoch's estimate from
 * satellite images and permits, so `likely`. A date after the snapshot was
 * taken is a projection: `planned`.
 */
export function dataCenterRecord(name: string, asOf: string, powerMw: number | undefined, capitalBn: number | undefined, buildings: number | undefined, retrieved: string): SiteRecord | undefined {
  const facts: Fact[] = [];
  if (powerMw) facts.push(fact('power', powerMw * 1e6, 'power'));
  if (capitalBn) facts.push(fact('money', capitalBn * 1e9, 'total capital cost (2025 USD)'));
  if (facts.length === 0) return undefined;
  const built = asOf <= retrieved && (buildings === undefined || buildings > 0);
  return { name, asOf, status: built ? 'existing' : 'planned', certainty: 'likely', facts, source: DATA_CENTERS_URL };
}

const CONFIDENCE = { confident: 'confident', likely: 'likely', speculative: 'speculative' } as const;

/**
 * "Amazon #confident, Anthropic #speculative" → two parties with Epoch's tag;
 * the GPU cluster file has no tags ("xAI,Cloud").
 */
export function partiesOf(cell: string | undefined, role: SiteParty['role']): SiteParty[] {
  if (!cell) return [];
  return cell
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const tag = /\s*#(\w+)\s*$/.exec(part);
      const name = tag ? part.slice(0, tag.index).trim() : part;
      const confidence = tag ? CONFIDENCE[tag[1]!.toLowerCase() as keyof typeof CONFIDENCE] : undefined;
      return { name, role, ...(confidence ? { confidence } : {}) };
    })
    .filter((party) => party.name.length > 0);
}
