/**
 * Hygiene of the dataset the extension ships: it is tested like code, so that a
 * hand edit that breaks an invariant fails here rather than in a reader's browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDataset } from '../../../lib/dataset/format-dataset';
import type { Dataset, EntityKind } from '../../../lib/dataset/schema';
import { parseDatasetText } from '../../../lib/dataset/validate';

const FILE = fileURLToPath(new URL('../../../public/compute-deals.json', import.meta.url));
const text = readFileSync(FILE, 'utf8');
const parsed = parseDatasetText(text);
const dataset: Dataset = parsed.ok ? parsed.dataset : { format: 'compute-deals/v1', version: '', entities: [], deals: [] };

/** Ids that other modules and test fixtures refer to; renaming one breaks them silently. */
const REQUIRED_IDS: Record<string, EntityKind | 'deal'> = {
  anthropic: 'company',
  spacex: 'company',
  google: 'company',
  broadcom: 'company',
  amazon: 'company',
  microsoft: 'company',
  nvidia: 'company',
  fluidstack: 'company',
  corning: 'company',
  lumentum: 'company',
  coherent: 'company',
  openai: 'company',
  xai: 'company',
  meta: 'company',
  'colossus-1': 'facility',
  'colossus-2': 'facility',
  terafab: 'facility',
  memphis: 'place',
  tennessee: 'place',
  texas: 'place',
  'gpt-4': 'product',
  azure: 'product',
  claude: 'product',
  grok: 'product',
  'elon-musk': 'person',
  'anthropic-spacex-colossus-1': 'deal',
  'anthropic-google-broadcom': 'deal',
  'anthropic-amazon': 'deal',
  'anthropic-microsoft-nvidia': 'deal',
  'anthropic-fluidstack': 'deal',
  'spacex-terafab': 'deal',
  'nvidia-optical-suppliers': 'deal',
};

/** Kinds whose names have their own spelling in Chinese, Japanese and Korean articles. */
const LOCALIZED_KINDS: readonly EntityKind[] = ['company', 'place', 'person'];

const SCRIPTS = { Han: /\p{Script=Han}/u, Katakana: /\p{Script=Katakana}/u, Hangul: /\p{Script=Hangul}/u };
type Script = keyof typeof SCRIPTS;

/**
 * Scripts in which an entity has no name of its own: articles in that script
 * write it in Latin letters, so an alias there would be made up. The evidence
 * is the dataset's Chinese coverage (Public Observation Node in zh-Hant, Odaily
 * in zh-Hans), which writes Anthropic, OpenAI, xAI and SpaceXAI in Latin
 * letters; Fluidstack has no transliteration in use; bare メタ and 메타 are words
 * of their own (メタデータ, 메타버스), so Meta's entry holds longer forms.
 */
const LATIN_ONLY: Record<string, readonly Script[]> = {
  anthropic: ['Han'],
  openai: ['Han'],
  meta: ['Han'],
  fluidstack: ['Han', 'Katakana', 'Hangul'],
  xai: ['Han', 'Katakana', 'Hangul'],
};

const CITATION = /^(?<publisher>[^,]+), (?<title>.+), (?<date>\d{4}-\d{2}-\d{2})$/;

function isCalendarDate(value: string): boolean {
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
}

/** How the entity index keys an alias: no spaces or hyphens, any case. */
function aliasKey(alias: string): string {
  return alias.replace(/[\s\u00A0-]+/g, '').toLowerCase();
}

const isSorted = (ids: string[]) => ids.every((id, i) => i === 0 || ids[i - 1]! < id);

describe('public/compute-deals.json', () => {
  it('is a valid compute-deals/v1 dataset', () => {
    expect(parsed.ok ? '' : parsed.error).toBe('');
  });

  it('is in canonical form: it round-trips through formatDataset unchanged', () => {
    expect(text).toBe(formatDataset(dataset));
  });

  it('keeps the ids and kinds that code and fixtures refer to', () => {
    const kinds = new Map<string, string>([
      ...dataset.entities.map((e) => [e.id, e.kind] as const),
      ...dataset.deals.map((d) => [d.id, 'deal'] as const),
    ]);
    for (const [id, kind] of Object.entries(REQUIRED_IDS)) expect(kinds.get(id), id).toBe(kind);
  });

  it('has unique ids, entities and deals sorted by id', () => {
    const entityIds = dataset.entities.map((e) => e.id);
    const dealIds = dataset.deals.map((d) => d.id);
    expect(new Set(entityIds).size).toBe(entityIds.length);
    expect(new Set(dealIds).size).toBe(dealIds.length);
    expect(isSorted(entityIds)).toBe(true);
    expect(isSorted(dealIds)).toBe(true);
  });

  it('resolves every party to a company or person and every site to a facility or place', () => {
    const kinds = new Map(dataset.entities.map((e) => [e.id, e.kind]));
    for (const deal of dataset.deals) {
      for (const party of deal.parties) expect(['company', 'person'], `${deal.id} party ${party}`).toContain(kinds.get(party));
      for (const site of deal.sites ?? []) expect(['facility', 'place'], `${deal.id} site ${site}`).toContain(kinds.get(site));
    }
  });

  it('writes every date as an ISO calendar date', () => {
    const dates = [
      dataset.publishedAt,
      ...dataset.deals.flatMap((d) => [d.announced, ...(d.coverage ?? []).map((c) => c.publishedAt)]),
    ].filter((date): date is string => date !== undefined);
    for (const date of dates) expect(isCalendarDate(date), date).toBe(true);
  });

  it('gives every fact a source that is a coverage URL of its deal or a dated citation', () => {
    for (const deal of dataset.deals) {
      const urls = new Set((deal.coverage ?? []).map((c) => c.url));
      deal.facts.forEach((fact, i) => {
        const where = `${deal.id} fact ${i}`;
        expect(fact.source, where).toBeDefined();
        const source = fact.source ?? '';
        // A URL must be one an article was read at: a guessed URL would send a reader nowhere.
        if (/^https?:/.test(source)) expect(urls.has(source), `${where}: ${source} is no coverage URL`).toBe(true);
        else expect(isCalendarDate(source.match(CITATION)?.groups?.date ?? ''), `${where}: ${source}`).toBe(true);
      });
    }
  });

  it('names companies, places and people in Han, Katakana and Hangul unless they are written in Latin letters', () => {
    const missing: string[] = [];
    for (const entity of dataset.entities.filter((e) => LOCALIZED_KINDS.includes(e.kind))) {
      for (const [script, pattern] of Object.entries(SCRIPTS) as [Script, RegExp][]) {
        if (LATIN_ONLY[entity.id]?.includes(script)) continue;
        if (!entity.aliases.some((alias) => pattern.test(alias))) missing.push(`${entity.id}: ${script}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps the Latin-only allowlist honest: no listed entity has an alias in a listed script', () => {
    for (const [id, scripts] of Object.entries(LATIN_ONLY)) {
      const entity = dataset.entities.find((e) => e.id === id);
      expect(entity, id).toBeDefined();
      for (const script of scripts) expect(entity?.aliases.some((a) => SCRIPTS[script].test(a)), `${id}: ${script}`).toBe(false);
    }
  });

  it('never gives one alias to two entities', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entity of dataset.entities) {
      for (const alias of entity.aliases) {
        const other = owner.get(aliasKey(alias));
        if (other && other !== entity.id) clashes.push(`${alias}: ${other} and ${entity.id}`);
        owner.set(aliasKey(alias), entity.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('keeps Colossus 1 and Colossus 2 apart: no alias of either is plain "Colossus"', () => {
    const colossi = dataset.entities.filter((e) => e.id.startsWith('colossus-'));
    expect(colossi.map((e) => e.id)).toEqual(['colossus-1', 'colossus-2']);
    for (const entity of colossi) expect(entity.aliases.map(aliasKey)).not.toContain('colossus');
  });
});
