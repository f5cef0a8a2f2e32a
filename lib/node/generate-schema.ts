/**
 * Generates the two files derived from `lib/dataset/schema.ts`, so that neither
 * can drift from the validator: `public/compute-deals-v2.schema.json` (JSON
 * Schema, for editors and other tools) and `lib/dataset/FORMAT.md` (field
 * tables from the schema's `.describe()` texts, plus the prose below).
 *
 * `npm run schema` writes both; tests/unit/dataset/generated-files.test.ts fails
 * while either committed file differs from what these functions return.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { formatDataset } from '../dataset/format-dataset';
import {
  BOUNDS,
  CANONICAL_UNITS,
  DATASET_FORMAT,
  FACT_KINDS,
  datasetSchema,
  type Bound,
  type Dataset,
  type FactKind,
} from '../dataset/schema';
import { validateDataset } from '../dataset/validate';

export const JSON_SCHEMA_FILE = fileURLToPath(new URL('../../public/compute-deals-v2.schema.json', import.meta.url));
export const FORMAT_DOC_FILE = fileURLToPath(new URL('../dataset/FORMAT.md', import.meta.url));

/** A URN rather than a URL: the schema is bundled, not served from anywhere. */
const SCHEMA_ID = 'urn:compute-deal-lens:schema:compute-deals-v2';

/** The subset of JSON Schema that zod emits for this schema and the tables read. */
interface JsonSchemaNode {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  minItems?: number;
  minLength?: number;
}

/** The JSON Schema text. Input side: what a file may contain before defaults and transforms. */
export function renderJsonSchema(): string {
  const { $schema, ...body } = z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' });
  const document = { $schema, $id: SCHEMA_ID, title: `${DATASET_FORMAT} reference dataset`, ...body };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Section name of each array of objects; an unnamed one fails generation instead of going undocumented. */
const SECTION_NAMES: Record<string, string> = {
  entities: 'Entity',
  deals: 'Deal',
  facts: 'Fact',
  coverage: 'Coverage',
  sites: 'Site',
  records: 'SiteRecord',
  parties: 'SiteParty',
  attributions: 'Attribution',
};

const UNIT_EXAMPLES = {
  power: '"over 300 MW" → `300000000`, bound `min`',
  gpus: '"220,000+ GPUs", "22 万张 GPU" → `220000`, bound `min`',
  chips: '"one million TPUs" → `1000000`',
  money: '"$4.5 billion" → `4500000000`; amounts in other currencies are not converted',
  duration: '"a five-year contract" → `5`',
  count: '"two data centers" → `2`',
} as const satisfies Record<FactKind, string>;

const BOUND_MEANINGS = {
  exact: 'The figure as stated: "$200 billion", "5 GW".',
  min: 'A floor: "over", "more than", "at least", "300+", 超过, 超.',
  max: 'A ceiling: "up to", "as much as", 最多, 最高.',
  approx: 'A round figure: "about", "nearly", "around", 约, 近.',
} as const satisfies Record<Bound, string>;

const EXAMPLE_URL = 'https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal';
const EPOCH_URL = 'https://epoch.ai/data/gpu-clusters';

/** Drawn from the bundled dataset; the rule examples below are mutations of it. */
const EXAMPLE: Dataset = {
  format: DATASET_FORMAT,
  version: '2026.05.11',
  publishedAt: '2026-05-11T00:00:00Z',
  entities: [
    { id: 'anthropic', kind: 'company', name: 'Anthropic', aliases: ['Anthropic', 'アンソロピック', '앤트로픽'] },
    { id: 'colossus-1', kind: 'facility', name: 'Colossus 1', aliases: ['Colossus 1', 'コロッサス1', '콜로서스 1'] },
    { id: 'spacex', kind: 'company', name: 'SpaceX', aliases: ['SpaceX', 'スペースX', '스페이스X'] },
  ],
  deals: [
    {
      id: 'anthropic-spacex-colossus-1',
      title: "Anthropic takes the full capacity of SpaceX's Colossus 1 data center in Memphis",
      parties: ['anthropic', 'spacex'],
      sites: ['colossus-1'],
      announced: '2026-05-06',
      facts: [
        { kind: 'power', value: 300_000_000, unit: 'W', bound: 'min', label: 'new capacity', source: EXAMPLE_URL },
        {
          kind: 'gpus',
          value: 220_000,
          unit: 'GPU',
          bound: 'min',
          label: 'NVIDIA GPUs',
          source: 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11',
        },
      ],
      coverage: [
        { url: EXAMPLE_URL, title: 'Anthropic Partners With SpaceX on Massive Compute Deal', publisher: 'GogoAI News', lang: 'en' },
      ],
    },
  ],
  sites: [
    {
      entity: 'colossus-1',
      name: 'xAI Colossus Memphis',
      records: [
        {
          name: 'xAI Colossus Memphis Phase 1',
          asOf: '2024-09-02',
          status: 'existing',
          certainty: 'confirmed',
          facts: [
            { kind: 'gpus', value: 100_000, unit: 'GPU', bound: 'approx', label: 'AI chips' },
            { kind: 'power', value: 150_000_000, unit: 'W', bound: 'approx', label: 'power capacity' },
          ],
          source: EPOCH_URL,
        },
        {
          name: 'xAI Colossus Memphis Phase 2',
          asOf: '2025-02-18',
          status: 'existing',
          certainty: 'likely',
          facts: [{ kind: 'gpus', value: 200_000, unit: 'GPU', bound: 'approx', label: 'AI chips' }],
          source: EPOCH_URL,
        },
      ],
      parties: [{ name: 'xAI', role: 'owner', confidence: 'confident' }],
    },
  ],
  attributions: [
    {
      url: EPOCH_URL,
      publisher: 'Epoch AI',
      title: 'Data on GPU Clusters',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      credit: "Epoch AI, 'Data on GPU Clusters'. Published online at epoch.ai. Retrieved from https://epoch.ai/data/gpu-clusters.",
      retrieved: '2025-12-15',
    },
  ],
};

/** Each rule with the mutation of EXAMPLE that breaks it; the doc shows the validator's own words. */
const RULES: [rule: string, breakIt: (d: Dataset) => void][] = [
  [
    'The format is neither `compute-deals/v2` nor `compute-deals/v1` (a later version reads as such, not as field errors).',
    (d) => void ((d as { format: string }).format = 'compute-deals/v3'),
  ],
  ['A `compute-deals/v1` file carries sites.', (d) => void ((d as { format: string }).format = 'compute-deals/v1')],
  ['A site names no entity.', (d) => void (d.sites![0]!.entity = 'colossus')],
  ["A site record's source is in no attribution.", (d) => void (d.sites![0]!.records[0]!.source = 'https://epoch.ai/data/data-centers')],
  ['Two entities share an id.', (d) => void d.entities.push({ ...d.entities[0]! })],
  ['Two deals share an id.', (d) => void d.deals.push(structuredClone(d.deals[0]!))],
  ['A party names no entity.', (d) => void (d.deals[0]!.parties[1] = 'space-x')],
  ["A deal's site names no entity.", (d) => void (d.deals[0]!.sites = ['colossus'])],
  [
    'A value is not finite (NaN, ±Infinity: JSON cannot hold them, a caller building the object in code can).',
    (d) => void (d.deals[0]!.facts[0]!.value = Infinity),
  ],
  ['A value is negative.', (d) => void (d.deals[0]!.facts[0]!.value = -300_000_000)],
  ['A unit does not fit its kind.', (d) => void (d.deals[0]!.facts[1]!.unit = 'GPUs')],
  ['A date is malformed or not on the calendar (2026-13-01, 2026-02-30).', (d) => void (d.deals[0]!.announced = '2026-02-30')],
  ['A URL is not an absolute http(s) URL.', (d) => void (d.deals[0]!.coverage![0]!.url = EXAMPLE_URL.replace('https://', ''))],
  ['A source is neither a URL nor a citation.', (d) => void (d.deals[0]!.facts[1]!.source = 'Malik Logix')],
];

/** The text of FORMAT.md. */
export function renderFormatDoc(): string {
  const example = validateDataset(EXAMPLE);
  if (!example.ok) throw new Error(`generate-schema: the example dataset is invalid: ${example.error}`);
  const root = JSON.parse(renderJsonSchema()) as JsonSchemaNode;
  return [
    `# The \`${DATASET_FORMAT}\` dataset format`,
    '',
    '> Generated by `npm run schema` from `lib/dataset/schema.ts` (field tables) and `lib/node/generate-schema.ts`',
    '> (prose and examples). Edit those and regenerate; a unit test fails while this file is stale.',
    '',
    'A reference dataset is one JSON file (`public/compute-deals.json` is the one bundled with the extension). It lists',
    '*entities* (the companies, facilities, places, products and people that articles name) and *deals*, each with the',
    '*facts* that figures in an article are checked against.',
    '',
    'The zod schema in `lib/dataset/schema.ts` is the definition, applied by `validateDataset` and `parseDatasetText` in',
    '`lib/dataset/validate.ts`. `public/compute-deals-v2.schema.json` is its JSON Schema, for editors and other tools. JSON',
    'Schema cannot express the rules that zod checks in code (unit per kind, unique ids, references, calendar dates, URL',
    'parsing, citations), so a file it accepts may still be rejected.',
    '',
    '## Fields',
    '',
    ...fieldTables(root),
    '## Sites (v2)',
    '',
    '`compute-deals/v2` adds *sites*: a data center or cluster as a whole, with its history. Each record is one dated',
    'state (a phase of a cluster, a row of a timeline) with its own `status`, `certainty` and `asOf` date, and its',
    '`source` is the `url` of one of the dataset\'s `attributions`, which carry the licence and the credit line to show',
    'wherever the figures are. `npm run dataset -- import-epoch` writes such a file from Epoch AI\'s CSV exports. A',
    'figure is compared with a site only where its sentence is about the site as a whole, and no deal fact of its kind',
    'applies; `lib/compare/compare-site.ts` gives the tolerance and when a difference is flagged.',
    '',
    'A `compute-deals/v1` file is a v2 file without sites or attributions, and loads as it is.',
    '',
    '## Units',
    '',
    'Every value is a plain JSON number in the canonical unit of its kind; a fact whose `unit` differs is rejected. Values',
    'are 0 or more and finite.',
    '',
    '| Kind | Unit | Example |',
    '|---|---|---|',
    ...FACT_KINDS.map((kind) => `| \`${kind}\` | \`${CANONICAL_UNITS[kind]}\` | ${UNIT_EXAMPLES[kind]} |`),
    '',
    '## Bounds',
    '',
    'How the reference figure was stated. A figure that is only known as "300+ MW" is `min`, not `exact`.',
    '',
    '| Bound | Meaning |',
    '|---|---|',
    ...BOUNDS.map((bound) => `| \`${bound}\` | ${BOUND_MEANINGS[bound]} |`),
    '',
    '## Sources',
    '',
    'Every fact should carry a `source`; the schema lets one be missing, the bundled dataset\'s tests do not:',
    '',
    '- the http(s) URL of the article that states the figure, only where that article gives its URL. Never a guessed URL;',
    '- otherwise a citation `Publisher, Title, YYYY-MM-DD`: the publisher (without a comma), the title as published (any',
    '  script, commas allowed) and the publication date, or, where the article states none, the day it was consulted (say',
    '  so in the dataset\'s `note`). Example: `Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11`.',
    '',
    'Where sources disagree, hold the value most of them give and say in the fact\'s `note` which source said what.',
    '',
    '## Dates',
    '',
    '`announced` is a calendar date in the announcing party\'s time zone: an announcement in the early hours of 7 May',
    'Beijing time by a US company is `2026-05-06`. `publishedAt` is a date or a date-time with a zone. Both must exist on',
    'the calendar.',
    '',
    '## Ids, aliases and order',
    '',
    '- Ids are lower-case kebab-case, unique among entities and among deals. Code and test fixtures refer to them: never',
    '  rename one.',
    '- `parties` and `sites` hold entity ids, and every one must name an entity.',
    '- `aliases` hold every spelling of the entity an article may use: English, Simplified and Traditional Chinese,',
    '  Japanese, Korean, and German, French or Spanish where they differ. Leave out spellings that are ordinary words',
    '  (bare メタ or 메타 for Meta) and keep distinct things distinct (no plain "Colossus" on Colossus 1).',
    '- The file is kept in canonical form, `formatDataset` in `lib/dataset/format-dataset.ts`: entities and deals sorted',
    '  by id, keys in the order of the tables above, 2-space indent, a trailing newline. Other arrays keep their order.',
    '',
    '## Validation',
    '',
    'The validator reports up to five issues, one a line, each led by its JSON path such as `$.deals[0].facts[1].unit`.',
    'Each rule below shows the error for a one-field change to the [example](#example).',
    '',
    ...RULES.map(([rule, breakIt]) => `- ${rule}\n  \`${errorFor(breakIt)}\``),
    '',
    '## Example',
    '',
    '```json',
    formatDataset(EXAMPLE).trimEnd(),
    '```',
    '',
  ].join('\n');
}

function fieldTables(root: JsonSchemaNode): string[] {
  const lines: string[] = [];
  const queue: [string, JsonSchemaNode][] = [['Dataset', root]];
  // Facts stand in deals and in site records: one table for both.
  const done = new Set<string>();
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [name, node] = next;
    if (done.has(name)) continue;
    done.add(name);
    lines.push(`### ${name}`, '', node.description ?? '', '', '| Field | Type | Required | Description |', '|---|---|---|---|');
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      if (field.type === 'array' && field.items?.type === 'object') {
        const section = SECTION_NAMES[key];
        if (!section) throw new Error(`generate-schema: no section name for the objects in "${key}"`);
        queue.push([section, field.items]);
      }
      const required = node.required?.includes(key) ? 'yes' : 'no';
      lines.push(`| \`${key}\` | ${typeOf(key, field)} | ${required} | ${cell(field.description ?? '')} |`);
    }
    lines.push('');
  }
  return lines;
}

function typeOf(key: string, field: JsonSchemaNode): string {
  if (field.const !== undefined) return `\`${JSON.stringify(field.const)}\``;
  if (field.enum) return field.enum.map((value) => `\`${String(value)}\``).join(', ');
  if (field.type === 'array' && field.items) {
    const section = SECTION_NAMES[key];
    const items =
      field.items.type === 'object' && section ? `[${section}](#${section.toLowerCase()}) objects` : `${typeOf(key, field.items)}s`;
    const atLeast = field.minItems ? `, at least ${field.minItems} item${field.minItems === 1 ? '' : 's'}` : '';
    return `array of ${items}${atLeast}`;
  }
  return `${field.minLength ? 'non-empty ' : ''}${field.type ?? 'any'}`;
}

/** Pipes would end a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function errorFor(breakIt: (d: Dataset) => void): string {
  const broken = structuredClone(EXAMPLE);
  breakIt(broken);
  const result = validateDataset(broken);
  if (result.ok) throw new Error('generate-schema: a rule example was accepted; the rule or its example is wrong');
  return result.error.split('\n')[0]!;
}

/** Writes both generated files; run by `npm run schema`. */
export function writeGeneratedFiles(): void {
  writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
  writeFileSync(FORMAT_DOC_FILE, renderFormatDoc());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeGeneratedFiles();
  console.log(`wrote ${JSON_SCHEMA_FILE}\nwrote ${FORMAT_DOC_FILE}`);
}
