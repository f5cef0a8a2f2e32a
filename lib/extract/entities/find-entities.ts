import type { EntityIndex } from './entity-index';
import { resolveMatch, startsWord } from './entity-index';

export interface EntityMatch {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: string;
}

/**
 * Finds every alias of the index's entities in `text` (already width-folded).
 * A case-insensitive match of an alias that must keep its case ("meta" for
 * "Meta") is dropped.
 */
export function findEntities(index: EntityIndex, text: string): EntityMatch[] {
  const out: EntityMatch[] = [];
  const pattern = index.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!startsWord(text, m.index)) {
      // Inside a word: look again from the next character.
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const { entity, implied } = resolveMatch(index, m[0]);
    if (entity) {
      if (implied) {
        const end = m.index + implied.length;
        out.push({ start: m.index, end, text: m[0].slice(0, implied.length), id: implied.entity.id, kind: implied.entity.kind });
      }
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], id: entity.id, kind: entity.kind });
    }
  }
  return out;
}
