import { compareFigure } from '../compare/compare-figure';
import { detectComputeDeal } from '../detect/score';
import { findEntities, type EntityMatch } from '../extract/entities/find-entities';
import { extractFigures } from '../extract/figures/extract-figures';
import { findMainDeal, linkFigure, type ReadBlock } from '../link/link-figures';
import { foldWidth } from '../text/fold';
import { sentenceSpans } from '../text/sentences';
import type { Engine } from './engine';
import type { Analysis, Article, EntityHit, Figure } from './types';

export interface AnalyzeOptions {
  /** Analyse even when the page does not look like deal coverage ("Analyze anyway"). */
  force?: boolean;
}

/** Longest block the engine reads; longer ones are cut (a guard against pathological pages). */
const MAX_BLOCK_CHARS = 20_000;

/**
 * The pipeline after main-content extraction: extract entities and figures per
 * block, link each figure to at most one deal, compare it with the reference,
 * and decide whether the page is deal coverage at all. Pure: text in, result out.
 */
export function analyzeArticle(engine: Engine, article: Article, options: AnalyzeOptions = {}): Analysis {
  const title = foldWidth(article.title);
  const titleEntities = findEntities(engine.entities, title);
  const texts = article.blocks.map((block) => foldWidth(block.text.length > MAX_BLOCK_CHARS ? block.text.slice(0, MAX_BLOCK_CHARS) : block.text));
  const blocks: ReadBlock[] = article.blocks.map((block, b) => {
    const text = texts[b]!;
    return { kind: block.kind, level: block.level, text, sentences: [], entities: findEntities(engine.entities, text), figures: [] };
  });
  const mainDealId = findMainDeal(engine.deals, titleEntities, blocks);
  // A date that names no year takes the article's: its publish date, the year it
  // writes most, or else the year its deal was announced ("On May 6", seed 002).
  const year = yearOf(article.publishedAt) ?? dominantYear(article) ?? yearOf(mainDealId ? engine.deals.deals.get(mainDealId)?.announced : undefined);
  for (const block of blocks) {
    block.figures = extractFigures(block.text, { lang: article.lang, year, exclude: block.entities });
    // Sentences matter only where a figure is to be linked. A table row is one
    // statement: its cells qualify each other even across a ";".
    if (block.figures.length) block.sentences = block.kind === 'row' ? [[0, block.text.length]] : sentenceSpans(block.text);
  }

  const figures: Figure[] = [];
  blocks.forEach((block, b) => {
    for (const raw of block.figures) {
      const dealId = linkFigure(engine.deals, blocks, b, raw, mainDealId);
      const deal = dealId ? engine.deals.deals.get(dealId) : undefined;
      const verdict = deal ? compareFigure(raw, deal) : { status: 'unverified' as const };
      figures.push({
        block: b,
        start: raw.start,
        end: raw.end,
        // Offsets index the original text too: folding keeps lengths.
        text: article.blocks[b]!.text.slice(raw.start, raw.end),
        kind: raw.kind,
        value: raw.value,
        unit: raw.unit,
        bound: raw.bound,
        ...(raw.currency ? { currency: raw.currency } : {}),
        dealId: deal ? deal.id : null,
        status: verdict.status,
        ...(verdict.expected ? { expected: verdict.expected } : {}),
      });
    }
  });

  const entityHits: EntityHit[] = blocks.flatMap((block, b) =>
    block.entities.map((e) => ({ block: b, start: e.start, end: e.end, id: e.id, kind: e.kind, text: article.blocks[b]!.text.slice(e.start, e.end) })),
  );
  // An entity the title names but the text never repeats is still one the article is about.
  const inText = new Set(entityHits.map((e) => e.id));
  for (const e of titleEntities) {
    if (inText.has(e.id)) continue;
    inText.add(e.id);
    entityHits.push({ block: -1, start: e.start, end: e.end, id: e.id, kind: e.kind, text: article.title.slice(e.start, e.end) });
  }
  const linked = figures.filter((f) => f.dealId && f.kind !== 'date');
  const detection = detectComputeDeal({
    text: `${title}\n${leadText(texts)}`,
    dealEntities: mostEntitiesOfOneDeal(engine, [...titleEntities, ...blocks.flatMap((b) => b.entities)]),
    linkedFigures: linked.length,
  });
  const base = {
    title: article.title,
    lang: article.lang,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(article.siteName ? { siteName: article.siteName } : {}),
    isComputeDeal: detection.isComputeDeal,
    score: detection.score,
  };
  if (!detection.isComputeDeal && !options.force) return { ...base, deals: [], entities: [], figures: [] };
  const deals = new Set<string>(mainDealId ? [mainDealId] : []);
  for (const figure of linked) deals.add(figure.dealId!);
  return { ...base, deals: [...deals], entities: entityHits, figures };
}

/**
 * Detection reads the vocabulary of the article's first 32 KB: deal coverage
 * says what it is about early, and a 50,000-word page need not be read twice.
 */
const DETECTION_CHARS = 32 * 1024;

function leadText(texts: string[]): string {
  let out = '';
  for (const text of texts) {
    if (out.length >= DETECTION_CHARS) break;
    out += `${text}\n`;
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
  const text = `${article.title}\n${article.blocks.slice(0, 200).map((b) => b.text).join('\n')}`;
  for (const m of text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best?.[0];
}

function mostEntitiesOfOneDeal(engine: Engine, entities: EntityMatch[]): number {
  const perDeal = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const { deal } of engine.deals.byEntity.get(entity.id) ?? []) {
      const set = perDeal.get(deal.id) ?? new Set<string>();
      set.add(entity.id);
      perDeal.set(deal.id, set);
    }
  }
  return Math.max(0, ...[...perDeal.values()].map((s) => s.size));
}
