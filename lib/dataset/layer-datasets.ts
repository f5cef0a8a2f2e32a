import type { Dataset, Entity, Site } from './schema';

/**
 * One dataset from a base and the layers above it (the deals dataset, then
 * Epoch AI's sites), as the extension and `npm run analyze -- --dataset A
 * --dataset B` use them.
 *
 * - Entities are united by their aliases: a layer's facility that shares an
 *   alias with one below ("Colossus 1") is that entity, and brings its other
 *   aliases; so Colossus 1 is one site whichever file named it. An alias that
 *   already names another entity below stays that entity's.
 * - A deal, or a site, of a later layer replaces one of the same id (entity).
 * - Attributions add up.
 *
 * Without layers the base comes back as it is, so the analysis of a page that
 * involves no layer is the same object's, and the same result.
 */
export function layerDatasets(base: Dataset, ...layers: Dataset[]): Dataset {
  if (layers.length === 0) return base;
  const entities = new Map(base.entities.map((e) => [e.id, e]));
  const owner = new Map<string, string>();
  for (const e of base.entities) for (const alias of e.aliases) if (!owner.has(key(alias))) owner.set(key(alias), e.id);
  const deals = new Map(base.deals.map((d) => [d.id, d]));
  const sites = new Map((base.sites ?? []).map((s) => [s.entity, s]));
  const attributions = [...(base.attributions ?? [])];
  for (const layer of layers) {
    const rename = new Map<string, string>();
    for (const entity of layer.entities) {
      const id = unite(entity, entities, owner);
      if (id) rename.set(entity.id, id);
    }
    const to = (id: string) => rename.get(id) ?? id;
    for (const deal of layer.deals) {
      deals.set(deal.id, { ...deal, parties: deal.parties.map(to), ...(deal.sites ? { sites: deal.sites.map(to) } : {}) });
    }
    for (const site of layer.sites ?? []) {
      if (rename.has(site.entity)) sites.set(to(site.entity), { ...site, entity: to(site.entity) } satisfies Site);
    }
    for (const attribution of layer.attributions ?? []) {
      if (!attributions.some((a) => a.url === attribution.url)) attributions.push(attribution);
    }
  }
  return {
    format: 'compute-deals/v2',
    version: base.version,
    ...(base.publishedAt ? { publishedAt: base.publishedAt } : {}),
    entities: [...entities.values()],
    deals: [...deals.values()],
    sites: [...sites.values()],
    attributions,
    ...(base.note ? { note: base.note } : {}),
  };
}

/**
 * Adds a layer's entity to `entities`, or merges it into the one it shares an
 * alias with (same kind); returns the id it goes by, or undefined when every
 * alias it has already names an entity of another kind.
 */
function unite(entity: Entity, entities: Map<string, Entity>, owner: Map<string, string>): string | undefined {
  const shared = entity.aliases.map((alias) => owner.get(key(alias))).find((id) => id !== undefined && entities.get(id)?.kind === entity.kind);
  const free = entity.aliases.filter((alias) => !owner.has(key(alias)));
  if (shared) {
    const held = entities.get(shared)!;
    if (free.length) entities.set(shared, { ...held, aliases: [...held.aliases, ...free] });
    for (const alias of free) owner.set(key(alias), shared);
    return shared;
  }
  if (free.length === 0) return undefined;
  let id = entity.id;
  for (let n = 2; entities.has(id); n++) id = `${entity.id}-${n}`;
  entities.set(id, { ...entity, id, aliases: free });
  for (const alias of free) owner.set(key(alias), id);
  return id;
}

/** Aliases meet whatever their case or spacing: "Colossus 1", "colossus1". */
function key(alias: string): string {
  return alias.toLowerCase().replace(/[\s\u00A0-]+/g, '');
}
