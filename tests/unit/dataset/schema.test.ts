import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { parseDatasetText, validateDataset } from '../../../lib/dataset/validate';

const URL_003 = 'https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal';

/** The smallest dataset that exercises every field: the Colossus 1 deal of May 2026. */
const EXAMPLE: Dataset = {
  format: 'compute-deals/v1',
  version: '2026.05.11',
  publishedAt: '2026-05-11T00:00:00Z',
  entities: [
    { id: 'anthropic', kind: 'company', name: 'Anthropic', aliases: ['Anthropic', 'アンソロピック', '앤트로픽'] },
    { id: 'colossus-1', kind: 'facility', name: 'Colossus 1', aliases: ['Colossus 1', 'Colossus1'] },
    { id: 'memphis', kind: 'place', name: 'Memphis, Tennessee', aliases: ['Memphis', '孟菲斯'] },
    { id: 'spacex', kind: 'company', name: 'SpaceX', aliases: ['SpaceX', 'スペースX', '스페이스X'] },
  ],
  deals: [
    {
      id: 'anthropic-spacex-colossus-1',
      title: "Anthropic takes the full capacity of SpaceX's Colossus 1 data center in Memphis",
      parties: ['anthropic', 'spacex'],
      sites: ['colossus-1', 'memphis'],
      announced: '2026-05-06',
      facts: [
        { kind: 'power', value: 300_000_000, unit: 'W', bound: 'min', label: 'new capacity', source: URL_003 },
        {
          kind: 'gpus',
          value: 220_000,
          unit: 'GPU',
          bound: 'min',
          source: 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11',
          note: 'One article also says 22,000+, a dropped zero.',
        },
      ],
      coverage: [
        { url: URL_003, title: 'Anthropic Partners With SpaceX on Massive Compute Deal', publisher: 'GogoAI News', lang: 'en' },
        { title: '马斯克和Anthropic,要去太空找电了', publisher: 'Odaily星球日报', lang: 'zh-Hans', publishedAt: '2026-05-07' },
      ],
    },
  ],
};

type Edit = (d: Dataset) => void;

/** Writes a field the Dataset type rules out, as a caller with bad data would. */
function set(target: object, key: string, value: unknown): void {
  (target as Record<string, unknown>)[key] = value;
}

const deal = (d: Dataset) => d.deals[0]!;
const fact = (d: Dataset, i: number) => d.deals[0]!.facts[i]!;

function edited(edit: Edit): Dataset {
  const copy = structuredClone(EXAMPLE);
  edit(copy);
  return copy;
}

describe('compute-deals/v1 schema', () => {
  it('accepts the example', () => {
    const result = validateDataset(EXAMPLE);
    expect(result.ok ? '' : result.error).toBe('');
  });

  it('accepts the example as JSON text', () => {
    expect(parseDatasetText(JSON.stringify(EXAMPLE)).ok).toBe(true);
  });

  const accepted: [string, Edit][] = [
    // A date without a time is as good as a date-time for publishedAt.
    ['publishedAt as a plain date', (d) => void (d.publishedAt = '2026-05-11')],
    // A date-time with an offset rather than Z.
    ['publishedAt with an offset', (d) => void (d.publishedAt = '2026-05-11T08:00:00+08:00')],
    // 29 February exists in leap years.
    ['a leap day', (d) => void (deal(d).announced = '2024-02-29')],
    // A citation's title may hold commas (and full-width ones); only the publisher may not.
    ['a citation whose title has commas', (d) => void (fact(d, 1).source = 'ChaoBro, Deal, Signed: 220,000 GPUs, 2026-05-11')],
    // Zero is a value, not a missing one.
    ['a value of 0', (d) => void (fact(d, 0).value = 0)],
    // sites and coverage are optional.
    ['a deal without sites or coverage', (d) => void (delete deal(d).sites, delete deal(d).coverage)],
  ];

  it.each(accepted)('accepts %s', (_name, edit) => {
    const result = validateDataset(edited(edit));
    expect(result.ok ? '' : result.error).toBe('');
  });

  const rejected: [string, Edit, string][] = [
    // A future format must read as one, not as a pile of field errors.
    ['an unknown format', (d) => set(d, 'format', 'compute-deals/v3'), '$.format'],
    // No format at all is an unknown format too.
    ['a missing format', (d) => set(d, 'format', undefined), '$.format'],
    // The second of two entities with one id is the one reported.
    ['a duplicate entity id', (d) => void d.entities.push({ ...d.entities[3]! }), '$.entities[4].id'],
    ['a duplicate deal id', (d) => void d.deals.push(structuredClone(deal(d))), '$.deals[1].id'],
    // A party must name an entity; "space-x" is a typo of "spacex".
    ['a party naming no entity', (d) => void (deal(d).parties[1] = 'space-x'), '$.deals[0].parties[1]'],
    // So must a site; plain "colossus" is no entity (Colossus 1 and 2 are distinct).
    ['a site naming no entity', (d) => void (deal(d).sites![0] = 'colossus'), '$.deals[0].sites[0]'],
    // Ids are kebab-case so that they read the same in URLs, files and code.
    ['an id that is not kebab-case', (d) => void (d.entities[0]!.id = 'Anthropic'), '$.entities[0].id'],
    // JSON cannot hold NaN or Infinity, but a caller building the object in code can.
    ['a NaN value', (d) => void (fact(d, 0).value = Number.NaN), '$.deals[0].facts[0].value'],
    ['an infinite value', (d) => void (fact(d, 0).value = Number.POSITIVE_INFINITY), '$.deals[0].facts[0].value'],
    ['a negatively infinite value', (d) => void (fact(d, 1).value = Number.NEGATIVE_INFINITY), '$.deals[0].facts[1].value'],
    ['a negative value', (d) => void (fact(d, 0).value = -300_000_000), '$.deals[0].facts[0].value'],
    // Values are stored in the canonical unit: W, never MW.
    ['a unit not fitting its kind (MW for power)', (d) => void (fact(d, 0).unit = 'MW'), '$.deals[0].facts[0].unit'],
    // GPU is the unit of gpus, chip of chips: close is not enough.
    ['a unit of another kind (chip for gpus)', (d) => void (fact(d, 1).unit = 'chip'), '$.deals[0].facts[1].unit'],
    ['an unknown fact kind', (d) => set(fact(d, 0), 'kind', 'energy'), '$.deals[0].facts[0].kind'],
    ['an unknown bound', (d) => set(fact(d, 0), 'bound', 'over'), '$.deals[0].facts[0].bound'],
    // Month 13 fails the pattern.
    ['a malformed date (2026-13-01)', (d) => void (deal(d).announced = '2026-13-01'), '$.deals[0].announced'],
    // 30 February passes the pattern but is on no calendar.
    ['a date not on the calendar (2026-02-30)', (d) => void (deal(d).announced = '2026-02-30'), '$.deals[0].announced'],
    // Day-first dates are ambiguous between locales.
    ['a day-first date', (d) => void (deal(d).announced = '06/05/2026'), '$.deals[0].announced'],
    ['a publishedAt not on the calendar', (d) => void (d.publishedAt = '2026-02-30T00:00:00Z'), '$.publishedAt'],
    ['a date-time without a zone', (d) => void (deal(d).coverage![1]!.publishedAt = '2026-05-07T10:00:00'), '$.deals[0].coverage[1].publishedAt'],
    // A coverage URL without a scheme is a path, not a link.
    ['a coverage URL without a scheme', (d) => void (deal(d).coverage![0]!.url = 'www.gogoai.xin/article/x'), '$.deals[0].coverage[0].url'],
    ['a coverage URL that is not http(s)', (d) => void (deal(d).coverage![0]!.url = 'ftp://www.gogoai.xin/x'), '$.deals[0].coverage[0].url'],
    // A space in the host makes the URL unparsable.
    ['a source URL that does not parse', (d) => void (fact(d, 0).source = 'https://www.gogoai .xin/article'), '$.deals[0].facts[0].source'],
    ['a source URL with no host', (d) => void (fact(d, 0).source = 'https://'), '$.deals[0].facts[0].source'],
    // A bare publisher is neither a URL nor a citation.
    ['a source that is neither URL nor citation', (d) => void (fact(d, 1).source = 'Malik Logix'), '$.deals[0].facts[1].source'],
    ['a citation without a date', (d) => void (fact(d, 1).source = 'Malik Logix, Anthropic SpaceX Compute Partners'), '$.deals[0].facts[1].source'],
    ['a citation dated off the calendar', (d) => void (fact(d, 1).source = 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-02-30'), '$.deals[0].facts[1].source'],
    ['an entity without aliases', (d) => void (d.entities[0]!.aliases = []), '$.entities[0].aliases'],
    ['a deal without parties', (d) => void (deal(d).parties = []), '$.deals[0].parties'],
    ['a language that is no BCP 47 tag', (d) => void (deal(d).coverage![1]!.lang = 'Chinese'), '$.deals[0].coverage[1].lang'],
  ];

  it.each(rejected)('rejects %s at %s', (_name, edit, path) => {
    const result = validateDataset(edited(edit));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(`${path}:`);
  });

  it.each([
    // Not an object at all.
    ['an array', []],
    ['null', null],
    ['a string', 'compute-deals/v1'],
  ])('rejects %s at $', (_name, value) => {
    const result = validateDataset(value);
    expect(result.ok ? '' : result.error).toMatch(/^\$[.:]/);
  });

  it('rejects text that is not JSON', () => {
    const result = parseDatasetText('{"format": "compute-deals/v1",');
    expect(result.ok ? '' : result.error).toMatch(/^not JSON/);
  });
});
