import { cueText } from '../detect/cue-matcher';
import type { Site } from '../dataset/schema';
import type { EntityMatch } from '../extract/entities/find-entities';
import type { RawFigure } from '../extract/raw-figure';
import type { ReadBlock } from '../link/link-figures';
import { PART } from '../link/veto-cues';
import { clauseAround, sentenceAt } from '../text/sentences';
import type { SiteIndex } from './site-index';

/**
 * The site a figure speaks of as a whole, if any: "Colossus houses 200,000
 * GPUs", "the 690 MW Prometheus campus". The figure's clause, else its
 * sentence (a table row: the row), must name exactly one site; and the
 * sentence must not be about a part of it — a phase, a share, "of which" — or
 * a deal at it: naming a party of a deal held at the site ("Anthropic takes
 * 300 MW of Colossus 1") makes the figure that deal's, which only the deals
 * dataset checks. Sites are never inferred from the sentence before: precision
 * first.
 */
export function siteOfFigure(index: SiteIndex, block: ReadBlock, figure: RawFigure): Site | undefined {
  const isRow = block.kind === 'row';
  const [sStart, sEnd] = isRow ? [0, block.text.length] : sentenceAt(block.sentences, figure.start);
  const [cStart, cEnd] = isRow ? [sStart, sEnd] : clauseAround(block.text, sStart, sEnd, figure.start, figure.end);
  const inSpan = (from: number, to: number) =>
    block.entities.filter((e) => e.start >= Math.max(from, block.dateline ?? 0) && e.end <= to && !(e.start >= figure.start && e.end <= figure.end));
  const sentence = inSpan(sStart, sEnd);
  // "Jean Zay" also opens with another site's alias ("Jean"): the longer name is the one meant.
  const whole = (mentions: EntityMatch[]) => mentions.filter((e) => !mentions.some((o) => o !== e && o.start <= e.start && o.end >= e.end && o.end - o.start > e.end - e.start));
  const sitesIn = (mentions: EntityMatch[]) => [...new Set(whole(mentions).filter((e) => index.byEntity.has(e.id)).map((e) => e.id))];
  const inClause = sitesIn(inSpan(cStart, cEnd));
  const named = inClause.length ? inClause : sitesIn(sentence);
  if (named.length !== 1) return undefined;
  const site = index.byEntity.get(named[0]!)!;
  if (PART.testCued(cueText(block.text.slice(cStart, cEnd)))) return undefined;
  const dealParties = index.dealParties.get(site.entity);
  const owners = new Set((site.parties ?? []).filter((p) => p.role === 'owner').map((p) => p.name.toLowerCase()));
  const ofADeal = sentence.some((e) => dealParties?.has(e.id) && !owners.has(e.text.toLowerCase()));
  return ofADeal ? undefined : site;
}
