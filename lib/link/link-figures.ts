import type { Block, LINK_TIERS, VETOES } from '../analyze/types';
import type { Deal } from '../dataset/schema';
import type { EntityMatch } from '../extract/entities/find-entities';
import type { RawFigure } from '../extract/raw-figure';
import { clauseAround, sentenceAt, sentenceSpans } from '../text/sentences';
import { CueMatcher, cueText } from '../detect/cue-matcher';
import { DEAL } from '../detect/score';
import { ANAPHORA, ANAPHORA_DE, ANNOUNCED, SITE_ANAPHORA, STATED, THEREBY_WORDS, WIDER_SCOPE } from './context-cues';
import type { DealIndex } from './deal-index';
import { factKey } from './fact-role';
import { clauseBreaks, countWithin, dealsNamed, entitiesPerDeal, listCommas, type ClauseBreaks, isNeutral, resolveDeal, type MentionRole, type Resolution } from './resolve';
import { CELL_SEPARATOR } from '../text/table-row';
import { BUILT, COMMITMENTS_IN_ALL, COMPANY_TOTAL, COMPONENT, COMPARISON, EARLY_REPORTS, FINANCIALS, GRID, GROWTH, GUARANTEE, HORIZON, INVEST, isBracketedYardstick, isNegated, isPersonYears, isShareOfWhole, isSupposition, MILESTONE, NOT_ONLY, OTHER_PARTNERS, PART, PERSPECTIVE, PERSPECTIVE_AHEAD, RENEGOTIATION, reportsRumour, RUMOURED, SAID_WRONG, SET_RIGHT, SET_RIGHT_SINCE, STAKE, SUPPLIER_CONTRACT, SUPPLIES, TIME_AGO, TURN, WE_WROTE, YEARLY_AVERAGE } from './veto-cues';

/** One block with what the extract stage found in it. */
export interface ReadBlock extends Block {
  sentences: Array<[number, number]>;
  entities: EntityMatch[];
  figures: RawFigure[];
  /** Length of the wire dateline that opens the block, if any: never evidence. */
  dateline?: number;
  /** Filled by `prepareLinking`. */
  context?: BlockContext;
}

interface BlockContext {
  /** The paragraph introducing the list or table the block is in, and whether it leads straight into the list (it ends with a colon). */
  introBlock?: number;
  introLeads?: boolean;
  /** The nearest heading above. */
  headingBlock?: number;
  /** Whether the block widens its scope beyond one deal ("industry-wide"), once read. */
  wider?: boolean;
  /** The last sentence read for a figure, lower-cased: the next figure is often in it too. */
  sentence?: { start: number; end: number; cued: string };
  /** The block's mentions that may be evidence (`mentionsOf`), once read. */
  mentions?: EntityMatch[];
  /** For a table row: the deal its table is a fact sheet of (`factSheet`), once read; null for none. */
  sheet?: LinkDecision | null;
  /** Where the clause breaks of CJK text stand (`clauseBreaks`), once read. */
  breaks?: number[];
  /** Where its enumeration commas (、) stand, once read: a clause break after a figure. */
  listCommas?: number[];
}

/**
 * How sure a link is. A figure tied by its own clause, sentence, table row or
 * the sentence before may be flagged; one tied only by its list's intro or
 * heading (`context`) or by the article's main deal (`article`) may confirm a
 * match but is never flagged: when in doubt, unverified.
 */
export type LinkTier = (typeof LINK_TIERS)[number];
export const STRONG_TIERS: ReadonlySet<LinkTier> = new Set(['clause', 'sentence', 'previous-sentence', 'row', 'intro']);

/** Whether a link may raise a flag: a strong tier, by more than a city, with no doubt on it. */
export function mayFlag(link: LinkDecision): boolean {
  return link.tier !== undefined && STRONG_TIERS.has(link.tier) && link.mention?.role !== 'place' && !link.doubt;
}

/**
 * Whether a linked figure states its deal's fact firmly enough to contradict
 * another figure: a link that may flag, or a date whose sentence says a party
 * of the article's deal signed or announced it ("the day after Anthropic
 * signed the Colossus agreement (May 5)", seed 002).
 */
export function statesFact(link: LinkDecision): boolean {
  if (!link.dealId || !link.fact) return false;
  if (mayFlag(link)) return true;
  return link.fact === 'date:announced' && link.tier === 'article' && link.mention?.role === 'anaphora' && link.doubt === 'weak-link';
}

/** Why a figure that names a deal's entities is still not the deal's. */
export type Veto = (typeof VETOES)[number];

export interface LinkDecision {
  dealId: string | null;
  tier?: LinkTier;
  /** The mention that tied the figure to the deal, and what it is to the deal. */
  mention?: { entity: EntityMatch; block: number; role: MentionRole | 'anaphora' };
  veto?: Veto;
  /**
   * A doubt that lets the link confirm a match but not raise a flag: another
   * year or a past milestone in the figure's clause ("5 GW from 2027").
   */
  doubt?: Veto;
  /** Which fact of the deal the figure states (fact-role.ts), when it is linked. */
  fact?: string;
}

/**
 * How far from a figure its sentence is read. Real sentences are shorter; the
 * bound keeps linking linear on a page that never ends a sentence.
 */
const SENTENCE_WINDOW = 400;

/**
 * Computes every block's context in one pass, so linking a figure costs no
 * scan. What only some figures read (a block's mentions, its scope) waits until one does:
 * most blocks of a long page hold no figure.
 */
export function prepareLinking(blocks: ReadBlock[]): void {
  let headingBlock: number | undefined;
  let introBlock: number | undefined;
  let introLeads = false;
  for (const [b, block] of blocks.entries()) {
    const inList = block.kind === 'item' || block.kind === 'row';
    block.context = { headingBlock, ...(inList ? { introBlock, introLeads } : {}) };
    if (block.kind === 'heading') {
      headingBlock = b;
      introBlock = undefined;
    } else if (block.kind === 'paragraph') {
      introBlock = b;
      introLeads = endsWithColon(block.text);
    }
  }
}

/** A table's column of partners: "Partner", "Partenaire", "合作方". */
const PARTNER_HEAD = /^\s*(?:partners?|partner company|partenaires?|socios?|aliados?|partnerunternehmen|合作方|合作伙伴|合作夥伴|パートナー|提携先|파트너|협력사)\s*$/i;

/**
 * Whether a row names its deal by a party of that deal alone in a table whose first column heading says
 * the rows are partners, under a title that names every other party of the deal.
 */
function partnerOfTitle(index: DealIndex, blocks: ReadBlock[], b: number, found: Resolution, titleIds: readonly string[]): boolean {
  if (found.kind !== 'deal' || found.role !== 'party' || titleIds.length === 0) return false;
  const deal = index.deals.get(found.dealId);
  if (!deal || !deal.parties.every((id) => id === found.mention.id || titleIds.includes(id))) return false;
  const first = tableStart(blocks, b);
  return first < b && blocks[first]!.text.split(' | ').some((cell) => PARTNER_HEAD.test(cell));
}

/** The first row of the table row `b` stands in: rows of one table are consecutive blocks. */
function tableStart(blocks: ReadBlock[], b: number): number {
  let first = b;
  while (first > 0 && blocks[first - 1]!.kind === 'row') first--;
  return first;
}

/**
 * The names of the caption or paragraph that leads into a table row's table, or of the heading right above
 * it: "앤트로픽의 주요 컴퓨팅 계약" over "계약 상대 | 용량 | 금액 | 기간".
 */
function tableLead(blocks: ReadBlock[], b: number): EntityMatch[] {
  const context = blocks[b]!.context!;
  if (context.introBlock !== undefined) return mentionsOf(blocks[context.introBlock]!);
  const first = tableStart(blocks, b);
  return context.headingBlock !== undefined && context.headingBlock === first - 1 ? mentionsOf(blocks[first - 1]!) : [];
}

/** Whether a name is one of the deal's own: a party or a site of it. */
const ownOf = (deal: Deal, e: EntityMatch) => deal.parties.includes(e.id) || (deal.sites?.includes(e.id) ?? false);

/** The block's mentions that may be evidence: outside its dateline, not a hardware vendor, not a yardstick. */
function mentionsOf(block: ReadBlock): EntityMatch[] {
  const context = block.context!;
  return (context.mentions ??= block.entities.filter(
    (e) =>
      e.start >= (block.dateline ?? 0) &&
      !isHardwareVendor(e, block.text) &&
      !isYardstick(e, block.text) &&
      !namesAPeriod(e, block.text) &&
      !inCredit(e, block.text) &&
      !builderOf(block, e) &&
      !assembledBy(block.text, e) &&
      !LEFT_OUT.test(block.text.slice(Math.max(0, e.start - 48), e.start)),
  ));
}

/** Whether a date opens its sentence and a dash or colon follows it: the heading of a timeline's entry. */
function headsEntry(text: string, sentenceStart: number, figure: RawFigure): boolean {
  return figure.kind === 'date' && /^[\s•·*]*$/.test(text.slice(sentenceStart, figure.start)) && /^\s*[—–:-]/.test(text.slice(figure.end, figure.end + 4));
}

/**
 * A verb of building or running that ends a clause describing the noun after it: "xAI가 멤피스에 지은 슈퍼컴퓨터",
 * "xAIが建設した", "xAI打造的", "SpaceXAI（旧xAI）がテネシー州メンフィスで運用するデータセンター".
 */
const BUILT_CLAUSE = /^(?:가|이|が|は)?[^。.!?；;]{0,24}?(?:지은|만든|세운|건설한|구축한|개발한|운영하는|建設した|建てた|手がけた|開発した|運用する|運営する|打造的|兴建的|興建的|建造的|搭建的|建成的|运营的|營運的|運營的)/;

/**
 * Whether a company is named only as the builder of a deal's facility, in a clause that describes
 * it, before it: "SpaceXAI가 멤피스에 지은 슈퍼컴퓨터 '콜로서스 1'", "由xAI打造的Colossus 1". It is
 * no subject of the sentence.
 */
function builderOf(block: ReadBlock, e: EntityMatch): boolean {
  if (e.kind !== 'company') return false;
  const built = BUILT_CLAUSE.exec(block.text.slice(e.end, e.end + 40));
  if (!built) return false;
  const after = e.end + built[0].length;
  return block.entities.some((f) => f.kind === 'facility' && f.start >= after && f.start - after <= 12);
}

/** What a sentence leaves out of what it counts: "…atteignent 75 milliards de dollars, sans compter l'accord avec Google". */
const LEFT_OUT = /(?:sans compter|sans inclure|not counting|excluding|leaving out|leaving aside|sin contar|sin incluir|abgesehen von|ausgenommen)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/** A relative pronoun before a company, and a verb of building after it: "…GPU Nvidia que xAI avait assemblés". */
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:que|qu['’]|that|which|die|den|das|welche)\s+$/iu;
const BUILT_AFTER = /^\s+(?:(?:avait|a|had|has|hatte|hat|había|ha)\s+)?(?:(?:assemblé|construit|bâti|monté|installé)e?s?|(?:construid|montad|ensamblad|instalad)[oa]s?|built|assembled|put together|installed|gebaut|aufgebaut|errichtet|installiert|construyó|montó|ensambló|instaló)(?![\p{L}])/iu;

/**
 * Whether a company is named only as the subject of a relative clause that says it built what the
 * words before describe: "plus de 220 000 GPU Nvidia que xAI avait assemblés", "GPUs that xAI had
 * assembled". It tells the history of what the figure counts, not whose the figure is.
 */
function assembledBy(text: string, e: EntityMatch): boolean {
  return e.kind === 'company' && BUILT_AFTER.test(text.slice(e.end, e.end + 30)) && RELATIVE_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start));
}

/**
 * How many deals `named` names by a site or a party of theirs alone: a sum over them is none of
 * theirs. Parties of several deals name none here: "英偉達…向康寧、朗美通及高意合共採購45億美元,
 * 雖然不屬Anthropic的合約" sums one deal's suppliers.
 */
function dealsNamedFirmly(index: DealIndex, named: EntityMatch[]): number {
  const deals = new Set<string>();
  for (const e of named) {
    if (isNeutral(index, e) || index.hubs.has(e.id)) continue;
    for (const { deal } of index.byEntity.get(e.id) ?? []) deals.add(deal.id);
  }
  return deals.size;
}

/**
 * A company known by its corporate suffix, as the subject or co-subject of a CJK clause: "SK그룹과",
 * "하늘은행이", "あおぞら銀行は", "华夏银行与", "三星电子在". Matched at the suffix; the name before it must be no entity.
 */
const UNKNOWN_COMPANY = /(?<=[\p{L}\p{N}])(?:(?:그룹|은행|텔레콤|전자|증권|보험|금융|하이닉스|중공업|홀딩스)(?:과|와|이|가|은|는)(?=\s|$)|(?:銀行|証券|保険|グループ|ホールディングス|商事|电信|電信|银行|证券|證券|保险|保險|集团|集團|控股)(?:は|が|と|与|與|和|同)|(?:电子|電子|半导体|半導體)(?:在|于|於|与|與|和))/u;

/**
 * A name in Latin capitals the dataset does not know, with a Korean or Japanese subject particle: "TSMC가 애리조나에
 * 약속한 총 1650억 달러", "TSMCはアリゾナに". Units and chip names written the same way are no company.
 */
const LATIN_SUBJECT = /(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?:가|이|은|는|が|は)(?=[\s\u3040-\u30ff\u4e00-\u9fff])/gu;
const NO_COMPANY = /^(?:AI|GPUs?|TPUs?|CPUs?|HBM|[KMGT]W|[KMGT]Wh|USD|EUR|US|USA|UK|EU|UN|CEO|CFO|CTO|COO|IT|DC|IDC|IPO|PPA)$/;

/** A name in capitals opening the clause that runs on to the figure: ", TSMC a porté à ". */
const ACRONYM_OPENING = /(?:^|[,;:]\s*)([A-Z][A-Z0-9&]{2,})\s[^,;:]*$/;

function acronymOpens(text: string, from: number, to: number, named: EntityMatch[]): boolean {
  const stretch = text.slice(Math.max(from, to - 120), to);
  const m = ACRONYM_OPENING.exec(stretch);
  if (!m || NO_COMPANY.test(m[1]!)) return false;
  const start = to - stretch.length + m.index + m[0].indexOf(m[1]!);
  return !namesAt(named, start, start + m[1]!.length);
}

/** Whether a party (no hub) or site of `deal` other than `mention` is named in the sentence outside the relative clause `mention` stands in. */
function namedOutsideClause(index: DealIndex, deal: Deal, named: EntityMatch[], mention: EntityMatch, text: string, sentenceStart: number, figure: RawFigure): boolean {
  return named.some(
    (e) =>
      e.id !== mention.id &&
      e.start >= sentenceStart &&
      (deal.sites?.includes(e.id) || (deal.parties.includes(e.id) && !index.hubs.has(e.id))) &&
      !withinRelativeClause(text, sentenceStart, figure, e),
  );
}

/**
 * Whether `pattern` (global, its name in the first group that took part) finds in [from, to) a name the
 * dataset does not know, and no unit or title either: "TSMC가" (`LATIN_SUBJECT`), "wie TSMC" (`BY_EXAMPLE`).
 */
function unknownNameIn(pattern: RegExp, text: string, from: number, to: number, named: EntityMatch[]): boolean {
  const stretch = text.slice(from, to);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
    const name = m.slice(1).find((group) => group !== undefined)!;
    const start = from + m.index + m[0].indexOf(name);
    if (!NO_COMPANY.test(name) && !namesAt(named, start, start + name.length)) return true;
  }
  return false;
}

/**
 * A sentence that opens on its subject named by what it is: "The company, which…", "Le groupe, qui…", "该公司",
 * maybe with its trade: "Der Cloud-Konzern", "the cloud company". Or, in Spanish, left out before a verb that says
 * what it is: "Hoy es la encargada de…".
 */
const SUBJECT_BACK =
  /^\s*(?:the (?:[\p{L}-]+ )?(?:company|group|firm)|it|das (?:\p{L}+-)?unternehmen|der (?:\p{L}+-)?konzern|die firma|l['’]entreprise|le groupe|la société|la empresa|la compañía|el grupo|(?:(?:hoy|ahora|actualmente|hoy en día),? )?(?:es|era|fue|será|sigue siendo) (?:la|el|una|uno|un)|该公司|該公司|同社|이 회사|그 회사)(?![\p{L}])/iu;

/**
 * The deal of a sentence that opens on "the company" and names only hub parties (and places), when the sentence
 * before names, as its first company, a party of one deal those hubs share.
 */
function subjectCarried(index: DealIndex, block: ReadBlock, b: number, fullStart: number, named: EntityMatch[]): LinkDecision | undefined {
  if (fullStart === 0 || !SUBJECT_BACK.test(block.text.slice(fullStart, fullStart + 24))) return undefined;
  // A place says where the company works, not with whom: "…con los primeros emplazamientos en Texas y Nueva York".
  const hubs = onlyHubs(index, named.filter((e) => e.kind !== 'place'));
  if (!hubs) return undefined;
  const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
  const subject = within(mentionsOf(block), pStart, pEnd).find((e) => e.kind === 'company');
  if (!subject || index.hubs.has(subject.id)) return undefined;
  const deals = (index.byEntity.get(subject.id) ?? []).filter((r) => r.role !== 'site' && hubs.every((id) => r.deal.parties.includes(id)));
  if (deals.length !== 1) return undefined;
  return { dealId: deals[0]!.deal.id, tier: 'previous-sentence', mention: { entity: subject, block: b, role: 'party' } };
}

/** "Of that", opening on the amount the sentence before gave. */
const SHARE_OF_THAT = new CueMatcher([
  'of that', 'of this', 'of those', 'davon', 'sur ce total', 'de ce total', 'de ese total', 'de esa cifra',
  'このうち', 'そのうち', '其中', '이 가운데', '이 중', '그중', '그 가운데', '그 중',
]);

/**
 * A sentence naming only hub parties that takes its figure out of the same kind of figure in the sentence
 * before, where that sentence names a deal by two of its names: the share is that deal's.
 */
function shareOfBefore(index: DealIndex, block: ReadBlock, b: number, fullStart: number, figure: RawFigure, named: EntityMatch[]): LinkDecision | undefined {
  if (fullStart === 0 || figure.kind === 'date' || !SHARE_OF_THAT.test(block.text.slice(fullStart, figure.start))) return undefined;
  const hubs = onlyHubs(index, named);
  if (!hubs) return undefined;
  const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
  if (!block.figures.some((f) => f.kind === figure.kind && f.start >= pStart && f.end <= pEnd)) return undefined;
  return dealBefore(index, block, b, fullStart, hubs, true);
}

/**
 * The deal of the sentence before, for a sentence naming only its hub parties and pointing back at the
 * contract ("同契約", "this contract"): the contract is the one just named, by one of its own parties.
 */
function contractBefore(index: DealIndex, block: ReadBlock, b: number, fullStart: number, named: EntityMatch[], sentence: string): LinkDecision | undefined {
  if (fullStart === 0 || !CONTRACT_WORD.test(sentence) || !pointsBack(sentence)) return undefined;
  const hubs = onlyHubs(index, named);
  return hubs?.length ? dealBefore(index, block, b, fullStart, hubs, false) : undefined;
}

/** The ids of the parties and sites `named` holds, when every one is a hub (a party of several deals). */
function onlyHubs(index: DealIndex, named: EntityMatch[]): string[] | undefined {
  const hubs = named.filter((e) => !isNeutral(index, e)).map((e) => e.id);
  return hubs.every((id) => index.hubs.has(id)) ? hubs : undefined;
}

/**
 * The deal the sentence before `fullStart` names (by two of its names or its site, when `firmly`), when every
 * one of `hubs` is a party of it.
 */
function dealBefore(index: DealIndex, block: ReadBlock, b: number, fullStart: number, hubs: string[], firmly: boolean): LinkDecision | undefined {
  const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
  const before = within(mentionsOf(block), pStart, pEnd);
  const found = resolveDeal(index, before, { start: pEnd, end: pEnd });
  if (found.kind !== 'deal' || (firmly && !names(index, before, found))) return undefined;
  if (!hubs.every((id) => index.deals.get(found.dealId)?.parties.includes(id))) return undefined;
  return { dealId: found.dealId, tier: 'previous-sentence', mention: { entity: found.mention, block: b, role: found.role } };
}

/** A photo credit in brackets: "[스페이스X 제공. 재판매 및 DB 금지]", "(Photo: SpaceX)", "（写真：SpaceX提供）". */
const CREDIT = /^[^\])）]*?(?:제공|提供|photo|foto|crédit|credit|bild:|图片|圖片|图／|圖／|사진|写真|courtesy|©)|(?:photo|foto|crédit|credit|bild|사진|写真|图片|圖片)\s?[:：=／/]/i;

/** Whether a name stands in a bracketed photo credit, which says who took the picture, not what the text is about. */
function inCredit(e: EntityMatch, text: string): boolean {
  const before = text.slice(Math.max(0, e.start - 30), e.start);
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('('), before.lastIndexOf('（'));
  if (open === -1 || /[\])）]/.test(before.slice(open))) return false;
  const after = text.slice(e.end, e.end + 40);
  const close = after.search(/[\])）]/);
  if (close === -1) return false;
  return CREDIT.test(`${before.slice(open + 1)}${e.text}${after.slice(0, close)}`);
}

/**
 * A company named for a period ("the xAI-era spec sheets", "xAI-Ära", "xAI 시절") says when, not who. Not Spanish
 * "era" (was) before what the company was: "Fluidstack era hace dos años una empresa casi desconocida".
 */
const PERIOD_AFTER =
  /^(?:[-\s\u00A0]?(?:era|ära)(?!\p{L})(?!\s(?:hace|un|una|uno|el|la|los|las|de|del|en|muy|más|casi|todavía|ya|solo|sólo|apenas|entonces|que|tan|poco)(?!\p{L}))|\s?(?:時代|时代|시절|시대))/iu;
function namesAPeriod(e: EntityMatch, text: string): boolean {
  return e.kind === 'company' && PERIOD_AFTER.test(text.slice(e.end, e.end + 16));
}

function endsWithColon(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return text[i] === ':' || text[i] === '：';
}

/** The block's clause breaks, found once for all its figures: a distance across them is counted by binary search. */
function breaksOf(block: ReadBlock): ClauseBreaks {
  const context = block.context!;
  const positions = (context.breaks ??= clauseBreaks(block.text));
  const commas = (context.listCommas ??= listCommas(block.text));
  return (from, to, after) => countWithin(positions, from, to) + (after ? countWithin(commas, from, to) : 0);
}

/** `cueText` of the block's [start, end), computed once for all the figures a sentence holds. */
function cuedSentence(context: BlockContext, text: string, start: number, end: number): string {
  const held = context.sentence;
  if (held && held.start === start && held.end === end) return held.cued;
  const cued = cueText(text.slice(start, end));
  context.sentence = { start, end, cued };
  return cued;
}

/** Entities within [from, to), by binary search: the list is in text order. */
function within(entities: EntityMatch[], from: number, to: number): EntityMatch[] {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: EntityMatch[] = [];
  for (let i = lo; i < entities.length && entities[i]!.start < to; i++) if (entities[i]!.end <= to) out.push(entities[i]!);
  return out;
}

/**
 * A company named as the maker of hardware describes the hardware, not a deal:
 * "220,000 NVIDIA GPUs", "엔비디아 GPU 22만 개", "GPU de Nvidia", "GPUs from Nvidia", "Google TPUs".
 */
const HARDWARE_AFTER = /^[\s\u00A0\u202F-]*(?:(?:の|의\s*|的)(?:gpu|グラフィックス|그래픽|图形处理器|圖形處理器|显卡|顯卡|h100|h200|b200|gb200|blackwell|hopper)|(?:'s\s+)?(?:图形处理器|圖形處理器|繪圖處理器|绘图处理器|グラフィックス|그래픽|gpus?|tpus?|h100|h200|b200|b300|gb200|gb300|blackwell|hopper|rubin|trainium|chips?|accelerators?|grafikprozessoren|grafikchips|puces|芯片|晶片|显卡|顯卡|加速器|칩|チップ|製gpu|製の))/i;
const HARDWARE_BEFORE = /(?:gpus?|tpus?|chips?|puces|grafikprozessoren|procesadores gráficos|processeurs graphiques)[\s\u00A0]+(?:de\s+|von\s+|d'|from\s+|by\s+|made by\s+)?$/i;
function isHardwareVendor(e: EntityMatch, text: string): boolean {
  if (e.kind !== 'company') return false;
  return HARDWARE_AFTER.test(text.slice(e.end, e.end + 24)) || HARDWARE_BEFORE.test(text.slice(Math.max(0, e.start - 32), e.start));
}

/**
 * A name the sentence measures something else against is no evidence of what
 * that something is: "auf 5 Gigawatt wachsen – weit mehr als Colossus 1",
 * "bigger than Colossus 1", "plus grand que Colossus 1", "比Colossus 1大",
 * "コロッサス1より大きい", "콜로서스 1보다 크다".
 */
const YARDSTICK_BEFORE = new RegExp(
  [
    String.raw`(?<!\p{L})than\s+(?:that\s+of\s+|those\s+of\s+|the\s+)?`,
    String.raw`(?<!\p{L})(?:mehr|weniger|\p{L}{2,}er)\s+als\s+(?:der\s+|die\s+|das\s+|den\s+)?`,
    String.raw`(?<!\p{L})(?:plus|moins)\s+(?:\p{L}+\s+)?qu(?:e\s+|')(?:celui\s+d[e']\s*|celle\s+d[e']\s*|le\s+|la\s+|l')?`,
    String.raw`(?<!\p{L})(?:más|menos|mayor|menor)\s+(?:\p{L}+\s+)?que\s+(?:el\s+de\s+|la\s+de\s+|el\s+|la\s+)?`,
    '(?:比|不及|不如|比不上)\\s*',
  ].map((p) => `(?:${p})$`).join('|'),
  'iu',
);
const YARDSTICK_AFTER = /^\s*(?:より|보다)/u;

/** The words every yardstick before a name holds: most stretches have none, and skip the slower pattern. */
const YARDSTICK_WORD = /than|als|qu|比|不及|不如/i;

export function isYardstick(e: EntityMatch, text: string): boolean {
  if (YARDSTICK_AFTER.test(text.slice(e.end, e.end + 4))) return true;
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  return YARDSTICK_WORD.test(before) && YARDSTICK_BEFORE.test(before);
}

/**
 * The article's main deal: the one its title and lead name. Undefined when no
 * deal stands out. It only ever confirms a match (`article` tier).
 */
export function findMainDeal(index: DealIndex, title: EntityMatch[], blocks: ReadBlock[]): string | undefined {
  const lead = blocks.slice(0, 3).flatMap((b) => b.entities.filter((e) => e.start >= (b.dateline ?? 0)));
  const [first, second] = [...dealsNamed(index, [...title, ...lead].map((e) => e.id))].sort((a, b) => b[1] - a[1]);
  return first && !(second && second[1] === first[1]) ? first[0] : undefined;
}

/**
 * Links one figure to at most one deal, on evidence a reader could state in
 * one line: a site or party of the deal named in the figure's clause, else its
 * sentence, else (when the sentence names nothing at all) the sentence before
 * in the same paragraph; a table row or list item is one sentence. Weaker
 * ties — the list's intro, the section heading, the article's main deal — are
 * kept as such and never raise a flag. Before any of that, what the figure's
 * own words say about it can veto the link: revenue, a stake, a comparison,
 * the grid, "not part of the deal", a past milestone or another year.
 * `year` is the article's own (its publish date, or the year it writes most): what "this year" means on it.
 */
export function linkFigure(
  index: DealIndex,
  blocks: ReadBlock[],
  b: number,
  figure: RawFigure,
  mainDealId: string | undefined,
  titleIds: readonly string[] = [],
  year?: number,
): LinkDecision {
  if (figure.rate) return { dealId: null, veto: 'rate' };
  const block = blocks[b]!;
  // "in the next three years" is a horizon, "after two years" a point in time: neither is a term.
  // Nor is a span something was done within: "within a month".
  if (figure.kind === 'duration' && (HORIZON.test(block.text.slice(Math.max(0, figure.start - 16), figure.start)) || isPointInTime(block.text, figure) || WITHIN_BEFORE.test(block.text.slice(Math.max(0, figure.start - 20), figure.start)))) {
    return { dealId: null, veto: 'time-frame' };
  }
  if (!block.context) prepareLinking(blocks);
  const context = block.context!;
  if (figure.start < (block.dateline ?? 0)) return { dealId: null, veto: 'dateline' };
  const headed = numberHeading(index, blocks, b, figure);
  if (headed) return headed;

  const isRow = block.kind === 'row';
  const [fullStart, ownEnd] = isRow ? [0, block.text.length] : sentenceAt(block.sentences, figure.start);
  // A timeline's date stands as a sentence of its own before what happened on it: "8 mai 2026. Anthropic et
  // SpaceX annoncent…". That sentence is the date's.
  const dateAlone = !isRow && figure.kind === 'date' && ownEnd < block.text.length && /^[\s.:–—-]*$/.test(block.text.slice(fullStart, figure.start) + block.text.slice(figure.end, ownEnd));
  const fullEnd = dateAlone ? sentenceAt(block.sentences, ownEnd)[1] : ownEnd;
  const sStart = Math.max(fullStart, figure.start - SENTENCE_WINDOW);
  const sEnd = Math.min(fullEnd, figure.end + SENTENCE_WINDOW);
  const [cStart, cEnd] = isRow ? cell(block.text, figure) : clauseAround(block.text, sStart, sEnd, figure.start, figure.end);
  // Cue lists read lower-cased text; each stretch is lower-cased once, for all of them.
  // A date's row is a timeline's: its later cells say what happened on it.
  const otherColumns = isRow && figure.kind !== 'date' ? laterNumberedCells(block, cEnd) : [];
  const sentence = otherColumns.length > 0 ? rowAsSentence(block.text, otherColumns) : cuedSentence(context, block.text, sStart, sEnd);
  const clause = cueText(block.text.slice(cStart, cEnd));
  const blanket =
    vetoOf(figure, clause, nearWords(block.text, figure, cStart, cEnd)) ??
    (isRow && figure.kind !== 'date' && SUB_ROW.test(block.text) && blocks[b - 1]?.kind === 'row' && FINANCIALS.testCued(cueText(blocks[b - 1]!.text)) ? 'financials' : undefined) ??
    (figure.kind !== 'date' && !isRow && forPerspective(block, sentence.slice(0, figure.start - sStart), fullStart) && !namesAContract(index, block, sStart, figure.start, sentence) ? 'comparison' : undefined) ??
    (figure.kind !== 'date' && (isBracketedYardstick(block.text, figure.start, figure.end) || isShareOfWhole(block.text, figure.start, figure.end) || TIMES_AFTER.test(block.text.slice(figure.end, figure.end + 12))) ? 'comparison' : undefined) ??
    (ownedByUnknown(block, figure) || INSTITUTION_OWNS.test(block.text.slice(Math.max(sStart, figure.start - 60), figure.start)) || ANOTHER_COMPANY_OPENS.test(block.text.slice(fullStart, figure.start)) || alsoInPlace(index, block, fullStart, fullEnd) ? 'other-entity' : undefined) ??
    (negatedNextTo(block.text, figure, cStart, cEnd) || EARLY_REPORTS.testCued(clause) || quotedClaim(block.text, figure) || rumouredOrSetRight(saidAfter(block.text, figure.end, fullEnd)) || quotesEarlierText(sentence.slice(0, figure.start - sStart)) || reportsRumour(sentence.slice(0, figure.start - sStart)) || setRightNext(block, figure, fullEnd) || deniedAnswer(blocks, b, figure) || rightOneLater(block, figure, fullEnd) ? 'rejected' : undefined) ??
    (figure.kind !== 'date' && RENEGOTIATION.testCued(sentence) ? 'time-frame' : undefined) ??
    (figure.kind === 'duration' && GROWTH.testCued(clause) ? 'time-frame' : undefined) ??
    // A person's age or years in a job: "Âgée de 47 ans", "a passé onze ans chez Google".
    (figure.kind === 'duration' && isPersonYears(block.text, figure.start, figure.end) ? 'other-entity' : undefined) ??
    (figure.kind !== 'date' && figure.kind !== 'duration' && YEARLY_AVERAGE.testCued(cueText(ownStretch(block, figure, fullStart, fullEnd))) ? 'rate' : undefined) ??
    (figure.kind !== 'date' && isSupposition(withoutRelatives(sentence, figure.end - sStart), cEnd - sStart) ? 'hypothetical' : undefined);
  if (blanket) return { dealId: null, veto: blanket };
  const header = isRow && figure.kind === 'date' ? headerCell(blocks, b, figure) : '';
  const dateWords = figure.kind === 'date' ? (isRow ? `${sentence}\n${cueText(header)}` : sentence) : '';
  // "…since the announcement that Anthropic will use Colossus 1" looks back at the announcement: the date is another event's.
  const announced = figure.kind !== 'date' || ANNOUNCED.testCued(dateWords.replace(SINCE_ANNOUNCEMENT, ' '));
  // A date is the deal's only where the sentence says it was announced or signed; one a party
  // merely "said" something on may confirm it, never contradict it.
  // So may a timeline's date that heads its entry ("6 mai 2026 — SpaceX : Anthropic prend la totalité de Colossus 1"):
  // the entry tells what happened that day, which may be the deal's announcement or a later step.
  // So may a date under a column headed by the contract ("Vertrag"): the day it was signed, or began.
  const stated = !announced && (STATED.testCued(dateWords) || headsEntry(block.text, fullStart, figure) || CONTRACT_WORD.test(header));
  if (!announced && !stated) return { dealId: null };

  // Only the figure's own stretch of the block is read: the whole block's list would make
  // linking quadratic on a block of thousands of names and figures (npm run bench, adversarial).
  // The maker of the GPUs a figure counts, named next to them, is part of it: "超过22万块英伟达GPU".
  // So is the maker of GPUs counted elsewhere in the sentence: "…más de 300 megavatios y 100.000 GPU de Nvidia".
  const outsideFigure = (e: EntityMatch) => !(e.start >= figure.start && e.end <= figure.end) && !makerOf(block.text, figure, e) && !gpuMaker(block.text, e);
  const own = otherColumns.length > 0 ? mentionsOf(block).filter((e) => !withinSpans(e, otherColumns)) : mentionsOf(block);
  // A company named in another clause as a shareholder is no evidence: "Elle dispose chez AWS, son principal
  // actionnaire avec Google, de capacités pouvant atteindre 8 GW".
  const shareholders = !isRow && SHAREHOLDER.testCued(sentence);
  const notShareholder = (e: EntityMatch) => {
    if (!shareholders) return true;
    const [eStart, eEnd] = clauseAround(block.text, sStart, sEnd, e.start, e.end);
    return (figure.start >= eStart && figure.end <= eEnd) || !SHAREHOLDER.testCued(cueText(block.text.slice(eStart, eEnd)));
  };
  // What an apposition after the deal's facility names is said of the facility, not the subject of what follows.
  const asides = isRow || block.kind === 'item' ? [] : appositions(index, block.text, within(own, sStart, figure.start), figure.start);
  const notAside = (e: EntityMatch) => !withinSpans(e, asides);
  // The names of the figure's sentence, read by each of the checks below.
  const inSentence = within(own, sStart, sEnd);
  const taken = isRow ? undefined : takenByPrevious(index, block, figure, inSentence);
  // A party's partner or reseller is another company: "재단은 구글 클라우드의 국내 협력사와 2년 계약을 맺었다".
  const partnered = inSentence.filter((e) => throughPartner(block.text, e));
  // A name in a clause after the figure that sets the figure beside it is a yardstick, not the figure's subject:
  // "…y unos 150 MW, una cifra pequeña al lado de la de Amazon". Left out when the sentence names anything else.
  const after = isRow ? [] : within(inSentence, figure.end, sEnd).filter((e) => !isNeutral(index, e));
  const yardsticks = after.filter((e) => yardstickClause(block.text, sStart, figure, e));
  const beside = yardsticks.length > 0 && inSentence.some((e) => !isNeutral(index, e) && !yardsticks.includes(e) && outsideFigure(e)) ? yardsticks : [];
  // A list item is one statement up to the figure's sentence: what its later sentences name is said apart
  // ("…新增容量300MW以上。同一园区旁的Colossus 2不在合作范围内").
  const itemNames = block.kind === 'item' ? within(own, 0, fullEnd) : own;
  const mentions = (isRow ? own : block.kind === 'item' ? itemNames : inSentence).filter((e) => outsideFigure(e) && notShareholder(e) && notAside(e) && e !== taken && !partnered.includes(e) && !beside.includes(e));
  const sentenceMentions = isRow || block.kind === 'item' ? mentions : within(mentions, sStart, sEnd);
  // A sentence that names a deal only to measure something else against it: the figure is that something else.
  if (!sentenceMentions.some((e) => !isNeutral(index, e)) && within(block.entities, sStart, sEnd).some((e) => index.byEntity.has(e.id) && isYardstick(e, block.text))) {
    return { dealId: null, veto: 'comparison' };
  }
  // "…wächst Colossus 2. Dort plant SpaceX mit … mehr als 1 Gigawatt": a sentence opening on "there", after one
  // naming only facilities of no deal, is about those.
  if (!isRow && fullStart > 0 && THERE_OPENING.test(block.text.slice(fullStart, figure.start))) {
    const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
    const facilities = within(own, pStart, pEnd).filter((e) => e.kind === 'facility');
    if (facilities.length > 0 && facilities.every((e) => !index.byEntity.has(e.id))) return { dealId: null, veto: 'other-entity' };
  }
  const head = isRow ? columnHeadSpan(blocks, b, figure) : undefined;
  const headText = head ? cueText(blocks[head.block]!.text.slice(head.start, head.end)) : '';
  const clauseMentions = within(mentions, cStart, cEnd);
  if (within(partnered, cStart, cEnd).length > 0 && !clauseMentions.some((e) => !isNeutral(index, e))) return { dealId: null, veto: 'other-entity' };
  const section = context.headingBlock !== undefined ? blocks[context.headingBlock]!.text : '';
  // "…合同期限为6年，并非截图所说的10年": the negation after the figure is the later figure's.
  const correctedAfter = () => block.figures.some((f) => f.kind === figure.kind && f.start >= figure.end && f.end <= fullEnd && isNegated(cueText(block.text.slice(figure.end, f.start))));
  const reading: Reading = { text: block.text, block: b, sentenceStart: sStart, clause, sentence, head: headText, previous: '', named: sentenceMentions, inClause: clauseMentions, stated, year, section, correctedAfter };
  // A paragraph opening on the contract, after one that names the article's deal: "…Anthropicが、Google
  // Cloudから…借り受ける契約を結んだ。" then "契約は５年間で総額２０００億ドルに上るとされる。". Only the
  // contract itself: "the two companies" or "the data centre" may open on something else they do.
  // So does one opening on the site by its role, for what the site holds, after one naming the site: "…the whole of
  // Colossus 1…" then "The site gives the Claude maker more than 300 megawatts, … roughly 120,000 Nvidia GPUs".
  const acrossOpening = (): LinkDecision | undefined => {
    if (isRow || block.kind !== 'paragraph' || fullStart !== 0 || !announced) return undefined;
    const contract = CONTRACT_OPENING.test(block.text.replace(ATTRIBUTION_LEAD, '')) || CONTRACT_JUST_BEFORE.test(block.text.slice(Math.max(0, figure.start - 60), figure.start));
    if (!contract && !(countsCapacity(figure) && SITE_OPENING.test(block.text))) return undefined;
    const across = paragraphBefore(index, blocks, b, mainDealId, !contract);
    return across ? checked(across, index, figure, { ...reading, previous: blocks[across.mention!.block]!.text }) : undefined;
  };
  const headNames = head ? within(mentionsOf(blocks[head.block]!), head.start, head.end) : [];
  // A clause naming the site by its role speaks of the site its sentence named before it; a company named after
  // the figure says something else: "…租下SpaceX的Colossus 1資料中心全部算力，這座資料中心內含18萬顆輝達GPU，是市場
  // 估算輝達高階晶片需求的重要參考".
  const siteByRole = () => {
    if (!SITE_ANAPHORA.testCued(clause)) return undefined;
    const before = within(mentions, sStart, figure.start);
    return before.some((e) => isDealSite(index, e)) ? before : undefined;
  };
  const levels: Array<[LinkTier, EntityMatch[], number]> = [
    ['clause', clauseMentions, b],
    // A table whose columns are deals: the column's heading names the figure's deal.
    // Not a heading naming only the party of every deal: "Partner | What Anthropic gets | Value".
    ...(head && head.start > 0 && headNames.some((e) => !isNeutral(index, e) && !index.hubs.has(e.id)) ? [['row', headNames, head.block] as [LinkTier, EntityMatch[], number]] : []),
    [isRow || block.kind === 'item' ? 'row' : 'sentence', isRow || block.kind === 'item' ? mentions : siteByRole() ?? within(mentions, sStart, sEnd), b],
  ];
  for (const [tier, named, where] of levels) {
    const found = where === b ? resolveDeal(index, named, figure, breaksOf(block)) : resolveDeal(index, named, { start: 0, end: 0 });
    // A place names a deal only when nothing its sentence names is foreign to that deal: in "앤트로픽은 … 플루이드스택과
    // 함께 텍사스와 뉴욕에 데이터센터를 짓는 데 5000억 달러를", Texas is no sign of the Texas plant.
    if (tier === 'clause' && found.kind === 'deal' && found.role === 'place' && foreignTo(index, sentenceMentions, found.dealId)) continue;
    let decision = decide(found, tier, where);
    // A row naming one party of a deal may be another deal of that company ("Microsoft | Nebius |
    // 17,4"): it names the deal by two of its names, or its site, with the table's caption or
    // lead-in ("Anthropics Rechenpartner" over "Fluidstack | 5 Mrd.").
    // So does a table of partners under a title naming the deal's other parties: "Anthropic's compute map" over
    // "Partner | … " and "Fluidstack | $40 billion".
    if (decision && isRow && where === b && !names(index, [...mentions, ...tableLead(blocks, b)], found) && !partnerOfTitle(index, blocks, b, found, titleIds)) {
      decision = { ...decision, doubt: 'weak-link' };
    }
    // A place of the article's deal, with a party of it and the deal itself, names it: "When the agreement
    // was announced on May 8, Anthropic said it would use … the Memphis facility".
    if (decision?.mention?.role === 'place' && decision.dealId === mainDealId && pointsBack(sentence)) {
      const party = named.find((e) => index.deals.get(decision!.dealId!)?.parties.includes(e.id));
      if (party) decision = { ...decision, mention: { entity: party, block: where, role: 'anaphora' } };
    }
    // So does the sentence just before, naming the deal itself: "L'accord entre Anthropic et SpaceX avait
    // été annoncé le 7 mai. Il porte sur la totalité du site de Memphis, soit près de 250 mégawatts".
    if (decision?.mention?.role === 'place' && decision.dealId === mainDealId && where === b && fullStart > 0) {
      const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
      const before = resolveDeal(index, within(own, pStart, pEnd), { start: pEnd, end: pEnd });
      if (before.kind === 'deal' && before.dealId === decision.dealId && before.role !== 'place') decision = { ...decision, tier: 'previous-sentence', mention: { entity: before.mention, block: b, role: before.role } };
    }
    if (decision) return checked(anchorPlace(index, block, fullStart, figure, decision, b > 0 ? blocks[b - 1] : undefined), index, figure, reading);
    const sheet = isRow && where === b ? factSheet(index, blocks, b) : undefined;
    if (sheet) return checked(sheet, index, figure, reading);
    if (found.kind !== 'other') continue;
    // One party and "the three companies" it dealt with, named just before: "エヌビディアが3社に約束した40億ドル". What it
    // pays them "in all" is then that deal's total ("Les trois groupes profitent de l'engagement de Nvidia, qui s'est engagé
    // à leur acheter au total pour 6,5 milliards").
    const counted = !isRow && block.kind !== 'item' ? countedPartners(index, blocks, b, sStart, sentence, named) : undefined;
    if (counted) return checked(counted, index, figure, reading);
    // Only hub parties, in a sentence that adds up: their total over their deals, not one of them
    // ("Adding up the rows where a capacity is given, Anthropic has lined up north of 10 GW").
    // Unless the sentence names one deal of theirs by another party, in another clause: "…TPU」を使い、合計400万キロワットの
    // 計算能力をアンソロピックに提供する" (Google and Broadcom open the sentence).
    const oneDealBeside = tier === 'clause' && dealsNamedFirmly(index, sentenceMentions) === 1;
    // Unless the sum is what the agreement brings, said before the figure or in its clause: "Insgesamt sollen Anthropic
    // aus der Vereinbarung 5 Gigawatt … zur Verfügung stehen".
    const underDeal = () => UNDER_THE_DEAL.test(sentence.slice(0, Math.max(0, cEnd - sStart)));
    // Korean "모두" adds up before the figure ("용량이 모두 10기가와트를"); after it, it is "all of it" ("200MW를 모두 쓰는").
    const allBefore = () => ALL_BEFORE_KO.test(block.text.slice(Math.max(sStart, figure.start - 8), figure.start));
    if (!oneDealBeside && figure.kind !== 'date' && (SUM.testCued(sentence) || allBefore()) && !underDeal()) return { dealId: null, veto: 'company-total' };
    // "The company" opening the sentence is the one the sentence before named: "Amazon rose 1.1%. The
    // company, which has agreed to provide Anthropic with up to 5 GW…".
    const carried = tier !== 'clause' && !isRow && block.kind !== 'item' ? subjectCarried(index, block, b, fullStart, named) : undefined;
    if (carried) return checked(carried, index, figure, reading);
    // A share of what the sentence before gave the deal: "AWS가 앤트로픽에 제공하는 컴퓨팅 용량은 최대 5GW 규모다.
    // 앤트로픽은 이 가운데 약 2GW를…".
    const shared = tier === 'sentence' && !isRow && block.kind !== 'item' ? shareOfBefore(index, block, b, fullStart, figure, named) : undefined;
    if (shared) return checked(shared, index, figure, reading);
    // A party with its site named by role, a sentence or two after its paragraph named the site: "Colossus 1, der
    // Supercomputer, den xAI gebaut hat. Seit Mai rechnet dort Anthropic; SpaceX hat die gesamte Anlage mit mehr als
    // 220.000 Grafikprozessoren … vermietet."
    const bySite = tier === 'sentence' && !isRow && block.kind !== 'item' ? siteBefore(index, block, b, fullStart, named, sentence) : undefined;
    if (bySite) return checked(bySite, index, figure, reading);
    // Only hub parties, with the contract pointed back at, after a sentence naming one deal: "…ブロードコムが設計に関わる
    // TPUによる計算能力を受け取る。アンソロピックが同契約で確保する電力容量は350万キロワットに上る".
    const contract = tier === 'sentence' && !isRow && block.kind !== 'item' ? contractBefore(index, block, b, fullStart, named, sentence) : undefined;
    if (contract) return checked(contract, index, figure, { ...reading, previous: block.text.slice(...sentenceAt(block.sentences, fullStart - 1)) });
    // Only hub parties, and the sentence points back at the article's deal: "The deal grants Anthropic…".
    // In a sentence opening on the contract, a company in no deal named only in a clause after the figure's describes
    // something else there: "The agreement … gives Anthropic more than 220,000 Nvidia GPUs under a single roof, a cluster
    // xAI assembled in two years".
    const onContract = () => CONTRACT_OPENING.test(block.text.slice(fullStart, fullStart + 40));
    const back = mainDealId && pointsBack(sentence) ? anaphora(index, onContract() ? sentenceMentions.filter((e) => e.start < cEnd || index.byEntity.has(e.id)) : sentenceMentions, mainDealId, b) : undefined;
    if (back) return checked(back, index, figure, reading);
    // A clause naming only parties of several deals leaves the choice to its sentence;
    // one naming a company or site in no deal at all is about that ("xAI built it with 100,000 GPUs").
    if (tier === 'clause' && !named.some((e) => !isNeutral(index, e) && !index.byEntity.has(e.id))) continue;
    // A sentence naming only parties of the article's deal, one of which signs with others too
    // ("…more than 220,000 GPUs, Anthropic's post says"), may confirm the deal's figure, never
    // contradict it: "Anthropic has secured about 15 GW" is a company's total.
    const hubs = mainDealId ? anaphora(index, sentenceMentions, mainDealId, b) : undefined;
    // Unless the paragraph opens on the deal, named in the one before: "该园区可在一个月内为Anthropic新增逾30万千瓦的容量，
    // 园内约11万块英伟达GPU…".
    const across = hubs ? acrossOpening() : undefined;
    if (across) return across;
    if (hubs) return checked({ ...hubs, tier: 'article', doubt: 'weak-link' }, index, figure, reading);
    return { dealId: null, veto: 'other-entity' };
  }
  const sentenceNamesNothing = within(block.entities, sStart, sEnd).every((e) => isNeutral(index, e) || !outsideFigure(e) || inCredit(e, block.text));
  if (!isRow && block.kind !== 'item' && sentenceNamesNothing && sStart > 0) {
    const [pStart, pEnd] = sentenceAt(block.sentences, Math.max(0, fullStart - 1));
    const before = withoutAsides(index, block.text, within(own, Math.max(pStart, fullStart - SENTENCE_WINDOW), pEnd), pStart);
    const found = resolveDeal(index, before, { start: pStart, end: pStart });
    // The sentence before must name the deal itself — its facility, or two of its parties and
    // sites — to raise a flag; one of its companies alone may only confirm a match: "Google
    // still has to build sites. Lead times … four years." is no term of the Google deal.
    const decision = decide(found, 'previous-sentence', b);
    if (decision) {
      // "The contract with Google is worth $200 billion. Its term is ten years.": a party alone, with
      // the deal itself ("the contract"), names the deal too.
      const previous = block.text.slice(pStart, pEnd);
      // So does the figure's own sentence pointing back at the contract: "…ブロードコムが設計に関わる専用チップを使い…。この契約で確保する容量は3.5ギガワット".
      // Or opening on the contract, which Japanese names without an article: "…計算能力を受け取る。契約総額は1500億ドルで".
      const onContract = pointsBack(cueText(previous)) || pointsBack(sentence) || CONTRACT_OPENING.test(block.text.slice(fullStart, fullStart + 40));
      const sure = names(index, before, found) || (found.kind === 'deal' && found.role === 'party' && onContract) ? decision : { ...decision, doubt: 'weak-link' as const };
      return checked(sure, index, figure, { ...reading, previous, named: [...before, ...sentenceMentions] });
    }
    // Only parties of several deals before, and the figure's sentence points back at the article's deal,
    // whose parties they are: "Walk the floor with SpaceX's site engineers. The site houses more than 220,000 GPUs".
    // Japanese names the site by its role without a demonstrative ("施設には…22万基"), which only the site list has.
    const bySiteRole = countsCapacity(figure) && SITE_ANAPHORA.testCued(sentence);
    if (found.kind === 'other' && mainDealId && (pointsBack(sentence) || bySiteRole) && anaphora(index, before, mainDealId, b)) {
      // With the article's site named by its role as well, the sentence before names the deal: "…since Anthropic
      // took over the whole of the facility's computing capacity. That arrangement … some 200 megawatts".
      const previous = block.text.slice(pStart, pEnd);
      if (index.deals.get(mainDealId)?.sites?.length && SITE_ANAPHORA.testCued(cueText(previous))) {
        const party = anaphora(index, before, mainDealId, b)!;
        return checked({ ...party, tier: 'previous-sentence' }, index, figure, { ...reading, previous, named: [...before, ...sentenceMentions] });
      }
      // Or the figure's own sentence names the site by its role, whose name a sentence before that gave: "…des
      // Rechenzentrums Colossus 1 von SpaceX in Memphis. Das bringt Anthropic … 300 Megawatt. In den Hallen stehen rund 100.000 Nvidia-GPUs".
      const site = siteBefore(index, block, b, fullStart, before, sentence);
      if (site?.dealId === mainDealId) return checked(site, index, figure, { ...reading, previous, named: [...before, ...sentenceMentions] });
      return checked({ dealId: mainDealId, tier: 'article', doubt: 'weak-link' }, index, figure, reading);
    }
    if (found.kind === 'other') return { dealId: null, veto: 'other-entity' };
  }
  // "The two companies announced the agreement on May 6", "该设施已装有超过22万块英伟达GPU": the article's
  // deal, pointed back at in a sentence that names nothing. It may confirm the deal's figure, and stand
  // against the page's other value for it, never be flagged.
  const pointedBack = () =>
    announced && sentenceNamesNothing && mainDealId && pointsBack(sentence) ? checked({ dealId: mainDealId, tier: 'article', doubt: 'weak-link' }, index, figure, reading) : undefined;
  // A paragraph opening on the contract or the site, after one that names the deal (acrossOpening).
  if (sentenceNamesNothing) {
    const across = acrossOpening();
    if (across) return across;
  }
  // A fact box's heading leads the list right under it as an intro does: "The Colossus 1 deal at a glance" over
  // "Hardware: roughly 100,000 Nvidia GPUs" and "Announced: May 6, 2026".
  const headingLeads = block.kind === 'item' && context.headingBlock !== undefined && blocks.slice(context.headingBlock + 1, b).every((x) => x.kind === 'item');
  if (figure.kind === 'date' && !(headingLeads && announced)) return pointedBack() ?? { dealId: null };
  for (const where of [context.introBlock, context.headingBlock]) {
    if (where === undefined) continue;
    const named = mentionsOf(blocks[where]!);
    const found = resolveDeal(index, named, { start: 0, end: 0 });
    // A list item is one line with the sentence that leads into it: "Here is what Colossus 1 looks
    // like:" names the deal of "Power: 150 megawatts" as firmly as its own words would, and so does
    // one party with the deal itself: "Fluidstackとの米国データセンター投資：".
    const leads =
      ((where === context.introBlock && context.introLeads) || (where === context.headingBlock && headingLeads)) &&
      (found.kind === 'deal' && found.role === 'site' || names(index, named, found) || (found.kind === 'deal' && found.role === 'party' && DEAL.testCued(cueText(blocks[where]!.text))));
    if (figure.kind === 'date' && !leads) continue;
    const decision = decide(found, leads ? 'intro' : 'context', where);
    // A table listing several projects under the intro: a row that names none of the deal's own, where
    // another row does, is another project ("Fab 21 | TSMC | 165.000 millones" above "Terafab | SpaceX").
    if (decision && isRow && otherRowNamesDeal(index, blocks, b, decision.dealId!)) return { dealId: null, veto: 'other-entity' };
    if (decision) return checked(decision, index, figure, reading);
  }
  // Pointed back at, the figure is the deal's however wide the rest of its block reads ("全球最大的…集群之一").
  const back = pointedBack();
  if (back) return back;
  if (!mainDealId || (context.wider ??= WIDER_SCOPE.test(block.text))) return { dealId: null };
  const main = index.deals.get(mainDealId);
  if (!main?.facts.some((fact) => fact.kind === figure.kind)) return { dealId: null };
  return checked({ dealId: mainDealId, tier: 'article' }, index, figure, reading);
}

/**
 * A table of two columns, a label and a value, whose rows together name one
 * deal by two of its names (parties or sites), and no other: a fact sheet of
 * that deal ("Supplier | Corning, Lumentum, Coherent", "Total commitment | $5.4
 * billion"). Each of its rows speaks of that deal. A table mixing deals, or
 * one of more columns, is read row by row.
 */
function factSheet(index: DealIndex, blocks: ReadBlock[], b: number): LinkDecision | undefined {
  const held = blocks[b]!.context!.sheet;
  if (held !== undefined) return held ?? undefined;
  const first = tableStart(blocks, b);
  let last = b;
  while (last + 1 < blocks.length && blocks[last + 1]!.kind === 'row') last++;
  const rows = blocks.slice(first, last + 1);
  // Read once per table: every figure of every row asks.
  const sheet = readSheet(index, rows, first);
  for (const row of rows) row.context!.sheet = sheet ?? null;
  return sheet;
}

function readSheet(index: DealIndex, rows: ReadBlock[], first: number): LinkDecision | undefined {
  if (rows.some((row) => row.text.split(' | ').length !== 2)) return undefined;
  const mentions = rows.flatMap((row, i) => mentionsOf(row).map((e) => ({ e, block: first + i })));
  const named = [...dealsNamed(index, mentions.map((m) => m.e.id))].filter(([, n]) => n >= 1);
  if (named.length !== 1 || named[0]![1] < 2) return undefined;
  const [dealId] = named[0]!;
  const deal = index.deals.get(dealId)!;
  const own = mentions.find((m) => deal.sites?.includes(m.e.id)) ?? mentions.find((m) => deal.parties.includes(m.e.id) && !index.hubs.has(m.e.id));
  if (!own) return undefined;
  return { dealId, tier: 'row', mention: { entity: own.e, block: own.block, role: deal.sites?.includes(own.e.id) ? 'site' : 'party' } };
}

/**
 * A place names a deal only weakly (a city hosts many campuses), unless the
 * figure's sentence or the one before in the paragraph names the deal's
 * facility there: "Terafab, une usine au Texas estimée à 5,5 milliards",
 * "…leases Colossus 1. In the Memphis data centre run 22,000 GPUs."
 */
function anchorPlace(index: DealIndex, block: ReadBlock, sStart: number, figure: RawFigure, decision: LinkDecision, blockBefore?: ReadBlock): LinkDecision {
  if (decision.mention?.role !== 'place') return decision;
  const deal = index.deals.get(decision.dealId!);
  const isSite = (e: EntityMatch) => e.kind === 'facility' && deal?.sites?.includes(e.id);
  const siteIn = (from: number, to: number) => within(mentionsOf(block), from, to).find(isSite);
  // The place was all the figure's clause named, so the facility stands further off: the evidence
  // says where. In the figure's sentence it must come before it with only places and the deal's own
  // parties between, as the head of an apposition does ("Colossus 1, dem Rechenzentrum von SpaceX in
  // Memphis mit seinen 200 Megawatt"); one named after ("…, the fab Terafab is compared with") is a yardstick.
  const earlier = within(mentionsOf(block), sStart, figure.start);
  const last = earlier.findLastIndex((e) => e.kind !== 'place' && !deal?.parties.includes(e.id));
  const own = last >= 0 && isSite(earlier[last]!) ? earlier[last] : undefined;
  const before = own ? undefined : sStart > 0 ? siteIn(...sentenceAt(block.sentences, sStart - 1)) : siteEndingBefore(blockBefore, block, figure, isSite);
  const site = own ?? before;
  if (!site) return decision;
  const tier: LinkTier = before ? 'previous-sentence' : decision.tier === 'clause' ? 'sentence' : decision.tier!;
  return { ...decision, tier, mention: { entity: site, block: decision.mention.block, role: 'site' } };
}

/**
 * The site the paragraph before ends on, for a paragraph whose first sentence names it by its role: "…para Terafab, la
 * fábrica de chips que SpaceX quiere levantar en Texas." then "SpaceX presentó los planes de la planta, con una inversión
 * de 65.000 millones de dólares, según … las autoridades de Texas".
 */
function siteEndingBefore(blockBefore: ReadBlock | undefined, block: ReadBlock, figure: RawFigure, isSite: (e: EntityMatch) => boolean | undefined): EntityMatch | undefined {
  if (blockBefore?.kind !== 'paragraph' || block.kind !== 'paragraph') return undefined;
  const [, sEnd] = sentenceAt(block.sentences, figure.start);
  if (!SITE_ANAPHORA.testCued(cueText(block.text.slice(0, sEnd)))) return undefined;
  const last = mentionsOf(blockBefore).findLast((e) => e.kind === 'facility');
  return last && isSite(last) ? last : undefined;
}

/** A figure of what a site holds: its power, its GPUs or its chips. */
function countsCapacity(figure: RawFigure): boolean {
  return figure.kind === 'power' || figure.kind === 'gpus' || figure.kind === 'chips';
}

/** Whether `e` is a facility that is some deal's site. */
function isDealSite(index: DealIndex, e: EntityMatch): boolean {
  return e.kind === 'facility' && (index.byEntity.get(e.id) ?? []).some((r) => r.role === 'site');
}

/** A comma, then a common noun: an apposition opens ("Colossus 1, the data center…"), a list of names does not. */
const APPOSITION_OPEN = /^,\s+(?=\p{Ll})/u;
/** A relative pronoun after the apposition's closing comma: what follows is said of the apposition's last noun. */
const RELATIVE_NEXT = /^\s*(?:which|that|who|whose|where|que|qui|dont|où|donde|cuy[oa]s?|die|der|das|dem|den|deren|dessen|welche[rsmn]?|wo)(?!\p{L})/iu;
/** How long an apposition may run. */
const APPOSITION_REACH = 200;

/**
 * The appositions that follow a deal's facility among `named` (the mentions before a figure) and
 * close, with a comma or a colon, before the figure: "Colossus 1, el centro de datos que construyó xAI y que hoy
 * explota SpaceX, consume unos 150 megavatios". The names inside them describe the facility; the
 * figure after them is said of the facility itself.
 */
function appositions(index: DealIndex, text: string, named: EntityMatch[], figureStart: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const site of named) {
    if (!isDealSite(index, site)) continue;
    const open = APPOSITION_OPEN.exec(text.slice(site.end, site.end + 8));
    if (!open) continue;
    const from = site.end + open[0].length;
    // A comma closes it, or a colon that opens what is said of the facility: "…intégré à SpaceX : plus de 300 MW".
    const close = text.slice(from, Math.min(figureStart, from + APPOSITION_REACH)).search(/[,:](?!\d)/);
    if (close === -1 || RELATIVE_NEXT.test(text.slice(from + close + 1, from + close + 20))) continue;
    spans.push([from, from + close]);
  }
  return spans;
}

/**
 * `named` without the companies in no deal that stand in an aside to a party or site of a deal, set off by
 * a comma after its name and closed by the next comma or the sentence's end: "SpaceX, que absorbió a xAI a
 * comienzos de año, alquila a Anthropic … Colossus 1, el superordenador … que xAI levantó para entrenar a Grok."
 */
function withoutAsides(index: DealIndex, text: string, named: EntityMatch[], start: number): EntityMatch[] {
  const heads = named.filter((e) => index.byEntity.has(e.id) && text[e.end] === ',');
  if (heads.length === 0) return named;
  return named.filter((e) => {
    if (index.byEntity.has(e.id) || isNeutral(index, e)) return true;
    const head = heads.filter((h) => h.end < e.start && h.start >= start).at(-1);
    return !head || text.slice(head.end + 1, e.start).includes(',');
  });
}

/** Whether a mention stands wholly inside one of `spans` (the appositions of a sentence). */
function withinSpans(e: EntityMatch, spans: ReadonlyArray<readonly [number, number]>): boolean {
  return spans.some(([from, to]) => e.start >= from && e.end <= to);
}

/** A relative clause opened after a comma: ", where …", ", die …", ", dont …", ", donde …". */
const RELATIVE_OPEN = /,\s+(?:where|which|who|whose|wo|die|der|das|welche[rsmn]?|où|dont|qui|lequel|laquelle|donde|cuy[oa]s?|en (?:el|la) que)(?!\p{L})/giu;

/** A sentence opening on its subject, a noun after an article: "Die zusätzliche Leistung", "The capacity". */
const SUBJECT_OPENING = /^\s*(?:the|this|its|der|die|das|diese[rsmn]?|la|le|les|l['’]|cette|ce|el|los|las|esta|este)\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*$/iu;

/** Words that open another clause, or a subject of its own, between a relative clause and the figure. */
const CLAUSE_AFTER = /[,;:]|(?<!\p{L})(?:what|that|which|who|where|was|die|der|das|wo|que|qui|où|donde)(?!\p{L})/iu;

/**
 * Whether `name` stands in a relative clause of the figure's sentence that closes, with a comma, before the figure.
 * A clause describing the sentence's subject, when the rest runs straight on to the figure, describes what the
 * figure measures: "Die zusätzliche Leistung, die SpaceX in Memphis für Anthropic bereitstellt, beziffern beide
 * Seiten auf rund 150 Megawatt".
 */
function withinRelativeClause(text: string, sentenceStart: number, figure: RawFigure, name: EntityMatch): boolean {
  if (name.end > figure.start) return false;
  RELATIVE_OPEN.lastIndex = Math.max(sentenceStart, name.start - APPOSITION_REACH);
  for (let m = RELATIVE_OPEN.exec(text); m && m.index < name.start; m = RELATIVE_OPEN.exec(text)) {
    const close = text.slice(m.index + 1, figure.start).search(/[,;:.!?](?!\d)/);
    if (close === -1 || text[m.index + 1 + close] !== ',' || name.end > m.index + 1 + close) continue;
    const ofSubject = m.index >= sentenceStart && SUBJECT_OPENING.test(text.slice(sentenceStart, m.index));
    if (ofSubject && !CLAUSE_AFTER.test(text.slice(m.index + 2 + close, figure.start))) continue;
    return true;
  }
  return false;
}

/**
 * The figure's own stretch of its sentence: from the figure before it, or the sentence's start, to
 * the figure after it, or the sentence's end. "年平均にならすと、およそ500億ドル" is said of the 500億ドル
 * alone, not of the total the sentence gave first.
 */
function ownStretch(block: ReadBlock, figure: RawFigure, sentenceStart: number, sentenceEnd: number): string {
  let from = sentenceStart;
  let to = sentenceEnd;
  for (const other of block.figures) {
    if (other.end <= figure.start && other.end > from) from = other.end;
    if (other.start >= figure.end && other.start < to) to = other.start;
  }
  return block.text.slice(from, to);
}

/** Whether any company or facility among `named` takes no part in the deal. */
function foreignTo(index: DealIndex, named: EntityMatch[], dealId: string): boolean {
  return named.some((e) => (e.kind === 'company' || e.kind === 'facility') && !(index.byEntity.get(e.id) ?? []).some((r) => r.deal.id === dealId));
}

/** How many of the deal's non-hub parties are named. */
function partiesIn(index: DealIndex, deal: Deal, mentions: EntityMatch[]): number {
  return new Set(mentions.filter((e) => deal.parties.includes(e.id) && !index.hubs.has(e.id)).map((e) => e.id)).size;
}

function names(index: DealIndex, mentions: EntityMatch[], found: Resolution): boolean {
  if (found.kind !== 'deal') return false;
  if (found.role === 'site') return true;
  return (dealsNamed(index, mentions.map((e) => e.id)).get(found.dealId) ?? 0) >= 2;
}

function decide(found: Resolution, tier: LinkTier, block: number): LinkDecision | undefined {
  if (found.kind !== 'deal') return undefined;
  return { dealId: found.dealId, tier, mention: { entity: found.mention, block, role: found.role } };
}

function anaphora(index: DealIndex, named: EntityMatch[], mainDealId: string, block: number): LinkDecision | undefined {
  const deal = index.deals.get(mainDealId);
  const own = named.filter((e) => !isNeutral(index, e));
  if (!deal || own.length === 0 || !own.every((e) => ownOf(deal, e))) return undefined;
  return { dealId: mainDealId, tier: 'sentence', mention: { entity: own[0]!, block, role: 'anaphora' } };
}

/**
 * Whether the figure's sentence up to it (`before`, as `cueText` gives it) or
 * the number-free sentence before announces a yardstick ("to put that in perspective").
 */
function forPerspective(block: ReadBlock, before: string, fullStart: number): boolean {
  if (PERSPECTIVE.testCued(before)) return true;
  if (fullStart === 0) return false;
  const [pStart, pEnd] = sentenceAt(block.sentences, fullStart - 1);
  const previous = block.text.slice(Math.max(pStart, fullStart - SENTENCE_WINDOW), pEnd);
  // A semicolon goes on with what the sentence before set out: "作为对照，台积电…1650亿美元，…；三星…投资额也有370亿美元".
  if (/[;；]\s*$/.test(previous)) return PERSPECTIVE_AHEAD.test(previous);
  return !/\d/.test(previous) && PERSPECTIVE_AHEAD.test(previous);
}

/**
 * Whether the words before the figure name a known contract: a deal word, and two parties or sites of
 * one deal (places aside), one of them no hub. A yardstick that is such a contract states its value: "Zum Vergleich:
 * Der Azure-Vertrag, den Anthropic mit Microsoft und Nvidia geschlossen hat, umfasst 30 Milliarden Dollar".
 */
function namesAContract(index: DealIndex, block: ReadBlock, sStart: number, figureStart: number, sentence: string): boolean {
  if (!DEAL.testCued(sentence.slice(0, figureStart - sStart))) return false;
  // A place is no name of a contract: "是 Terafab 的三倍有余；三星在得克萨斯州…" names the plant alone.
  const ids = within(mentionsOf(block), sStart, figureStart).filter((e) => e.kind !== 'place').map((e) => e.id);
  const ofDeal = (id: string, dealId: string) => (index.byEntity.get(id) ?? []).some((r) => r.deal.id === dealId);
  return [...entitiesPerDeal(index, ids)].some(([dealId, n]) => n >= 2 && ids.some((id) => !index.hubs.has(id) && ofDeal(id, dealId)));
}

/** A name in the possessive right before the figure, and no name the dataset knows: "Samsung's $44 billion fab". */
const POSSESSOR = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d&.-]*)['’]s\s+$/u;

/** A share said of the figure just after it: "…, das ist etwa die Hälfte der Anlage". */
const SHARE_AFTER = new CueMatcher([
  'half of', 'half the', 'a third of', 'a quarter of', 'die hälfte', 'ein drittel', 'ein viertel', 'la moitié', 'un tiers', 'un quart',
  'la mitad', 'un tercio', 'una cuarta parte', '一半', '三分之一', '四分之一', '半分', '3分の1', '4分の1', '절반', '3분의 1', '4분의 1',
]);

/** A shareholder, named as what a company is to another: "son principal actionnaire avec Google". */
const SHAREHOLDER = new CueMatcher(['shareholder', 'stockholder', 'actionnaire', 'aktionär', 'anteilseigner', 'accionista', '股东', '股東', '株主', '주주']);

/** How far before a figure's sentence its paragraph is read for the utility that supplies it. */
const GRID_REACH = 160;

/** Words that set what a clause names beside something else: "is in that league", "on a par with", "一座就抵得上六成". */
const LIKENED = new CueMatcher(['league', 'on a par', 'comparable', 'similar', 'the same size', 'in the same range', 'du même ordre', 'vergleichbar', 'ähnlich', '相当', '相当于', '相當於', '匹敵', '맞먹',
  'equivalent', 'équivaut', 'équivalent', 'entspricht', 'equivale', '抵得上', '抵得过', '抵得過',
  // "比半部機組還多" (more than half a generating unit), "約為其四分之一" (about a quarter of it).
  '还多', '還多', '还大', '還大', '还少', '還少', '分之', '分の', '분의',
  // A multiple of it: "规模是Colossus 1的三倍多", "Colossus 1の3倍", "콜로서스 1의 3배 규모".
  '倍', '배 규모', '배에 달', '배에 이르', '배 이상', '배가 넘', '배나']);

/**
 * Whether the deal's mention lies in a clause after the figure's, and that
 * clause likens it to something: "…$165 billion for its Arizona sites in
 * total, so Terafab is in that league".
 */
function yardstickClause(text: string, sentenceStart: number, figure: RawFigure, mention: EntityMatch): boolean {
  const sentenceEnd = Math.min(text.length, mention.end + SENTENCE_WINDOW);
  const [, cEnd] = clauseAround(text, sentenceStart, sentenceEnd, figure.start, figure.end);
  if (mention.start < cEnd) return false;
  const [mStart, mEnd] = clauseAround(text, sentenceStart, sentenceEnd, mention.start, mention.end);
  const named = cueText(text.slice(mStart, mEnd));
  return LIKENED.testCued(named) || COMPARISON.testCued(named);
}

/** Whether the row at `b` names nothing of a deal that another row of its table names. */
function otherRowNamesDeal(index: DealIndex, blocks: ReadBlock[], b: number, dealId: string): boolean {
  const ofDeal = (block: ReadBlock) => block.entities.some((e) => (index.byEntity.get(e.id) ?? []).some((r) => r.deal.id === dealId));
  if (ofDeal(blocks[b]!)) return false;
  for (const step of [-1, 1]) {
    for (let r = b + step; blocks[r]?.kind === 'row'; r += step) if (ofDeal(blocks[r]!)) return true;
  }
  return false;
}

/** A preposition (and article) that ties a name to the figure before it: "5 Gigawatt bei Google", "5 GW with Google". */
const TIED_TO_FIGURE = /^\s?(?:bei|von|für|mit|at|with|from|for|chez|auprès d[eu]|avec|pour|con|de|del|para)\s(?:(?:der|dem|den|the|la|le|el|les|los|las)\s)?$/i;

/**
 * In a list of figures each followed by its company ("bis zu 5 Gigawatt bei Amazon, 5 Gigawatt bei
 * Google und dazu 25 Milliarden Dollar … bei Microsoft"), the name just after the previous figure is
 * that figure's, when this one has a name of its own after it. Undefined otherwise.
 */
function takenByPrevious(index: DealIndex, block: ReadBlock, figure: RawFigure, mentions: EntityMatch[]): EntityMatch | undefined {
  let previous: RawFigure | undefined;
  for (const f of block.figures) {
    if (f.end > figure.start) break;
    previous = f;
  }
  if (!previous) return undefined;
  const tied = mentions.find((e) => e.start >= previous.end && e.end <= figure.start && !isNeutral(index, e) && TIED_TO_FIGURE.test(block.text.slice(previous.end, e.start)));
  if (!tied) return undefined;
  const ownAfter = mentions.some((e) => e.start >= figure.end && !isNeutral(index, e) && index.byEntity.has(e.id));
  return ownAfter ? tied : undefined;
}

/** What a counted figure's maker precedes: "英伟达GPU", "エヌビディア製GPU", "엔비디아 GPU". */
const COUNTED_NOUN = /^(?:[(（][^)）]{1,12}[)）])?\s?(?:製|제)?\s?(?:GPU|TPU|H100|H200|B200|GB200|芯片|晶片|チップ|칩)/i;
/** A maker and the noun it makes, just before the count: "엔비디아 GPU 2만2천 개", "NVIDIA製GPU22万基". */
const MAKER_NOUN_BEFORE = /^\s?(?:製|제|社製)?\s?(?:GPU|TPU|H100|H200|B200|GB200)s?\s?$/i;
/** A figure that ends with the noun its maker then follows: "220 000 GPU Nvidia". */
const ENDS_WITH_NOUN = /(?:GPUs?|TPUs?|puces|processeurs graphiques|Grafikprozessoren|procesadores gráficos)$/i;

/** Whether `e` names the maker of the GPUs `figure` counts, next to them: "22万块英伟达GPU", "엔비디아 GPU 2만2천 개". */
function makerOf(text: string, figure: RawFigure, e: EntityMatch): boolean {
  if (figure.kind !== 'gpus' || e.kind !== 'company') return false;
  if (e.end <= figure.start) return figure.start - e.end <= 8 && MAKER_NOUN_BEFORE.test(text.slice(e.end, figure.start));
  if (e.start < figure.end || e.start - figure.end > 2 || !/^[\s的の의]*$/.test(text.slice(figure.end, e.start))) return false;
  return COUNTED_NOUN.test(text.slice(e.end, e.end + 24)) || ENDS_WITH_NOUN.test(text.slice(figure.start, figure.end));
}

/** A partner, reseller or subsidiary of the name just before: "구글 클라우드의 국내 협력사", "a Google Cloud reseller". */
const PARTNER_AFTER =
  /^(?:\s*[의の的]\s*(?:국내|현지|공식|国内|日本|本地|当地|當地)?\s*(?:협력사|파트너사?|리셀러|총판|대리점|자회사|계열사|販売代理店|代理店|パートナー企業|パートナー|子会社|販売店|合作伙伴|合作夥伴|代理商|经销商|經銷商|子公司)|['’]s\s+(?:local\s+|authori[sz]ed\s+|official\s+|regional\s+)?(?:partner|reseller|distributor|subsidiary)|\s+(?:reseller|distributor)s?(?![\p{L}]))/iu;
/** The same, named before the name: "a partner of Google Cloud", "einem Partner von", "un revendeur de". */
const PARTNER_BEFORE =
  /(?:(?:partner|reseller|distributor|subsidiary)\s+of|(?:partner|partnern|vertriebspartner|wiederverkäufer|tochter|tochtergesellschaft)\s+von|(?:partenaire|revendeur|distributeur|filiale)\s+(?:de|d['’])|(?:socio|revendedor|distribuidor|filial)\s+de)\s*$/iu;

/** Whether `e` is named only as another company's partner, reseller or parent. */
function throughPartner(text: string, e: EntityMatch): boolean {
  return PARTNER_AFTER.test(text.slice(e.end, e.end + 16)) || PARTNER_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start));
}

/** The GPUs or their model right after a company, maybe behind its name in brackets: "NVIDIA GPUs", "英伟达GPU", "輝達（NVIDIA）GPU", "Nvidia H100". */
const GPU_AFTER_MAKER = /^(?:[(（][^)）]{1,12}[)）]|[)）])?\s?(?:製の?|社製の?|제|의|的)?\s?(?:GPU|H100|H200|B200|B300|GB200|GB300)/i;
/** The GPUs right before it: "GPU de Nvidia", "unidades de procesamiento gráfico (GPU) de Nvidia", "GPUs von Nvidia". */
const GPU_BEFORE_MAKER = /(?:GPUs?|gráficos?|graphiques|Grafikprozessoren|Grafikchips)\s*(?:\(GPUs?\)\s*)?(?:de|von|d['’]|from|made by|by)?\s*$/i;

/** Whether `e` is named as the maker of GPUs, which makes no one a party to a deal. */
function gpuMaker(text: string, e: EntityMatch): boolean {
  return e.kind === 'company' && (GPU_AFTER_MAKER.test(text.slice(e.end, e.end + 24)) || GPU_BEFORE_MAKER.test(text.slice(Math.max(0, e.start - 40), e.start)));
}

/** "Samsung's fab", "TSMC's plant in Arizona", "台積電在亞利桑那州的承諾投資": a facility or investment of a name. */
const OWNED_FACILITY =
  /(?<![\p{L}\d])(\p{Lu}[\p{L}\d&.-]*)['’]s\s+(?:[\p{L}-]+\s+)?(?:fab|fabs|plant|factory|campus|data cent(?:er|re)|facility|cluster|site)\b|(?<=^|[，,、：:\s])(\p{Script=Han}{2,5})在\p{Script=Han}{2,8}的(?:承諾|承诺)?(?:投資|投资|工廠|工厂|晶圓廠|晶圆厂|園區|园区)/u;

/** Whether the figure's sentence, before it, speaks of a facility of a company the dataset does not know. */
function othersFacility(text: string, sentenceStart: number, at: number, named: EntityMatch[]): boolean {
  const m = OWNED_FACILITY.exec(text.slice(sentenceStart, at));
  if (!m) return false;
  const name = m[1] ?? m[2]!;
  const start = sentenceStart + m.index + m[0].indexOf(name);
  return !namesAt(named, start, start + name.length);
}

/** Companies given by example: "Auftragsfertiger wie TSMC", "foundries such as TSMC", "fondeurs comme TSMC". */
const BY_EXAMPLE = /(?:such as|like|including|wie|etwa|darunter|comme|tels? que|notamment|como|tales como|incluid[oa]s?)\s+([A-Z][\p{L}\p{N}&.-]*[\p{L}\p{N}])|(?<![A-Za-z0-9])([A-Z][A-Za-z0-9&.-]*[A-Za-z0-9])(?:など|といった|등|같은|等)/gu;


/** The words from the last party or site of `deal` named in the figure's sentence before it, to the figure's end. */
function fromLastName(text: string, named: EntityMatch[], deal: Deal, sentenceStart: number, figure: RawFigure): string {
  let from = -1;
  for (const e of named) if (e.start >= sentenceStart && e.end <= figure.start && ownOf(deal, e)) from = Math.max(from, e.start);
  return from < 0 ? '' : cueText(text.slice(from, figure.end));
}

/** Whether any of `entities` overlaps [start, end): the name found there is one the dataset knows. */
function namesAt(entities: readonly EntityMatch[], start: number, end: number): boolean {
  return entities.some((e) => e.start < end && e.end > start);
}

/** Whether the figure is owned, in so many words, by a company the dataset does not know: it is that company's. */
function ownedByUnknown(block: ReadBlock, figure: RawFigure): boolean {
  if (!possessiveBefore(block.text, figure.start)) return false;
  const from = Math.max(0, figure.start - 40);
  const m = POSSESSOR.exec(block.text.slice(from, figure.start));
  if (!m) return false;
  const start = from + m.index;
  const end = start + m[1]!.length;
  return !namesAt(block.entities, start, end);
}

/**
 * Whether "'s" and white space stand right before `at`: checked by hand first,
 * since most figures have no possessive before them and POSSESSOR, anchored
 * at its end, is tried at every position of its stretch.
 */
function possessiveBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i < at - 1 && i >= 1 && text[i] === 's' && (text[i - 1] === "'" || text[i - 1] === '’');
}

/**
 * A negation right before the figure ("not the 10 gigawatts", "nicht 22.000",
 * "而非", "y no"), or a negated verb whose object it is ("n'a pas loué « 2 millions
 * de GPU »", "did not rent"), or one right after it ("3000억 달러가 아니라",
 * "2万基ではなく"): the figure is the one the sentence sets aside. An opening quote
 * may stand between, as a fact-check's headline writes the claim it denies. "Not
 * only", "not just", "no more than" and "n'a pas moins de" do not set a figure
 * aside, and do not match. A negated verb has three letters at least: "y no a 20 mil millones, como
 * indicamos a las 09:42" sets right the page's own earlier entry, which a veto here would clear page-wide.
 */
const NOT_BEFORE =
  /(?:^|[^\p{L}\p{N}])(?:not|isn['’]t|wasn['’]t|aren['’]t|rather than|instead of|nicht|statt|anstatt|anstelle von|non pas|et non|n['’]est pas|n['’]était pas|ne s['’]agit pas|ne s['’]agissait pas|au lieu de|plutôt que|y no|en lugar de|en vez de|no|(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|never|n['’](?:a|ont|avait|avaient) pas|no(?:\s+(?:ha|han|había|habían))?)\s+(?!(?:only|just|merely|less|more|fewer|exceed|moins|plus|seulement|dépass|menos|más|solo|sólo|super)\p{L}*\s)\p{L}{3,})(?:\s+(?:the|die|der|das|den|etwa|les|le|la|los|las|el|de|des))?\s+(?:[«"“„]\s*)?$|(?:而非|并非|並非|而不是|不是)\s*$/u;
const NOT_AFTER = /^\s*(?:(?:가|이)\s*(?:아니라|아닌)|(?:では|で|じゃ)なく)/u;

function negatedNextTo(text: string, figure: RawFigure, clauseStart: number, clauseEnd: number): boolean {
  const before = text.slice(Math.max(clauseStart, figure.start - 24), figure.start).toLowerCase();
  return NOT_BEFORE.test(before) || NOT_AFTER.test(text.slice(figure.end, Math.min(clauseEnd + 8, figure.end + 12)));
}

/**
 * The words of a figure's clause near it. A CJK clause runs on without a comma and says other things
 * further off: in "구글 클라우드가 앤트로픽과 맺은 2000억 달러 규모의 컴퓨팅 계약을 목표주가 상향의 핵심
 * 근거로 꼽았다" the price target is not the figure's, so there only the 40 characters before the figure
 * and 16 after are read. A Latin clause is read whole.
 */
function nearWords(text: string, figure: RawFigure, clauseStart: number, clauseEnd: number): string {
  const clause = text.slice(clauseStart, clauseEnd);
  if (!CJK_TEXT.test(clause)) return cueText(clause);
  return cueText(text.slice(Math.max(clauseStart, figure.start - 40), Math.min(clauseEnd, figure.end + 16)));
}
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * Where a statement comes from: "실적 자료에 따르면", "according to its quarterly results", "laut Quartalsbericht". Earnings
 * materials as the source of a capacity or a count do not make it a financial figure; an amount they give may be one.
 */
const SOURCE_OF = /(?:according to|laut|selon|d'après|según)\s[^,;:]{0,40}|\S{0,12}\s?\S{0,12}\s?(?:에 따르면|によると|によれば)|(?:据|根据|根據|據)[^，,。]{0,20}/g;

/** The vetoes that hold whatever deal is named: what the figure's own words say it is. */
function vetoOf(figure: RawFigure, clause: string, near: string): Veto | undefined {
  if (figure.kind !== 'date' && FINANCIALS.testCued(figure.kind === 'money' ? near : near.replace(SOURCE_OF, ' '))) return 'financials';
  if (COMPARISON.testCued(clause)) return 'comparison';
  // "Iceland runs on about 3 GW": a place's whole consumption. A site that runs on GPUs is another matter.
  if (figure.kind === 'power' && clause.includes('runs on')) return 'comparison';
  // A utility's contract or connection, and the term of one (a power purchase's 15 years).
  if ((figure.kind === 'power' || figure.kind === 'duration') && GRID.testCued(clause)) return 'grid';
  if (isNegated(clause)) return 'negated';
  return undefined;
}

/**
 * What depends on the deal: a stake against a deal that is no investment (read
 * in the whole sentence: "구글은 … 지분 투자를 이어왔고, 지금까지 투입한 금액은
 * 30억 달러를 넘는다"); a part against a total (the figure's clause, and from
 * the deal's mention on); another year or a milestone (the sentence).
 */
/** The words a link is checked against, each stretch lower-cased once (`cueText`) but `text`. */
interface Reading {
  /** The figure's block, as written, and its index; where the figure's sentence starts in it. */
  text: string;
  block: number;
  sentenceStart: number;
  clause: string;
  sentence: string;
  /** The heading of the figure's column, in a table row (lower-cased). */
  head: string;
  /** The sentence before, when that is what named the deal. */
  previous: string;
  /** The mentions of the sentence (and of the sentence before, when that named the deal). */
  named: EntityMatch[];
  /** The mentions of the figure's clause. */
  inClause: EntityMatch[];
  /** A date only "said" on, not "announced" on. */
  stated: boolean;
  /** The article's year, when known. */
  year: number | undefined;
  /** The heading of the figure's section, as written. */
  section: string;
  /** Whether a later figure of the same kind in the sentence is set aside by a negation after this one ("6 years, not 10"). */
  correctedAfter: () => boolean;
}

function checked(decision: LinkDecision, index: DealIndex, figure: RawFigure, reading: Reading): LinkDecision {
  const link = checkedLink(decision, index, figure, reading);
  if (!link.dealId) return link;
  // A part is named before an amount or in its clause: "首批园区" after "投入500亿美元" names the part that
  // follows. A date is announced anywhere in its sentence ("On May 6, Anthropic announced").
  const said = figure.kind === 'date' ? reading.sentence : reading.sentence.slice(0, Math.max(0, figure.end - reading.sentenceStart));
  return { ...link, fact: factKey(figure.kind, reading.clause, said, reading.head) };
}

function checkedLink(decision: LinkDecision, index: DealIndex, figure: RawFigure, { text, block: figureBlock, sentenceStart, clause, sentence, previous, named, inClause, stated, year, section, correctedAfter }: Reading): LinkDecision {
  const deal = index.deals.get(decision.dealId!);
  if (!deal) return { dealId: null };
  if (stated) return { ...decision, doubt: 'weak-link' };
  // A company the dataset does not know, by its corporate suffix, named before the figure beside the deal's
  // party, is the figure's subject: "SK그룹과 아마존웹서비스(AWS)가 울산에 100메가와트", "하늘은행이 구글 클라우드와 3년 계약".
  if (decision.mention?.role === 'party' || decision.mention?.role === 'parties') {
    const from = Math.max(sentenceStart, figure.start - SENTENCE_WINDOW);
    const suffix = UNKNOWN_COMPANY.exec(text.slice(from, figure.start));
    // A company of the dataset with such a name ("SK하이닉스가" in another dataset) is known, not foreign.
    if (suffix && !named.some((e) => e.start < from + suffix.index && e.end >= from + suffix.index)) return { dealId: null, veto: 'other-entity' };
  }
  // A company's whole capacity, unless the clause names the deal's site: "Google's whole fleet … 15 gigawatts".
  // Nor when the sentence opens on the deal itself: "L'accord apporte à Anthropic … un parc de plus de 220 000 GPU".
  if (countsCapacity(figure) && (COMPANY_TOTAL.testCued(clause) || OTHER_PARTNERS.testCued(sentence)) && !inClause.some((e) => deal.sites?.includes(e.id)) && !CONTRACT_OPENING.test(text.slice(sentenceStart))) {
    return { dealId: null, veto: 'company-total' };
  }
  // The words the figure's deal is read from: its sentence, and the one before when that named the deal.
  const scope = decision.tier === 'previous-sentence' ? `${cueText(previous)}\n${sentence}` : sentence;
  const m = decision.mention;
  // From the mention to the figure, when both are in the figure's own text (not a column's heading).
  const sameText = m !== undefined && m.block === figureBlock;
  const before = sameText && m.entity.end <= figure.start;
  // A sentence opening on "the company" stands for the company the sentence before named; that sentence's words
  // are about its own figures: "…cerró una ronda de financiación de 700 millones. La empresa británica es socia de…".
  const carried = before && m.entity.start < sentenceStart && SUBJECT_BACK.test(text.slice(sentenceStart, sentenceStart + 24));
  const reach = before ? cueText(text.slice(carried ? sentenceStart : m.entity.start, figure.end)) : '';
  // The clause that names the deal, when it comes first: "La primera fase de Terafab, valorada en…".
  const naming = () => {
    if (!before || m.entity.start < sentenceStart) return '';
    const [nStart, nEnd] = clauseAround(text, sentenceStart, figure.start, m.entity.start, m.entity.end);
    return cueText(text.slice(nStart, nEnd));
  };
  const words = `${clause}\n${reach}`;
  // A name inside a relative clause set off by commas describes the noun before it, not the figure
  // outside the clause: "In Northern Virginia, where AWS runs its largest cluster, Dominion Energy says it has nearly 47 GW".
  // Unless another party or site of the deal, no hub, stands outside the clause: "Anthropic's Google Cloud contract, which
  // runs on TPUs co-designed with Broadcom, is worth $250 billion".
  if (sameText && !inClause.includes(m.entity) && withinRelativeClause(text, sentenceStart, figure, m.entity) && !namedOutsideClause(index, deal, named, m.entity, text, sentenceStart, figure)) {
    return { ...decision, doubt: 'weak-link' };
  }
  // A deal's third or later party, named alone, has news of its own: "博通台灣分公司…宣布…設立獎學金，每年提撥新台幣
  // 500萬元，為期5年" is a scholarship, not the Google deal's term. It may confirm the deal's figure, not contradict it.
  // Unless the sentence speaks of the contract itself: "契約はブロードコムが設計に関わるTPUを使って…、期間は三年とされる".
  // So does the figure's own clause opening on it: "ブロードコムが関わるTPUの供給も含め、契約期間は8年間と理解しています".
  if (m?.role === 'party' && deal.parties.indexOf(m.entity.id) >= 2 && !pointsBack(scope) && !CONTRACT_OPENING.test(sentence) && !CONTRACT_OPENING.test(clause) && named.every((e) => isNeutral(index, e) || e.id === m.entity.id)) {
    return { ...decision, doubt: 'weak-link' };
  }
  if (decision.tier === 'previous-sentence' && (FINANCIALS.testCued(sentence) || COMMITMENTS_IN_ALL.testCued(sentence))) return { dealId: null, veto: 'financials' };
  // Tied by the sentence before, a sum is over all that came before: "Then there is Fluidstack … Add it all up and the
  // contracts on her slide came to roughly $280 billion".
  if (decision.tier === 'previous-sentence' && figure.kind !== 'date' && ADDING.testCued(sentence)) return { dealId: null, veto: 'other-entity' };
  // A company known by its corporate suffix, the subject of the figure's own sentence, holds the figure the sentence
  // before's deal would have: "…'테라팹'에 약 500억 달러가… 텍사스에서는 삼성전자가 테일러에 짓고 있는 파운드리 공장도 … 370억 달러".
  if (decision.tier === 'previous-sentence' && (UNKNOWN_COMPANY.test(text.slice(sentenceStart, figure.start)) || unknownNameIn(LATIN_SUBJECT, text, sentenceStart, figure.start, named))) {
    return { dealId: null, veto: 'other-entity' };
  }
  // A company known by its suffix, the subject of the figure's own clause, holds it when the deal is named only in
  // another clause: "距离Terafab选址不远，三星电子在泰勒市建设的晶圆厂投资规模已扩大到约370亿美元".
  if (decision.tier === 'sentence' && (!m || !inClause.includes(m.entity)) && UNKNOWN_COMPANY.test(clause)) return { dealId: null, veto: 'other-entity' };
  // A supplier's contract for work on the deal's site is a part of what the site costs. The site may come after, in
  // a clause of its own: "…einen Vertrag über 85 Millionen Dollar unterschrieben, um Terafab … zu beliefern".
  const siteClause = () => {
    if (!sameText || before || m.entity.start >= sentenceStart + sentence.length) return '';
    const [cStart, cEnd] = clauseAround(text, sentenceStart, sentenceStart + sentence.length, m.entity.start, m.entity.end);
    return cueText(text.slice(cStart, cEnd));
  };
  if (m?.role === 'site' && figure.kind === 'money' && (SUPPLIER_CONTRACT.testCued(words) || SUPPLIER_CONTRACT.testCued(siteClause()))) return { ...decision, doubt: 'part' };
  // Tied by the sentence before, a power figure takes its subject: there, a grid connection
  // ("MLGW hat für Colossus 1 einen Netzanschluss … freigegeben; über weitere 150 Megawatt …").
  if (decision.tier === 'previous-sentence' && figure.kind === 'power' && GRID.testCued(cueText(previous))) return { dealId: null, veto: 'grid' };
  // A sentence tied by the one before, that brings in a builder or a project of its own, is about that:
  // "Colossus 1 is not the only big project in town. A few kilometres away, the operator Delta Forge…".
  // Before the figure: "auf eigenen Trainium-Chips" after it says what the capacity runs on.
  if (decision.tier === 'previous-sentence' && OTHER_BUILDER.testCued(sentence.slice(0, Math.max(0, figure.start - sentenceStart)))) return { dealId: null, veto: 'other-entity' };
  // One about another company's plant is about that plant: "Filings for Terafab put the price at $55 billion.
  // Samsung's fab in Taylor, Texas, was announced at $17 billion".
  if (decision.tier === 'previous-sentence' && othersFacility(text, sentenceStart, figure.start, named)) return { dealId: null, veto: 'other-entity' };
  // One after a sentence that ends on other companies, given by example, may be about them: "Mit Terafab will SpaceX
  // unabhängiger von Auftragsfertigern wie TSMC werden. Der taiwanische Konzern baut … für 165 Milliarden Dollar".
  if (decision.tier === 'previous-sentence' && sameText && unknownNameIn(BY_EXAMPLE, text, m.entity.end, sentenceStart, named)) return { ...decision, doubt: 'weak-link' };
  // One that sets the deal against something else holds that something's figure: "…put the price
  // at $55 billion. That is more than Samsung has budgeted for its fab, at about $44 billion."
  if (decision.tier === 'previous-sentence' && COMPARATIVE.test(sentence)) return { dealId: null, veto: 'comparison' };
  // A company in no deal, named before the deal's one party in the same statement, is the
  // figure's subject: "OpenAI, lui, a promis à Microsoft 250 milliards de dollars".
  if (decision.mention?.role === 'party' && sameText && named.some((e) => e.kind === 'company' && e.start < m.entity.start && !index.byEntity.has(e.id) && !/[:;：；]/.test(text.slice(e.end, m.entity.start)))) {
    return { dealId: null, veto: 'other-entity' };
  }
  // The deal named only after the figure, in a clause that measures it against the figure's subject:
  // "TSMC has pledged $165 billion for its Arizona sites in total, so Terafab is in that league".
  if (sameText && !before && yardstickClause(text, sentenceStart, figure, m.entity)) return { dealId: null, veto: 'comparison' };
  // So does a company in capitals the dataset does not know, opening the figure's clause, with the deal named in another:
  // "Pour mémoire, TSMC a porté à 165 milliards de dollars son programme en Arizona, un ordre de grandeur que Terafab
  // cherche à rattraper".
  if (decision.tier === 'sentence' && (!m || !inClause.includes(m.entity)) && acronymOpens(text, sentenceStart, figure.start, named)) return { dealId: null, veto: 'other-entity' };
  // A sum over the deals its sentence names, or over those listed above, is none of theirs:
  // "Together with the Google and Microsoft contracts, the amounts add up to $263 billion",
  // "以上合同与Fluidstack投资合计：约2350亿美元".
  if ((SUM.testCued(clause) && dealsNamedFirmly(index, named) >= 2) || (THE_ABOVE.test(sentence) && SUM.testCued(sentence))) return { dealId: null, veto: 'other-entity' };
  // After "not the only one", a clause that names none of the deal's own is about the others:
  // "Terafab ne serait pas la seule fonderie de la région : Samsung achève … une usine de 37 milliards".
  // Unless what the colon goes on to name is the deal: "Die Fabrik ist nicht das einzige Großprojekt des Konzerns: … hatte
  // SpaceX dem KI-Entwickler Anthropic die gesamte Kapazität seines Rechenzentrums Colossus 1 überlassen, mehr als 300 Megawatt".
  if (NOT_ONLY.testCued(sentence.slice(0, Math.max(0, figure.start - sentenceStart))) && !inClause.some((e) => ownOf(deal, e)) && !namedAfterColon(text, sentenceStart, figure, named, deal)) {
    return { dealId: null, veto: 'other-entity' };
  }
  // A utility named before the deal in the figure's sentence is its subject: "地元の電力公社ＭＬＧＷは、
  // コロッサス1向けに15万キロワットの電力供給をすでに承認している".
  if (figure.kind === 'power' && before && m.entity.start > sentenceStart && GRID.testCued(cueText(text.slice(sentenceStart, m.entity.start)))) return { dealId: null, veto: 'grid' };
  // So is the grid named between the deal's mention and the figure: "…Microsoft, Amazon y Blackstone ha
  // disparado las peticiones de acceso a la red eléctrica, que superan los 10 gigavatios".
  if (figure.kind === 'power' && GRID.testCued(withoutRelatives(reach))) return { dealId: null, veto: 'grid' };
  // Power supplied, in a paragraph that has named the utility or its substation before the figure's
  // sentence: "④ 멤피스 전력·수도공사(MLGW)의 변전소. MLGW는 콜로서스 1 부지에 150메가와트를 공급하고 있다".
  if (figure.kind === 'power' && SUPPLIES.testCued(clause) && GRID.testCued(cueText(text.slice(Math.max(0, sentenceStart - GRID_REACH), sentenceStart)))) return { dealId: null, veto: 'grid' };
  // Read from the deal's last name before the figure: in "Corning rose 4.1% after brokers raised their price targets,
  // citing Nvidia's $5.4 billion commitment to the three companies", the price target is said of Corning's shares.
  if (figure.kind === 'money' && FINANCIALS.testCued(before ? fromLastName(text, named, deal, sentenceStart, figure) : reach)) return { dealId: null, veto: 'financials' };
  // A guarantee, in the figure's clause or between the deal's name and it, backs someone else's obligations.
  if (figure.kind === 'money' && GUARANTEE.testCued(words)) return { dealId: null, veto: 'financials' };
  // A company's value, buyback or price target, said anywhere in a sentence that speaks of no deal
  // (none of the detection lexicon's deal words; capital expenditure, 설비투자, holds "투자" but is no deal):
  // "At about $1.9 trillion, Broadcom's market value has doubled".
  if ((figure.kind === 'money' || figure.kind === 'duration') && FINANCIALS.testCued(sentence) && !DEAL.testCued(sentence.replace(CAPEX, ''))) return { dealId: null, veto: 'financials' };
  const investmentFact = deal.facts.some((f) => f.kind === 'money' && INVESTMENT_LABEL.test(f.label ?? ''));
  // A deal of one company alone is its own build: what it invests is the plant's cost, no stake.
  // A purchase in the figure's own clause is no stake, whatever a later clause invests: "Anthropic早前承諾購入
  // 350億美元的微軟Azure算力，英偉達及微軟則分別向Anthropic投資…".
  const buys = PURCHASE.testCued(clause) && !STAKE.testCued(clause) && !investing(clause);
  if (figure.kind === 'money' && !buys && isStake(`${words}\n${scope}`, scope, investmentFact || deal.parties.length < 2)) return { dealId: null, veto: 'stake' };
  // One party of a deal of several, investing (in the figure's own words) in what its sentence says it
  // builds, with no other party named: its own spending ("グーグルは…日本でのデジタルインフラ整備に約10億ドルを
  // 投じる", "オクラホマ州のデータセンターは…グーグルの主要拠点の一つで、これまでの投資は累計約60億ドル").
  // Or spending on it, said in the figure's own words: "Microsoft, por su parte, prevé gastar más de 80.000 millones de dólares
  // en centros de datos este año"; not "agreed to spend $30 billion on Microsoft Azure computing, and … to build its own data centers".
  const spendsOnBuilding = () => SPENDS.testCued(words) && BUILT.testCued(words);
  if (figure.kind === 'money' && !investmentFact && deal.parties.length >= 2 && partiesIn(index, deal, named) === 1 && ((investing(words) && BUILT.testCued(scope)) || spendsOnBuilding())) {
    return { dealId: null, veto: 'financials' };
  }
  // A part named before the figure, or said of it just after: "rund 150 Megawatt geliefert, das ist etwa die Hälfte der Anlage".
  const partAfter = () => SHARE_AFTER.testCued(cueText(saidAfter(text, figure.end, sentenceStart + sentence.length)));
  // So is equipment for the site, named before the figure: a supplier's contract for it.
  const component = () => COMPONENT.testCued(sentence.slice(0, Math.max(0, figure.start - sentenceStart)));
  // The first tranche, said just before the figure: "the first 1.5 gigawatts will come online in 2027".
  // Or the figure stands in apposition to a first tranche that opens the sentence: "The first tranche, roughly 400 megawatts …".
  const firstTranche = () => FIRST_BEFORE.test(text.slice(Math.max(0, figure.start - 16), figure.start)) || PART_OPENING.test(text.slice(sentenceStart, figure.start));
  // A date is no part of anything: "일부 외신은 … 5월 5일로 전했다" is some outlets' date.
  // Unless the deal records that part, or an addition dated by the year the clause names: "Allein bis Ende 2026 sollen bei AWS
  // rund 2 Gigawatt davon … ans Netz gehen" is the deal's "added by end of 2026" (not "online from 2027", when the rest follows).
  // "This year" is the article's year: "이 가운데 약 2GW를 올해 말까지 추가로 확보할 계획", written in 2026.
  const datedLikeClause = (y: string) => clause.includes(y) || (year !== undefined && Number(y) === year && THIS_YEAR.testCued(clause) && clause.search(YEAR) === -1);
  const recordedPart = () =>
    deal.facts.some((f) => f.kind === figure.kind && (PART.test(f.label ?? '') || (ADDED_LABEL.test(f.label ?? '') && (f.label ?? '').match(/20\d\d/g)?.some(datedLikeClause))));
  if (figure.kind !== 'date' && (PART.testCued(words) || PART.testCued(naming()) || partAfter() || component() || firstTranche()) && !recordedPart()) return { ...decision, doubt: 'part' };
  // Where the deal ends up ("am Ende", "最終的な投資額") is another time frame than what it records.
  // Unless both are caps: "最終的に最大600万キロワット規模になる" is the deal's "up to 5 GW" restated.
  const endState = (f: Deal['facts'][number]) => TARGET_LABEL.test(f.label ?? '') || (f.bound === 'max' && figure.bound === 'max');
  if (figure.kind !== 'date' && ULTIMATE.testCued(clause) && !deal.facts.some((f) => f.kind === figure.kind && endState(f))) return { ...decision, doubt: 'time-frame' };
  // An amount on top of what is there is not the deal's total, unless the deal records such an
  // addition: "weitere 100 Mrd. Dollar", "a further 150 MW the utility will decide on".
  // The word must stand next to the figure, in its sentence: "300 MW zusätzliche Leistung und 22.000 GPUs" adds power, not
  // GPUs, and "…GPU11万基超を一括で利用する。追加で確保できる電力…" adds power in the next sentence.
  const beside = () =>
    cueText(`${text.slice(Math.max(sentenceStart, figure.start - 12), figure.start)}\n${text.slice(figure.end, Math.min(sentenceStart + sentence.length, figure.end + 16))}`);
  if (ADDED.testCued(beside()) && !deal.facts.some((f) => f.kind === figure.kind && ADDED_LABEL.test(f.label ?? ''))) return { ...decision, doubt: 'part' };
  // One supplier named alone, in the sentence or in the figure's own clause, of a deal whose
  // fact is the total of several: its share ("…Lumentum could get about $1.2 billion, second
  // only to Corning").
  const total = deal.facts.some((f) => f.kind === figure.kind && TOTAL_LABEL.test(f.label ?? ''));
  const suppliers = deal.parties.filter((id) => !index.hubs.has(id)).length;
  // A clause naming one of them closes a list of all ("…with Corning, Lumentum and Coherent, a total
  // of $4.5 billion") or says it is the total: then the figure is the whole.
  const aloneInClause = () =>
    partiesIn(index, deal, inClause) === 1 &&
    !inClause.some((e) => index.hubs.has(e.id) && deal.parties.includes(e.id)) &&
    partiesIn(index, deal, named) < suppliers &&
    !WHOLE.testCued(clause);
  // One supplier before the figure and the others after it: a list of shares ("Lumentum could
  // take $1.5 to 2 billion, Corning a little less, Coherent the rest").
  const supplierMentions = named.filter((e) => deal.parties.includes(e.id) && !index.hubs.has(e.id));
  const sharesListed = () =>
    partiesIn(index, deal, supplierMentions.filter((e) => e.end <= figure.start)) === 1 && supplierMentions.some((e) => e.start >= figure.end) && !WHOLE.testCued(clause);
  // "Corning and others", "康寧等三家": one supplier named for the whole list.
  const forTheList = () => LIST_OF_ALL.testCued(clause);
  if (total && suppliers >= 2 && (partiesIn(index, deal, named) === 1 || aloneInClause() || sharesListed()) && !forTheList()) return { ...decision, doubt: 'part' };
  // A deal with no site of its own spans several: a figure about one campus is that campus's
  // ("Project Rainier … should reach about 2.2 gigawatts").
  // Unless its clause dates it like an addition the deal records: "AWS prevé poner en marcha unos 2 GW antes de que
  // termine 2026, y el resto … a medida que se terminen los campus".
  if (!deal.sites?.length && countsCapacity(figure) && CAMPUS.testCued(scope) && !WHOLE.testCued(scope) && !recordedPart()) {
    return { ...decision, doubt: 'part' };
  }
  // "The arrangement involves no equity" negates the stake, not the day it was announced.
  // A negation after the figure that sets a later figure aside ("6 years, not the 10 the screenshot said") is that one's.
  if (figure.kind !== 'date' && isNegated(scope) && !(correctedAfter() && !isNegated(scope.slice(0, scope.length - sentence.length + figure.end - sentenceStart)))) {
    return { ...decision, doubt: 'negated' };
  }
  if ((figure.kind === 'gpus' || figure.kind === 'power' || figure.kind === 'chips') && (MILESTONE.testCued(sentence) || TIME_AGO.testCued(words) || IN_DAYS.test(sentence))) return { ...decision, doubt: 'milestone' };
  if (figure.kind !== 'date' && otherYear(clause, deal)) return { ...decision, doubt: 'time-frame' };
  // An earlier deal between the same parties, said as such: "取引は今回が初めてではない。両社は2025年10月にも、100万キロワットを
  // 超える計算能力を提供する契約を結んでいた".
  if (figure.kind !== 'date' && (EARLIER_DEAL.testCued(sentence) || ALSO_THEN.test(sentence) || (decision.tier === 'previous-sentence' && EARLIER_DEAL.testCued(cueText(previous))))) {
    return { ...decision, doubt: 'time-frame' };
  }
  if (figure.kind !== 'date' && earlierYear(withoutItsItems(sentence, figure.end - sentenceStart), deal)) return { ...decision, doubt: 'milestone' };
  // A section headed by an earlier year tells the site's past: "2024: la construcción" over "…lo arrancó con 100.000 GPU".
  if (figure.kind !== 'date' && YEAR_HEADING.test(section) && earlierYear(section.slice(0, 12), deal)) return { ...decision, doubt: 'milestone' };
  // Tied by the sentence before, a figure takes its time frame: "Colossus 1 came online in 2024.
  // Back then it held 100,000 GPUs."
  if (decision.tier === 'previous-sentence' && figure.kind !== 'date' && earlierYear(previous, deal)) return { ...decision, doubt: 'milestone' };
  return decision;
}

/**
 * A clause after the figure that describes some of what it counts ("…roughly 120,000 Nvidia GPUs, …, most of them
 * H100 and H200 parts installed in 2024 and 2025", "…, a mix of H100, H200 and newer parts installed since 2024"):
 * its years are theirs, not the count's. The sentence up to it.
 */
const ITS_ITEMS = /[,;，、]\s*(?:(?:most|many|some|all|the bulk|the majority) of them|a mix of|a blend of)\b|[,;]\s*(?:un mélange de|eine mischung aus|una mezcla de)\b|[,;]\s*(?:dont la plupart|die meisten davon|davon die meisten|la mayoría de ellos|la mayoría de ellas)\b|[，、]\s*(?:其中大部分|其中多数|其中多數)|、\s*その多く|[,，]\s*대부분/u;
function withoutItsItems(sentence: string, figureEnd: number): string {
  const at = sentence.slice(figureEnd).search(ITS_ITEMS);
  return at === -1 ? sentence : sentence.slice(0, figureEnd + at);
}

/**
 * A year before the deal's in the figure's sentence speaks of the site's past:
 * "in 2024, xAI stood up its first 100,000 GPUs at Colossus 1".
 */
function earlierYear(sentence: string, deal: Deal): boolean {
  const year = Number(deal.announced?.slice(0, 4));
  if (!year) return false;
  return (sentence.match(YEAR) ?? []).some((y) => Number(y) < year);
}

const INVESTMENT_LABEL = /invest|commit|stake/i;
/** The whole of several: a total, or spread across sites ("repartidos entre varios campus"). */
const WHOLE = new CueMatcher([
  'total', 'in all', 'combined', 'several', 'multiple', 'across', 'insgesamt', 'mehrere', 'verteilt', 'au total', 'plusieurs', 'répartis', 'en total', 'varios', 'varias', 'repartid',
  '总额', '總額', '总计', '總計', '合计', '合計', '多个', '多個', '複数', '全体', '총', '합계', '여러',
]);
/** How far after a figure its sentence is read for "circulating", "kursierten". */
const RUMOUR_REACH = 60;

/**
 * What the sentence says just after a figure, up to the next number: "5 GW,
 * not the 10 GW that circulated" says "circulated" of the 10 GW alone. Or up to
 * a clause about the viral figure as a thing of its own: "逾22萬粒英偉達GPU，網傳
 * 數字多了一個零" sets the page's figure against it.
 */
function saidAfter(text: string, from: number, sentenceEnd: number): string {
  const after = text.slice(from, Math.min(sentenceEnd, from + RUMOUR_REACH));
  const next = after.search(/[\p{Nd}一二三四五六七八九十]|[，,]\s?(?:网传|網傳)的?(?:数字|數字|说法|說法|数据|數據|版本)/u);
  return next === -1 ? after : after.slice(0, next);
}

/** What is said of a figure just after it: a rumour, that it was wrong, or that it has since been set right. */
function rumouredOrSetRight(after: string): boolean {
  const cued = cueText(after);
  return RUMOURED.testCued(cued) || SAID_WRONG.testCued(cued) || SET_RIGHT_SINCE.test(after);
}

/** How far into the next sentence its correction is looked for. */
const SET_RIGHT_REACH = 120;

/**
 * Whether the next sentence of the block opens by setting the figure right,
 * and gives one of its kind: "…laufe zehn Jahre. Richtig sind, wie Ihre
 * Grafik zeigte, fünf Jahre."
 */
function setRightNext(block: ReadBlock, figure: RawFigure, sentenceEnd: number): boolean {
  if (!SET_RIGHT.test(block.text.slice(sentenceEnd, sentenceEnd + 40))) return false;
  // The right figure may be written without its unit: "La cifra correcta es de 200.000 millones".
  return block.figures.some((f) => f.kind === figure.kind && f.start >= sentenceEnd && f.start < sentenceEnd + SET_RIGHT_REACH) || /\d/.test(block.text.slice(sentenceEnd, sentenceEnd + 60));
}

/**
 * Before a span something was done within: "within a month", "innerhalb von", "dentro de". Not French or
 * Spanish "en", which also spreads an amount over a term: "200.000 millones de dólares en seis años".
 */
const WITHIN_BEFORE = /(?:^|[\s(«"“])(?:within|in less than|in under|innerhalb von|innerhalb|binnen|dentro de|en menos de|en moins de)\s+$/i;

/** After a figure another is a multiple of: "是45亿美元的五倍多", "45億ドルの5倍", "45억 달러의 5배". */
const TIMES_AFTER = /^\s?(?:的|の|의)\s?(?:[一二三四五六七八九十两几幾数數]+|\d+(?:\.\d+)?)\s?(?:倍|배)/;

/**
 * Whether the figure stands in a quotation that a question mark or a denial follows: a claim the page asks
 * about or calls false, as a fact-check's headline does: "英伟达"450亿美元锁定光器件产能"？", "Nvidia's "$45 billion
 * lock-up"?", ""콜로서스 1에 GPU 200만 장 통째로"…사실과 다르다".
 */
function quotedClaim(text: string, figure: RawFigure): boolean {
  return QUOTE_OPEN_BEFORE.test(text.slice(Math.max(0, figure.start - 24), figure.start)) && QUOTE_CLOSE_DOUBTED.test(text.slice(figure.end, figure.end + 40));
}
const QUOTE_OPEN_BEFORE = /["“「『«][^"”」』»]*$/;
const QUOTE_CLOSE_DOUBTED = /^[^"”」』»。.!！?？]*["”」』»]\s?(?:[?？]|(?:…|\.{3})?\s?(?:사실과 다르|사실이 아니|사실 아님|거짓|は誤り|は事実ではな|はデマ|是假的|不实|不實|并不属实|並不屬實|is false|is wrong|is untrue|is not true|isn['’]t true|ist falsch|stimmt nicht|est faux|est fausse|es falso|es falsa|no es cierto))/;

/**
 * A point in time a duration counts to, back or forward: "four years earlier",
 * "vor drei Jahren", "hace tres años", "3년 전", "三年前"; "nach zwei Jahren",
 * "after two years", "three years later", "两年后". A term runs for the figure;
 * a point comes after it.
 */
const POINT_AFTER = /^\s?(?:earlier|ago|before|prior|later|on(?=\s*(?:[,;:]|from\b|since\b))|früher|zuvor|später|danach|plus tôt|plus tard|auparavant|antes|atrás|después|前|전|以前|之前|后|後|以后|以後|之后|之後|후|뒤)/i;
const POINT_BEFORE = /(?:^|[\s(])(?:vor|hace|il y a|nach|after|après|después de|tras|al cabo de)\s+$/i;

function isPointInTime(text: string, figure: RawFigure): boolean {
  return POINT_AFTER.test(text.slice(figure.end, figure.end + 12)) || POINT_BEFORE.test(text.slice(Math.max(0, figure.start - 12), figure.start));
}

/**
 * Whether the words before a figure in its sentence quote what the page wrote
 * before ("we wrote", "初版は"), with no turn to what holds now between them
 * and the figure: "初版は「500MW」としていたが、その後「約1GW」に訂正" refutes
 * the first figure, not the second.
 */
function quotesEarlierText(before: string): boolean {
  let from = 0;
  for (const m of before.matchAll(TURN)) from = m.index + m[0].length;
  return WE_WROTE.testCued(before.slice(from));
}

/** A row that is part of the row above: "davon KI-Halbleiter", "of which AI chips", "其中". */
const SUB_ROW = /^\s*(?:(?:davon|darunter|of which|including|dont|de los cuales|de las cuales)(?:\s|$)|其中|うち|그중|이 중)/iu;

/** The end state: "in the end", "ultimately", "am Ende", "最終的". */
const ULTIMATE = new CueMatcher([
  'in the end', 'ultimately', 'eventually', 'am ende', 'letztlich', 'au final', 'finalement', 'al final', 'finalmente',
  '最終的', '最终', '最終', '결국', '최종적으로',
  // What it could grow to: "总投资可能升至800亿美元", "could rise to $80 billion".
  'could rise to', 'could climb to', 'could grow to', 'pourrait atteindre', 'pourrait grimper', 'könnte auf', 'podría alcanzar', 'podría subir',
  '可能升至', '可能增至', '可能提高至', '或将升至', '或將升至', '有望升至',
]);
/** A fact that is itself a target or a later stage ("by 2027", "target", "planned"). */
const TARGET_LABEL = /\b(target|goal|by 20\d\d|planned|eventual|final)\b/i;

/** An increment: "additional", "a further", "weitere", "追加", "추가". */
const ADDED = new CueMatcher([
  'additional', 'another', 'a further', 'extra', 'on top of', 'zusätzlich', 'weitere', 'supplémentaire', 'additionnel', 'adicional',
  '额外', '額外', '追加', '추가',
]);
/** The year an article is written in, or its end, said without its number ("年底前", "연말까지"). */
const THIS_YEAR = new CueMatcher([
  'this year', 'end of the year', 'year-end', 'dieses jahres', 'diesem jahr', 'jahresende', 'cette année', "fin d'année", "fin de l'année",
  'este año', 'fin de año', 'finales de año', '今年', '本年', '年内', '年底', '年末', '올해', '연내', '금년', '연말',
]);

/** A fact that is itself an addition ("added by end of 2026", "new capacity"). */
const ADDED_LABEL = /\b(add|added|additional|extra|more|new)\b/i;

/** One name standing for a list: "Corning and others", "康寧等三家", "コーニングなど3社", "코닝 등 3개사". */
const LIST_OF_ALL = new CueMatcher([
  'and others', 'among others', 'and other suppliers', 'such as', 'und andere', 'unter anderem', 'wie etwa',
  'entre autres', "et d'autres", 'et d’autres', 'tels que', 'entre otros', 'y otros', 'y otras',
  '等三家', '等3家', '等两家', '等兩家', '等四家', '等多家', '等供应商', '等供應商', '等公司', '等企业', '等企業', '等厂商', '等廠商',
  'など3社', 'など三社', 'など複数', 'など各社', 'ら3社', ' 등 3', ' 등 세 ', ' 등 여러', '등 3개사', '등 3곳',
]);
/** The deals listed before a sum: "以上合同", "the above", "上述协议". */
const THE_ABOVE = /以上(?:合同|合約|协议|協議|交易|各项|各項|几|幾|[两兩三四五])|上述|上記|위의|\bthe above\b|\bthese (?:contracts|deals|agreements)\b|\bdie obigen\b|\bci-dessus\b|\blos anteriores\b/i;

/** Adding up: "add up to", "summieren sich", "au cumul", "合计". */
const ALL_BEFORE_KO = /모두\s*(?:약\s*)?$/;
const SUM = new CueMatcher([
  'add up', 'adds up', 'added up', 'adding up', 'add it all up', 'add them up', 'summing up', 'together with', 'taken together', 'all told', 'combined', 'sum of', 'in total',
  'summieren sich', 'summiert sich', 'zusammen mit', 'zusammengerechnet', 'addiert', 'insgesamt',
  'au cumul', 'cumulé', 'additionnés', 'au total', 'ensemble', 'se montent', 'en conjunto', 'sumados', 'sumadas', 'suman', 'suma ya', 'en total ', 'en total,', 'en total.',
  '合计', '合計', '总计', '總計', '加起来', '加起來', '加总', '加總', '合共', '共计', '共計', '总共', '總共', '连同', '連同',
  '合わせて', '合わせると', '合わせれば', '合わせた', '合算', '合計で', '합치면', '합산', '모두 합',
  // "le total des engagements chiffrés dépasse 280 milliards de dollars".
  'the total of', 'le total des', 'el total de', 'die summe der', 'die summe aller',
  // An inquiry ("問い合わせた") adds nothing up.
], ['問い合わせた', '問い合わせて', '問い合わせると', '問い合わせれば']);
/** What a party gets from or under the agreement, said before the figure or in its clause (`cueText`). */
const UNDER_THE_DEAL =
  /(?:aus|unter|nach|gemäß) (?:der|dem|diese[rm]) (?:vereinbarung|vertrag|abkommen)|(?:from|under) (?:the|this) (?:agreement|deal|contract)|(?:en vertu|aux termes|dans le cadre) (?:de l'|du |de cet |de ce )(?:accord|contrat)|(?:en virtud|en el marco|dentro) del? (?:acuerdo|contrato)|(?:por|bajo) (?:el|este) (?:acuerdo|contrato)/;

/** Adding several things up, said as such: not "in total", which a deal's own total is said in ("In total it comes to 5 gigawatts"). */
const ADDING = new CueMatcher([
  'add up', 'adds up', 'added up', 'adding up', 'add it all up', 'add them up', 'taken together', 'all told',
  'zusammengerechnet', 'addiert', 'au cumul', 'additionnés', 'sumados', 'sumadas', '加起来', '加起來', '合算', '합치면', '합산', '모두 합',
]);
/** A comparison with something not a number: "more than Samsung has budgeted", "mehr als Intel". */
const COMPARATIVE = /(?:\b(?:more|less|bigger|larger|smaller|higher|lower|cheaper|dearer) than|\b(?:mehr|weniger|größer|kleiner),? als|\b(?:plus|moins) (?:grand |élevé )?que|\b(?:más|menos) (?:grande )?que)\s+(?![\d$€£~≈]|(?:about|around|rund|etwa|environ|unos|unas)\b)/i;
/** Another builder, or a project of its own, brought in by a sentence that names no known company. */
const OTHER_BUILDER = new CueMatcher([
  'operator', 'its own', 'separate', 'betreiber', 'eigenen', 'eigene ', 'opérateur', 'promoteur', 'son propre', 'sa propre',
  'operador', 'su propio', 'su propia', '开发商', '開發商', '运营商', '營運商', '事業者', '運営会社', '운영사', '사업자',
  // Not "developer": "the Claude developer" is the deal's own party.
]);
/**
 * A sentence whose subject is "another company", unnamed: its contract is that company's, whichever party of the deal
 * it signed with ("Otra gran tecnológica firmó con Google Cloud un contrato de más de 10.000 millones", "別の大手IT企業も").
 */
const ANOTHER_COMPANY_OPENS = new RegExp(
  '^\\s*(?:(?:also|meanwhile|además|asimismo|auch|zudem|aussi|par ailleurs|此外|另外|また|さらに|또한|한편)[,、，]?\\s*)?' +
    '(?:(?:another|one other|otra|otro|une autre|un autre|ein anderer|eine andere|ein anderes)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}]+-)?' +
    '(?:compan(?:y|ies)|firms?|tech(?:\\s+(?:giant|group|company))?|hyperscalers?|customers?|clients?|labs?|start-?ups?|groups?|players?|providers?|developers?|' +
    'empresas?|compañías?|tecnológicas?|firmas?|clientes?|grupos?|laboratorios?|desarrolladoras?|entreprises?|sociétés?|groupes?|laboratoires?|acteurs?|géants?|' +
    'unternehmen|konzerns?|kunden?|anbieter|labors?|entwickler)(?![\\p{L}])' +
    // "另一家" and "別の" already read as something outside the deal (NOT_PART).
    '|(?:他の|다른\\s?)[^。！？.!?]{0,8}?(?:企業|会社|기업|회사|顧客|고객|빅테크|大手))',
  'iu',
);
/** "Also in" a place, opening a sentence: "同在得克萨斯州，", "Also in Texas,", "Ebenfalls in Texas", "同じテキサス州では". */
const ALSO_IN =
  /^\s*(?:(?:also|likewise) in|(?:ebenfalls|auch|gleichfalls) in|(?:également|aussi) (?:au|en|à|dans)|(?:también|asimismo|igualmente) en|同在|同样在|同樣在|同じ|같은)\s*/iu;

/**
 * A sentence opening on "also in" the deal's place that names nothing of a deal but places: something else in the
 * same place ("同在得克萨斯州，三星电子泰勒晶圆厂的投资规模约370亿美元"), whatever the sentence before said of the deal.
 */
function alsoInPlace(index: DealIndex, block: ReadBlock, sentenceStart: number, sentenceEnd: number): boolean {
  const opening = ALSO_IN.exec(block.text.slice(sentenceStart, sentenceEnd));
  if (!opening) return false;
  const named = within(block.entities, sentenceStart, sentenceEnd);
  const place = named[0];
  return place !== undefined && place.kind === 'place' && place.start === sentenceStart + opening[0].length && named.every((e) => e.kind === 'place' || isNeutral(index, e));
}

/** An institution's own contract, named before the figure in its clause: "the district's $1.1 million, three-year agreement with Google". */
const INSTITUTION_OWNS = /\b(?:the|a|an)\s+(?:school\s+)?(?:district|city|county|state|university|college|school|hospital|ministry|government|council|agency|league|club|museum|team)['’]s\s/i;

/** The announcement looked back at, in cued text: "since the announcement", "seit der Ankündigung", "发布以来". */
const SINCE_ANNOUNCEMENT = /(?:since|after) the (?:announcement|deal was announced)|seit der (?:ankündigung|bekanntgabe)|depuis l'annonce|desde el anuncio|(?:発表|公表)(?:以来|後)|발표 (?:이후|후)|(?:宣布|公布|发布|發布)(?:以来|以來|之后|之後)/g;

/** A sentence opening on "there", the place the sentence before named. English "there" must be followed by a comma: "There are…" is no place. */
const THERE_OPENING = /^\s*(?:dort|there,|là-bas|allí|ahí|allá|そこで|そこに|그곳에서|그곳에|거기서|在那里|在那裡)(?![\p{L}])/iu;

/** A sentence opening on a first tranche, then the figure in apposition: "The first tranche, roughly", "La première tranche, soit environ". */
const PART_OPENING =
  /^\s*(?:the\s+(?:first|initial)|die\s+erste|der\s+erste|la\s+première|le\s+premier|el\s+primer|la\s+primera)\s+(?:tranche|phase|stage|batch|block|ausbaustufe|stufe|étape|tramo|fase|etapa)\s*,\s*(?:soit\s+)?(?:about|roughly|some|around|nearly|rund|etwa|knapp|environ|près de|unos|unas|cerca de|alrededor de)?\s*$/iu;
/** "the first 1.5 gigawatts", "die ersten 1,5 Gigawatt", "les premiers 1,5 GW", "los primeros 1,5 GW", "最初の", "첫". */
const FIRST_BEFORE = /(?:\bfirst|\bersten?|\bpremiers?|\bpremières?|\bprimer[oa]s?|最初の|首批|第一批|첫)\s?$/i;

/** One campus or site among a deal's several. */
const CAMPUS = new CueMatcher([
  'campus', 'standort', 'einzelprojekt', 'el campus', 'le campus', '園區', '园区', '據點', '据点', 'キャンパス', '拠点', '캠퍼스',
  'cluster', 'clúster', '集群', '叢集', 'クラスター', '클러스터',
  // A party's own group of data centres: "AWSがノースカロライナ州で建設中の新しいデータセンター群".
  'データセンター群', '데이터센터 단지', '数据中心群', '資料中心群',
]);
const TOTAL_LABEL = /total|combined|overall/i;
/** "in 122 days", "en 122 jours", "122天", "122日で", "122일 만에": how fast a site was built, a milestone. */
const IN_DAYS = /(?:\b(?:in|en|within|innerhalb von|in nur)\s+(?:about\s+|just\s+|only\s+|seulement\s+|solo\s+|nur\s+)?\d+\s+(?:days|jours|días|tagen|weeks|semaines|semanas|wochen|months|mois|meses|monaten)\b)|\d+\s?(?:天|日間|日で|일\s?만에)/i;

/**
 * A stake: "equity", "入股", "지분" always; "invest" unless the sentence says what
 * is built with it (a plant's total investment is its cost).
 */
function isStake(words: string, scope: string, investmentFact: boolean): boolean {
  return STAKE.testCued(words.replace(RAISED_ESTIMATE, '')) || BUYS_IN.test(words) || (investing(words) && !BUILT.testCued(scope) && !investmentFact);
}
/**
 * Buying in, with the separable verb around what it says (`cueText`): "Microsoft und Nvidia steigen im Gegenzug bei
 * Anthropic ein", "Nvidia steigt mit bis zu 10 Milliarden Dollar bei Anthropic ein".
 */
const BUYS_IN = /(?<![\p{L}])steig(?:en|t|e)\s(?:[^\s.;:]+\s){0,6}?bei\s(?:[^\s.;:]+\s){0,3}?ein(?![\p{L}])/u;
/** Money raised is a stake; a price target or a forecast raised is not: "brokers raised their price targets". */
const RAISED_ESTIMATE = /raised (?:its|their|the|his|her) (?:price targets?|targets?|ratings?|estimates?|forecasts?|guidance|outlook)/g;

/** Whether one of the deal's own names stands between the last colon before the figure, in its sentence, and the figure. */
function namedAfterColon(text: string, sentenceStart: number, figure: RawFigure, named: EntityMatch[], deal: Deal): boolean {
  const lead = text.slice(sentenceStart, figure.start);
  const colon = Math.max(lead.lastIndexOf(':'), lead.lastIndexOf('：'));
  return colon >= 0 && named.some((e) => e.start > sentenceStart + colon && e.end <= figure.start && ownOf(deal, e));
}

/** Spending money, on anything: with what it is spent on (`BUILT`), a company's own build-out. */
const SPENDS = new CueMatcher([
  'spend', 'spent', 'gastar', 'gastará', 'gastó', 'gasta', 'dépenser', 'dépense', 'dépensera', 'ausgeben', 'ausgegeben', 'auszugeben',
  '支出', '花费', '花費', '費やす', '지출', '쏟아붓',
]);

/** Buying what the deal sells: "承諾購入…Azure算力", "commits to buy … of Azure capacity". */
const PURCHASE = new CueMatcher([
  'purchase', 'buy', 'buying', 'bought', 'kaufen', 'kauft', 'gekauft', 'abnehmen', 'acheter', 'achète', 'achat', 'comprar', 'compra',
  '购买', '購買', '购入', '購入', '采购', '採購', '買う', '買い', '구매', '구입', '사들',
]);

/** Words of investing: "invest", "投資", "has put … into". Investors as an audience do not count. */
function investing(words: string): boolean {
  return INVEST.testCued(words.replace(INVESTORS, '').replace(CAPEX, '')) || PUT_INTO.test(words) || STUCK_INTO.test(words);
}

/** Money put into a company: "has also put about $3 billion into Anthropic"; not a site "put into service". */
const PUT_INTO = /\b(?:put|poured|pumped|sunk)\b[^.;:]{0,40}?\binto\b(?!\s+(?:service|operation|production|use|orbit)\b)/;

/**
 * German money "stuck into" something, the verb's either side of its object: "Nvidia will bis zu 10 Milliarden Dollar in
 * Anthropic stecken", "Nvidia steckt 10 Milliarden Dollar in Anthropic".
 */
const STUCK_INTO = /(?<!\p{L})steck(?:en|t|te|ten)\s(?:[^\s.;:]+\s){0,8}?in\s|\sin\s(?:[^\s.;:,]+\s){1,4}?(?:zu\s)?steck(?:en|t|te|ten)(?!\p{L})/u;

/** Capital expenditure is spending on plant, in no one: "AI向けの設備投資をめぐっては、…300億ドル分の計算能力を確保した". */
const CAPEX = /設備投資|设备投资|設備投资|설비 ?투자|시설 ?투자/g;

/** Investors are an audience, not an investment: "根據谷歌雲向投資人說明的內容", "told investors". */
const INVESTORS = /investors?|investisseurs?|inversor(?:es|as)?|inversionistas?|investoren|投资者|投資者|投资人|投資人|投資家|투자자/g;
/** An earlier deal of the same parties, named as such: "not the first", "an earlier agreement". */
const EARLIER_DEAL = new CueMatcher([
  'earlier deal', 'earlier agreement', 'earlier contract', 'previous deal', 'previous agreement', 'prior deal', 'prior agreement', 'not the first',
  'frühere vereinbarung', 'früheren vereinbarung', 'früherer vertrag', 'früheren vertrag', 'nicht das erste', 'nicht der erste',
  'accord précédent', 'précédent accord', 'contrat précédent', 'pas le premier', 'pas la première', 'acuerdo anterior', 'contrato anterior', 'no es el primer', 'no es la primera',
  '初めてではない', '初めてではありません', '以前の契約', '前回の契約', '并非首次', '並非首次', '不是第一次', '此前的协议', '此前的協議', '之前的协议', '之前的協議',
  '처음이 아니', '이전 계약', '앞선 계약',
]);
/** The same parties at another time, "also": "両社は2025年10月にも", "2025년 10월에도", "早在2025年". */
const ALSO_THEN = /20\d\d年(?:\d{1,2}月)?にも|20\d\d년(?:\s*\d{1,2}월)?에도|早在20\d\d/;

/** A year, not the start of an amount ("2000億ドル", "2,000 MW", "$2025"). */
const YEAR = /(?<![\d$€£.,万萬만億억亿])20\d\d(?![\d億万萬억만亿千百]|[.,]\d|\s*(?:billion|million|bn|mrd|milliard|millones|mil\b|MW|GW|GPU))/gi;

/**
 * A year in the figure's clause that is neither the deal's nor in one of its
 * facts' labels sets another time frame: "1 GW by 2028", "built in 2024 with
 * 100,000 GPUs".
 */
function otherYear(clause: string, deal: Deal): boolean {
  const years = clause.match(YEAR);
  if (!years) return false;
  const own = new Set([deal.announced?.slice(0, 4), ...deal.facts.flatMap((f) => f.label?.match(/20\d\d/g) ?? [])]);
  return years.some((y) => !own.has(y));
}

/**
 * The header of the figure's column, for a table row: the first row of its
 * table ("Announced" over "May 6"). Rows of one table are consecutive blocks.
 */
function headerCell(blocks: ReadBlock[], b: number, figure: RawFigure): string {
  const head = columnHeadSpan(blocks, b, figure);
  return head ? blocks[head.block]!.text.slice(head.start, head.end) : '';
}

function columnHeadSpan(blocks: ReadBlock[], b: number, figure: RawFigure): { block: number; start: number; end: number } | undefined {
  const first = tableStart(blocks, b);
  if (first === b) return undefined;
  const column = blocks[b]!.text.slice(0, figure.start).split(' | ').length - 1;
  const cells = blocks[first]!.text.split(' | ');
  if (column >= cells.length) return undefined;
  const start = cells.slice(0, column).reduce((n, c) => n + c.length + 3, 0);
  return { block: first, start, end: start + cells[column]!.length };
}


/**
 * The cells of a row after the figure's that hold numbers of their own: other columns, said of their own numbers
 * ("$200 billion | seven years | Alphabet first-quarter revenue: $90.2 billion"). Neither their words nor their names
 * speak for the figure.
 */
function laterNumberedCells(block: ReadBlock, cellEnd: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  for (let at = cellEnd; at < block.text.length; ) {
    const from = at + CELL_SEPARATOR.length;
    const next = block.text.indexOf(CELL_SEPARATOR, from);
    const to = next < 0 ? block.text.length : next;
    if (block.figures.some((f) => f.start >= from && f.start < to)) cells.push([from, to]);
    at = to;
  }
  return cells;
}

/** A row read as the sentence of a figure in it, `cells` left blank; blanks keep the offsets. */
function rowAsSentence(text: string, cells: Array<[number, number]>): string {
  for (const [from, to] of cells) text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  return cueText(text);
}

/** The cell of a table row holding the figure: cells are joined by " | ". */
function cell(text: string, figure: RawFigure): [number, number] {
  const start = text.lastIndexOf(CELL_SEPARATOR, figure.start);
  const end = text.indexOf(CELL_SEPARATOR, figure.end);
  return [start < 0 ? 0 : start + CELL_SEPARATOR.length, end < 0 ? text.length : end];
}

/**
 * A heading that is only a number, over an item whose first sentence says
 * what it is ("今週の数字" columns): "300億ドル" over "アンソロピックがマイクロ
 * ソフトのクラウド「Azure」で確保する計算能力の規模。". The number is the deal that
 * sentence names by two of its names or its site, unless the sentence's own
 * words set it aside (revenue, a stake, a comparison). Undefined when the
 * heading is not such a number, so that it is read as any other block.
 */
/** What a heading of numbers holds besides its figures: separators, and counts the grammar leaves bare ("22만 개"). */
const NUMBERS_ONLY = /^(?:[\s:：.。、,()（）·•/|&+-]|\d[\d,.]*\s?[万萬만億억]?\s?[개基枚個台张張块塊]?)*$/u;

function numberHeading(index: DealIndex, blocks: ReadBlock[], b: number, figure: RawFigure): LinkDecision | undefined {
  const block = blocks[b]!;
  if (block.kind !== 'heading' || !block.figures.includes(figure)) return undefined;
  // The heading holds numbers only, maybe several joined: "22만 개 · 150MW".
  let rest = '';
  let at = 0;
  for (const f of block.figures) {
    rest += block.text.slice(at, f.start);
    at = f.end;
  }
  if (!NUMBERS_ONLY.test(rest + block.text.slice(at))) return undefined;
  const item = blocks[b + 1];
  if (item?.kind !== 'paragraph') return undefined;
  // A paragraph with no figure of its own was never split into sentences.
  const [start, end] = item.sentences[0] ?? sentenceSpans(item.text)[0] ?? [0, 0];
  const sentence = cueText(item.text.slice(start, end));
  const named = within(mentionsOf(item), start, end);
  const found = resolveDeal(index, named, { start, end: start });
  if (found.kind !== 'deal' || !names(index, named, found) || foreignTo(index, named, found.dealId)) return { dealId: null };
  const veto = vetoOf(figure, sentence, sentence);
  if (veto) return { dealId: null, veto };
  if (STAKE.testCued(sentence)) return { dealId: null, veto: 'stake' };
  const decision: LinkDecision = { dealId: found.dealId, tier: 'sentence', mention: { entity: found.mention, block: b + 1, role: found.role }, fact: factKey(figure.kind, sentence, sentence) };
  // What the number is may be a part or a past state of the deal: "테라팹 1단계 투자비".
  if (figure.kind !== 'date' && PART.testCued(sentence)) return { ...decision, doubt: 'part' };
  if (figure.kind !== 'date' && MILESTONE.testCued(sentence)) return { ...decision, doubt: 'milestone' };
  return decision;
}

/** "Thereby", what the party gets from the site just named: "按照公告，Anthropic由此新增约200兆瓦算力容量". */
const THEREBY = new CueMatcher([...THEREBY_WORDS, 'by doing so', '由此']);

/** How many sentences back a site named by role may have been named by name. */
const SITE_BACK_SENTENCES = 2;

/**
 * The deal whose site one of the last sentences of the paragraph names, when
 * the figure's sentence names a party of that deal and the site by its role
 * ("die gesamte Anlage", "the facility").
 */
function siteBefore(index: DealIndex, block: ReadBlock, b: number, sentenceStart: number, named: EntityMatch[], sentence: string): LinkDecision | undefined {
  if (sentenceStart === 0 || !(SITE_ANAPHORA.testCued(sentence) || THEREBY.testCued(sentence))) return undefined;
  const parties = named.filter((e) => !isNeutral(index, e));
  if (parties.length === 0) return undefined;
  let end = sentenceStart;
  for (let back = 0; back < SITE_BACK_SENTENCES && end > 0; back++) {
    const [start] = sentenceAt(block.sentences, end - 1);
    for (const site of within(mentionsOf(block), start, end)) {
      if (site.kind !== 'facility') continue;
      const deal = (index.byEntity.get(site.id) ?? []).find((r) => r.role === 'site' && parties.every((e) => r.deal.parties.includes(e.id)))?.deal;
      if (deal) return { dealId: deal.id, tier: 'previous-sentence', mention: { entity: site, block: b, role: 'site' } };
    }
    end = start;
  }
  return undefined;
}

/** A count of companies (`cueText`): "3社", "三家公司", "3개사", "the three companies", "den drei Lieferanten". */
const COUNTED_COMPANIES =
  /(?<![a-z\d])(\d|two|three|four|five|zwei|drei|vier|fünf|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|[两二三四五])\s*(?:社|家|개사|(?:[a-zäöüéè-]+\s+)?(?:companies|firms|suppliers|vendors|makers|unternehmen|firmen|zulieferer|zulieferern|lieferanten|hersteller|herstellern|konzerne|konzernen|entreprises|sociétés|groupes|fournisseurs|empresas|compañías|proveedores|suministradores|fabricantes)(?![a-z]))/u;
const COUNT_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, zwei: 2, drei: 3, vier: 4, fünf: 5, deux: 2, trois: 3, quatre: 4, cinq: 5, dos: 2, tres: 3, cuatro: 4, cinco: 5, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5,
};

/**
 * A sentence naming one party of a deal and a count of companies that is
 * the number of the deal's other parties, all of them named just before (in
 * its paragraph, or the paragraph before): "エヌビディアは…コーニング、ルメンタム、
 * コヒレントの米3社に…。…「エヌビディアが3社に約束した40億ドルは…」". The count
 * speaks of those companies as firmly as their names would.
 */
function countedPartners(index: DealIndex, blocks: ReadBlock[], b: number, sStart: number, sentence: string, named: EntityMatch[]): LinkDecision | undefined {
  const count = COUNTED_COMPANIES.exec(sentence);
  if (!count) return undefined;
  const n = COUNT_WORDS[count[1]!] ?? Number(count[1]);
  const own = named.filter((e) => !isNeutral(index, e));
  const candidates = (index.byEntity.get(own[0]?.id ?? '') ?? []).filter((r) => r.role === 'party');
  for (const { deal } of candidates) {
    if (!own.every((e) => deal.parties.includes(e.id))) continue;
    const others = deal.parties.filter((p) => !own.some((e) => e.id === p));
    if (others.length !== n) continue;
    const before = [...(b > 0 ? mentionsOf(blocks[b - 1]!) : []), ...mentionsOf(blocks[b]!).filter((e) => e.end <= sStart)];
    if (others.every((p) => before.some((e) => e.id === p))) return { dealId: deal.id, tier: 'sentence', mention: { entity: own[0]!, block: b, role: 'anaphora' } };
  }
  return undefined;
}

/**
 * A sentence opening on the contract itself: "The contract runs…", "Der Vertrag läuft…", and in Japanese,
 * Korean and Chinese, which name it without an article, "契約は…", "계약은…", "合同为期…".
 */
const CONTRACT_OPENING =
  /^\s*(?:(?:the|this)\s+(?:deal|contract|agreement|lease)\b|(?:der|dieser)\s+(?:vertrag|mietvertrag|deal)\b|(?:die|diese)\s+vereinbarung\b|(?:le|ce)\s+contrat\b|(?:l['’]|cet\s+)accord\b|(?:el|este)\s+(?:contrato|acuerdo)\b|(?:この|その)?(?:契約|同契約|取引)(?:額|金額|総額|期間|規模)?(?:は|の|で)|(?:(?:이번|이|해당)\s?)?(?:계약|거래)(?:은|의|\s?기간은|\s?규모는|\s?금액은|액은)|(?:這份|这份|該|该|此|本)?(?:合同|合约|合約|协议|協議)(?:为期|為期|期限|金额|金額|总额|總額|规模|規模))/iu;

/**
 * Who told, opening a paragraph before what it says: "業界人士透露，合約為期7年", "関係者によると、", "According to
 * people familiar with it, the contract…". What follows opens the paragraph as much as if it stood first.
 */
const ATTRIBUTION_LEAD =
  /^\s*(?:(?:據|据)?(?:業界人士|业界人士|業內人士|业内人士|知情人士|消息人士)(?:透露|表示|指出|稱|称)|據悉|据悉|據了解|据了解|[^、。]{1,12}(?:によると|によれば)|[^,.]{1,12}에 따르면|(?:according to|laut|selon|según)\s[^,，.]{1,60})\s?[，,、：:]?\s*/iu;

/**
 * The contract a few words before the figure, with no punctuation between: what the figure is said of ("The companies
 * have described the arrangement as a six-year commitment", "die Laufzeit des Vertrags auf sechs Jahre", "across
 * the contract's seven-year term").
 */
const CONTRACT_JUST_BEFORE =
  /(?<![\p{L}])(?:(?:the|this|that|der|dieser|des|dem|den|die|diese|le|ce|cet|el|este|del)\s+|l['’]\s?)(?:deal|contract|agreement|arrangement|lease|vertrag(?:s|es)?|vereinbarung|contrat|accord|contrato|acuerdo)(?:['’]s)?(?:\s+[^\s,;:.!?]+){0,3}\s+$/iu;

/**
 * Text with its relative clauses left out, from `from` on: they describe the noun before them, not what follows
 * ("Anthropic hat sich … 5 Gigawatt gesichert, was grob der Leistung von fünf Kernkraftwerksblöcken entspricht, und
 * davon…"), nor the figure before them ("rund 200 Megawatt neue Rechenleistung, ein Zuwachs, der … gewesen wäre").
 */
function withoutRelatives(cued: string, from = 0): string {
  return cued.slice(0, from) + cued.slice(from).split(/(?=[,;])/).filter((part) => !RELATIVE_OPENING.test(part)).join('');
}
const RELATIVE_OPENING = /^[,;]\s*(?:was|which|ce qui|lo que|lo cual|ciò che|der|die|das|dem|den|deren|dessen|welche[rsmn]?|who|whom|whose|qui|dont|lequel|laquelle|el cual|la cual|cuyo|cuya)\s/;

/**
 * Another value of its kind later in the sentence, said to be the right one: "一部の海外メディアは契約額を「3000億ドル」と
 * 伝えたが、関係者によると2000億ドルが正しいという", "…3 billion; 30 billion is the correct figure".
 */
function rightOneLater(block: ReadBlock, figure: RawFigure, sentenceEnd: number): boolean {
  return block.figures.some((f) => f.kind === figure.kind && f.start > figure.end && f.end <= sentenceEnd && RIGHT_AFTER.test(block.text.slice(f.end, f.end + 24)));
}
const RIGHT_AFTER = /^[\s」”"』)）]*(?:が正しい|が正確|才是正确|才是正確|(?:이|가) 맞|is (?:the )?correct|is the right|est le bon|es la (?:cifra )?correcta|ist (?:die )?richtig)/iu;

/**
 * A question whose answer, the next block, opens by denying it: "Q. 아마존이 앤트로픽에 50GW를 준다고 들었는데요?" /
 * "A. 아닙니다. …", "« …pour 3 milliards de dollars. Est-ce exact ? »" / "Non. Le contrat porte sur…".
 */
function deniedAnswer(blocks: ReadBlock[], b: number, figure: RawFigure): boolean {
  const next = blocks[b + 1];
  return next !== undefined && /[?？]/.test(blocks[b]!.text.slice(figure.end)) && DENIAL_OPENING.test(next.text);
}
const DENIAL_OPENING =
  /^\s*(?:[AR][.:：]\s*)?(?:(?:no|non|nein|nope|false|faux|falsch|falso|아닙니다|아니요|아니다|사실과 다릅니다|사실이 아닙니다|いいえ|違います|不是|不對|不对|并非如此|並非如此|错|錯)(?=\s*[.,!:;。，、！])|(?:that's|that is|c'est|c’est|das ist|es|eso es)\s+(?:[\p{L}-]+\s+){0,2}?(?:too (?:high|much|many|low)|trop|zu (?:viel|hoch|niedrig)|más de la cuenta|demasiad[oa]s?)(?![\p{L}]))/iu;

/** A word for the contract anywhere in a paragraph: "契約額", "the contract's value", "le contrat". */
const CONTRACT_WORD = /contract|\bdeal\b|agreement|\blease\b|vertrag|vereinbarung|contrat|accord|acuerdo|契約|계약|合同|合约|合約|协议|協議/iu;

/** A section heading that opens on a year: "2024: la construcción", "2024年 立ち上げ". */
const YEAR_HEADING = /^\s*(?:19|20)\d\d(?!\d)/;

/** A paragraph opening on a site by its role: "The site", "Le site", "该园区", "同施設", "이 시설". */
const SITE_OPENING =
  /^\s*(?:(?:the|this)\s+(?:site|facility|supercomputer|cluster|data cent(?:er|re)|campus)\b|(?:die|diese)\s+anlage\b|(?:das|dieses)\s+rechenzentrum\b|(?:der|dieser)\s+(?:supercomputer|standort)\b|(?:le|ce)\s+(?:site|supercalculateur|centre de données|campus)\b|(?:l['’]|cette\s+)installation\b|(?:la|esta)\s+instalación\b|(?:el|este)\s+(?:centro de datos|supercomputador|campus)\b|(?:该|該|这个|這個)(?:设施|設施|集群|数据中心|數據中心|資料中心|园区|園區)|同施設|この施設|(?:이|해당)\s?(?:시설|데이터센터|단지))/iu;

/**
 * The article's deal, named firmly by the paragraph just before (two of its
 * names, or its site): what a paragraph opening on "the contract" speaks of.
 */
function paragraphBefore(index: DealIndex, blocks: ReadBlock[], b: number, mainDealId: string | undefined, bySite = false): LinkDecision | undefined {
  if (!mainDealId) return undefined;
  const deal = index.deals.get(mainDealId);
  let from = b;
  for (let section = 0; section < CONTRACT_SECTIONS; section++) {
    // A subheading between the two does not change what "the contract" is: "…契約を結んだ。" / "年あたりに割ると" / "同契約の期間は…".
    let at = blocks[from - 1]?.kind === 'heading' ? from - 2 : from - 1;
    // Nor does one paragraph that names nothing and speaks of the contract too: "…の契約は総額2000億ドル…" /
    // "一部の海外メディアは契約額を1500億ドルと伝えていたが…" / "同契約の期間は4年間で".
    if (!bySite && blocks[at]?.kind === 'paragraph' && mentionsOf(blocks[at]!).length === 0 && CONTRACT_WORD.test(blocks[at]!.text)) at -= 1;
    const previous = blocks[at];
    if (previous?.kind !== 'paragraph') return undefined;
    // Names in an apposition to the deal's facility describe it: "Colossus 1, le supercalculateur construit par xAI à Memphis,".
    const asides = appositions(index, previous.text, mentionsOf(previous), previous.text.length);
    const named = mentionsOf(previous).filter((e) => !withinSpans(e, asides));
    const found = resolveDeal(index, named, { start: previous.text.length, end: previous.text.length });
    if (found.kind === 'deal' && found.dealId === mainDealId && names(index, named, found)) {
      // "The site" is the deal's only where the paragraph before names the deal's site.
      if (bySite && !named.some((e) => deal?.sites?.includes(e.id))) return undefined;
      return { dealId: mainDealId, tier: 'previous-sentence', mention: { entity: found.mention, block: at, role: 'anaphora' } };
    }
    // A section that opens on the contract too, naming nothing but the deal's own companies, carries it on from
    // the one before: "…グーグル・クラウドと結んだ…契約" / "総額と規模" / "契約の総額は2000億ドル。米ブロードコムが…" /
    // "年数で割ると" / "契約期間は6年間とされる".
    if (bySite || !CONTRACT_OPENING.test(previous.text) || !named.every((e) => isNeutral(index, e) || deal?.parties.includes(e.id))) return undefined;
    from = at;
  }
  return undefined;
}
/** How many sections, each opening on the contract, a figure's contract is followed back through. */
const CONTRACT_SECTIONS = 3;

function pointsBack(sentence: string): boolean {
  return ANAPHORA.testCued(sentence) || ANAPHORA_DE.test(sentence);
}
