import { compareFigure, type Verdict } from '../compare/compare-figure';
import { findConflicts, type FactFigure } from '../compare/conflicts';
import { cueText } from '../detect/cue-matcher';
import { detectComputeDeal, type DealPresence } from '../detect/score';
import { findEntities, type EntityMatch } from '../extract/entities/find-entities';
import { extractFigures } from '../extract/figures/extract-figures';
import { cellFigures, columnUnits, labelFigures } from '../extract/figures/table-cells';
import type { RawFigure } from '../extract/raw-figure';
import { CORRECTION_NOTICE, DENIED, FINANCIALS, LAUNCH, OPENING, RESEARCH, STAKE, THESE_FIGURES } from '../link/veto-cues';
import { findMainDeal, linkFigure, mayFlag, statesFact, STRONG_TIERS, type LinkDecision, type ReadBlock } from '../link/link-figures';
import type { DealIndex } from '../link/deal-index';
import { offScale } from '../link/magnitude';
import { isRebutted, rebuttedAmounts } from '../link/rebuttal';
import { dealsNamed } from '../link/resolve';
import { datelineLength } from '../text/dateline';
import { normalizeText, type NormalizedText } from '../text/normalize';
import { sentenceAt, sentenceSpans } from '../text/sentences';
import { checkSite } from '../sites/check-site';
import { siteIsSubject } from '../sites/site-presence';
import type { Engine } from './engine';
import type { Analysis, Article, EntityHit, Evidence, Expected, Figure } from './types';

export interface AnalyzeOptions {
  /** Analyse even when the page does not look like deal coverage ("Analyze anyway"). */
  force?: boolean;
}

/** Longest block the engine reads; longer ones are cut (a guard against pathological pages). */
const MAX_BLOCK_CHARS = 20_000;
/** Distinct amounts a page may refute: more is no article (npm run bench, adversarial pages). */
const MAX_REBUTTALS = 32;
/** Blocks that may open with a wire dateline: the first paragraphs, not the body. */
const DATELINE_BLOCKS = 3;

/**
 * The pipeline after main-content extraction: extract entities and figures per
 * block, link each figure to at most one deal, compare it with the reference,
 * and decide whether the page is deal coverage at all. Pure: text in, result out.
 *
 * Text is normalised first (lib/text/normalize.ts); every offset the result
 * gives is mapped back to the article's own text, so painting stays exact.
 */
export function analyzeArticle(engine: Engine, article: Article, options: AnalyzeOptions = {}): Analysis {
  const title = normalizeText(article.title);
  const titleEntities = findEntities(engine.entities, title.text);
  const normalized: NormalizedText[] = article.blocks.map((block) =>
    normalizeText(block.text.length > MAX_BLOCK_CHARS ? block.text.slice(0, MAX_BLOCK_CHARS) : block.text),
  );
  let paragraphs = 0;
  const blocks: ReadBlock[] = article.blocks.map((block, b) => {
    const text = normalized[b]!.text;
    const dateline = block.kind === 'paragraph' && paragraphs++ < DATELINE_BLOCKS ? datelineLength(text) : 0;
    return { kind: block.kind, level: block.level, text, dateline, sentences: [], entities: findEntities(engine.entities, text), figures: [] };
  });
  const mainDealId = findMainDeal(engine.deals, titleEntities, blocks);
  // A date that names no year takes the article's: its publish date, the year it
  // writes most, or else the year its deal was announced ("On May 6", seed 002).
  const year = yearOf(article.publishedAt) ?? dominantYear(article) ?? yearOf(mainDealId ? engine.deals.deals.get(mainDealId)?.announced : undefined);
  // The units a table's header row gives its columns ("Potencia (GW)"), for the rows under it.
  let units: (string | undefined)[] | undefined;
  blocks.forEach((block, b) => {
    const options = { lang: article.lang, year, published: article.publishedAt, exclude: block.entities };
    block.figures = extractFigures(block.text, options);
    if (block.kind !== 'row') {
      // A key-numbers line reads its bare value with the unit its label names, as a table cell does with its column's.
      block.figures = withCellFigures(block.figures, labelFigures(block.text, block.figures, options));
      units = undefined;
    } else if (blocks[b - 1]?.kind !== 'row') units = columnUnits(block.text, options);
    else if (units) block.figures = withCellFigures(block.figures, cellFigures(block.text, units, block.figures, options));
    // Sentences matter only where a figure is to be linked. A table row is one
    // statement: its cells qualify each other even across a ";".
    if (block.figures.length) block.sentences = block.kind === 'row' ? [[0, block.text.length]] : sentenceSpans(block.text, article.lang);
  });

  const titleIds = titleEntities.map((e) => e.id);
  const links = blocks.map((block, b) => block.figures.map((raw) => scaled(engine.deals, raw, linkFigure(engine.deals, blocks, b, raw, mainDealId, titleIds, year))));
  // A figure restated in brackets in another unit is the same statement, set aside with the first:
  // "グーグル・クラウドやアマゾンとの契約を合わせて約1500万キロワット（roughly 15GW）".
  blocks.forEach((block, b) => {
    for (let i = 1; i < block.figures.length; i++) {
      const first = links[b]![i - 1]!;
      if (first.dealId === null && first.veto && restates(block.text, block.figures[i - 1]!, block.figures[i]!)) links[b]![i] = first;
    }
  });
  // A value the page itself says is wrong ("Ce n'est pas 50 milliards", "2万2000基ではなく") is
  // wrong wherever the page writes it: the interviewer's question, the host's claim.
  const rejected = new Set(blocks.flatMap((block, b) => block.figures.filter((_, i) => links[b]![i]!.veto === 'rejected').map(valueKey)));
  const pageTime = { pageOffsetHours: offsetOf(article.publishedAt) };
  // Each linked figure against its deal, once: the rebuttal and correction passes and the report read it.
  const verdicts = blocks.map((block, b) => block.figures.map((raw, i) => {
    const deal = links[b]![i]!.dealId ? engine.deals.deals.get(links[b]![i]!.dealId!) : undefined;
    return deal ? compareFigure(raw, deal, pageTime) : undefined;
  }));
  for (const key of refutedValues(blocks, links, verdicts)) rejected.add(key);

  const corrected = correctedFacts(blocks, links, verdicts);
  const figures: Figure[] = [];
  const decisions: LinkDecision[] = [];
  const facts: FactFigure[] = [];
  blocks.forEach((block, b) => {
    const map = normalized[b]!;
    const original = article.blocks[b]!.text;
    for (const [i, raw] of block.figures.entries()) {
      const linked = links[b]![i]!;
      let link: LinkDecision = linked.dealId && rejected.has(valueKey(raw)) ? { dealId: null, veto: 'rejected' } : linked;
      let deal = link.dealId ? engine.deals.deals.get(link.dealId) : undefined;
      // A rejected figure has no deal left; any other keeps the link its verdict was taken for.
      let verdict: Verdict = (deal && verdicts[b]![i]) || { status: 'unverified' };
      // The value a correction notice has set right is no claim to flag.
      if (verdict.status === 'mismatch' && deal && corrected.has(factOf(deal.id, verdict.expected))) {
        link = { dealId: null, veto: 'rejected' };
        deal = undefined;
        verdict = { status: 'unverified' };
      }
      let dealId = deal ? deal.id : null;
      // A weak link may confirm a figure, never contradict it: when in doubt, unverified.
      if (verdict.status === 'mismatch' && !mayFlag(link)) {
        verdict = { status: 'unverified' };
        // A date its sentence says the deal's party signed stays the deal's, unchecked, so the
        // page's other date for the signing can be set against it (seed 002).
        if (!statesFact(link)) dealId = null;
      }
      // Where no deal fact of its kind applies, a figure about a site as a whole is checked against the site's history.
      const site = engine.sites.byEntity.size && !deal?.facts.some((f) => f.kind === raw.kind) ? checkSite(engine.sites, block, raw, link, article.publishedAt) : undefined;
      if (site) {
        verdict = { status: site.status, expected: site.expected };
        dealId = null;
      }
      decisions.push(dealId ? link : { dealId: null });
      const start = map.toOriginal(raw.start);
      const end = map.toOriginal(raw.end, 'end');
      const veto = dealId || site ? undefined : (link.veto ?? link.doubt ?? (deal ? 'weak-link' : undefined));
      // An amount in another currency is a conversion, never a statement to set against the dollars.
      const fact = dealId && statesFact(link) && !raw.currency ? link.fact : undefined;
      facts.push({ dealId, fact, sentence: `${b}:${sentenceAt(block.sentences, raw.start)[0]}`, value: raw.value, bound: raw.bound, matched: verdict.status === 'match', zoned: raw.utcOffsetHours !== undefined, utcOffsetHours: raw.utcOffsetHours });
      figures.push({
        block: b,
        start,
        end,
        text: original.slice(start, end),
        kind: raw.kind,
        value: raw.value,
        unit: raw.unit,
        bound: raw.bound,
        ...(raw.low !== undefined ? { low: raw.low } : {}),
        ...(raw.currency ? { currency: raw.currency } : {}),
        dealId,
        status: verdict.status,
        ...(verdict.expected ? { expected: verdict.expected } : {}),
        ...(dealId && link.tier ? { evidence: evidenceOf(link, normalized, article) } : {}),
        ...(veto ? { veto } : {}),
        ...(fact ? { fact } : {}),
        ...(site ? { site: site.check } : {}),
      });
    }
  });
  findConflicts(facts).forEach((others, i) => {
    if (others.length) figures[i]!.conflicts = others;
  });

  const entityHits: EntityHit[] = blocks.flatMap((block, b) =>
    block.entities.map((e) => hit(e, b, normalized[b]!, article.blocks[b]!.text)),
  );
  // An entity the title names but the text never repeats is still one the article is about.
  const inText = new Set(entityHits.map((e) => e.id));
  for (const e of titleEntities) {
    if (inText.has(e.id)) continue;
    inText.add(e.id);
    entityHits.push(hit(e, -1, title, article.title));
  }
  // The title and lead, read once: their words for detection, their names for the deal and the site.
  const leadOnes = leadBlocks(blocks);
  const lead = `${title.text}\n${leadOnes.map((b) => b.text.slice(b.dateline ?? 0)).join('\n')}`;
  const leadNames = [...titleEntities, ...leadOnes.flatMap((b) => b.entities.filter((e) => e.start >= (b.dateline ?? 0)))];
  const dealPresence = presence(engine.deals, titleEntities, leadNames, blocks, figures, decisions);
  const detection = detectComputeDeal({
    text: `${title.text}\n${leadText(blocks)}`,
    lead,
    title: title.text,
    deal: dealPresence,
    // An earnings story, one about a stake ("Bundeskartellamt prüft Googles Beteiligung an Anthropic"),
    // a product launch ("구글 클라우드, 7세대 TPU '아이언우드' 서울 리전 출시"), or a plant's opening
    // ("루멘텀, 평택에 광부품 후공정 공장 준공").
    otherStory: otherStory(cueText(lead), title.text, dealPresence?.leadSite ?? false),
  });
  const isComputeDeal = detection.isComputeDeal || (engine.sites.byEntity.size > 0 && siteIsSubject(engine.sites, leadNames, figures));
  const base = {
    title: article.title,
    lang: article.lang,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(article.siteName ? { siteName: article.siteName } : {}),
    isComputeDeal,
    score: detection.score,
  };
  if (!isComputeDeal && !options.force) return { ...base, deals: [], entities: [], figures: [] };
  const deals = new Set<string>(mainDealId ? [mainDealId] : []);
  for (const figure of figures) if (figure.dealId && figure.kind !== 'date') deals.add(figure.dealId);
  return { ...base, deals: [...deals], entities: entityHits, figures };
}

const valueKey = (raw: RawFigure) => `${raw.kind}:${raw.value}`;

/**
 * The values (`valueKey`) of figures the page refutes bare, further on: "Ce n'est pas 50 milliards",
 * "et non 300 milliards" answer the interviewer's question just above and a fact-check's quoted claim at
 * the top alike. Only a figure that would be flagged needs a rebuttal looked for; each refuted amount is
 * kept with the last block that refutes it, read in one pass (a page of rebuttals stays linear), and
 * only in blocks that write a would-be flag's number.
 */
function refutedValues(blocks: ReadBlock[], links: LinkDecision[][], verdicts: Array<Array<Verdict | undefined>>): string[] {
  const flaggable: Array<{ block: number; raw: RawFigure }> = [];
  blocks.forEach((block, b) => block.figures.forEach((raw, i) => {
    if (verdicts[b]![i]?.status === 'mismatch' && mayFlag(links[b]![i]!)) flaggable.push({ block: b, raw });
  }));
  const numbers = [...new Set(flaggable.map(({ block, raw }) => /\d+/.exec(blocks[block]!.text.slice(raw.start, raw.end))?.[0] ?? ''))].filter(Boolean);
  if (!numbers.length) return [];
  const out = deniedValues(blocks, new Set(flaggable.map(({ raw }) => valueKey(raw))));
  const refuted = new Map<string, number>();
  blocks.forEach((block, b) => {
    if (!numbers.some((n) => block.text.includes(n))) return;
    for (const key of rebuttedAmounts(block.text)) if (refuted.size < MAX_REBUTTALS || refuted.has(key)) refuted.set(key, b);
  });
  for (const { block, raw } of flaggable) {
    const text = blocks[block]!.text.slice(raw.start, raw.end);
    for (const [key, last] of refuted) if (block <= last && isRebutted(text, [key])) out.push(valueKey(raw));
  }
  return out;
}

/**
 * The values among `keys` that the page says, where it writes them, nothing
 * supports or someone invented, in their sentence or the one after it ("these
 * figures"): "Nous n'avons trouvé aucune source … mentionnant … une puissance de
 * 10 gigawatts. Interrogé par La Loupe, un porte-parole … a qualifié ces chiffres
 * de « pure invention »". A claim the page sets aside is never flagged.
 */
function deniedValues(blocks: ReadBlock[], keys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    for (const raw of block.figures) {
      const key = valueKey(raw);
      if (!keys.has(key)) continue;
      const [start, end] = sentenceAt(block.sentences, raw.start);
      const next = end < block.text.length ? cueText(block.text.slice(end, sentenceAt(block.sentences, end)[1])) : '';
      if (DENIED.testCued(cueText(block.text.slice(start, end))) || (THESE_FIGURES.testCued(next) && DENIED.testCued(next))) out.push(key);
    }
  }
  return out;
}

/** Whether `again` restates `first` in brackets just after it, in another unit: "約1500万キロワット（roughly 15GW）". */
function restates(text: string, first: RawFigure, again: RawFigure): boolean {
  if (first.kind !== again.kind || typeof first.value !== 'number' || typeof again.value !== 'number') return false;
  if (!/^\s?[（(]\s?$/.test(text.slice(first.end, again.start))) return false;
  return Math.abs(first.value - again.value) <= 0.01 * Math.max(Math.abs(first.value), Math.abs(again.value));
}

/** A deal's fact, as a comparison names it. */
const factOf = (dealId: string, expected: Expected | undefined) => `${dealId}|${expected?.label ?? ''}|${expected?.value ?? ''}`;

/**
 * The deal facts a correction notice confirms (`factOf`): the page's last word
 * on them, so the article's other value for such a fact, there or in the
 * notice itself, is the one it set right ("Rectificatif : … représentent
 * environ 1 GW" under a body that still says 2 GW; "晨报称…为4年，应为5年").
 */
function correctedFacts(blocks: ReadBlock[], links: LinkDecision[][], verdicts: Array<Array<Verdict | undefined>>): Set<string> {
  const out = new Set<string>();
  blocks.forEach((block, b) => {
    if (!block.figures.length || !CORRECTION_NOTICE.test(block.text)) return;
    block.figures.forEach((_, i) => {
      const verdict = verdicts[b]![i];
      if (verdict?.status === 'match') out.add(factOf(links[b]![i]!.dealId!, verdict.expected));
    });
  });
  return out;
}

function withCellFigures(figures: RawFigure[], cells: RawFigure[]): RawFigure[] {
  return cells.length ? [...figures, ...cells].sort((a, b) => a.start - b.start) : figures;
}

function hit(e: EntityMatch, block: number, map: NormalizedText, original: string): EntityHit {
  const start = map.toOriginal(e.start);
  const end = map.toOriginal(e.end, 'end');
  return { block, start, end, id: e.id, kind: e.kind, text: original.slice(start, end) };
}

function evidenceOf(link: LinkDecision, normalized: NormalizedText[], article: Article): Evidence {
  const m = link.mention;
  if (!m) return { tier: link.tier! };
  const mention = hit(m.entity, m.block, normalized[m.block]!, article.blocks[m.block]!.text);
  return { tier: link.tier!, entityId: m.entity.id, role: m.role, mention: { block: m.block, start: mention.start, end: mention.end, text: mention.text } };
}

/** A share price or a prize beside a deal's names is no misstatement of its billions (lib/link/magnitude.ts). */
function scaled(index: DealIndex, raw: RawFigure, link: LinkDecision): LinkDecision {
  if (!link.dealId || typeof raw.value !== 'number' || raw.currency) return link;
  const deal = index.deals.get(link.dealId);
  return deal && offScale(raw.kind, raw.value, deal.facts) ? { dealId: null, veto: 'magnitude' } : link;
}

/** The UTC offset of a publish time ("2026-05-07T17:15:00-05:00" → −5); undefined without one, or for "Z". */
function offsetOf(publishedAt: string | undefined): number | undefined {
  const m = publishedAt ? /T[\d:.]+([+-])(\d{2}):?(\d{2})$/.exec(publishedAt) : null;
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3]) / 60) : undefined;
}

/**
 * How present known deals are in the article: named in the title and lead,
 * across the body, and tied to figures. A roundup of five deals is deal
 * coverage as much as a story on one, so the body's share and the figures
 * count every deal; the entities count the best-named one. Detection reads
 * "is a deal the subject?" from this, not from a fixed list of deal words.
 */
function presence(index: DealIndex, title: EntityMatch[], lead: EntityMatch[], blocks: ReadBlock[], figures: Figure[], decisions: LinkDecision[]): DealPresence | undefined {
  // A live blog's time stamps and one-line asides are no share of its body.
  const body = blocks.filter((b) => b.kind !== 'heading' && weight(b.text.trim()) >= MIN_LEAD_CHARS);
  // Figures tied to a deal by their own words (a doubt on what the figure is still ties them, a weak tie does not), dates aside,
  // that state what the deal records: a company's $12 million school gift, a sponsorship in euros
  // or a switch's 100,000 ports may sit beside a party's name without being the deal's.
  const linked = figures.filter((f, i) => {
    const tier = decisions[i]?.tier;
    if (f.dealId === null || f.kind === 'date' || tier === undefined || !STRONG_TIERS.has(tier) || decisions[i]?.doubt === 'weak-link' || f.currency) return false;
    return index.deals.get(f.dealId)?.facts.some((fact) => fact.kind === f.kind) ?? false;
  });
  const withLinkedFigure = new Set(linked.map((f) => blocks[f.block]));
  // A block names a deal when it names two of its parties or sites, or holds a figure tied to
  // one (a table row naming the counterparty): one company alone is its own story.
  let namedBlocks = 0;
  // Blocks name the same few companies over and over; each list of names is resolved once.
  const namesDeal = new Map<string, boolean>();
  for (const block of body) {
    if (withLinkedFigure.has(block)) namedBlocks++;
    else if (block.entities.length >= 2) {
      const ids = block.entities.filter((e) => e.start >= (block.dateline ?? 0)).map((e) => e.id);
      const key = ids.join('\n');
      let named = namesDeal.get(key);
      if (named === undefined) {
        const present = new Set(ids);
        named = [...dealsNamed(index, ids)].some(([id, n]) => n >= 2 && principalNamed(index, id, present));
        namesDeal.set(key, named);
      }
      if (named) namedBlocks++;
    }
  }
  const ids = new Set(title.map((e) => e.id));
  for (const block of blocks) for (const e of block.entities) ids.add(e.id);
  const all = dealsNamed(index, ids);
  if (all.size === 0) return undefined;
  // The lead names the deal, not just one of its companies: two of its parties or sites.
  const leadIds = new Set(lead.map((e) => e.id));
  const inLead = [...dealsNamed(index, leadIds)].filter(([id]) => principalNamed(index, id, leadIds)).sort((a, b) => b[1] - a[1]);
  const leadNamed = (inLead[0]?.[1] ?? 0) >= 2;
  const [dealId, entities] = leadNamed ? inLead[0]! : [...all].sort((a, b) => b[1] - a[1])[0]!;
  const titleIds = new Set(title.map((e) => e.id));
  // A facility names its deal by itself, in a title as in a sentence: "Colossus 1, ou la fin de la souveraineté de calcul".
  const titleSite = [...titleIds].some((id) => index.entityKinds.get(id) === 'facility' && (index.deals.get(dealId)?.sites?.includes(id) ?? false));
  const titleNamed = ((dealsNamed(index, titleIds).get(dealId) ?? 0) >= 2 && principalNamed(index, dealId, titleIds)) || titleSite;
  const leadSite = [...leadIds].some((id) => index.deals.get(dealId)?.sites?.includes(id) ?? false);
  return { dealId, leadNamed, leadSite, titleNamed, namedBlocks, bodyBlocks: body.length, entities, linkedFigures: linked.length };
}

/**
 * Whether names that point at a deal include what it is about: its site, or,
 * for a deal of three or more parties, its principal (the first party). Two
 * of its partners alone are often in the news together for other reasons:
 * Nvidia and Microsoft name Anthropic's Azure deal only with Anthropic.
 */
function principalNamed(index: DealIndex, dealId: string, ids: ReadonlySet<string>): boolean {
  const deal = index.deals.get(dealId);
  return !deal || deal.parties.length < 3 || ids.has(deal.parties[0]!) || (deal.sites ?? []).some((s) => ids.has(s));
}

/** Whether the title and lead (lower-cased, `cueText`) tell an earnings, stake, launch, plant or research story. */
function otherStory(cuedLead: string, title: string, leadSite: boolean): boolean {
  return FINANCIALS.countDistinctCued(cuedLead, 2) >= 2 || STAKE.testCued(cuedLead) || LAUNCH.test(title) || (!leadSite && (OPENING.test(title) || RESEARCH.testCued(cuedLead)));
}

/** The lead: the first two paragraphs of some length (a byline is not one). */
const LEAD_BLOCKS = 2;
const MIN_LEAD_CHARS = 40;
/** A transcript turn's time stamp and speaker, in capitals of two words or more, or Q and A: "[00:21:47] MARCUS WEBB:", "Q:". */
const TURN_LABEL = /^\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s*)?(?:\p{Lu}[\p{Lu}.'’-]*(?:\s\p{Lu}[\p{Lu}.'’-]*)+|[QAFRP]):\s*|^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]\s*/u;

function leadBlocks(blocks: ReadBlock[]): ReadBlock[] {
  const lead: ReadBlock[] = [];
  for (const b of blocks) {
    if (lead.length >= LEAD_BLOCKS) break;
    if (b.kind !== 'heading' && weight(b.text) >= MIN_LEAD_CHARS) lead.push(b);
  }
  return lead;
}

/** Length with CJK characters counted twice: a Chinese sentence says in 30 characters what English says in 60. */
function weight(full: string): number {
  // A transcript's time stamp and speaker are no words of the turn: "[00:00:16] ELENA SOKOLOVA: Glad to be here."
  const text = TURN_LABEL.test(full) ? full.replace(TURN_LABEL, '') : full;
  if (text.length >= MIN_LEAD_CHARS) return text.length;
  return text.length + (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0);
}

/**
 * Detection reads the vocabulary of the article's first 32 KB: deal coverage
 * says what it is about early, and a 50,000-word page need not be read twice.
 */
const DETECTION_CHARS = 32 * 1024;

function leadText(blocks: ReadBlock[]): string {
  let out = '';
  for (const block of blocks) {
    if (out.length >= DETECTION_CHARS) break;
    out += `${block.text}\n`;
  }
  return out;
}

function yearOf(date: string | undefined): number | undefined {
  const year = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(year) ? year : undefined;
}

/**
 * The year most often written in the article, for dates that name none on a
 * page without a publish date ("On May 6, …" in seed 002).
 */
function dominantYear(article: Article): number | undefined {
  const counts = new Map<number, number>();
  // Read stretch by stretch: joining 200 blocks only to scan them once cost more than the scan.
  for (const text of [article.title, ...article.blocks.slice(0, 200).map((b) => b.text)]) {
    for (const m of text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0];
}
