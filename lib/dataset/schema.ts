/**
 * The reference dataset format `compute-deals/v2` (which reads `compute-deals/v1`
 * files as they are: v2 only adds optional fields).
 *
 * This file, with the word lists in `vocabulary.ts`, is the single source of
 * truth for the format: the TypeScript types, the JSON Schema in
 * `public/compute-deals-v2.schema.json` and the field tables in
 * `lib/dataset/FORMAT.md` are all generated from it (`npm run schema`).
 */
// zod/mini: the same validation as classic zod at a fraction of the size, which
// matters because the content script, injected into every page, validates too.
import * as z from 'zod/mini';
import {
  BOUNDS,
  CANONICAL_UNITS,
  CERTAINTIES,
  CONFIDENCES,
  DATASET_FORMAT,
  DATASET_FORMATS,
  ENTITY_KINDS,
  FACT_KINDS,
  SITE_ROLES,
  SITE_STATUSES,
} from './vocabulary';

export { BOUNDS, CANONICAL_UNITS, CERTAINTIES, CONFIDENCES, DATASET_FORMAT, DATASET_FORMATS, ENTITY_KINDS, FACT_KINDS, SITE_ROLES, SITE_STATUSES };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "Publisher, Title, YYYY-MM-DD": how a source is cited when no URL is known. */
const CITATION = /^[^,]+, .+, \d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  const day = value.slice(0, 10);
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

export const isoDate = z
  .string()
  .check(z.regex(ISO_DATE, 'expected a date as YYYY-MM-DD'), z.refine(isRealDate, 'not a calendar date'), z.describe('A calendar date, YYYY-MM-DD.'));

export const isoDateOrDateTime = z
  .string()
  .check(
    z.refine((s) => (ISO_DATE.test(s) || ISO_DATE_TIME.test(s)) && isRealDate(s), 'expected an ISO 8601 date or date-time'),
    z.describe('An ISO 8601 date (YYYY-MM-DD) or date-time with a zone (2026-05-11T00:00:00Z).'),
  );

function isHttpUrl(s: string): boolean {
  if (!/^https?:\/\//i.test(s)) return false;
  try {
    return Boolean(new URL(s).hostname);
  } catch {
    return false;
  }
}

export const httpUrl = z.string().check(z.refine(isHttpUrl, 'expected an http(s) URL'), z.describe('An absolute http or https URL.'));

export const source = z.string().check(
  // A citation's date is checked like any other date: "2026-02-30" is a typo, not a day.
  z.refine((s) => (/^https?:/i.test(s) ? isHttpUrl(s) : CITATION.test(s) && isRealDate(s.slice(-10))), {
    message: 'expected an http(s) URL or a citation "Publisher, Title, YYYY-MM-DD"',
  }),
  z.describe('Where the fact comes from: an http(s) URL or, when none is known, a citation "Publisher, Title, YYYY-MM-DD".'),
);

const id = z.string().check(z.regex(ID, 'expected a lower-case id of letters, digits and hyphens'));
const text = (description: string) => z.string().check(z.minLength(1), z.describe(description));
const note = (description: string) => z.optional(z.string().check(z.describe(description)));

export const entitySchema = z
  .object({
    id: id.check(z.describe('Stable id, lower-case kebab-case.')),
    kind: z.enum(ENTITY_KINDS).check(z.describe('What the entity is.')),
    name: text('Display name.'),
    aliases: z
      .array(z.string().check(z.minLength(1)))
      .check(z.minLength(1), z.describe('Every spelling that names the entity in an article, in any script or language.')),
    note: note('Free text for maintainers.'),
  })
  .check(z.describe('A company, facility, place, product or person that deals refer to.'));

export const factSchema = z
  .object({
    kind: z.enum(FACT_KINDS).check(z.describe('What the figure measures.')),
    value: z
      .number()
      .check(
        z.refine(Number.isFinite, 'expected a finite number'),
        z.refine((v) => v >= 0, 'expected a value of 0 or more'),
        z.describe('The figure in the canonical unit of its kind.'),
      ),
    unit: z.string().check(z.describe('The canonical unit of the kind: power W, gpus GPU, chips chip, money USD, duration year, count unit.')),
    bound: z.enum(BOUNDS).check(z.describe('exact; min (over, more than, 300+); max (up to); approx (about, nearly).')),
    label: note('What the figure is of, e.g. "new capacity".'),
    source: z.optional(source),
    note: note('Why this value was chosen where sources disagree.'),
  })
  .check(
    z.superRefine((fact, ctx) => {
      const expected = CANONICAL_UNITS[fact.kind];
      if (fact.unit !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['unit'],
          message: `unit "${fact.unit}" does not fit kind "${fact.kind}" (expected "${expected}")`,
        });
      }
    }),
    z.describe('One figure the reference holds for a deal or a site record.'),
  );

export const coverageSchema = z
  .object({
    url: z.optional(httpUrl),
    title: text('Headline of the article.'),
    publisher: text('Site or publication.'),
    lang: z
      .string()
      .check(
        z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag'),
        z.describe('BCP 47 language tag (en, zh-Hans, zh-Hant, ja, ko, de, fr, es…).'),
      ),
    publishedAt: z.optional(isoDateOrDateTime),
  })
  .check(z.describe('An article that covers the deal.'));

export const dealSchema = z
  .object({
    id: id.check(z.describe('Stable id, lower-case kebab-case.')),
    title: text('One-line description of the deal.'),
    parties: z.array(id).check(z.minLength(1), z.describe('Entity ids of the parties to the deal, its principal first: the company the others deal with.')),
    sites: z.optional(z.array(id).check(z.describe('Entity ids of the facilities and places the deal concerns.'))),
    announced: z.optional(isoDate.check(z.describe("Announcement date (in the announcing party's time zone)."))),
    facts: z.array(factSchema).check(z.describe('The reference figures of the deal.')),
    coverage: z.optional(z.array(coverageSchema).check(z.describe('Articles that cover the deal.'))),
    note: note('Free text for maintainers: how the sources disagree, what was held and why.'),
  })
  .check(z.describe('One compute deal and its reference figures.'));

export const attributionSchema = z
  .object({
    url: httpUrl.check(z.describe('The page of the data the figures come from; sites\' records name it as their `source`.')),
    publisher: text('Who publishes the data, e.g. Epoch AI.'),
    title: text("The data's title, e.g. Data on GPU Clusters."),
    licence: text('Short name of the licence, e.g. CC BY 4.0.'),
    licenceUrl: z.optional(httpUrl),
    credit: text('The credit line the licence asks for, shown wherever the figures are.'),
    retrieved: z.optional(isoDate.check(z.describe('The day the copy was taken.'))),
  })
  .check(z.describe('Where a layer of site data comes from, and how it must be credited.'));

export const siteRecordSchema = z
  .object({
    name: text('The record\'s own name, e.g. "xAI Colossus Memphis Phase 3".'),
    asOf: z.optional(isoDate.check(z.describe('The day from which the record holds (first operational, or the timeline\'s date); absent for an undated plan.'))),
    status: z.enum(SITE_STATUSES).check(z.describe('Built (existing), announced (planned), or no longer in use.')),
    certainty: z.enum(CERTAINTIES).check(z.describe('How sure the source is that the record is real.')),
    facts: z.array(factSchema).check(z.describe('The site\'s figures as of this record: the whole site, not a deal\'s share of it.')),
    source: z.optional(httpUrl.check(z.describe('The `url` of the attribution the record comes from.'))),
  })
  .check(z.describe('One dated state of a site: a phase of a cluster or a row of a timeline.'));

export const sitePartySchema = z
  .object({
    name: text('The party as the source names it.'),
    role: z.enum(SITE_ROLES).check(z.describe('What the party is to the site.')),
    confidence: z.optional(z.enum(CONFIDENCES).check(z.describe("The source's confidence tag (#confident, #likely, #speculative)."))),
  })
  .check(z.describe('A company the source ties to a site.'));

export const siteSchema = z
  .object({
    entity: id.check(z.describe('Entity id of the facility (one entity, whichever file named it).')),
    name: text("The site's name in its source."),
    records: z.array(siteRecordSchema).check(z.minLength(1), z.describe('The site\'s history, oldest first; undated plans last.')),
    parties: z.optional(z.array(sitePartySchema).check(z.describe('Owners, users, investors, builders and energy companies.'))),
  })
  .check(z.describe('A data center or cluster as a whole, with its history (compute-deals/v2).'));

export const datasetSchema = z
  .object({
    format: z.enum(DATASET_FORMATS).check(z.describe(`"${DATASET_FORMAT}"; "compute-deals/v1" files (no sites, no attributions) still load.`)),
    version: text('Version of this dataset, e.g. 2026.05.11.'),
    publishedAt: z.optional(isoDateOrDateTime),
    entities: z.array(entitySchema).check(z.describe('Every entity that a deal or an article may name.')),
    deals: z.array(dealSchema).check(z.describe('The deals and their reference figures.')),
    sites: z.optional(z.array(siteSchema).check(z.describe('Sites and their history, compared where no deal fact applies (v2).'))),
    attributions: z.optional(z.array(attributionSchema).check(z.describe('The sources of the sites\' records, with licence and credit (v2).'))),
    note: note('Free text for maintainers.'),
  })
  .check(
    z.superRefine((data, ctx) => {
      const entityIds = new Set<string>();
      data.entities.forEach((entity, i) => {
        if (entityIds.has(entity.id)) {
          ctx.addIssue({ code: 'custom', path: ['entities', i, 'id'], message: `duplicate entity id "${entity.id}"` });
        }
        entityIds.add(entity.id);
      });
      const dealIds = new Set<string>();
      data.deals.forEach((deal, i) => {
        if (dealIds.has(deal.id)) {
          ctx.addIssue({ code: 'custom', path: ['deals', i, 'id'], message: `duplicate deal id "${deal.id}"` });
        }
        dealIds.add(deal.id);
        for (const field of ['parties', 'sites'] as const) {
          (deal[field] ?? []).forEach((ref, j) => {
            if (!entityIds.has(ref)) {
              ctx.addIssue({ code: 'custom', path: ['deals', i, field, j], message: `"${ref}" names no entity` });
            }
          });
        }
      });
      checkSites(data, entityIds, ctx);
    }),
    z.describe(`A ${DATASET_FORMAT} reference dataset.`),
  );

type Issues = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void };

/** v2's cross-field rules: sites only in v2, one site per entity, records' sources attributed. */
function checkSites(data: { format: string; sites?: Site[]; attributions?: Attribution[] }, entityIds: Set<string>, ctx: Issues): void {
  if (data.format === 'compute-deals/v1') {
    for (const field of ['sites', 'attributions'] as const) {
      if (data[field]) ctx.addIssue({ code: 'custom', path: [field], message: `"${field}" needs format "${DATASET_FORMAT}"` });
    }
    return;
  }
  const attributed = new Set((data.attributions ?? []).map((a) => a.url));
  const siteEntities = new Set<string>();
  (data.sites ?? []).forEach((site, i) => {
    if (!entityIds.has(site.entity)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'entity'], message: `"${site.entity}" names no entity` });
    if (siteEntities.has(site.entity)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'entity'], message: `a second site for "${site.entity}"` });
    siteEntities.add(site.entity);
    site.records.forEach((record, j) => {
      if (record.source && !attributed.has(record.source)) {
        ctx.addIssue({ code: 'custom', path: ['sites', i, 'records', j, 'source'], message: `"${record.source}" is in no attribution` });
      }
    });
  });
}

export type Dataset = z.infer<typeof datasetSchema>;
export type Site = z.infer<typeof siteSchema>;
export type SiteRecord = z.infer<typeof siteRecordSchema>;
export type SiteParty = z.infer<typeof sitePartySchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Certainty = SiteRecord['certainty'];
export type SiteStatus = SiteRecord['status'];
export type Entity = z.infer<typeof entitySchema>;
export type EntityKind = Entity['kind'];
export type Deal = z.infer<typeof dealSchema>;
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact['kind'];
export type Bound = Fact['bound'];
export type Coverage = z.infer<typeof coverageSchema>;
