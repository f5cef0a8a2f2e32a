/**
 * Epoch AI's GPU Clusters and Frontier Data Centers CSV exports → a
 * `compute-deals/v2` dataset of sites. Pure: texts in, dataset out.
 *
 * - A GPU cluster's phases ("… Phase 1", "… Phase 2", or rows linked by
 *   "Builds Upon") are one site; each row is one dated record.
 * - A data center is one site; each timeline row is one dated record (the
 *   "Current" columns stand in when no timeline file is given).
 * - A cluster and a data center are one site when they share a street address,
 *   or their everyday names agree ("Colossus 2" and "Colossus 2", "Colossus"
 *   and "Colossus 1", "Stargate Abilene …" and "Stargate Abilene").
 * - Anonymised systems (Epoch hides Chinese systems' names) are skipped: no
 *   article can name them.
 */
import type { Attribution, Dataset, Entity, Site, SiteParty, SiteRecord } from '../dataset/schema';
import { CC_BY_URL, CLUSTER_COLUMNS, DATA_CENTER_COLUMNS, DATA_CENTERS_URL, GPU_CLUSTERS_URL, TIMELINE_COLUMNS } from './columns';
import { readCsv, type CsvRow } from './read-csv';
import { cellDate, cellNumber, clusterRecord, dataCenterRecord, partiesOf } from './records';
import { baseName, cleanName, everydayName, namesSite, withoutParties, type EverydayName } from './site-names';

export interface EpochFiles {
  gpuClusters: string;
  /** Without it (a GPU clusters file synced alone), the layer holds the clusters only. */
  dataCenters?: string;
  timelines?: string;
}

export interface EpochImportOptions {
  /** The day the CSVs were downloaded (YYYY-MM-DD): the dataset's version, and "now" for timelines. */
  retrieved: string;
}

export interface EpochImport {
  dataset: Dataset;
  counts: { clusterRows: number; dataCenters: number; timelineRows: number; sites: number; records: number; skipped: number };
  /** Why rows were skipped, one line each (at most 20). */
  skipped: string[];
}

export const ATTRIBUTIONS = (retrieved: string): Attribution[] => [
  {
    url: GPU_CLUSTERS_URL,
    publisher: 'Epoch AI',
    title: 'Data on GPU Clusters',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_URL,
    credit: "Epoch AI, 'Data on GPU Clusters'. Published online at epoch.ai. Retrieved from https://epoch.ai/data/gpu-clusters.",
    retrieved,
  },
  {
    url: DATA_CENTERS_URL,
    publisher: 'Epoch AI',
    title: 'Data on Frontier AI Data Centers',
    licence: 'CC BY 4.0',
    licenceUrl: CC_BY_URL,
    credit: "Epoch AI, 'Data on Frontier AI Data Centers'. Published online at epoch.ai. Retrieved from https://epoch.ai/data/data-centers.",
    retrieved,
  },
];

/** A site while it is being assembled. */
interface Draft {
  id: string;
  name: string;
  records: SiteRecord[];
  parties: SiteParty[];
  everyday: EverydayName;
  /** Names to offer as aliases beside the everyday name (a data center's title without its owner). */
  extra: string[];
  /** Street addresses ("3231 riverport rd"), to unite a cluster with its data center. */
  streets: Set<string>;
  /** The name to fall back on when no alias is left. */
  fallback: string;
}

/** Imports the CSV texts; throws `EpochImportError` naming the file and what is wrong with it. */
export function importEpoch(files: EpochFiles, options: EpochImportOptions): EpochImport {
  const clusterRows = readCsv(files.gpuClusters, 'GPU clusters file', CLUSTER_COLUMNS);
  const centerRows = files.dataCenters !== undefined ? readCsv(files.dataCenters, 'data centers file', DATA_CENTER_COLUMNS) : [];
  const timelineRows = files.timelines ? readCsv(files.timelines, 'timelines file', TIMELINE_COLUMNS) : undefined;
  const skipped: string[] = [];
  const centers = centerRows.map((row) => dataCenterDraft(row, timelineRows, options.retrieved));
  const clusters = clusterDrafts(clusterRows, skipped);
  const sites = [...centers];
  for (const cluster of clusters) {
    const home = centers.find((center) => sameSite(center, cluster));
    if (!home) {
      sites.push(cluster);
      continue;
    }
    home.records.push(...cluster.records);
    home.parties.push(...cluster.parties.filter((p) => !home.parties.some((q) => q.name === p.name && q.role === p.role)));
    home.extra.push(...(cluster.everyday.name ? [cluster.everyday.name] : []));
  }
  const placeWords = new Set(
    [...centerRows.map((r) => r.Address ?? ''), ...clusterRows.flatMap((r) => [r.Location ?? '', r.Country ?? ''])]
      .join(' ')
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 2),
  );
  // A data center without a figure (none built yet, and no timeline given) has nothing to check against.
  const kept = sites.filter((site) => site.records.length > 0);
  const entities = assignAliases(kept, placeWords);
  const ids = uniqueIds(kept);
  const siteList: Site[] = kept.map((draft, i) => ({
    entity: ids[i]!,
    name: draft.name,
    records: ordered(draft.records),
    ...(draft.parties.length ? { parties: draft.parties } : {}),
  }));
  const dataset: Dataset = {
    format: 'compute-deals/v2',
    version: options.retrieved.replace(/-/g, '.'),
    publishedAt: options.retrieved,
    entities: entities.map((entity, i) => ({ ...entity, id: ids[i]! })),
    deals: [],
    sites: siteList,
    attributions: ATTRIBUTIONS(options.retrieved),
    note: `Imported from Epoch AI's GPU Clusters and Frontier Data Centers data (CC BY 4.0), retrieved ${options.retrieved}.`,
  };
  const records = siteList.reduce((n, s) => n + s.records.length, 0);
  return {
    dataset,
    counts: { clusterRows: clusterRows.length, dataCenters: centerRows.length, timelineRows: timelineRows?.length ?? 0, sites: siteList.length, records, skipped: skipped.length },
    skipped: skipped.slice(0, 20),
  };
}

function dataCenterDraft(row: CsvRow, timelines: CsvRow[] | undefined, retrieved: string): Draft {
  const handle = row.Handle!;
  const title = row.Title || handle;
  const parties = [
    ...partiesOf(row.Owner, 'owner'),
    ...partiesOf(row.Users, 'user'),
    ...partiesOf(row.Investors, 'investor'),
    ...partiesOf(row['Construction companies'], 'construction'),
    ...partiesOf(row['Energy companies'], 'energy'),
  ];
  const context = { parties: parties.map((p) => p.name), places: [row.Address ?? ''] };
  const records: SiteRecord[] = [];
  if (timelines) {
    for (const t of timelines.filter((t) => t['Data center'] === handle)) {
      const asOf = cellDate(t.Date);
      const buildings = Number.parseInt(t['Buildings operational'] ?? '', 10);
      const record = asOf
        ? dataCenterRecord(`${title}, ${asOf}`, asOf, cellNumber(t['Power (MW)']), cellNumber(t['Total capital cost (2025 USD billions)']), Number.isNaN(buildings) ? undefined : buildings, retrieved)
        : undefined;
      if (record) records.push(record);
    }
  } else {
    const record = dataCenterRecord(`${title}, ${retrieved}`, retrieved, cellNumber(row['Current power (MW)']), cellNumber(row['Current total capital cost (2025 USD billions)']), undefined, retrieved);
    if (record) records.push(record);
  }
  const titleName = withoutParties(title, context.parties);
  return {
    id: slug(handle),
    name: title,
    records,
    parties,
    everyday: everydayName(handle, context),
    extra: namesSite(titleName) ? [titleName] : [],
    streets: new Set([street(row.Address)].filter(Boolean) as string[]),
    fallback: title,
  };
}

function clusterDrafts(rows: CsvRow[], skipped: string[]): Draft[] {
  // Phases share a base name; "Builds Upon" links an upgrade named otherwise.
  const groupOf = new Map<string, string>();
  const find = (name: string): string => {
    let at = name;
    while (groupOf.has(at) && groupOf.get(at) !== at) at = groupOf.get(at)!;
    return at;
  };
  const named = rows.map((row) => ({ ...row, Name: cleanName(row.Name ?? ''), 'Builds Upon': cleanName(row['Builds Upon'] ?? '') })).filter((row, i) => {
    if (!row.Name || /^anonymi[sz]ed\b/i.test(row.Name)) {
      skipped.push(`GPU clusters row ${i + 2}: ${row.Name ? 'anonymised system' : 'no name'}`);
      return false;
    }
    return true;
  });
  for (const row of named) {
    const base = baseName(row.Name!);
    if (!groupOf.has(base)) groupOf.set(base, base);
  }
  for (const row of named) {
    const upon = row['Builds Upon'] ? baseName(row['Builds Upon']) : '';
    if (upon && groupOf.has(upon)) groupOf.set(find(baseName(row.Name!)), find(upon));
  }
  const groups = new Map<string, CsvRow[]>();
  for (const row of named) {
    const root = find(baseName(row.Name!));
    groups.set(root, [...(groups.get(root) ?? []), row]);
  }
  const drafts: Draft[] = [];
  for (const [root, members] of groups) {
    const records: SiteRecord[] = [];
    for (const row of members) {
      const record = clusterRecord(row);
      if (typeof record === 'string') skipped.push(`GPU clusters "${row.Name}": ${record}`);
      else records.push(record);
    }
    if (records.length === 0) continue;
    const parties = dedupe([...members.flatMap((r) => partiesOf(r.Owner, 'owner')), ...members.flatMap((r) => partiesOf(r.Users, 'user'))]);
    const places = members.flatMap((r) => [r.Location ?? '', r.Country ?? '']);
    drafts.push({
      id: slug(root),
      name: root,
      records,
      parties,
      everyday: everydayName(root, { parties: parties.map((p) => p.name), places }),
      extra: [],
      streets: new Set(members.map((r) => street(r.Location)).filter(Boolean) as string[]),
      fallback: root,
    });
  }
  return drafts;
}

/** Whether a cluster is (part of) a data center: same street address, or everyday names that agree. */
function sameSite(center: Draft, cluster: Draft): boolean {
  if ([...cluster.streets].some((s) => center.streets.has(s))) return true;
  const c = cluster.everyday.name?.toLowerCase();
  // "Stargate UAE", named by its owner and its place only, is the data center titled so.
  if (!c) return [center.everyday.name, ...center.extra].some((n) => n?.toLowerCase() === cluster.fallback.toLowerCase());
  const placed = cluster.everyday.place ? `${c} ${cluster.everyday.place.toLowerCase()}` : c;
  const names = [center.everyday.name, ...center.extra].filter(Boolean).map((n) => n!.toLowerCase());
  // Epoch calls the first Colossus "Colossus" in one file and "Colossus 1" in the other.
  return names.some((n) => n === c || n === placed || n === `${c} 1` || c.startsWith(`${n} `));
}

/** "3231 Riverport Rd, Memphis, TN 38109" → "3231 riverport rd": a street with its number, else nothing. */
function street(address: string | undefined): string | undefined {
  const first = address?.split(',')[0]?.trim().toLowerCase().replace(/\s+/g, ' ');
  return first && /^\d+\s+\p{L}/u.test(first) ? first : undefined;
}

/**
 * Each site's aliases: its everyday name when no other site shares it or
 * extends it with a number ("Colossus" beside "Colossus 2" would merge them),
 * else the name with its place ("Stargate Abilene"); the data center's title
 * without its owner; else the full name.
 */
function assignAliases(sites: Draft[], placeWords: ReadonlySet<string>): Omit<Entity, 'id'>[] {
  // "Atlanta", "New Albany": a place hosts many sites, and names none of them.
  const onlyPlace = (name: string) => name.toLowerCase().split(/\s+/).every((w) => placeWords.has(w));
  const count = new Map<string, number>();
  for (const site of sites) {
    for (const name of new Set([site.everyday.name, ...site.extra].filter(Boolean).map((n) => n!.toLowerCase()))) count.set(name, (count.get(name) ?? 0) + 1);
  }
  // "colossus" is the stem of "colossus 2": each name with a number at its end gives its stem.
  const stems = new Set([...count.keys()].map((name) => /^(.+) #?\d+$/.exec(name)?.[1]).filter(Boolean));
  const ambiguous = (name: string) => (count.get(name.toLowerCase()) ?? 0) > 1 || stems.has(name.toLowerCase());
  return sites.map((site) => {
    const aliases: string[] = [];
    const offer = (alias: string | undefined) => {
      if (alias && !onlyPlace(alias) && !aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) aliases.push(alias);
    };
    const everyday = site.everyday.name;
    if (everyday && !ambiguous(everyday)) offer(everyday);
    else if (everyday && site.everyday.place) offer(`${everyday} ${site.everyday.place}`);
    for (const name of site.extra) if (!ambiguous(name)) offer(name);
    if (aliases.length === 0) aliases.push(site.fallback);
    return { kind: 'facility', name: aliases[0] === site.fallback ? site.name : aliases[0]!, aliases, note: `Epoch AI: ${site.name}` };
  });
}

/** Dated records by date (on one day, the more certain last, so it is the one in force); undated plans after, in file order. */
function ordered(records: SiteRecord[]): SiteRecord[] {
  const rank = { unlikely: 0, likely: 1, confirmed: 2 } as const;
  const dated = records.filter((r) => r.asOf).sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : rank[a.certainty] - rank[b.certainty]));
  const plans = records.filter((r) => !r.asOf).sort((a, b) => phase(a.name) - phase(b.name));
  return [...dated, ...plans];
}

function phase(name: string): number {
  return Number(/phase\s+(\d+)/i.exec(name)?.[1] ?? 0);
}

function dedupe(parties: SiteParty[]): SiteParty[] {
  return parties.filter((p, i) => parties.findIndex((q) => q.name === p.name && q.role === p.role) === i);
}

function uniqueIds(sites: Draft[]): string[] {
  const used = new Set<string>();
  return sites.map((site) => {
    let id = site.id || 'site';
    for (let n = 2; used.has(id); n++) id = `${site.id}-${n}`;
    used.add(id);
    return id;
  });
}

/** A kebab-case id from a name: "xAI Colossus 1 Memphis Tennessee" → "xai-colossus-1-memphis-tennessee". */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
