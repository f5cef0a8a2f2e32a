import { findEntities } from '../extract/entities/find-entities';
import { dealsNamed, entitiesPerDeal } from '../link/resolve';
import { normalized } from '../text/normalize';
import type { Engine } from './engine';

/**
 * Whether `text` names a known deal: its facility, a party of it alone, or two
 * of its parties and sites ("Anthropic moves into Memphis"). What lets a page
 * that speaks of compute, but in no deal word the pre-filter knows, through to
 * the full detector (lib/detect/prefilter.ts); so does a site of a layer
 * (Epoch AI's data). One hub company alone (a GPU
 * review naming NVIDIA) does not: it would load the lens on every such page.
 */
export function namesDeal(engine: Engine, text: string): boolean {
  const ids = findEntities(engine.entities, normalized(text)).map((e) => e.id);
  if (dealsNamed(engine.deals, ids).size > 0) return true;
  // A site of a layer (Epoch AI's data) is named as a deal's facility is.
  if (engine.sites.byEntity.size > 0 && ids.some((id) => engine.sites.byEntity.has(id))) return true;
  return [...entitiesPerDeal(engine.deals, ids).values()].some((n) => n >= 2);
}
