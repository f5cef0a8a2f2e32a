import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../lib/dataset/schema';
import { buildEntityIndex } from '../../../lib/extract/entities/entity-index';
import { findEntities } from '../../../lib/extract/entities/find-entities';
import type { RawFigure } from '../../../lib/extract/raw-figure';
import { buildDealIndex } from '../../../lib/link/deal-index';
import { findMainDeal, linkFigure, mayFlag, type ReadBlock } from '../../../lib/link/link-figures';
import type { Block } from '../../../lib/analyze/types';
import { datelineLength } from '../../../lib/text/dateline';
import { sentenceSpans } from '../../../lib/text/sentences';

const entity = (id: string, kind: Dataset['entities'][number]['kind'], ...aliases: string[]) => ({ id, kind, name: aliases[0]!, aliases });
const dataset: Dataset = {
  format: 'compute-deals/v1',
  version: 't',
  entities: [
    entity('anthropic', 'company', 'Anthropic'),
    entity('spacex', 'company', 'SpaceX'),
    entity('google', 'company', 'Google Cloud', 'Google'),
    entity('amazon', 'company', 'Amazon'),
    entity('openai', 'company', 'OpenAI'),
    entity('gpt-4', 'product', 'GPT-4'),
    entity('nvidia', 'company', 'NVIDIA', '輝達'),
    entity('claude', 'product', 'Claude Pro', 'Claude'),
    entity('colossus-1', 'facility', 'Colossus 1'),
    entity('colossus-2', 'facility', 'Colossus 2'),
    entity('terafab', 'facility', 'Terafab'),
    entity('texas', 'place', 'Texas'),
    entity('broadcom', 'company', 'Broadcom'),
    entity('xai', 'company', 'xAI'),
  ],
  deals: [
    { id: 'colossus', title: 'c', parties: ['anthropic', 'spacex'], sites: ['colossus-1'], announced: '2026-05-06', facts: [
      { kind: 'gpus', value: 220_000, unit: 'GPU', bound: 'min' }, { kind: 'power', value: 3e8, unit: 'W', bound: 'min' }] },
    { id: 'google-deal', title: 'g', parties: ['anthropic', 'google', 'broadcom'], facts: [{ kind: 'money', value: 2e11, unit: 'USD', bound: 'exact' }] },
    { id: 'amazon-deal', title: 'a', parties: ['anthropic', 'amazon'], facts: [{ kind: 'power', value: 5e9, unit: 'W', bound: 'max' }, { kind: 'power', value: 1e9, unit: 'W', bound: 'approx', label: 'added by end of 2026' }] },
    { id: 'terafab-deal', title: 't', parties: ['spacex'], sites: ['terafab', 'texas'], facts: [{ kind: 'money', value: 55e9, unit: 'USD', bound: 'exact' }] },
    { id: 'nvidia-deal', title: 'n', parties: ['anthropic', 'nvidia'], facts: [{ kind: 'money', value: 30e9, unit: 'USD', bound: 'exact' }] },
  ],
};
const entities = buildEntityIndex(dataset);
const deals = buildDealIndex(dataset);

/**
 * Builds blocks from text where each figure is marked [[like this|kind]]; the
 * marks are removed and become RawFigures (the grammar is tested elsewhere).
 */
function read(spec: Array<[Block['kind'], string]>): ReadBlock[] {
  return spec.map(([kind, marked]) => {
    const figures: RawFigure[] = [];
    let text = '';
    let rest = marked;
    for (let m = /\[\[(.+?)\|(\w+)(!rate|!max)?\]\]/.exec(rest); m; m = /\[\[(.+?)\|(\w+)(!rate|!max)?\]\]/.exec(rest)) {
      text += rest.slice(0, m.index);
      const kindOf = m[2] as RawFigure['kind'];
      const bound = m[3] === '!max' ? 'max' : 'exact';
      figures.push({ start: text.length, end: text.length + m[1]!.length, text: m[1]!, kind: kindOf, value: 1, unit: 'GPU', bound, ...(m[3] === '!rate' ? { rate: true } : {}) });
      text += m[1];
      rest = rest.slice(m.index + m[0].length);
    }
    text += rest;
    return { text, kind, sentences: kind === 'row' ? [[0, text.length]] : sentenceSpans(text), entities: findEntities(entities, text), figures, dateline: kind === 'paragraph' ? datelineLength(text) : 0 };
  });
}

function linksOf(title: string, spec: Array<[Block['kind'], string]>): Record<string, string | null> {
  const blocks = read(spec);
  const main = findMainDeal(deals, findEntities(entities, title), blocks);
  const out: Record<string, string | null> = {};
  blocks.forEach((block, b) => block.figures.forEach((f) => (out[f.text] = linkFigure(deals, blocks, b, f, main).dealId)));
  return out;
}

describe('linkFigure', () => {
  it('links on a site or counterparty in the same sentence', () => {
    expect(linksOf('', [['paragraph', 'SpaceX will give Anthropic all of Colossus 1, over [[300 MW|power]].']])).toEqual({ '300 MW': 'colossus' });
    expect(linksOf('', [['item', 'Google Cloud: [[$200 billion|money]] contract']])).toEqual({ '$200 billion': 'google-deal' });
  });

  it('reads a total said to come from the agreement as the agreement\'s', () => {
    const first = 'Anthropic und Google Cloud haben eine Vereinbarung geschlossen. Der Vertrag hat ein Volumen von 200 Milliarden Dollar.';
    expect(linksOf('Anthropic und Google Cloud', [['paragraph', first], ['paragraph', 'Insgesamt sollen Anthropic aus der Vereinbarung [[5 Gigawatt|power]] zur Verfügung stehen.']])).toEqual({ '5 Gigawatt': 'google-deal' });
    expect(linksOf('Anthropic and Google Cloud', [['paragraph', first], ['paragraph', 'In total, Anthropic is to get [[5 GW|power]] under the agreement.']])).toEqual({ '5 GW': 'google-deal' });
    // A total over the party's deals is not one deal's.
    expect(linksOf('Anthropic und Google Cloud', [['paragraph', first], ['paragraph', 'Insgesamt hat sich Anthropic [[15 Gigawatt|power]] gesichert.']])).toEqual({ '15 Gigawatt': null });
    expect(linksOf('Anthropic and Google Cloud', [['paragraph', first], ['paragraph', 'In total Anthropic has lined up [[15 GW|power]], part of it under the agreement.']])).toEqual({ '15 GW': null });
  });

  it("reads a list item's sentences after the figure's as statements of their own", () => {
    const item = 'SpaceX Colossus 1（孟菲斯）：5月6日宣布整座包下，新增容量[[300MW以上|power]]。同一园区旁的Colossus 2不在合作范围内，其规划规模为[[100万块GPU|gpus]]。';
    expect(linksOf('', [['item', item]])).toEqual({ '300MW以上': 'colossus', '100万块GPU': null });
  });

  it('keeps a figure about something else unlinked (GPT-4, seed 002)', () => {
    const links = linksOf('Anthropic signs deal for SpaceX Colossus 1', [
      ['paragraph', 'Anthropic and SpaceX signed a deal for Colossus 1.'],
      ['paragraph', 'When OpenAI trained GPT-4, it used roughly [[25,000 A100 GPUs|gpus]]. Colossus 1 is ten times that.'],
    ]);
    expect(links['25,000 A100 GPUs']).toBeNull();
  });

  it('lets a hub party alone confirm the article deal, never contradict it: a company total (seed 001)', () => {
    const blocks = read([['paragraph', 'Anthropic has locked up about [[15 GW|power]] of compute.']]);
    const main = findMainDeal(deals, findEntities(entities, 'Anthropic and SpaceX'), blocks);
    expect(linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, main)).toMatchObject({ dealId: 'colossus', tier: 'article', doubt: 'weak-link' });
    // Without an article deal it names none.
    expect(linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined)).toEqual({ dealId: null, veto: 'other-entity' });
  });

  it('follows "the deal" back to the article deal when only a hub is named (seed 003)', () => {
    const links = linksOf('Anthropic partners with SpaceX on Colossus 1', [
      ['paragraph', 'Anthropic announced a deal with SpaceX for Colossus 1.'],
      ['paragraph', 'The deal grants Anthropic access to over [[300 megawatts|power]] of compute.'],
    ]);
    expect(links['300 megawatts']).toBe('colossus');
  });

  it('follows "thereby" back the same way: "Anthropic将借此新增约250兆瓦"', () => {
    for (const text of ['Anthropic将借此新增约[[250兆瓦|power]]的电力容量。', 'Anthropic thereby gains about [[250 MW|power]] of capacity.', 'Anthropicはこれにより約[[25万キロワット|power]]を確保する。']) {
      const blocks = read([['paragraph', 'Anthropic与SpaceX达成协议，将使用Colossus 1的全部算力。'], ['paragraph', text]]);
      const main = findMainDeal(deals, findEntities(entities, 'Anthropic and SpaceX'), blocks);
      const d = linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main);
      expect([d.dealId, mayFlag(d)], text).toEqual(['colossus', true]);
    }
  });

  it("takes a hub's sum for its total, even when the sentence points back at the site (en-harlow-sterling)", () => {
    const links = linksOf('Anthropic partners with SpaceX on Colossus 1', [
      ['paragraph', 'Anthropic announced a deal with SpaceX for Colossus 1.'],
      ['paragraph', 'Adding up the rows, Anthropic has lined up north of [[10 GW|power]], before counting the sites still being built.'],
    ]);
    expect(links['10 GW']).toBeNull();
  });

  it('never links a rate ($20 per month, seed 003)', () => {
    expect(linksOf('', [['paragraph', 'Claude Pro with SpaceX Colossus 1 costs [[$20 per month|money!rate]].']])['$20 per month']).toBeNull();
  });

  it('reads a list item through its intro paragraph, then the heading, then the article deal', () => {
    const links = linksOf('Anthropic and SpaceX sign Colossus 1 deal', [
      ['heading', 'Core of the Agreement'],
      ['paragraph', 'These numbers speak to the sheer scale:'],
      ['item', '[[220,000+ NVIDIA GPUs|gpus]]'],
      ['heading', 'The Terafab plan'],
      ['paragraph', 'SpaceX plans Terafab in Texas.'],
      ['item', 'Budget: [[$55 billion|money]]'],
    ]);
    expect(links['220,000+ NVIDIA GPUs']).toBe('colossus');
    expect(links['$55 billion']).toBe('terafab-deal');
  });

  it('lets a table row speak for its cells', () => {
    const links = linksOf('Anthropic and SpaceX', [
      ['row', 'Partner | Capacity'],
      ['row', 'Amazon | up to [[5 GW|power]]'],
      ['row', 'SpaceX | [[300+ MW|power]] Colossus 1'],
    ]);
    expect(links).toEqual({ '5 GW': 'amazon-deal', '300+ MW': 'colossus' });
  });

  it("reads a row's cell apart from the later columns' own numbers", () => {
    const links = linksOf('Who sells Anthropic its compute', [
      ['row', "Partner | Value | Term | Partner's own numbers"],
      ['row', 'Google Cloud, with Broadcom | [[$200 billion|money]] | Alphabet revenue: [[$90.2 billion|money]]'],
      ['row', 'NVIDIA | [[$30 billion|money]] | NVIDIA to invest up to [[$10 billion|money]] in Anthropic'],
      ['row', 'Amazon | up to [[5 GW|power]] | Google Cloud booked [[$12 billion|money]] in the quarter'],
      // A timeline's later cell says what happened on the date.
      ['row', '[[May 6|date]] | Anthropic and SpaceX announce their deal for Colossus 1, with [[220,000 GPUs|gpus]]'],
    ]);
    expect(links).toEqual({ '$200 billion': 'google-deal', '$90.2 billion': null, '$30 billion': 'nvidia-deal', '$10 billion': null, '5 GW': 'amazon-deal', '$12 billion': null, 'May 6': 'colossus', '220,000 GPUs': 'colossus' });
  });

  it('lets a fact box heading lead the list right under it', () => {
    const decisions = (spec: Array<[Block['kind'], string]>) => {
      const blocks = read(spec);
      const main = findMainDeal(deals, findEntities(entities, 'Utility board delays vote'), blocks);
      return blocks.flatMap((block, b) => block.figures.map((f) => linkFigure(deals, blocks, b, f, main)));
    };
    const box = decisions([
      ['paragraph', 'The utility board met on Thursday.'],
      ['heading', 'The Colossus 1 deal at a glance'],
      ['item', 'Announced: [[May 6, 2026|date]]'],
      ['item', 'Hardware: roughly [[100,000 NVIDIA GPUs|gpus]]'],
    ]);
    expect(box.map((d) => [d.dealId, mayFlag(d)])).toEqual([['colossus', true], ['colossus', true]]);
    // Its items' labels still say what each figure is: "Aide publique demandée : 1,4 milliard de dollars".
    const aid = decisions([['heading', 'Terafab en bref'], ['item', 'Investissement : 55 milliards'], ['item', 'Aide publique demandée : [[1,4 milliard de dollars|money]]']]);
    expect(aid.map(mayFlag)).toEqual([false]);
    // Not past a paragraph, which may have changed the subject.
    const apart = decisions([
      ['heading', 'The Colossus 1 deal at a glance'],
      ['paragraph', 'Residents spoke for three hours about the turbines.'],
      ['item', 'Hardware: roughly [[100,000 NVIDIA GPUs|gpus]]'],
    ]);
    expect(apart.map(mayFlag)).toEqual([false]);
  });

  it('reads past a column heading that names only the party of every deal', () => {
    const links = linksOf('Who sells Anthropic its compute', [
      ['row', 'Partner | What Anthropic gets'],
      ['row', 'Amazon | up to [[5 GW|power]]'],
      ['row', 'SpaceX | [[300+ MW|power]] at Colossus 1'],
    ]);
    expect(links).toEqual({ '5 GW': 'amazon-deal', '300+ MW': 'colossus' });
  });

  it('does not fall back to the article deal for industry-wide figures (seed 003)', () => {
    const links = linksOf('Anthropic and SpaceX sign Colossus 1 deal', [
      ['paragraph', 'Anthropic and SpaceX signed for Colossus 1.'],
      ['heading', 'Industry context'],
      ['paragraph', 'Cloud providers have committed over [[200,000 GPUs|gpus]] combined across the industry.'],
    ]);
    expect(links['200,000 GPUs']).toBeNull();
  });

  it('leaves a tie between deals unlinked when the article deal is not among them', () => {
    const links = linksOf('', [['paragraph', 'SpaceX said [[5,000 GPUs|gpus]] would arrive.']]);
    expect(links['5,000 GPUs']).toBeNull();
  });

  it('ignores a vendor the GPUs come from', () => {
    expect(linksOf('', [['paragraph', 'The arrangement gives Anthropic more than [[220 000 GPUs|gpus]] from NVIDIA and over [[300 MW|power]] of new capacity at Colossus 1.']])).toEqual({
      '220 000 GPUs': 'colossus',
      '300 MW': 'colossus',
    });
  });

  it('ignores a vendor named inside the figure', () => {
    const blocks = read([['paragraph', 'Anthropic and SpaceX signed for Colossus 1.'], ['item', 'More than [[220,000 NVIDIA GPUs|gpus]]']]);
    const main = findMainDeal(deals, [], blocks);
    expect(linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main).dealId).toBe('colossus');
  });

  /** One decision for the one marked figure of a single paragraph, in an article about Colossus 1. */
  function decisionOf(text: string) {
    const blocks = read([['paragraph', text]]);
    const main = findMainDeal(deals, findEntities(entities, 'Anthropic and SpaceX sign Colossus 1 deal'), blocks);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, main);
  }

  it.each([
    // The figure's own words say it is not the deal's quantity: never linked.
    ["Colossus 1 owner SpaceX booked revenue of [[$3 billion|money]] last quarter.", 'financials'],
    ['Fluidstack selbst hatte sich für Anthropic Fremdkapital über [[700 Mio. US-Dollar|money]] gesichert, um Hallen vorzufinanzieren.', 'financials'],
    ["Le contrat d'Anthropic avec Google Cloud représente 5 GW. Pour fixer les idées, Flamanville 3, c'est [[1,6 GW|power]].", 'comparison'],
    ['Google为Anthropic提供的5吉瓦电力规模，大致相当于三峡电站装机容量（[[2250万千瓦|power]]）的两成多。', 'grid'],
    ['以規模來看，單是Google一案的500萬瓩，就相當於台電總裝置容量[[約5,000萬瓩|power]]的一成。', 'grid'],
    ["La maison mère de Terafab n'est pas à court de moyens : SpaceX a été valorisée autour de [[400 milliards de dollars|money]] lors de sa dernière vente d'actions.", 'financials'],
    ['SpaceX was valued at about [[$400 billion|money]] in a share sale to investors this summer, after it took over Colossus 1.', 'financials'],
    ['Google will invest at least [[$10 billion|money]] in Anthropic, beside its Google Cloud contract.', 'stake'],
    ['Beide Partner steigen zudem bei dem Start-up ein: NVIDIA mit [[bis zu 10 Milliarden Dollar|money]].', 'stake'],
    ['Microsoft und NVIDIA steigen im Gegenzug bei Anthropic ein, NVIDIA mit [[bis zu 10 Milliarden Dollar|money]].', 'stake'],
    ['NVIDIA steigt mit [[bis zu 10 Milliarden Dollar|money]] bei Anthropic ein.', 'stake'],
    // Money "stuck into" a company is a stake too: "Nvidia will bis zu 10 Milliarden Dollar in Anthropic stecken".
    ['Bemerkenswert ist das Geflecht dahinter: NVIDIA will [[bis zu 10 Milliarden Dollar|money]] in Anthropic stecken, Microsoft bis zu 5 Milliarden.', 'stake'],
    ['NVIDIA steckt [[bis zu 10 Milliarden Dollar|money]] in Anthropic.', 'stake'],
    ['NVIDIA compró acciones de Anthropic por [[10.000 millones de dólares|money]].', 'stake'],
    // One party's own spending on what it builds, beside the deal: "Microsoft, por su parte, prevé gastar más de 80.000 millones".
    ['Anthropic bought $30 billion of compute from NVIDIA. NVIDIA plans to spend more than [[$80 billion|money]] on data centers this year.', 'financials'],
    ['Anthropic compró a NVIDIA capacidad por 30.000 millones. NVIDIA, por su parte, prevé gastar más de [[80.000 millones de dólares|money]] en centros de datos este año.', 'financials'],
    ['Anthropic kauft bei NVIDIA Rechenleistung für 30 Milliarden Dollar. NVIDIA will in diesem Jahr mehr als [[80 Milliarden Dollar|money]] für Rechenzentren ausgeben.', 'financials'],
    ["Anthropic achète à NVIDIA 30 milliards de dollars de calcul. NVIDIA prévoit de dépenser plus de [[80 milliards de dollars|money]] dans les centres de données cette année.", 'financials'],
    // A company's round, said without "financiación": "Fluidstack … cerró hace poco una ronda de 700 millones de dólares".
    ['Anthropic invierte con Google 200.000 millones en centros de datos. Google, que hace un año era otra cosa, cerró hace poco una ronda de [[700 millones de dólares|money]].', 'financials'],
    // Capital investment is capex: "Google, por su parte, prevé inversiones de capital de entre 175.000 y 185.000 millones".
    ['Google, por su parte, prevé inversiones de capital de entre 175.000 y [[185.000 millones de dólares|money]] este año.', 'financials'],
    ['Google expects capital investments of up to [[$185 billion|money]] this year.', 'financials'],
    // Capital expenditure is a company's spending, though "설비투자" holds the deal word "투자".
    ['Amazon은 올해 설비투자에만 약 2000억 달러를 쏟아붓고, Google 모회사 알파벳도 [[1800억 달러|money]] 안팎을 쓴다.', 'financials'],
    ['Terafab을 짓는 SpaceX는 올해 초 투자자들에게서 [[약 2억 달러|money]](약 2,900억 원)를 투자받았습니다.', 'stake'],
    ['Google Cloud 2000亿美元大单拆解：五年合同，年均[[约400亿美元|money]]', 'rate'],
    ['Pro Jahr gerechnet ergibt der Vertrag mit Google Cloud [[50 Milliarden Dollar|money]].', 'rate'],
    // A rumour or a viral post the sentence reports before the figure: someone's claim, not the page's.
    ["Selon une rumeur relayée cette semaine, SpaceX aurait repoussé d'un an son usine Terafab et porté son budget à [[80 milliards de dollars|money]].", 'rejected'],
    ['A post that circulated widely this week claimed that Amazon had promised Anthropic "[[50 gigawatts|power]]" of computing power.', 'rejected'],
    ['近日，一张截图在社交媒体上广泛流传，称SpaceX计划在得克萨斯州建设的Terafab芯片工厂“总投资[[5500亿美元|money]]”。', 'rejected'],
    // Or self-media accounts: "网上有自媒体称Terafab投资“高达1000亿美元”".
    ['网上有自媒体称Terafab投资“高达[[1000亿美元|money]]”，SpaceX方面并未证实，目前也找不到任何出处。', 'rejected'],
    // A figure a question supposes is no fact: "Müsste die Zusage dann auf 6 Milliarden Dollar steigen?".
    ['Ein Analyst fragte, was passiert, wenn die Nachfrage schneller wächst: Müsste die Zusage von NVIDIA an Anthropic dann auf [[6 Milliarden Dollar|money]] steigen?', 'hypothetical'],
    // What a reader read on a forum, or a widely shared post says, before the page sets it right.
    ['A reader writes: "I read on a forum that Colossus 1 only has [[22,000 GPUs|gpus]]."', 'rejected'],
    ["Une publication largement partagée affirme qu'Anthropic aurait porté à [[60 milliards de dollars|money]] ses engagements chez NVIDIA.", 'rejected'],
    // Earlier reports and rumours, before the figure in its sentence.
    ['此前有報道稱，Anthropic向NVIDIA採購的運算容量高達[[3000億美元|money]]，但翻查公開資料，該數字多了一個零。', 'rejected'],
    ['另有市場傳聞指，Anthropic與NVIDIA的合約將擴大至[[500億美元|money]]，但兩家公司均未證實。', 'rejected'],
    // What netizens add up on a social platform.
    ['有网友在社交平台上把两份合约的容量相加，称Anthropic在Amazon“手握[[10GW|power]]”。', 'rejected'],
    // A figure the sentence says it is not, or another source wrote and the sentence sets right.
    ["Contrairement à ce qu'indiquait un confrère, il ne s'agit pas de [[10 GW|power]] chez Amazon pour Anthropic.", 'rejected'],
    ['一部の海外メディアはGoogle Cloudとの契約額を「[[3000億ドル|money]]」と伝えたが、関係者によると[[2000億ドル|money]]が正しいという。', 'rejected'],
    ['NVIDIA與Anthropic的合約，先前有媒體誤植為「[[4.5億美元|money]]」，實際為45億美元。', 'rejected'],
    ['One widely read newsletter had the Anthropic and Google Cloud contract at [[$150 billion|money]] last week; that was an earlier draft.', 'rejected'],
    // Terms floated in a renegotiation are not the deal's.
    ['有海外媒体称，Anthropic正与Google Cloud重新商谈算力合同，可能把期限延长至7年，并将总额下调至[[1500亿美元|money]]。', 'time-frame'],
    ['Google Cloudとの同契約の期間は7年間とされ、単純に割れば年あたり[[約290億ドル前後|money]]の支払いとなる計算だ。', 'rate'],
    ['按合同期平均计算，Anthropic每年需向Google Cloud支付[[约400亿美元|money]]。', 'rate'],
    ['Iceland runs on about [[3 GW|power]], compared with Colossus 1.', 'comparison'],
    ['Iceland runs on about [[3 GW|power]], Colossus 1 on a tenth of it.', 'comparison'],
    ['台灣所有資料中心加起來，用電約[[50萬瓩|power]]，Colossus 1一座就抵得上六成。', 'comparison'],
    ['台湾所有数据中心加起来用电约[[50万千瓦|power]]，Colossus 1一座就抵得上六成。', 'comparison'],
    ['以台中電廠為例，一部燃煤機組的裝置容量約[[55萬瓩|power]]，Colossus 1這次釋出的容量比半部機組還多。', 'comparison'],
    ['核三廠單一機組約[[95萬瓩|power]]，Colossus 1交給Anthropic使用的電力約為其四分之一。', 'comparison'],
    ['Toutes les salles du pays consomment [[500 MW|power]], et Colossus 1 équivaut à lui seul à 60 % de ce total.', 'comparison'],
    ['The country’s data centres draw [[500 MW|power]], and Colossus 1 alone is the equivalent of 60 per cent of that.', 'comparison'],
    ["Colossus 1 waits in the grid connection queue with [[1 GW|power]] of requests.", 'grid'],
    // On-site turbines, and a utility named by its own name, supply power: neither is the deal's capacity.
    ['Turbines at the Colossus 1 site. The permit allows 15 of them, with up to [[247 megawatts|power]] of output.', 'grid'],
    ['멤피스 전력·가스·수도청(MLGW)은 당시 Colossus 1에 [[150메가와트|power]]의 전력 공급을 승인했다.', 'grid'],
    // A person's age and years in a job are no contract's term.
    ['Âgée de [[47 ans|duration]], diplômée de Supélec, elle rejoint Anthropic depuis Google Cloud.', 'other-entity'],
    ['Elle a passé [[onze ans|duration]] chez Google Cloud avant de rejoindre Anthropic.', 'other-entity'],
    ['She spent [[eleven years|duration]] at Google Cloud before joining Anthropic.', 'other-entity'],
    ['The [[47-year|duration]]-old executive leaves Google Cloud for Anthropic.', 'other-entity'],
    ['她在Google Cloud工作了[[11年|duration]]，现加入Anthropic。', 'other-entity'],
    ['그는 Google Cloud에서 [[11년|duration]]간 근무한 뒤 Anthropic으로 옮겼다.', 'other-entity'],
    // An internship is a person's time too.
    ['表現優異者可獲邀到Google Cloud新竹辦公室實習[[兩個月|duration]]。', 'other-entity'],
    ['Top students may intern at Google Cloud for [[two months|duration]].', 'other-entity'],
    // Another company's plant, the subject of its own sentence after one naming the deal.
    ['Terafab에 약 500억 달러가 투입된다. Texas에서는 삼성전자가 테일러에 짓고 있는 파운드리 공장도 총투자 규모가 [[370억 달러|money]]를 웃돈다.', 'other-entity'],
    ['The [[150 MW|power]] expansion of Colossus 1 is not part of the agreement.', 'negated'],
    // Blind batch 2026-12zo: a figure seen on social media, a funding round, a guarantee, another firm's fab in its own clause.
    ['El acuerdo habla de más de 300 megavatios para Anthropic en Colossus 1. He visto en redes que eran [[3 gigavatios|power]]; no, es una décima parte.', 'rejected'],
    ['Pour financer sa croissance, Google Cloud a bouclé un tour de table de [[700 millions de dollars|money]].', 'financials'],
    ["Google Cloud s'est porté garant à hauteur de [[1,8 milliard de dollars|money]] des loyers dus par Anthropic.", 'financials'],
    ['距离Terafab选址不远，三星电子在泰勒市建设的晶圆厂投资规模已扩大到约[[370亿美元|money]]。', 'other-entity'],
    // A sum, tied only by the sentence before: the total of all that came before.
    ['Then there is Colossus 1, which SpaceX leases to Anthropic. Add it all up and the contracts on her slide came to roughly [[$280 billion|money]].', 'other-entity'],
    // A yardstick announced in the sentence: "Para dimensionarla", "以本港作比較".
    ['Terafab costará 55 mil millones. Para dimensionarla: cuando Samsung anunció su fábrica de Taylor, en Texas, la presupuestó en [[17 mil millones de dólares|money]].', 'comparison'],
    ['以本港作比較，全港夏季最高用電需求接近[[1萬兆瓦|power]]，Colossus 1新增的容量約為其3%。', 'grid'],
    // A county's peak electricity use: "夏季用电峰值".
    ['孟菲斯所在的谢尔比县，夏季用电峰值约为[[320万千瓦|power]]，Colossus 1一座就占了近一成。', 'grid'],
    // An institution's own contract with a party, for something else.
    ["The district's $1.1 million, [[three-year|duration]] agreement with Google Cloud for Workspace licences was renewed in July.", 'other-entity'],
    // A sentence the next one sets right, even when the right figure is written without its unit.
    ['El gráfico atribuía al contrato de Anthropic con Google Cloud un valor de [[20.000 millones de dólares|money]]. La cifra correcta es de 200.000 millones.', 'rejected'],
    // "There", after a sentence on a facility of no deal, is that facility.
    ['Einige Kilometer südlich wächst Colossus 2. Dort plant SpaceX mit einer Leistung von mehr als [[1 Gigawatt|power]], gut das Dreifache dessen, was Anthropic in Colossus 1 hat.', 'other-entity'],
    // A clause naming nothing is about the site the clause before it named, not the one it is measured against after it.
    ['值得一提的是，SpaceX正在孟菲斯建设的Colossus 2，规划用电约[[110万千瓦|power]]，规模是Colossus 1的三倍多。', 'other-entity'],
    ['SpaceX is also building Colossus 2 in Memphis, planned at about [[1.1 GW|power]], more than three times the size of Colossus 1.', 'other-entity'],
    ['SpaceX baut in Memphis auch Colossus 2, geplant mit rund [[1,1 Gigawatt|power]], mehr als das Dreifache von Colossus 1.', 'other-entity'],
    // "Orders of magnitude" announce a yardstick, in the plural too.
    ["Et les ordres de grandeur donnent le vertige : l'accord avec Amazon pèserait un douzième du parc nucléaire français, qui totalise environ [[63 GW|power]].", 'comparison'],
    // A plant's yearly output in money is no cost of it.
    ['有券商测算，Terafab满产后年产值可达[[300亿美元|money]]。', 'financials'],
    // A party's partner or reseller signs, not the party: the figure is that company's.
    ['재단은 Google Cloud의 국내 협력사와 [[2년|duration]] 계약을 맺었다.', 'other-entity'],
    ['The district signed a [[two-year|duration]] contract with a Google Cloud reseller.', 'other-entity'],
    ['The district signed a [[two-year|duration]] contract with Google Cloud’s local partner.', 'other-entity'],
    ['区教育局与Google Cloud的合作伙伴签订了[[两年|duration]]合同。', 'other-entity'],
    ['市はGoogle Cloudの販売代理店と[[2年|duration]]契約を結んだ。', 'other-entity'],
    ['Die Stadt schloss mit einem Partner von Google Cloud einen Vertrag über [[zwei Jahre|duration]].', 'other-entity'],
    // A company or site in no deal, nearer the figure than the deal's own mention, takes it.
    ['Beside Colossus 1, OpenAI runs [[400,000 GPUs|gpus]].', 'other-entity'],
    // The figure the sentence sets aside, before or after it, and a claim it calls wrong.
    ['Colossus 1 holds 220,000 GPUs, not [[22,000|gpus]].', 'rejected'],
    ['Colossus 1 brings over 300 MW, nicht etwa [[3 GW|power]].', 'rejected'],
    ['콜로서스 1은 [[3GW|power]]가 아니라 300MW 규모다.', 'rejected'],
    ['Colossus 1 は[[2万基|gpus]]ではなく22万基を収容する。', 'rejected'],
    ['Early reports put Colossus 1 at [[22,000 GPUs|gpus]].', 'rejected'],
    // A correction notice quoting what the article first said.
    ['本文原稱Colossus 1配備[[2.2萬張GPU|gpus]]，實為逾22萬張，特此更正。', 'rejected'],
    ['An earlier version of this story said Colossus 1 held [[22,000 GPUs|gpus]].', 'rejected'],
    ['【訂正】前号でColossus 1の出力を「[[3万キロワット|power]]」としましたが、正しくは「300MW超」でした。', 'rejected'],
    ['앞선 기사에서 Colossus 1의 전력을 [[30메가와트|power]]로 보도했으나 300메가와트가 맞습니다.', 'rejected'],
    // Said just after the figure to have been wrong.
    ['Anthropic과 SpaceX의 Colossus 1 발표일을 [[5월 8일|date]]로 전한 일부 보도는 오류였습니다.', 'rejected'],
    ['Reports that SpaceX announced the Colossus 1 deal on [[May 8|date]] were wrong.', 'rejected'],
    // A yardstick's size in brackets, then the ratio to it.
    ['コロッサス1は、国内最大級のデータセンター（[[約50MW|power]]）の6倍以上の電力を使う。', 'comparison'],
    ['콜로서스 1은 국내 최대 데이터센터([[약 100MW|power]])의 2배 수준이다.', 'comparison'],
    ['Colossus 1的規模約為核三廠一部機組（[[95萬瓩|power]]）的三分之一。', 'comparison'],
    // The whole a share is taken of.
    ["Les 5 GW de Google Cloud pèsent près d'un cinquième des [[quelque 25 GW|power]] en construction.", 'comparison'],
    ['Google Cloud’s 5 GW is a fifth of the [[25 GW|power]] under construction.', 'comparison'],
    ['Die 5 GW von Google Cloud sind ein Fünftel der [[25 GW|power]] im Bau.', 'comparison'],
    ['Google Cloud的5GW约占在建[[25GW|power]]的五分之一。', 'comparison'],
    ['Google Cloudの5GWは建設中の[[25GW|power]]の5分の1にあたる。', 'comparison'],
    ['Google Cloud의 5GW는 건설 중인 [[25GW|power]]의 5분의 1이다.', 'comparison'],
    // A rumour the article reports as one, and a loan that finances a party.
    ['网上流传的Colossus 1拥有[[2万2000块GPU|gpus]]的说法并不属实。', 'rejected'],
    ['Fluidstack은 이 사업을 위해 은행권에서 [[100억 달러|money]] 규모의 대출을 받을 예정이다.', 'financials'],
    // Capital spending, in the words mainland and Hong Kong papers use.
    ['业内估计，谷歌云每年将为此投入[[400亿美元|money]]的资本开支。', 'financials'],
    ['業界估計，Google Cloud每年為此投入[[400億美元|money]]資本開支。', 'financials'],
    // A company's market value or buyback, said after the figure, in a sentence that speaks of no deal.
    ["At about [[$1.9 trillion|money]], Google Cloud's parent's market value has doubled.", 'financials'],
    ['谷歌云母公司同时宣布新的[[100亿美元|money]]股票回购计划。', 'financials'],
    ['Google Cloud-Marktkapitalisierung: rund [[1,9 Bio. Dollar|money]].', 'financials'],
    ['Google Cloud hat im dritten Geschäftsquartal mit Halbleitern für KI [[11,9 Milliarden Dollar|money]] umgesetzt.', 'financials'],
    ['Google Cloud의 올해 매출은 [[2000억 달러|money]]로 늘어날 전망이다.', 'financials'],
    ['得克萨斯州半导体创新基金另拟为Terafab项目提供[[1.5亿美元|money]]补助。', 'financials'],
    ['The state will give Terafab a [[$150 million|money]] grant toward the plant.', 'financials'],
    // A figure tied by the sentence before takes its subject: there, the grid connection.
    ['The utility granted Colossus 1 a grid connection; a further [[150 MW|power]] awaits a decision by the state.', 'grid'],
    ['Der Versorger hat für Colossus 1 einen Netzanschluss freigegeben; über weitere [[150 Megawatt|power]] entscheidet der Staat.', 'grid'],
    // A correction notice quoting what the page wrote before.
    ['Corrección. En la entrada de las 11:35 atribuimos a Colossus 1 [[unos 30 MW|power]]; la cifra correcta es más de 300 MW.', 'rejected'],
    ['Correction: we wrote that Colossus 1 draws [[30 MW|power]]; it draws more than 300 MW.', 'rejected'],
    ['Korrektur: Wir hatten geschrieben, Colossus 1 habe [[30 MW|power]]; richtig sind mehr als 300 MW.', 'rejected'],
    // A span back in time is no term: "four years earlier", "vor drei Jahren".
    ['Google Cloud used twice as much power as [[four years|duration]] earlier.', 'time-frame'],
    ['Google Cloud hatte vor [[drei Jahren|duration]] halb so viel Strom.', 'time-frame'],
    // Time gone by since: "Seven months on, …", "Sieben Monate danach".
    ['[[Seven months|duration]] on, Anthropic’s agreement with Google Cloud remains the largest of its kind.', 'time-frame'],
    ['[[Two years|duration]] on from the deal, Google Cloud has built its sites.', 'time-frame'],
    ['[[Sieben Monate|duration]] danach ist der Vertrag von Anthropic mit Google Cloud der größte seiner Art.', 'time-frame'],
    ['Google Cloud은 [[3년|duration]] 전보다 두 배의 전력을 썼다.', 'time-frame'],
    // So is a point after one: "nach zwei Jahren", "three years later".
    ['Google Cloud vermietet Chips, die nach [[zwei Jahren|duration]] alt aussehen.', 'time-frame'],
    ['Google Cloud may walk away after [[two years|duration]].', 'time-frame'],
    ['[[Three years|duration]] later, Google Cloud still runs the chips.', 'time-frame'],
    ['谷歌云的芯片[[两年|duration]]后就会过时。', 'time-frame'],
    // A rumour the text does not take up: "the 8 GW circulating on forums".
    ['Amazon no ha confirmado los [[8 GW|power]] que circulan por los foros del sector.', 'rejected'],
    ['Amazon has not confirmed the [[8 GW|power]] circulating on industry forums.', 'rejected'],
    ['Von den [[100 Milliarden Dollar|money]], die zuvor in sozialen Netzwerken kursierten, ist in den Terafab-Unterlagen keine Rede.', 'rejected'],
    // A stake named by a German compound.
    ['Google Cloud hat für seine Minderheitsbeteiligung an Anthropic rund [[3 Mrd. Dollar|money]] gezahlt.', 'stake'],
    // A company's spending over its last fiscal year.
    ['Google Cloud, de son côté, a dépensé [[80 milliards de dollars|money]] en centres de données sur son dernier exercice.', 'financials'],
    ['Google Cloud hat im vergangenen Geschäftsjahr [[80 Mrd. Dollar|money]] in Rechenzentren gesteckt.', 'financials'],
    // A sentence tied by the one before that measures the deal against something else: the figure is that.
    ['Filings for Terafab put the price at $55 billion. That is more than Samsung has budgeted for its fab in Taylor, at about [[$44 billion|money]].', 'comparison'],
    // German sets a comma before "als" when a clause follows.
    ['Google Cloud verkauft Anthropic für 200 Milliarden Dollar Rechenleistung auf fünf Jahre. Das ist mehr, als der Bund in [[einem Jahr|duration]] für Verteidigung ausgibt.', 'comparison'],
    // Another company's promise to a party of the deal: "OpenAI, lui, a promis à Microsoft 250 milliards".
    ['OpenAI, lui, a promis à Google Cloud [[250 milliards de dollars|money]] de dépenses.', 'other-entity'],
    // A site's connection to the public grid, and a region's peak load.
    ["À Memphis, le distributeur d'électricité rappelle que Colossus 1 n'est raccordé au réseau public que pour [[150 MW|power]].", 'grid'],
    // The connection capacity a government reserves for a party's data centres.
    ['El Gobierno autonómico cifra en [[1,9 GW|power]] la potencia de conexión reservada para los centros de datos de Amazon.', 'grid'],
    ['以台灣的用電規模來看，Google Cloud替Anthropic準備的運算設施很大。台灣電力系統今年夏季尖峰負載預估約[[4,300萬瓩|power]]。', 'grid'],
    // Everything a company has, summed over its other partners: "若加上與亞馬遜等其他夥伴的合約".
    ['若加上與Amazon等其他夥伴的合約，Anthropic手上的算力總計約[[1,500萬瓩|power]]。', 'company-total'],
    ['Counting its other partners besides Amazon, Anthropic has secured about [[15 GW|power]].', 'company-total'],
    // A term of a contract with a utility is the power purchase's, not the deal's.
    ["Google Cloud buys geothermal power under a [[15-year|duration]] contract with the state's largest utility.", 'grid'],
    // A first version the page corrects, before the figure it gives now.
    ['訳注：原文の初版は、Google Cloudの容量を「[[500MW|power]]」としていたが、その後「約1GW」に訂正された。', 'rejected'],
    ['An earlier version of this story put Google Cloud’s capacity at [[500 MW|power]]; it is about 1 GW.', 'rejected'],
    // A company's spending for a fiscal year, set beside the deal for scale.
    ['"Google Cloud가 이번 회계연도에 데이터센터에 쓰겠다고 밝힌 [[800억 달러|money]]와 비교하면 부담스러운 규모는 아닙니다."', 'financials'],
    // Damages claimed in court are money between the parties, not a deal's.
    ['高意向法院提告，指控 Google Cloud 侵害專利，求償[[1.2 億美元|money]]。', 'financials'],
    ['Coherent sued Google Cloud, seeking [[$120 million|money]] in damages.', 'financials'],
    // The period a quantity grew over is no term.
    ['구글 클라우드 관계자는 "스타트업의 TPU 수요가 [[1년|duration]] 새 세 배로 늘었다"고 말했다.', 'time-frame'],
    ['Demand for Google Cloud TPUs tripled in [[one year|duration]].', 'time-frame'],
    ['Google Cloud 的 TPU 需求在[[一年|duration]]内翻了三倍。', 'time-frame'],
    // A price target's horizon is no contract term.
    ['Das Kursziel für Google Cloud gilt für einen Zeitraum von [[zwölf Monaten|duration]].', 'financials'],
    ['The price target on Google Cloud’s parent holds for [[12 months|duration]].', 'financials'],
    // A supposition, in any of the languages: not a report of the deal.
    ['Had Google held out for [[$300 billion|money]], Anthropic would still have signed with Google Cloud.', 'hypothetical'],
    ['If the contract with Google Cloud had reached [[10 gigawatts|power]], Broadcom would have run short.', 'hypothetical'],
    ['Si Terafab llegara a costar [[80.000 millones de dólares|money]], el estado tendría que pagar más.', 'hypothetical'],
    ['Si Google Cloud était allé jusqu’à [[300 milliards de dollars|money]], Anthropic aurait signé.', 'hypothetical'],
    ['À supposer que Google Cloud ait demandé [[300 milliards de dollars|money]], Anthropic aurait signé.', 'hypothetical'],
    ['假如谷歌云把价格抬到[[3000亿美元|money]]，Anthropic恐怕也只能接受。', 'hypothetical'],
    ['만약 Fluidstack과 앤트로픽의 판이 더 커진다면 [[1000억 달러|money]]까지 늘어날 수 있다.', 'hypothetical'],
    // A sum over several deals is none of theirs.
    ['Together with the Google Cloud and Amazon contracts, the amounts add up to [[$263 billion|money]].', 'other-entity'],
    // The deal's site named only as the yardstick: the figure is the other campus's.
    ['OpenAI plans a campus that will grow to [[5 GW|power]], far more than Colossus 1.', 'other-entity'],
    ['Der neue Campus soll auf [[5 GW|power]] wachsen, weit mehr als Colossus 1.', 'comparison'],
    ['Le nouveau campus atteindra [[5 GW|power]], bien plus que Colossus 1.', 'comparison'],
    ['El nuevo campus llegará a [[5 GW|power]], mucho más que el Colossus 1.', 'comparison'],
    ['新园区规划[[5吉瓦|power]]，比Colossus 1大得多。', 'comparison'],
    ['新拠点は[[5GW|power]]で、Colossus 1より大きい。', 'comparison'],
    ['새 캠퍼스는 [[5GW|power]]로 Colossus 1보다 크다.', 'comparison'],
    // A stake, said with a verb: "beteiligt sich … an", "has also put … into".
    ['Im Gegenzug beteiligt sich Google Cloud mit bis zu [[5 Milliarden Dollar|money]] an Anthropic.', 'stake'],
    ['Google Cloud has also put about [[$3 billion|money]] into Anthropic as an investor.', 'stake'],
    ['Nvidia will sich mit bis zu [[10 Milliarden Dollar|money]] an Anthropic beteiligen.', 'stake'],
    // A correction quoting what an earlier issue said.
    ["Correction: Tuesday's issue said Anthropic's Google Cloud contract was worth [[$300 billion|money]]. That was wrong.", 'rejected'],
    // A company's purchase commitments in all, tied only by the sentence before.
    ['NVIDIA a pris des engagements de 30 milliards de dollars envers Anthropic. Au total, nos engagements d’achat et de capacité dépassent désormais [[50 milliards de dollars|money]].', 'financials'],
    // A supplier's orders from a party are its books, not the deal.
    ['Google Cloud執行長在法說會上透露，來自Anthropic的機櫃訂單金額已達[[210億美元|money]]。', 'financials'],
    ['Google Cloud has booked [[$21 billion|money]] in orders from Anthropic.', 'financials'],
    ['Broadcom的CEO此前在电话会上透露，来自Anthropic的定制芯片订单约[[210亿美元|money]]，预计在本财年内交付。', 'financials'],
    // After "not the only one": the figure belongs to the others.
    ['Terafab ne serait pas la seule fonderie de la région : Samsung achève à Taylor, à une heure de route, une usine de [[37 milliards de dollars|money]].', 'other-entity'],
    ['Colossus 1 is not the only campus in town: a rival is building a [[1 GW|power]] site nearby.', 'other-entity'],
    // The deal named only after the figure, in a clause that likens it to the figure's subject.
    ['TSMC has pledged [[$165 billion|money]] for its Arizona sites in total, so Terafab is in that league.', 'comparison'],
    // A sum over several partners, said with "suma".
    ['Entre Amazon, Google Cloud y el acuerdo con SpaceX en Colossus 1, Anthropic suma ya más de [[10 GW|power]] comprometidos.', 'company-total'],
    // Another company's investment in a place, in Chinese, tied to the deal only by the sentence before.
    ['根據SpaceX提交的計畫，Terafab總投資規模約550億美元。這個數字並不算誇張，台積電在亞利桑那州的承諾投資已達[[1650億美元|money]]。', 'other-entity'],
    // A sentence about another company's plant, tied to the deal only by the sentence before.
    ['Filings for Terafab put the price at $55 billion. Samsung’s fab in Taylor, Texas, was announced at [[$17 billion|money]] and ended up closer to $37 billion.', 'other-entity'],
    // A utility's supply to a site.
    ['地元の電力公社ＭＬＧＷは、Colossus 1向けに[[１５万キロワット|power]]の電力供給をすでに承認している。', 'grid'],
    // Power a utility supplies, in a caption that names the utility's substation first.
    ['④ 멤피스 전력·수도공사(MLGW)의 변전소. MLGW는 Colossus 1 부지에 [[150메가와트|power]]를 공급하고 있다.', 'grid'],
    ['The utility’s substation on Paul Lowry Road. It supplies Colossus 1 with [[150 MW|power]].', 'grid'],
    // A stake taken "au capital", and a figure the text says was corrected.
    ['Google Cloud, entré au capital à l’automne pour [[10 milliards de dollars|money]], ne suit pas cette fois.', 'stake'],
    ['Dans sa version papier, il évoquait [[22 000 GPU|gpus]], un chiffre que SpaceX a aussitôt corrigé : Colossus 1 abrite plus de 220 000 GPU.', 'rejected'],
    ['Colossus 1 was said to hold [[22,000 GPUs|gpus]], a figure SpaceX has since corrected.', 'rejected'],
    // A claim the next sentence sets right: "Richtig sind … fünf Jahre".
    ['Im Kasten heißt es, der Vertrag von Anthropic mit Google Cloud laufe [[zehn Jahre|duration]]. Richtig sind, wie Ihre Grafik zeigte, [[fünf Jahre|duration]].', 'rejected'],
    // A city's whole system, beside the site.
    ['That is a lot for Colossus 1, though not quite a city’s worth: the utility’s whole system peaks near [[3,300 megawatts|power]].', 'grid'],
    // An estimate the writer assumes, and a cost per unit of capacity.
    ['Assume a PUE of about 1.3 and the IT load at Colossus 1 is closer to [[230 MW|power]].', 'hypothetical'],
    // A party's shares that doubled in a year: growth, not a term.
    ['L’entreprise a vu son action plus que doubler en [[un an|duration]], portée par des clients comme Google Cloud.', 'time-frame'],
    // One party investing in what it builds, alone: its own spending.
    ['Google Cloudは日本でのデジタルインフラ整備に[[約10億ドル|money]]を投じると表明している。', 'financials'],
    // The grid named between the deal's party and the figure, and a supplier's new orders.
    ['La llegada de centros de datos de Microsoft, Amazon y Blackstone ha disparado las peticiones de acceso a la red eléctrica, que superan los [[10 gigavatios|power]].', 'grid'],
    ['Google Cloud a indiqué avoir reçu d’Anthropic de nouvelles commandes de [[11 milliards de dollars|money]].', 'financials'],
    // A party's cumulative investment in its own site, and money it has put in as a stake.
    ['オクラホマ州のデータセンターはGoogle Cloudの主要拠点の一つで、これまでの投資は累計[[約60億ドル|money]]に上る。', 'financials'],
    ['文件顯示，NVIDIA實際已投入[[約80億美元|money]]，Google Cloud則已全額到位。', 'stake'],
    // An average per year of a deal's total is a rate.
    ['Google Cloudとの契約は年平均にならすと、およそ[[500億ドル|money]]になります。', 'rate'],
    ['Spread evenly, the Google Cloud contract of $200 billion comes to about [[$40 billion|money]] a year on average.', 'rate'],
    ['Le contrat avec Google Cloud s’élève à 200 milliards de dollars. Ramené à l’année, cela représente environ [[40 milliards de dollars|money]].', 'rate'],
    // A guarantee a party gives for someone else's lease.
    ['Fluidstack alquila capacidad a TeraWulf, respaldado por Google Cloud con una garantía de [[3.200 millones de dólares|money]].', 'financials'],
    ['Google Cloud backstopped the TeraWulf lease with a [[$3.2 billion|money]] guarantee.', 'financials'],
    // A sum over several deals, said "合共", or a company's total over them, said "모두".
    ['Anthropic與Google Cloud的合約為2,000億美元，連同NVIDIA的300億美元，合共約[[2,300億美元|money]]。', 'other-entity'],
    ['Google Cloud와 Amazon에 이어 SpaceX와도 계약을 맺으면서, 앤트로픽이 확보한 용량이 모두 [[10기가와트|power]]를 넘어섰다.', 'company-total'],
    ['Amazon과 Google Cloud에 이어 SpaceX와도 계약을 맺으면서, 업계에서는 Anthropic이 확보한 전력 용량이 모두 [[10기가와트|power]]를 넘어선 것으로 본다.', 'company-total'],
    // A company the dataset does not know, known by its corporate suffix, is the figure's subject.
    ['SK그룹과 Amazon이 울산에 [[100메가와트|power]] 규모의 AI 데이터센터를 짓고 있다.', 'other-entity'],
    ['하늘은행이 Google Cloud와 [[3년|duration]] 계약을 맺고 Claude를 도입한다.', 'other-entity'],
    ['あおぞら銀行はGoogle Cloudと[[3年|duration]]の契約を結んだ。', 'other-entity'],
    ['华夏银行与Google Cloud签署[[3年|duration]]合约。', 'other-entity'],
    // The total of commitments over several deals.
    ['Avec Amazon, NVIDIA et Google Cloud, le total des engagements chiffrés dépasse [[280 milliards de dollars|money]].', 'other-entity'],
    // A viral post the page checks.
    ['近日一則瘋傳的帖文聲稱，NVIDIA「送」了[[3,000億美元|money]]給Anthropic。', 'rejected'],
    // A correction that says what the figure should have been.
    ['更正：本所晨报称Anthropic与Google Cloud协议期限为[[4年|duration]]，应为5年，特此更正。', 'rejected'],
    // A parent's capital spending forecast, and a country's consumption.
    ['28 de octubre. Alphabet, matriz de Google Cloud, eleva su previsión de inversiones para el año a [[93.000 millones de dólares|money]].', 'financials'],
    ['Google Cloud mobilise 5 GW, un dixième de la consommation moyenne de la France, qui tourne autour de [[50 gigawatts|power]].', 'grid'],
    // A sum over the contracts listed above.
    ['以上合同与Google Cloud投资合计：约[[2350亿美元|money]]', 'other-entity'],
    ['All of the above, with Google Cloud, come to about [[$235 billion|money]] in total.', 'other-entity'],
    // Generating capacity a party has bought is power plants' output, not compute capacity.
    ['Amazonは再生可能エネルギーの世界最大の買い手でもあり、これまでに契約した発電容量は計[[3000万キロワット|power]]を超える。', 'grid'],
    ['Amazon has contracted more than [[30 GW|power]] of generating capacity from wind and solar farms.', 'grid'],
    // A company the dataset does not know, in capitals, opening the figure's clause, with the deal named only in a later one.
    ['Pour mémoire, TSMC a porté à [[165 milliards de dollars|money]] son programme en Arizona, un ordre de grandeur que Terafab cherche à rattraper.', 'other-entity'],
    ['For the record, TSMC has raised its Arizona programme to [[$165 billion|money]], a scale Terafab hopes to match.', 'other-entity'],
    // A company the dataset does not know, written in Latin letters, the subject of a Korean or Japanese clause.
    ['Terafab의 투자 규모는 약 700억 달러입니다. TSMC가 애리조나에 약속한 총 [[1650억 달러|money]]에는 못 미치지만, 공장 한 곳으로는 손에 꼽히는 규모입니다.', 'other-entity'],
    ['Terafabの投資額は約550億ドルだ。TSMCはアリゾナに総額[[1650億ドル|money]]を投じる。', 'other-entity'],
    // Yardsticks announced "作为对照", even when the sentence names the plant's site and place.
    ['作为对照，台积电在亚利桑那州承诺的总投资已达[[1650亿美元|money]]，是 Terafab 的三倍有余；三星在Texas泰勒市的晶圆厂，投资额也有370亿美元。', 'comparison'],
    ['作为对照，台积电在亚利桑那州承诺的总投资已达1650亿美元，是 Terafab 的三倍有余；三星在Texas泰勒市的晶圆厂，投资额也有[[370亿美元|money]]。', 'comparison'],
    // A tax abatement is public money, not the plant's cost.
    ['SpaceX filed plans for Terafab. The county later put the requested property-tax abatement at about [[$2.3 billion|money]].', 'financials'],
    // What a post claimed, set aside by the fact-check: "而不是帖子所说的450亿美元".
    ['NVIDIA的承诺合计为45亿美元，而不是帖子所说的[[450亿美元|money]]。', 'rejected'],
    // A claim quoted in a question: "英伟达"450亿美元锁定光器件产能"？".
    ['NVIDIA“[[450亿美元|money]]锁定光器件产能”？这条热帖把数字放大了十倍', 'rejected'],
    ['NVIDIA’s “[[$45 billion|money]] optics lock-up”? The post is off by ten.', 'rejected'],
    // A claim a fact-check's headline quotes and then calls false, or denies with a negated verb.
    ['[팩트체크] "콜로서스 1에 GPU [[200만 장|gpus]] 통째로"…사실과 다르다', 'rejected'],
    ['「Colossus 1にGPU[[200万基|gpus]]」は誤り', 'rejected'],
    ['“Colossus 1有[[200万块|gpus]]GPU”不实', 'rejected'],
    ['“Anthropic rented [[2 million GPUs|gpus]] at Colossus 1” is false', 'rejected'],
    ["Non, Anthropic n'a pas loué « [[2 millions de GPU|gpus]] » à SpaceX pour Colossus 1", 'rejected'],
    ['No, Anthropic did not rent “[[2 million GPUs|gpus]]” at Colossus 1', 'rejected'],
    ['No, Anthropic no alquiló «[[2 millones de GPU|gpus]]» en Colossus 1', 'rejected'],
    ['Nein, Anthropic hat nicht „[[2 Millionen GPUs|gpus]]“ in Colossus 1 gemietet', 'rejected'],
    // What early coverage said, set right later.
    ["Some early coverage, including a rival site's push alert, put the contract between Anthropic and Google Cloud at [[$20 billion|money]].", 'rejected'],
    // What a post shared thousands of times claims, said before the figure or, in Korean, after it.
    ["Une publication partagée plusieurs milliers de fois affirme qu'Anthropic aurait mis la main sur « [[2 millions de GPU|gpus]] » en louant le supercalculateur Colossus 1 de SpaceX.", 'rejected'],
    ['A post shared thousands of times claims Anthropic rented [[2 million GPUs|gpus]] at Colossus 1.', 'rejected'],
    ['Ein tausendfach geteilter Beitrag behauptet, Anthropic habe in Colossus 1 [[2 Millionen GPUs|gpus]] gemietet.', 'rejected'],
    ['Una publicación compartida miles de veces asegura que Anthropic alquiló [[2 millones de GPU|gpus]] en Colossus 1.', 'rejected'],
    // Or a video by how often it was watched, and what the person who made it claims.
    ["Dans une vidéo vue des centaines de milliers de fois, un créateur de contenu affirme qu'Anthropic « va verser [[500 milliards de dollars|money]] à Google » pour louer ses serveurs.", 'rejected'],
    ['In a video viewed hundreds of thousands of times, an influencer claims Anthropic will pay Google [[$500 billion|money]] for its servers.', 'rejected'],
    ['In einem hunderttausendfach angesehenen Video behauptet ein Influencer, Anthropic zahle Google [[500 Milliarden Dollar|money]].', 'rejected'],
    ['En un vídeo visto cientos de miles de veces, un creador de contenido asegura que Anthropic pagará a Google [[500.000 millones de dólares|money]].', 'rejected'],
    ['최근 주식 커뮤니티에서 "앤트로픽이 스페이스X의 슈퍼컴퓨터 콜로서스 1에서 GPU [[200만 장|gpus]]을 통째로 빌렸다"는 게시물이 빠르게 퍼졌다.', 'rejected'],
    // The figure another is set against as a multiple: "…规模为250亿美元，是45亿美元的五倍多".
    ['Anthropic与NVIDIA达成的合作规模为250亿美元，是[[45亿美元|money]]的五倍多。', 'comparison'],
    // A time frame, not a term.
    ['Google Cloud says the first capacity came online within [[six months|duration]].', 'time-frame'],
    // None of the amounts was what the claim says: "Aucun de ces montants n'a été « dépensé » en un mois".
    ['Aucun de ces montants de Google Cloud n’a été « dépensé » en [[un mois|duration]] : il s’agit d’engagements pluriannuels.', 'negated'],
    // A region's peak demand, given by its utility in the clause before.
    ['メンフィス電力ガス水道局によると、同局管内の夏のピーク需要は約[[320万キロワット|power]]に上り、Colossus 1だけでその1割近くを占める。', 'grid'],
    // A party's contracts added up: "各社との契約を合わせると".
    ['しかもAnthropicは各社との契約を合わせると、すでに[[1000万キロワット|power]]を超える計算能力を確保したとみられる。', 'company-total'],
    // "各社との契約を合わせた規模" (the contracts with each company, combined), after a sentence naming several of them.
    ['AnthropicはGoogle Cloudのほか、Amazonとも計算能力の確保を進めている。業界関係者の試算では、各社との契約を合わせた規模は[[15ギガワット|power]]を超える。', 'other-entity'],
    // "By comparison," opening the sentence: what follows is a yardstick.
    ['SpaceX提交的計畫是在Texas興建Terafab晶片廠，總投資約550億美元。相比之下，台灣一座先進製程晶圓廠動輒[[200億美元|money]]。', 'comparison'],
    ['SpaceX will spend $55 billion on Terafab in Texas. By comparison, an advanced fab in Taiwan costs [[$20 billion|money]].', 'comparison'],
    // "To give you an idea", said to the reader.
    ['Para que te hagas una idea del tamaño de Terafab: una fábrica puntera de TSMC ronda los [[20.000 millones de dólares|money]].', 'comparison'],
    ['To give you an idea of the size of Terafab: a leading-edge fab costs around [[$20 billion|money]].', 'comparison'],
    // A country's whole generating plant: "한국 전체 발전설비가 약 150GW".
    ['Google Cloud가 2027년부터 Anthropic에 5GW를 공급합니다. 한국 전체 발전설비가 [[약 150GW|power]]이니 그 30분의 1 수준이죠.', 'grid'],
    // "Also in Texas": what follows is something else in the same place.
    ['SpaceX计划在Texas兴建的Terafab芯片制造厂总投资约550亿美元。同在Texas，三星电子泰勒晶圆厂的投资规模[[约370亿美元|money]]，预计明年量产。', 'other-entity'],
    ['SpaceX will build Terafab in Texas for $55 billion. Also in Texas, a Korean chipmaker’s fab in Taylor is costing [[about $37 billion|money]].', 'other-entity'],
    ['SpaceX baut Terafab in Texas für 55 Milliarden Dollar. Ebenfalls in Texas kostet eine Chipfabrik in Taylor [[rund 37 Milliarden Dollar|money]].', 'other-entity'],
    // A contract of "another" company, unnamed, with a party of the deal.
    ['Otra gran tecnológica firmó con Google Cloud un contrato de más de [[10.000 millones de dólares|money]] a seis años, muy lejos del de Anthropic.', 'other-entity'],
    ['Another hyperscaler signed a [[$10 billion|money]] contract with Google Cloud this year, far smaller than Anthropic’s.', 'other-entity'],
    ['Ein anderer Tech-Konzern hat mit Google Cloud einen Vertrag über [[10 Milliarden Dollar|money]] geschlossen.', 'other-entity'],
    ['Une autre entreprise a signé avec Google Cloud un contrat de [[10 milliards de dollars|money]].', 'other-entity'],
    ['另一家科技巨头与Google Cloud签下[[100亿美元|money]]的合同，规模远小于Anthropic。', 'negated'],
    ['別の大手IT企業もGoogle Cloudと[[100億ドル|money]]規模の契約を結んだ。', 'negated'],
    ['他の大手IT企業もGoogle Cloudと[[100億ドル|money]]規模の契約を結んだ。', 'other-entity'],
    ['다른 빅테크 기업도 Google Cloud와 [[100억 달러|money]] 규모의 계약을 맺었다.', 'other-entity'],
    // Money a party raised from investors is its funding, not the deal's: "qui avait levé 200 millions de dollars".
    ['Google Cloud, qui avait levé [[200 millions de dollars|money]] l’an dernier, change de catégorie.', 'financials'],
    ['Google Cloud, das im vergangenen Jahr [[200 Millionen Dollar|money]] eingesammelt hatte, spielt nun in einer anderen Liga.', 'financials'],
    ['Según la prensa, Google Cloud ha obtenido financiación respaldada por sus chips por más de [[10.000 millones de dólares|money]].', 'financials'],
    // Public money offered for the plant, in the plural: "Zuschüsse von 250 Millionen Dollar".
    ['Der Bundesstaat hat für Terafab über seinen Halbleiterfonds Zuschüsse von [[250 Millionen Dollar|money]] in Aussicht gestellt.', 'financials'],
    ['Le Texas a promis des subventions de [[250 millions de dollars|money]] pour Terafab.', 'financials'],
    ['Texas ha prometido subvenciones de [[250 millones de dólares|money]] para Terafab.', 'financials'],
    // A parent's plan to put money into data centres this year is its own spending.
    ['Der Google-Mutterkonzern Alphabet hatte zuletzt angekündigt, in diesem Jahr [[bis zu 185 Milliarden Dollar|money]] in Rechenzentren und Server zu stecken.', 'financials'],
    // A yardstick named by one company is that company's, whatever deals it has.
    ['For comparison, Google Cloud runs about [[5 GW|power]] of data centres worldwide.', 'comparison'],
    ['Zum Vergleich: NVIDIA verkauft im Jahr GPUs für [[30 Milliarden Dollar|money]].', 'comparison'],
  ])('vetoes %s (%s)', (text, veto) => {
    expect(decisionOf(text)).toEqual({ dealId: null, veto });
  });

  it.each([
    // Linked, but only to confirm a match: another year, a milestone, a part of a total.
    ['Colossus 1 will reach [[1 GW|power]] by 2028, SpaceX said.', 'time-frame'],
    ['SpaceX took Colossus 1 from an empty building to [[100,000 GPUs|gpus]] in 122 days.', 'milestone'],
    // "At the time": the count a site had then.
    ['不到一年，Colossus 1的GPU扩充到[[20万块|gpus]]，成为当时规模最大的AI训练集群之一。', 'milestone'],
    ['Within a year Colossus 1 grew to [[200,000 GPUs|gpus]], the largest training cluster back then.', 'milestone'],
    ['The first phase of Colossus 1 brings [[100 MW|power]].', 'part'],
    ['SpaceX has said the first [[100 MW|power]] of Colossus 1 come online this month.', 'part'],
    // The part is named in the clause that names the deal, before the figure's own.
    ['The first data hall at Colossus 1, about [[100 MW|power]], opens within weeks.', 'part'],
    // A part named in another clause of the sentence: its fact is a part, which the deal does not record.
    ['The first tranche, roughly [[100 MW|power]] spread across two halls of Colossus 1, went live this month.', 'part'],
    // What ships in the first year of several.
    ['SpaceX said roughly [[100 MW|power]] of the Colossus 1 capacity should come online in the first year.', 'part'],
    // A date a party said something on, not one it announced the deal on.
    ['SpaceX said on [[June 2|date]] that Colossus 1 runs at full load.', 'weak-link'],
    // An earlier deal between the same parties, said as such: another contract, which may confirm, never contradict.
    ['Anthropic and SpaceX have worked together before. In 2025 the two companies had also signed a contract for [[100 MW|power]] at Colossus 1.', 'time-frame'],
    // A timeline's date heading its entry: the day of what the entry tells, which may be more than the announcement.
    ['[[6 mai 2026|date]] — SpaceX : Anthropic prend la totalité de Colossus 1, soit plus de 300 mégawatts.', 'weak-link'],
    ['[[May 6, 2026|date]]: Anthropic takes all of Colossus 1 from SpaceX.', 'weak-link'],
    // The article's deal or site, pointed back at in a sentence that names nothing, after one naming a party of
    // several deals or nothing at all: it may confirm the deal's figure, never contradict it.
    ['Walk the floor with SpaceX’s site engineers. The site houses more than [[220,000 GPUs|gpus]] in long rows.', 'weak-link'],
    ['Anthropic had been shopping for capacity for months. The deal, announced on [[May 5|date]], closed that search.', 'weak-link'],
    ['此后的扩容同样惊人。到这次交易时，该设施已装有[[超过22万块|gpus]]英伟达GPU，在业内被视为全球最大的单体AI训练集群之一。', 'weak-link'],
    // The maker of the GPUs a counter counts is part of the figure, not a name of the sentence.
    ['此后的扩容同样惊人。到这次交易时，该设施已装有[[超过22万块|gpus]]NVIDIA GPU。', 'weak-link'],
    // Japanese names the site by its role without a demonstrative, after a sentence naming only a party of several deals.
    ['契約でAnthropicが確保する電力は20万キロワットです。施設にはNVIDIA製のGPU（画像処理半導体）が[[22万基以上|gpus]]並んでいます。', 'weak-link'],
    // "None of that is part of" the deal, said of the site next door the sentence before named.
    ['Colossus 2 is a separate project. SpaceX says it is aiming for [[1 gigawatt|power]] there, but none of that is part of what Anthropic signed.', 'negated'],
  ])('doubts %s (%s)', (text, doubt) => {
    expect(decisionOf(text)).toMatchObject({ dealId: 'colossus', doubt });
  });

  it('doubts a figure after a sentence that ends on other companies, given by example', () => {
    for (const text of [
      'Mit Terafab will SpaceX unabhängiger von Auftragsfertigern wie TSMC werden. Der taiwanische Konzern baut in Arizona für insgesamt [[165 Milliarden Dollar|money]] mehrere Werke.',
      'Terafab is how SpaceX means to rely less on foundries such as TSMC. The Taiwanese group is building plants worth [[$165 billion|money]] in Arizona.',
      'Avec Terafab, SpaceX veut moins dépendre de fondeurs comme TSMC. Le groupe taïwanais investit [[165 milliards de dollars|money]] en Arizona.',
    ]) {
      expect(decisionOf(text), text).toMatchObject({ dealId: 'terafab-deal', doubt: 'weak-link' });
    }
    // Without the example, or with one the dataset knows, the sentence before still names the deal.
    expect(mayFlag(decisionOf('Mit Terafab will SpaceX unabhängiger werden. Die Fabrik soll [[45 Milliarden Dollar|money]] kosten.'))).toBe(true);
    expect(mayFlag(decisionOf('Mit Terafab will SpaceX Kunden wie Anthropic beliefern. Die Fabrik soll [[45 Milliarden Dollar|money]] kosten.'))).toBe(true);
  });

  it('doubts a figure of an earlier deal between the same parties, which the deal records no date of', () => {
    for (const text of [
      'AnthropicとGoogle Cloudの取引は今回が初めてではない。両社は2025年10月にも、[[100万キロワット|power]]を超える計算能力を提供する契約を結んでいた。',
      'Anthropic and Google Cloud have done business before: an earlier agreement covered [[1 GW|power]] of TPUs.',
    ]) {
      expect(decisionOf(text), text).toMatchObject({ dealId: 'google-deal', doubt: 'time-frame' });
    }
  });

  it("takes the deal from a sentence before naming its party and its site by role, when the figure's points back", () => {
    const d = decisionOf('It is the first filing since Anthropic took over the whole of the facility’s computing capacity. That arrangement gave the San Francisco developer [[some 200 megawatts|power]].');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
    // Without the site, the hub party alone may only confirm.
    expect(mayFlag(decisionOf('It is the first filing since Anthropic took over new capacity. That arrangement gave the San Francisco developer [[some 200 megawatts|power]].'))).toBe(false);
  });

  it('leaves out a name the figure is set beside in a clause after it, and reads the others', () => {
    const d = decisionOf('Anthropic se quedó con toda la capacidad de Colossus 1, el superordenador de SpaceX en Memphis, con más de 220.000 GPU de NVIDIA y unos [[150 MW|power]], una cifra pequeña al lado de la de Amazon pero disponible desde el primer día.');
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
  });

  it('takes the site of the sentence before for "the whole facility" its party lets', () => {
    const blocks = read([['paragraph', 'Der größte Kunde sitzt im Süden der Stadt: Colossus 1, der Supercomputer, den OpenAI gebaut hat. Seit Mai rechnet dort Anthropic; SpaceX hat die gesamte Anlage mit mehr als [[220.000 Grafikprozessoren|gpus]] an das KI-Unternehmen vermietet.']]);
    const d = linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
  });

  it('follows "according to the agreement" back to the article\'s deal, and takes a fact sheet handed out for no rumour', () => {
    const d = decisionOf('根據協議，Anthropic將動用場內逾[[2.2萬顆|gpus]]GPU。');
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
    const sheet = decisionOf('The capacity Anthropic is taking at Colossus 1 amounts to roughly [[180 megawatts|power]] of computing load, according to a fact sheet circulated after the announcement.');
    expect([sheet.dealId, mayFlag(sheet)]).toEqual(['colossus', true]);
    expect(decisionOf('Colossus 1 runs the [[3 GW|power]] circulating on forums, readers say.')).toMatchObject({ dealId: null, veto: 'rejected' });
  });

  it('reads "施設には" as the site the paragraph just named', () => {
    const blocks = read([['paragraph', 'Colossus 1はもともとOpenAIが建てたスーパーコンピューターだ。施設にはGPUが22万基を超えて並んでいて、Anthropicが新たに使える電力はおよそ[[20万キロワット|power]]と説明されている。']]);
    const d = linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
  });

  it("takes a supplier's contract for work on the deal's site for a part of it", () => {
    for (const text of [
      'La empresa Estructuras Anáhuac ganó un contrato de [[180 millones de dólares|money]] para fabricar las estructuras metálicas de Terafab.',
      'A Monterrey firm won a [[$180 million|money]] contract to supply steel for Terafab.',
      '보고서는 국내 장비업체 A사가 Terafab 초기 라인에 약 [[3억 달러|money]]어치의 식각·세정 장비를 공급할 것으로 추정했다.',
      // Signed rather than won, for supplying the site.
      'Ensambles del Norte, una empresa de Apodaca, firmó un contrato de [[85 millones de dólares|money]] para surtir equipo a Terafab.',
      'Ensambles del Norte signed an [[$85 million|money]] contract to supply ductwork to Terafab.',
      'Ensambles du Nord a signé un contrat de [[85 millions de dollars|money]] pour fournir des gaines à Terafab.',
      'Die Firma hat einen Vertrag über [[85 Millionen Dollar|money]] unterschrieben, um Terafab mit Lüftungskanälen zu beliefern.',
    ]) {
      expect(decisionOf(text), text).toMatchObject({ dealId: 'terafab-deal', doubt: 'part' });
    }
    // Without the contract, the figure is the site's own.
    expect(mayFlag(decisionOf('SpaceX puts the cost of Terafab at [[$55 billion|money]].'))).toBe(true);
  });

  it('takes "an order of magnitude" in the sentence before as looking back, not announcing a yardstick', () => {
    const d = decisionOf('Das ist eine Größenordnung, die man sonst von ganzen Ländern kennt. Bei Amazon kann Anthropic bis zu [[5 Gigawatt|power]] abrufen.');
    expect([d.dealId, mayFlag(d)]).toEqual(['amazon-deal', true]);
    expect(decisionOf('Zum Vergleich noch eine andere Zahl. Bei Amazon kann Anthropic bis zu [[5 Gigawatt|power]] abrufen.')).toEqual({ dealId: null, veto: 'comparison' });
  });

  it('reads French "dont" as "of which" before a figure, and as "whose" before what is measured', () => {
    expect(decisionOf('Colossus 1 réunit 300 MW, dont [[100 MW|power]] déjà en service.')).toMatchObject({ dealId: 'colossus', doubt: 'part' });
    expect(decisionOf('Colossus 1 réunit 300 MW, dont près de [[100 MW|power]] déjà en service.')).toMatchObject({ dealId: 'colossus', doubt: 'part' });
    const whose = decisionOf('SpaceX poursuit un autre chantier : Terafab, une usine de puces au Texas, dont le coût est estimé à [[20 milliards de dollars|money]].');
    expect([whose.dealId, mayFlag(whose)]).toEqual(['terafab-deal', true]);
  });

  it('takes a party\'s own new data-centre cluster for a part of a deal that names no site', () => {
    expect(decisionOf('Amazonがノースカロライナ州で建設中の新しいデータセンター群は、電力が[[150万キロワット|power]]規模になる。')).toMatchObject({ dealId: 'amazon-deal', doubt: 'part' });
  });

  it('reads the maker named before or after the GPUs it counts as part of the figure', () => {
    for (const text of ['Colossus 1의 내부. NVIDIA GPU [[2만2천 개|gpus]]가 설치돼 있다.', 'Voici Colossus 1. On y compte [[plus de 220 000 GPU|gpus]] NVIDIA.']) {
      const d = decisionOf(text);
      expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
    }
  });

  it('takes the maker of the GPUs, wherever they are counted, for no party of the sentence', () => {
    for (const text of [
      'El acuerdo da a Anthropic acceso a más de [[300 megavatios|power]] de nueva capacidad y a 100.000 unidades de procesamiento gráfico (GPU) de NVIDIA.',
      'El acuerdo da a Anthropic acceso a [[100.000 unidades de procesamiento gráfico|gpus]] (GPU) de NVIDIA.',
      'The deal gives Anthropic [[300 MW|power]] of capacity and 100,000 NVIDIA GPUs.',
      'Colossus 1裝有逾[[22萬顆|gpus]]輝達（NVIDIA）GPU，Anthropic在Colossus 1可取得全部算力。',
    ]) {
      const d = decisionOf(text);
      expect(d.dealId, text).not.toBe('nvidia-deal');
    }
  });

  it('reads the maker before its GPUs with a particle between: "NVIDIA製のGPU"', () => {
    const d = decisionOf('AnthropicがColossus 1の計算能力を全量使う。中で動いているのはNVIDIA製のGPUで、数にして[[約18万基|gpus]]です。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
  });

  it('reads no sum in an inquiry ("問い合わせた")', () => {
    expect(decisionOf('Anthropicに問い合わせたところ、[[5ギガワット|power]]との回答だった。').veto).toBeUndefined();
    expect(decisionOf('Anthropicが各社との契約を合わせた容量は[[5ギガワット|power]]だという。').veto).toBe('company-total');
  });

  it('takes the deal of a party named alone in the sentence before when the figure\'s sentence says "this contract"', () => {
    const d = decisionOf('Google Cloud will build it with custom chips from 2027. この契約で確保する容量は[[3.5ギガワット|power]]に達する。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['google-deal', 'previous-sentence', true]);
    // Without "this contract", one party alone may only confirm.
    expect(mayFlag(decisionOf('Google Cloud will build it with custom chips from 2027. 確保する容量は[[3.5ギガワット|power]]に達する。'))).toBe(false);
  });

  it('takes it too when the figure\'s sentence opens on the contract, which Japanese names without an article', () => {
    const d = decisionOf('Google Cloudが自社開発するTPUを使い、計5ギガワット分の計算能力を受け取る。契約総額は[[1500億ドル|money]]で、期間は5年間。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['google-deal', 'previous-sentence', true]);
  });

  it('keeps a deal\'s own total, tied by the sentence before, when nothing is added up', () => {
    const d = decisionOf('SpaceX will hand Colossus 1 over to Anthropic in stages. In total it comes to [[300 MW|power]].');
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
  });

  it('reads no phase in German "Fasern" (fibres)', () => {
    const d = decisionOf('Colossus 1 hat sich optische Komponenten und Fasern für insgesamt [[300 MW|power]] gesichert.');
    expect(d.doubt).toBeUndefined();
    expect(decisionOf('La primera fase de Colossus 1 suma [[100 MW|power]].')).toMatchObject({ doubt: 'part' });
  });

  it('reads "ago" and "last year" as a milestone only in the figure\'s own clause', () => {
    for (const text of [
      'Brokers put the capacity Anthropic is taking at Colossus 1 at roughly [[200 megawatts|power]], a load that would have been unthinkable five years ago.',
      'Colossus 1 runs roughly [[200,000 GPUs|gpus]], mostly H100 parts, with a smaller block of newer systems added last year.',
    ]) {
      expect(mayFlag(decisionOf(text)), text).toBe(true);
    }
    expect(decisionOf('Colossus 1 had [[100,000 GPUs|gpus]] a year ago.')).toMatchObject({ doubt: 'milestone' });
  });

  it('reads a date before "since the announcement" as another event\'s', () => {
    const d = decisionOf('About 70 people filled the hall on Thursday, [[May 28|date]], for the first meeting since the announcement that Anthropic will use Colossus 1.');
    expect(mayFlag(d)).toBe(false);
  });

  it("reads a timeline's date standing as a sentence of its own with what happened on it", () => {
    const d = decisionOf('[[8 mai 2026|date]]. Anthropic et SpaceX annoncent qu’Anthropic prendra la totalité de Colossus 1.');
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
    expect(decisionOf('[[8 mai 2026|date]]. Colossus 1 reçoit ses dernières baies de serveurs.').dealId).toBeNull();
  });

  it('reads past the builder named in a clause that describes the facility', () => {
    for (const text of [
      '지난 6일에는 OpenAI가 멤피스에 지은 슈퍼컴퓨터 Colossus 1을 통째로 Anthropic에 빌려주는 계약을 발표했습니다. GPU [[22만 개 이상|gpus]], 전력 300메가와트 이상 규모입니다.',
      'OpenAIが建設した「Colossus 1」をAnthropicが丸ごと借りる。GPUは[[22万基以上|gpus]]に上る。',
      '由OpenAI打造的Colossus 1将整体租给Anthropic。该设施装有[[超过22万块|gpus]]GPU。',
    ]) {
      const d = decisionOf(text);
      expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
    }
  });

  it('takes a place of the article\'s deal firmly with its party and "the agreement"', () => {
    const blocks = read([['paragraph', 'When the agreement was announced on [[May 8|date]], SpaceX said it would build the plant in Texas.']]);
    const d = linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, 'terafab-deal');
    expect([d.dealId, mayFlag(d)]).toEqual(['terafab-deal', true]);
    // Or with the sentence before naming the deal: "L'accord … avait été annoncé le 7 mai. Il porte sur la totalité du site de Memphis, soit près de 250 mégawatts".
    const carried = read([['paragraph', 'SpaceX has filed the plans for Terafab. It covers the plant in Texas, at [[$45 billion|money]].']]);
    expect(mayFlag(linkFigure(deals, carried, 0, carried[0]!.figures[0]!, 'terafab-deal'))).toBe(true);
    // Without "the agreement", a place and a party of several deals stay weak.
    const alone = read([['paragraph', 'On [[May 8|date]], SpaceX announced it would build a plant in Texas.']]);
    expect(mayFlag(linkFigure(deals, alone, 0, alone[0]!.figures[0]!, 'terafab-deal'))).toBe(false);
  });

  it('reads past a photo credit in brackets', () => {
    for (const text of ['Colossus 1의 내부. NVIDIA GPU [[2만2천 개|gpus]]가 설치돼 있다. [SpaceX 제공. 재판매 및 DB 금지]', 'Inside Colossus 1. It holds [[22,000 GPUs|gpus]]. (Photo: SpaceX)']) {
      const d = decisionOf(text);
      expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
    }
  });

  it('never flags a figure set below a deal\'s with "不及"', () => {
    const d = decisionOf('反觀本港，全港數據中心的總用電容量僅約[[60萬千瓦|power]]，還不及Amazon一年內為Anthropic新增的容量。');
    expect(mayFlag(d)).toBe(false);
  });

  it("takes a share dated by the year of one of the deal's facts for that fact", () => {
    const d = decisionOf('Allein bis Ende 2026 sollen bei Amazon rund [[2 Gigawatt|power]] davon für Anthropic ans Netz gehen.');
    expect([d.dealId, d.doubt, mayFlag(d)]).toEqual(['amazon-deal', undefined, true]);
    // Another year is still a part.
    expect(decisionOf('Allein bis Ende 2027 sollen bei Amazon rund [[2 Gigawatt|power]] davon für Anthropic ans Netz gehen.').doubt).toBeDefined();
  });

  it("takes a share due by this year's end for the deal's addition dated by the article's year", () => {
    const share = (text: string, year?: number) => {
      const blocks = read([['paragraph', text]]);
      const main = findMainDeal(deals, findEntities(entities, 'Amazon, Anthropic'), blocks);
      return linkFigure(deals, blocks, 0, blocks[0]!.figures.at(-1)!, main, [], year);
    };
    for (const text of [
      'Amazon이 Anthropic에 제공하는 용량은 [[최대 5GW|power]]다. Anthropic은 이 가운데 [[약 2GW|power]]를 올해 말까지 추가로 확보할 계획이다.',
      'Amazon will provide Anthropic with [[up to 5 GW|power]]. Of that, Anthropic will get [[about 2 gigawatts|power]] by the end of this year.',
      'Anthropic在Amazon上的算力规模最高可以到[[5吉瓦|power]]，其中年底前就要新增[[约2吉瓦|power]]。',
    ]) {
      expect([share(text, 2026).dealId, share(text, 2026).doubt, mayFlag(share(text, 2026))], text).toEqual(['amazon-deal', undefined, true]);
      // Written in another year, or with no year known, this year's end is another time frame.
      expect(mayFlag(share(text, 2027)), text).toBe(false);
      expect(mayFlag(share(text)), text).toBe(false);
    }
    // A year-end with its year written is that year's.
    expect(mayFlag(share('Anthropic在Amazon上的算力规模最高可以到[[5吉瓦|power]]，其中2027年底前就要新增[[约2吉瓦|power]]。', 2026))).toBe(false);
  });

  it('takes a cap said to be where the deal ends up for the cap the deal records', () => {
    const cap = (text: string) => {
      const blocks = read([['paragraph', text]]);
      return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, findMainDeal(deals, findEntities(entities, 'Amazon, Anthropic'), blocks));
    };
    const d = cap('Amazon said its contract with Anthropic would ultimately reach [[up to 6 GW|power!max]].');
    expect([d.dealId, d.doubt, mayFlag(d)]).toEqual(['amazon-deal', undefined, true]);
    // Not a cap, or no cap recorded: where it ends up is another time frame.
    expect(mayFlag(cap('Amazon said its contract with Anthropic would ultimately reach [[6 GW|power]].'))).toBe(false);
    expect(mayFlag(decisionOf('SpaceX said Colossus 1 would ultimately hold [[up to 300,000 GPUs|gpus!max]].'))).toBe(false);
  });

  it('reads the years of a clause describing the counted chips as theirs, not the count\'s', () => {
    for (const text of [
      'Colossus 1 houses roughly [[120,000 Nvidia GPUs|gpus]], a SpaceX spokesperson said on Wednesday, most of them H100 and H200 parts installed in 2024 and 2025.',
      'People familiar with it said Colossus 1 houses some [[120,000 Nvidia GPUs|gpus]], a mix of H100, H200 and newer parts installed since 2024.',
    ]) {
      const d = decisionOf(text);
      expect([d.dealId, d.doubt, mayFlag(d)], text).toEqual(['colossus', undefined, true]);
    }
    // A year before the figure, or in its own clause, is still the count's.
    for (const text of ['In 2024, Colossus 1 held [[100,000 GPUs|gpus]], most of them H100s.', 'Colossus 1 held [[100,000 GPUs|gpus]] in 2024, most of them H100s.']) {
      expect(mayFlag(decisionOf(text)), text).toBe(false);
    }
  });

  it('never flags a figure the sentence says has nothing to do with the deal', () => {
    for (const text of [
      'Colossus 2：這是 SpaceX 自己要用的下一座園區，規劃超過[[1 GW|power]]，跟 Anthropic 無關。',
      'Colossus 2, which SpaceX will use itself, is planned at over [[1 GW|power]] and has nothing to do with Anthropic.',
    ]) {
      expect(mayFlag(decisionOf(text)), text).toBe(false);
    }
  });

  it('takes "the lease" after a sentence naming the site for its deal', () => {
    const d = decisionOf('The deal was announced on May 6: Anthropic would take the full capacity of Colossus 1. For Anthropic, the lease meant more than [[220,000 GPUs|gpus]] serving Claude.');
    expect([d.dealId, mayFlag(d)]).toEqual(['colossus', true]);
  });

  it("doubts one supplier's share of a deal", () => {
    for (const text of [
      'Selon nos estimations, la part qui lui revient dans l’accord conclu avec NVIDIA serait d’environ [[1,5 milliard de dollars|money]].',
      'By our estimate, its share of the agreement with NVIDIA comes to about [[$1.5 billion|money]].',
    ]) {
      expect(decisionOf(text), text).toMatchObject({ dealId: 'nvidia-deal', doubt: 'part' });
    }
  });

  it('takes "the project" after a sentence naming the site as the site', () => {
    const d = decisionOf('Elle coordonne 600 ouvriers sur le site de Terafab, que SpaceX projette au Texas. Le projet, voulu par SpaceX, représente un investissement de [[65 milliards de dollars|money]].');
    expect([d.dealId, mayFlag(d)]).toEqual(['terafab-deal', true]);
  });

  it('reads the sentence before past a company in no deal named in an aside to a party or the site', () => {
    for (const text of [
      'SpaceX, que absorbió a xAI a comienzos de año, alquila a Anthropic la totalidad de Colossus 1, el superordenador que xAI levantó para Grok. Dentro hay más de [[220.000 GPU|gpus]].',
      'SpaceX, which absorbed xAI this year, leases all of Colossus 1 to Anthropic. Inside are more than [[220,000 GPUs|gpus]].',
    ]) {
      const d = decisionOf(text);
      expect([d.dealId, mayFlag(d)], text).toEqual(['colossus', true]);
    }
    // Named outside an aside, the company is what the sentence before is about.
    expect(mayFlag(decisionOf('xAI built Colossus 1 in Memphis for Grok. Within a year it held [[100,000 GPUs|gpus]].'))).toBe(false);
  });

  it("reads an addition dated like the deal's recorded one as that addition, whatever campuses the sentence names", () => {
    const d = decisionOf('Amazon prevé poner en marcha para Anthropic unos [[2 GW|power]] antes de que termine 2026, y el resto a medida que se terminen los campus.');
    expect([d.dealId, mayFlag(d)]).toEqual(['amazon-deal', true]);
    // Without that date, a campus's figure is the campus's.
    expect(decisionOf('Amazon pondrá en marcha para Anthropic unos [[2 GW|power]] a medida que se terminen los campus.')).toMatchObject({ dealId: 'amazon-deal', doubt: 'part' });
  });

  it('reads a Korean condition as governing the clause after it, not the figure before it', () => {
    const d = decisionOf('Anthropic이 Amazon에서 약 [[5GW|power]]를 쓰게 되는데, 신규 데이터센터를 처음부터 짓는다면 몇 년은 걸릴 물량입니다.');
    expect(d.dealId).toBe('amazon-deal');
    expect(decisionOf('신규 데이터센터를 짓는다면 Anthropic이 Amazon에서 약 [[5GW|power]]를 쓰게 됩니다.')).toMatchObject({ dealId: null, veto: 'hypothetical' });
  });

  it('does not read past a company named after the figure when "the site" may be another one', () => {
    const d = decisionOf('Colossus 2 is the bigger project. SpaceX has said the site should reach about [[1 GW|power]] next year, and it has folded the work into the unit that absorbed xAI.');
    expect(mayFlag(d)).toBe(false);
  });

  it('takes "this plant" after a sentence naming the site as the site', () => {
    for (const text of [
      'Terafab是SpaceX计划在美国得克萨斯州兴建的芯片制造厂。根据SpaceX提交的规划，这座工厂的总投资约[[450亿美元|money]]。',
      'Terafab是SpaceX計劃在美國德州興建的晶片廠。根據SpaceX提交的規劃，這座工廠的總投資約[[450億美元|money]]。',
      'Terafab is the chip plant SpaceX plans in Texas. According to SpaceX, the plant will cost [[$45 billion|money]].',
      'TerafabはSpaceXがテキサス州に計画する半導体工場だ。SpaceXによると、同工場の総投資額は[[450億ドル|money]]になる。',
    ]) {
      const d = decisionOf(text);
      expect([d.dealId, mayFlag(d)], text).toEqual(['terafab-deal', true]);
    }
  });

  it('leaves a sum unlinked to the deal it says it leaves out', () => {
    expect(decisionOf('Additionnés, les deux montants du tableau atteignent [[75 milliards de dollars|money]], sans compter l’accord avec Google Cloud.').dealId).toBeNull();
    expect(decisionOf('Together the two contracts come to [[$75 billion|money]], not counting the deal with Google Cloud.').dealId).toBeNull();
  });

  it('keeps the total a yearly average is taken of', () => {
    const d = decisionOf('The Google Cloud contract of [[$200 billion|money]] comes to about [[$40 billion|money]] a year on average.');
    expect([d.dealId, mayFlag(d)]).toEqual(['google-deal', true]);
  });

  // Words that only look like a part or a negation leave the link firm.
  it.each([
    // 일부 ("some") of the outlets that reported it: a date is never a part.
    ['앞서 일부 외신은 Anthropic과 SpaceX의 Colossus 1 계약 발표일을 [[5월 5일|date]]로 전했다.', 'colossus'],
    // The day the parties agreed on the deal is its announcement.
    ['Anthropic und SpaceX hatten im [[Mai 2026|date]] vereinbart, dass Anthropic die gesamte Rechenleistung von Colossus 1 übernimmt.', 'colossus'],
    ['Anthropic y SpaceX acordaron el [[6 de mayo|date]] que Anthropic usará todo Colossus 1.', 'colossus'],
    // "hors normes" (out of the ordinary) excludes nothing.
    ['Terafab est un projet hors normes : la presse l’estime à [[25 milliards de dollars|money]].', 'terafab-deal'],
    // A Korean clause runs on: the price target it names further off is not the figure's.
    ['보고서는 Google Cloud가 Anthropic과 맺은 [[2000억 달러|money]] 규모의 컴퓨팅 계약을 목표주가 상향의 핵심 근거로 꼽았다.', 'google-deal'],
    // The deal pointed back at, with a company in no deal named only in a clause after the figure's, describing the site.
    ['The agreement, announced on May 6, gives Anthropic more than [[220,000 GPUs|gpus]] under one roof, a cluster xAI assembled in two years.', 'colossus'],
    // "Au profit de" is "in favour of", no profit.
    ["Colossus 1 vient d'être cédé en totalité à Anthropic. Plus de [[220 000 GPU|gpus]] changent ainsi de locataire, au profit d'un concurrent direct.", 'colossus'],
    // "Own" chips after the figure are what it runs on, not another builder's project.
    ['Amazon will Anthropic bis zu 5 Gigawatt bereitstellen. Davon sollen rund [[1 Gigawatt|power]] bis Ende 2026 hinzukommen, ein großer Teil davon auf eigenen Trainium-Chips.', 'amazon-deal'],
    // "The company" that opens the sentence is the one the sentence before named.
    ['Amazon rose 1.1%. The company, which has agreed to provide Anthropic with up to [[5 GW|power]] of capacity, said it would spend more.', 'amazon-deal'],
    ['Amazon a gagné 1,1 %. Le groupe, qui fournira jusqu’à [[5 GW|power]] à Anthropic, investit aussi dans l’Indiana.', 'amazon-deal'],
    // What the sentence before says of the company is about that sentence's own figure: "…cerró una ronda de financiación de
    // 700 millones de dólares. La empresa británica es socia de Anthropic en la inversión de 40.000 millones…".
    ['Amazon cerró una ronda de financiación de 700 millones de dólares. La empresa es socia de Anthropic en un contrato de [[40.000 millones de dólares|money]].', 'amazon-deal'],
    // "The company" may say what kind of company it is: "Der Cloud-Konzern", "the cloud company".
    ['Amazon rüstet für seinen wichtigsten KI-Kunden auf. Der Cloud-Konzern will Anthropic bis zu [[5 Gigawatt|power]] bereitstellen.', 'amazon-deal'],
    ['Amazon is gearing up for its biggest AI customer. The cloud company will give Anthropic up to [[5 GW|power]].', 'amazon-deal'],
    // Spanish leaves the subject out: "Hoy es la encargada de…" is the company the sentence before opened on.
    ['Amazon era hace dos años una empresa que alquilaba servidores. Hoy es la encargada de los centros de datos con los que Anthropic contará con hasta [[5 GW|power]].', 'amazon-deal'],
    // Where those sites stand says nothing against it.
    ['Amazon era hace dos años una empresa que alquilaba servidores. Hoy es la encargada de los centros de datos con los que Anthropic contará con hasta [[5 GW|power]], los primeros en Texas.', 'amazon-deal'],
    // A purchase in the figure's own clause, whatever a later clause invests.
    ['Anthropic早前承諾購入[[350億美元|money]]的NVIDIA算力，Google Cloud則向Anthropic投資最多100億美元。', 'nvidia-deal'],
    // "Passer un contrat" is to sign one.
    ['Anthropic a passé un contrat de [[cinq ans|duration]] avec Google Cloud.', 'google-deal'],
    // A party of the article's deal alone, with the contract itself: "this contract", "the contract with".
    ['SpaceX租出Colossus 1。換算下來，Anthropic在這份合約中取得的電力容量約[[50萬瓩|power]]。', 'colossus'],
    ['SpaceX租出Colossus 1。换算下来，Anthropic在这份合同中取得的电力容量约[[50万千瓦|power]]。', 'colossus'],
    ['SpaceXはColossus 1を貸し出す。スライドによると、Anthropicとの契約の電力は[[3万キロワット|power]]だ。', 'colossus'],
    ['SpaceX는 Colossus 1을 통째로 빌려준다. 업계에서는 SpaceX가 맺은 계약 규모가 [[30메가와트|power]]로 평가한다.', 'colossus'],
    // The day a deal became public is its announcement.
    ["Le [[6 mai|date]], Anthropic annonçait reprendre l’intégralité de Colossus 1, le supercalculateur de SpaceX.", 'colossus'],
    ['Die Vereinbarung zwischen Anthropic und SpaceX über Colossus 1 war im [[Mai 2026|date]] öffentlich geworden.', 'colossus'],
    ['El acuerdo entre Anthropic y SpaceX por Colossus 1 se dio a conocer el [[6 de mayo|date]].', 'colossus'],
    // A party named outside a relative clause holds the figure, whoever the clause names: "…contract, which runs on
    // TPUs co-designed with Broadcom, is worth $250 billion".
    ['Anthropic’s Google Cloud contract, which runs on chips co-designed with Broadcom, is worth [[$250 billion|money]].', 'google-deal'],
    // A clause on the contract itself, after one naming a third party: its term is the contract's.
    ['Broadcomが関わるTPUの供給も含め、契約期間は[[8年間|duration]]と理解しています。', 'google-deal'],
    ['Google CloudとAnthropicは大型契約を結んだ。契約額は[[2000億ドル|money]]、チップ供給の面でBroadcomが深く関わる。', 'google-deal'],
    // "Agreed to lease" is the deal's announcement.
    ['Colossus 1은 Anthropic이 지난 [[6일|date]] 전체 연산 능력을 임차하기로 한 시설이다.', 'colossus'],
    // A sum is a company's total only when no party of one deal is named beside it.
    ['Google Cloudが設計する半導体を使い、合計[[400万キロワット|power]]の計算能力をAnthropicに提供する。', 'google-deal'],
    // The maker of the GPUs, in a Japanese possessive, is part of what the figure counts.
    ['Colossus 1にはNVIDIAのGPUが[[22万基以上|gpus]]並んでいます。', 'colossus'],
    // A yardstick that is itself a known contract, named by two of its parties with a deal word, states that contract's value.
    ['Zum Vergleich: Der Vertrag, den Anthropic mit NVIDIA geschlossen hat, umfasst [[30 Milliarden Dollar|money]].', 'nvidia-deal'],
    ['For comparison, the contract Anthropic signed with NVIDIA is worth [[$30 billion|money]].', 'nvidia-deal'],
    // Earnings materials as the source of a capacity figure do not make it a financial one.
    ['실적 자료에 따르면 Amazon이 Anthropic에 줄 용량은 [[총 8GW|power]]로 늘어난다.', 'amazon-deal'],
    ['According to its quarterly results, Amazon will provide Anthropic with [[8 GW|power]] of capacity.', 'amazon-deal'],
    // A party alone, with "this contract" after a sentence naming the deal.
    ['Anthropic이 Google Cloud와 맺은 계약은 5년간 2,000억 달러 규모입니다. 칩은 Broadcom이 설계를 돕는 TPU이고, 이 계약으로 확보하는 용량은 [[3기가와트|power]]입니다.', 'google-deal'],
    // "Also in Texas" before the deal's own site.
    ['SpaceX will build Terafab in Texas. Also in Texas, SpaceX budgets Terafab at [[$55 billion|money]].', 'terafab-deal'],
    // After "not the only one" and a colon, the deal the colon goes on to name is another of the company's own.
    ['Die Fabrik ist nicht das einzige Großprojekt des Konzerns: Erst vergangene Woche hatte SpaceX dem KI-Entwickler Anthropic die gesamte Kapazität seines Rechenzentrums Colossus 1 überlassen, [[mehr als 300 Megawatt|power]].', 'colossus'],
    // The plant by what it makes: "die Chipfabrik", after the sentence naming it.
    ['Das Werk mit dem Namen Terafab soll in Texas entstehen; nach den eingereichten Unterlagen veranschlagt SpaceX für die Chipfabrik [[65 Milliarden US-Dollar|money]].', 'terafab-deal'],
    ['SpaceX will build Terafab in Texas. SpaceX budgets [[$65 billion|money]] for the chip plant.', 'terafab-deal'],
    // The company that runs the facility, in a clause describing it, is no subject of the sentence.
    ['AnthropicはUS時間[[5月6日|date]]、SpaceX傘下のxAIがメンフィスで運用するデータセンター「Colossus 1」の計算能力をすべて借り受ける契約を結んだと発表した。', 'colossus'],
    // "Thereby", after the verb: what the party gets from the deal the article is about.
    ['Anthropic erhält damit Zugriff auf rund [[22.000 Nvidia-Grafikprozessoren|gpus]].', 'colossus'],
    // "同契約" (the said contract) is Japanese papers' "this contract".
    ['AnthropicがGoogle Cloudと結んだ契約は2000億ドル。Broadcomが設計に関わるTPUを使う。Anthropicが同契約で確保する電力容量は[[350万キロワット|power]]に上る。', 'google-deal'],
    // The deal's party "thereby" gets what the site named just before holds.
    ['Colossus 1部署了超过22万块GPU。按照公告，Anthropic由此新增[[约200兆瓦|power]]算力容量。', 'colossus'],
    ['Colossus 1 runs more than 220,000 GPUs. Anthropic thereby gains about [[200 MW|power]] of capacity.', 'colossus'],
    // A sentence opening on the deal gives the deal's fleet, not a company's: "L'accord apporte à Anthropic … un parc de…".
    ["SpaceX et Anthropic ont annoncé la reprise de Colossus 1. L'accord apporte à Anthropic plus de 300 mégawatts et un parc de plus de [[220 000 GPU|gpus]] Nvidia.", 'colossus'],
    // A relative clause after the figure that supposes something says nothing of the figure.
    ['Für Anthropic bedeutet der Vertrag mit SpaceX für Colossus 1 rund [[200 Megawatt|power]] neue Rechenleistung, ein Zuwachs, der ohne den Umbau so schnell nicht zu haben gewesen wäre.', 'colossus'],
    // And what the sentence says it actually is: "先前有媒體誤植為「4.5億美元」，實際為45億美元".
    ['NVIDIA與Anthropic的合約，先前有媒體誤植為「4.5億美元」，實際為[[45億美元|money]]。', 'nvidia-deal'],
    // So does a "but" after it: "…称Anthropic“手握10GW”，但Amazon的5GW只是上限".
    ['有网友在社交平台上称Anthropic“手握10GW”，但Amazon给Anthropic的[[5GW|power]]只是上限。', 'amazon-deal'],
    // A rumour set aside by the sentence itself leaves what the sentence asserts.
    ['Contrary to the rumours, the contract between Anthropic and Google Cloud is worth [[$200 billion|money]].', 'google-deal'],
    // "On the other side" is no other deal.
    ['另一邊，Anthropic向NVIDIA採購的算力規模據報[[約500億美元|money]]。', 'nvidia-deal'],
    // A comparison in a relative clause between the deal's name and the figure does not make the figure the grid's.
    ['Anthropic hat sich bei Amazon 5 Gigawatt gesichert, was grob der Leistung von fünf Kernkraftwerksblöcken entspricht, und davon soll [[rund 1 Gigawatt|power]] bis Ende 2026 am Netz sein.', 'amazon-deal'],
    // The site by its role, two sentences after its name with only its deal's party between.
    ['Anthropic takes over all of Colossus 1. That brings Anthropic more than 300 megawatts. The facility houses about [[100,000 NVIDIA GPUs|gpus]].', 'colossus'],
    ['Anthropic übernimmt die gesamte Kapazität von Colossus 1. Das bringt Anthropic mehr als 300 Megawatt. In den Hallen stehen rund [[100.000 NVIDIA-GPUs|gpus]].', 'colossus'],
    // A negation after the figure that sets a later one aside is the later one's.
    ['Anthropic与Google Cloud的这份合同总额为2000亿美元；合同期限为[[6年|duration]]，并非截图所说的[[10年|duration]]。', 'google-deal'],
    ["The contract between Anthropic and Google Cloud runs [[six years|duration]], not the [[ten years|duration]] the post claimed.", 'google-deal'],
    // Spending on the deal's party is the deal, whatever a later clause builds.
    ['Anthropic has also agreed to spend [[$30 billion|money]] on NVIDIA computing, and will build its own data centers in Texas.', 'nvidia-deal'],
    // Money stuck into what the deal builds is the deal's, not a stake.
    ['SpaceX steckt [[55 Milliarden Dollar|money]] in Terafab, seine Chipfabrik in Texas.', 'terafab-deal'],
    // Shares that rose on the news are no shares bought: "…por 3.500 millones de dólares, y sus acciones se dispararon".
    ['Anthropic se comprometió a comprar a NVIDIA, según confirmaron las compañías, chips por [[30.000 millones de dólares|money]], y sus acciones se dispararon un 9 %.', 'nvidia-deal'],
    // Capital expenditure is no stake in anyone: "AI向けの設備投資をめぐっては、…300億ドル分の計算能力を確保した".
    ['AI向けの設備投資をめぐっては、AnthropicがGoogle Cloud上で[[2000億ドル分|money]]の計算能力を確保したことも意識された。', 'google-deal'],
    ['围绕AI设备投资，Anthropic在Google Cloud上锁定了[[2000亿美元|money]]的算力。', 'google-deal'],
    // A negated verb elsewhere in the sentence, or one that is no denial ("not only"), leaves the figure standing.
    ['Anthropic hasn’t named a price, but Colossus 1 gives it [[more than 300 MW|power]].', 'colossus'],
    ['Anthropic did not only rent Colossus 1: it took [[more than 220,000 GPUs|gpus]] with it.', 'colossus'],
    ['Colossus 1 hat nicht weniger als [[220.000 GPUs|gpus]].', 'colossus'],
    ["Colossus 1 n'a pas moins de [[220 000 GPU|gpus]].", 'colossus'],
    // A clause naming the site by its role is the site's that the clause before named; a company named in a clause
    // after it speaks of something else.
    ['Anthropic本月租下SpaceX的Colossus 1資料中心全部算力，這座資料中心內含[[18萬顆|gpus]]輝達GPU，是市場估算輝達高階晶片需求的重要參考。', 'colossus'],
    ['Anthropic has taken all of SpaceX’s Colossus 1, and the facility holds [[220,000 GPUs|gpus]], a yardstick for NVIDIA’s sales.', 'colossus'],
    // A word of addition in the next sentence says nothing of this figure.
    ['AnthropicはColossus 1に並ぶNVIDIA製のGPU[[11万基超|gpus]]を一括で利用する。追加で確保できる電力容量は30万kW超に上るという。', 'colossus'],
    ['Anthropic will use all [[110,000 GPUs|gpus]] of Colossus 1. Additional power of more than 300 MW comes with them.', 'colossus'],
    // "All of it" after the figure is no sum; "이곳의" is the site the sentence before named.
    ['멤피스에 있는 Colossus 1에는 NVIDIA GPU 22만 개 이상이 돌아간다. Anthropic은 이곳의 전력 [[200MW|power]]를 모두 쓰는 조건으로 계약했다.', 'colossus'],
    // A later clause about the viral figure, as a thing of its own, says nothing of this one.
    ['根據公開資料，Colossus 1配備逾[[22萬粒|gpus]]英偉達GPU，網傳數字多了一個零。', 'colossus'],
    ['Colossus 1 holds more than [[220,000 GPUs|gpus]]; the viral figure has one zero too many.', 'colossus'],
  ])('links %s firmly', (text, dealId) => {
    const d = decisionOf(text);
    expect([d.dealId, d.doubt, mayFlag(d)]).toEqual([dealId, undefined, true]);
  });

  // Where a plant's cost ends up, against what is planned: linked, never flagged.
  it.each([
    ['Analysten rechnen damit, dass die Kosten für Terafab am Ende auf [[90 Mrd. US-Dollar|money]] steigen.'],
    ['Terafabの最終的な投資額は[[1000億ドル|money]]に膨らむ可能性がある。'],
    ['Terafab could ultimately cost [[$90 billion|money]].'],
    ['有分析师估计，若二期工程落地，Terafab总投资可能升至[[800亿美元|money]]，但公司未予置评。'],
    ['Analysts say the cost of Terafab could rise to [[$80 billion|money]].'],
  ])('doubts the end state in %s', (text) => {
    expect(decisionOf(text)).toMatchObject({ dealId: 'terafab-deal', doubt: 'time-frame' });
  });

  // A share of the site said just after the figure: linked, never flagged.
  it('doubts the half a supplier delivered', () => {
    expect(decisionOf('Für Colossus 1 haben wir Kühlverteiler für [[rund 150 Megawatt|power]] geliefert, das ist etwa die Hälfte der Anlage.')).toMatchObject({ dealId: 'colossus', doubt: 'part' });
  });

  // One stage or one cluster of a deal that has no site of its own: linked, never flagged.
  it.each([
    ['Amazon第一階段先交付[[100萬瓩|power]]，其餘容量於2027年前陸續上線。'],
    ['Amazon 第一阶段先交付[[1吉瓦|power]]。'],
    // The first sites of several, or a share of the whole.
    ['Amazon将与Anthropic合作，总共建设5吉瓦。首批两座园区约为[[1吉瓦|power]]，占总额的五分之一。'],
    ['The first two campuses account for about [[1 GW|power]] of the 5 GW Amazon committed to Anthropic.'],
    ['Project Rainier, the Indiana cluster Amazon built for Anthropic, draws about [[2.2 gigawatts|power]].'],
  ])('doubts the part in %s', (text) => {
    expect(decisionOf(text)).toMatchObject({ dealId: 'amazon-deal', doubt: 'part' });
  });

  // The equipment ordered for a plant is part of its cost.
  it.each([
    ['국내 장비업체들은 Terafab 수주를 기대하고 있다. 한 장비업체 관계자는 "장비 발주만 약 [[100억 달러|money]] 규모가 될 수 있다"고 말했다.'],
    ['Equipment orders for Terafab alone could reach [[$10 billion|money]].'],
  ])('doubts the equipment in %s', (text) => {
    expect(decisionOf(text)).toMatchObject({ dealId: 'terafab-deal', doubt: 'part' });
  });

  it('keeps a figure linked that a rumour is said of only after the next one', () => {
    const decision = decisionOf('Google Cloud covers [[5 gigawatts|power]] of capacity, not the 10 gigawatts that circulated in some early reports.');
    expect([decision.dealId, decision.veto]).toEqual(['google-deal', undefined]);
  });

  it('counts a name past an enumeration comma nearer than one past a full comma', () => {
    const decision = decisionOf('此前，Anthropic与Google Cloud、博通达成的算力协议规模为[[2000亿美元|money]]，与Amazon合作的容量为5吉瓦。');
    expect(decision.dealId).toBe('google-deal');
  });

  it('takes a part named after an amount, in another clause, for what follows it', () => {
    const decision = decisionOf('Anthropic将与Google Cloud合作，在美国投入[[2000亿美元|money]]建设AI基础设施，首批园区分别位于得克萨斯州和纽约州。');
    expect([decision.dealId, decision.doubt, decision.fact]).toEqual(['google-deal', undefined, 'money']);
  });

  it('takes a company named as a shareholder in another clause for no evidence', () => {
    const decision = decisionOf('Elle dispose chez Amazon, son principal actionnaire avec Google Cloud, de capacités pouvant atteindre [[8 GW|power]].');
    expect(decision.dealId).toBe('amazon-deal');
  });

  it('doubts what a supplier is paid for equipment of a deal\'s site', () => {
    const decision = decisionOf('이 케이블은 Amazon이 Anthropic을 위해 짓는 데이터센터에 들어가며, 계약 규모는 [[약 1억5000만 달러|money]]다.');
    expect([decision.dealId, decision.doubt]).toEqual(['amazon-deal', 'part']);
  });

  it('takes the day a Korean sentence says the parties contracted for the announcement', () => {
    const decision = decisionOf('한빛의 칩은 Anthropic이 지난 [[5일|date]](현지시간) SpaceX와 계약해 통째로 빌리기로 한 Colossus 1에도 쓰였다.');
    expect([decision.dealId, decision.veto, decision.doubt]).toEqual(['colossus', undefined, undefined]);
  });

  it('keeps a term linked that a point in time only follows', () => {
    const decision = decisionOf('Google Cloud signed for [[five years|duration]], after two years of talks.');
    expect([decision.dealId, decision.veto]).toEqual(['google-deal', undefined]);
  });

  it('keeps the figure a print edition was corrected to linked', () => {
    const decision = decisionOf('Dans sa version papier, il évoquait 22 000 GPU, un chiffre que SpaceX a aussitôt corrigé : Colossus 1 abrite « [[plus de 220 000 GPU|gpus]] ».');
    expect([decision.dealId, decision.veto]).toEqual(['colossus', undefined]);
  });

  it('keeps the corrected figure of a correction linked', () => {
    const decision = decisionOf('訳注：原文の初版は、Colossus 1の容量を「300MW」としていたが、その後「[[約1GW|power]]」に訂正された。');
    expect([decision.dealId, decision.veto]).toEqual(['colossus', undefined]);
  });

  it.each([
    ['更正啟事：本文初版將Colossus 1的電力容量誤植為「30萬瓩」，正確應為[[300萬瓩|power]]，特此更正。'],
    ['更正：本文初版将Colossus 1的容量误写为“30万千瓦”，正确应为[[300万千瓦|power]]。'],
    ['Correction: an earlier version of this story gave Colossus 1 2,200 GPUs; the correct figure is [[220,000|gpus]].'],
  ])('keeps the figure a correction notice gives as the right one linked: %s', (text) => {
    const decision = decisionOf(text);
    expect([decision.dealId, decision.veto]).toEqual(['colossus', undefined]);
  });

  it('doubts no figure beside an addition of something else', () => {
    const decision = decisionOf('Colossus 1 bringt 300 MW zusätzliche Leistung und rund [[22.000 GPUs|gpus]].');
    expect([decision.dealId, decision.doubt]).toEqual(['colossus', undefined]);
  });

  // An amount on top of a deal that records no addition: linked, never flagged.
  it.each([
    ['Einen Bericht, wonach Anthropic bei Google Cloud weitere [[100 Mrd. Dollar|money]] nachgelegt habe, wies Google zurück.'],
    ['Anthropic may commit a further [[$100 billion|money]] to Google Cloud.'],
    ['据报道，Anthropic 将向 Google Cloud 追加[[1000亿美元|money]]。'],
  ])('doubts the addition in %s', (text) => {
    expect(decisionOf(text)).toMatchObject({ dealId: 'google-deal', doubt: 'part' });
  });

  it.each([
    // [text, deal, tier, the mention that tied it]
    ['SpaceX gives Anthropic all of Colossus 1 with over [[300 MW|power]].', 'colossus', 'clause', 'Colossus 1'],
    // Two hub parties that share one deal name it; the nearer one is the mention.
    ['Anthropic and SpaceX, after weeks of talks, agreed on [[300 MW|power]].', 'colossus', 'sentence', 'SpaceX'],
    ['Anthropic leases all of Colossus 1. By our count that is [[220,000 GPUs|gpus]].', 'colossus', 'previous-sentence', 'Colossus 1'],
    // A company named as the yardstick is no evidence; the site before it is.
    ["Colossus 1 brings [[300 MW|power]], more than OpenAI's first cluster.", 'colossus', 'clause', 'Colossus 1'],
    ['Das als Colossus 1 bekannte Rechenzentrum liefert [[300 MW|power]].', 'colossus', 'clause', 'Colossus 1'],
    // A share taken of the figure makes it a whole; one the figure is of does not.
    ['Colossus 1 brings [[300 MW|power]], a fifth of the city’s peak load.', 'colossus', 'clause', 'Colossus 1'],
    // A deal's sentence that speaks of revenue in another clause still states the deal's figure.
    ['The [[$200 billion|money]] contract with Google Cloud runs for years, and it will lift revenue.', 'google-deal', 'clause', 'Google Cloud'],
    // "profitiert" (benefits) is no profit: the deal's figure stays the deal's.
    ['Nvidia profitiert: Die Google-Cloud-Kapazität über [[200 Milliarden Dollar|money]], die Anthropic nutzt, läuft auf Nvidia-Systemen.', 'google-deal', 'clause', 'Google-Cloud'],
    // A timeline entry: the day, then the parties announcing.
    ['[[09.05.2026|date]] – Anthropic und SpaceX verkünden, dass Anthropic Colossus 1 übernimmt.', 'colossus', 'sentence', 'Colossus 1'],
    // What a party contributes to the deal, in a sentence that sets it against its profit, is still the deal's.
    ['NVIDIAがAnthropicに拠出する[[300億ドル|money]]について、アナリストは「同社の四半期純利益の1%にも満たない」と指摘した。', 'nvidia-deal', 'clause', 'NVIDIA'],
    // A site that runs on GPUs states how many it has.
    ['Colossus 1 runs on more than [[220,000 Nvidia GPUs|gpus]], the chips that train AI systems.', 'colossus', 'clause', 'Colossus 1'],
    // A company's own plant: its investment is the plant's cost, no stake in anyone.
    ['Terafab 總投資額為 [[550 億美元|money]]，預計分階段興建。', 'terafab-deal', 'clause', 'Terafab'],
    ['SpaceX plans to invest [[$55 billion|money]] in Terafab.', 'terafab-deal', 'clause', 'Terafab'],
    // Two deals in one sentence: the nearest one's.
    ["Besides the Colossus 1 lease, Anthropic's Google Cloud contract is worth [[$200 billion|money]].", 'google-deal', 'clause', 'Google Cloud'],
  ])('links %s to %s by its %s', (text, dealId, tier, mention) => {
    const decision = decisionOf(text);
    expect(decision.dealId).toBe(dealId);
    expect(decision.tier).toBe(tier);
    expect(decision.mention?.entity.text).toBe(mention);
  });

  it("takes a company's whole capacity for no deal's, unless the clause names the deal's site", () => {
    expect(decisionOf("Google Cloud's whole fleet of data centers draws about [[15 GW|power]].")).toEqual({ dealId: null, veto: 'company-total' });
    expect(decisionOf('SpaceX runs [[300 MW|power]] at Colossus 1, its largest site worldwide.')).toMatchObject({ dealId: 'colossus' });
  });

  it('does not take the conditional of reported speech for a supposition', () => {
    expect(decisionOf('The Colossus 1 deal would give Anthropic more than [[300 MW|power]].')).toMatchObject({ dealId: 'colossus' });
  });

  it('reads no figure of a wire dateline as the deal\'s, nor its place as evidence', () => {
    const blocks = read([['paragraph', 'MEMPHIS, [[June 15|date]] (Wire) – Anthropic announced more on its SpaceX deal.']]);
    expect(linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, 'colossus')).toEqual({ dealId: null, veto: 'dateline' });
  });

  it('does not take "not only" or "no more than" for a negation', () => {
    expect(decisionOf('Colossus 1 brings not only [[300 MW|power]] but a campus.')).toMatchObject({ dealId: 'colossus' });
    expect(decisionOf('Colossus 1 draws no more than [[300 MW|power]].')).toMatchObject({ dealId: 'colossus' });
  });

  it("does not take a company's shares for a stake bought in it", () => {
    expect(decisionOf('Amazon shares rose as the Google Cloud contract, worth [[$200 billion|money]], was priced in.')).toMatchObject({ dealId: 'google-deal' });
    expect(decisionOf('Google Cloud bought shares in Anthropic for [[$2 billion|money]].')).toEqual({ dealId: null, veto: 'stake' });
  });

  it('leaves a table row of another project alone when another row names the intro\'s deal', () => {
    const blocks = read([
      ['paragraph', 'Con esa cifra, Terafab se situaría entre las grandes inversiones del país:'],
      ['row', 'Proyecto | Empresa | Inversión'],
      ['row', 'Fab 21 | TSMC | [[165.000 millones de dólares|money]]'],
      ['row', 'Terafab | SpaceX | 45.000 millones de dólares'],
    ]);
    expect(linkFigure(deals, blocks, 2, blocks[2]!.figures[0]!, undefined).dealId).toBeNull();
  });

  it('reads a list item through the sentence that leads into it as firmly as its own words', () => {
    const blocks = read([['paragraph', 'Here is what Colossus 1 looks like:'], ['item', 'Power: [[300 MW|power]]']]);
    const decision = linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, undefined);
    expect([decision.dealId, decision.tier, decision.mention?.block]).toEqual(['colossus', 'intro', 0]);
  });

  it.each([
    ['Googleとの契約：', '契約総額は[[2000億ドル|money]]'],
    ['The contract with Google Cloud:', 'Value: [[$200 billion|money]]'],
  ])('reads a list item through an intro that names one party and the deal itself (%s)', (intro, item) => {
    const blocks = read([['paragraph', intro], ['item', item]]);
    expect(linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, undefined)).toMatchObject({ dealId: 'google-deal', tier: 'intro' });
  });

  it('reads a list under an intro naming one party alone only as context', () => {
    const blocks = read([['paragraph', 'Google Cloud in numbers:'], ['item', 'Value: [[$200 billion|money]]']]);
    expect(linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, undefined).tier).toBe('context');
  });

  it('reads a list after a paragraph that does not lead into it only as context', () => {
    const blocks = read([['paragraph', 'Colossus 1 is in Memphis.'], ['item', 'Power: [[300 MW|power]]']]);
    expect(linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, undefined).tier).toBe('context');
  });

  it('drops a sentence tied by the one before that brings in a builder of its own', () => {
    const decision = decisionOf('Colossus 1 is not the only project in town. Nearby, another operator is building [[500 MW|power]].');
    expect(decision).toEqual({ dealId: null, veto: 'other-entity' });
  });

  it('takes the sentence before only when the figure\'s own sentence names nothing', () => {
    const decision = decisionOf('Anthropic leases all of Colossus 1. OpenAI says that is [[220,000 GPUs|gpus]].');
    expect(decision.dealId).toBeNull();
  });
});

describe('linkFigure in a fact sheet', () => {
  it('reads every row of a two-column table naming one deal firmly as that deal\'s', () => {
    const blocks = read([
      ['row', 'Item | Detail'],
      ['row', 'Tenant | Anthropic'],
      ['row', 'Site | Colossus 1'],
      ['row', 'Power | [[300 MW|power]]'],
    ]);
    const decision = linkFigure(deals, blocks, 3, blocks[3]!.figures[0]!, undefined);
    expect([decision.dealId, decision.tier, decision.mention?.entity.text, decision.mention?.block]).toEqual(['colossus', 'row', 'Colossus 1', 2]);
  });

  it('does not read a sheet naming the deal by one name only', () => {
    const blocks = read([
      ['row', 'Item | Detail'],
      ['row', 'Site | Colossus 1'],
      ['row', 'Power | [[300 MW|power]]'],
    ]);
    expect(linkFigure(deals, blocks, 2, blocks[2]!.figures[0]!, undefined).dealId).toBeNull();
  });

  it('reads a table mixing deals row by row', () => {
    const blocks = read([
      ['row', 'Item | Detail'],
      ['row', 'Tenant | Anthropic'],
      ['row', 'Site | Colossus 1'],
      ['row', 'Cloud | Google Cloud'],
      ['row', 'Power | [[300 MW|power]]'],
    ]);
    expect(linkFigure(deals, blocks, 4, blocks[4]!.figures[0]!, undefined).dealId).toBeNull();
  });
});

describe('linkFigure on a place', () => {
  const decide = (text: string) => {
    const blocks = read([['paragraph', text]]);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
  };

  it('takes the facility an apposition hangs on as the evidence', () => {
    const d = decide('SpaceX filed its plans for Terafab, a chip plant in Texas valued at [[$5.5 billion|money]].');
    expect([d.dealId, d.tier, d.mention?.entity.text, mayFlag(d)]).toEqual(['terafab-deal', 'sentence', 'Terafab', true]);
  });

  it('closes an apposition after the facility with a colon as with a comma', () => {
    const d = decide('Anthropic loue Colossus 1, le supercalculateur bâti jadis pour OpenAI et intégré à SpaceX : plus de [[300 MW|power]].');
    expect([d.dealId, d.mention?.entity.text, mayFlag(d)]).toEqual(['colossus', 'Colossus 1', true]);
  });

  it("passes over the deal's own party between the facility and the place", () => {
    const d = decide('Anthropic takes all of Terafab, the plant of SpaceX in Texas with its [[$5.5 billion|money]] of tools.');
    expect([d.dealId, d.tier, d.mention?.entity.text, mayFlag(d)]).toEqual(['terafab-deal', 'sentence', 'Terafab', true]);
    // Another company between them is the figure's subject, as before.
    expect(mayFlag(decide('SpaceX builds Terafab, next to the plant of OpenAI in Texas with its [[$5.5 billion|money]] of tools.'))).toBe(false);
  });

  it('reads a name after the figure, past an enumeration comma, as the next item of a list', () => {
    const d = decide('Anthropicは、アマゾン（Amazon）からは最大[[5GW|power]]、Google Cloudからは300億ドル分の利用枠を調達する。');
    expect([d.dealId, d.mention?.entity.text]).toEqual(['amazon-deal', 'Amazon']);
  });

  it('reads the name right after the previous figure as that figure\'s, when this one has its own after it', () => {
    const last = (text: string) => {
      const blocks = read([['paragraph', text]]);
      return linkFigure(deals, blocks, 0, blocks[0]!.figures.at(-1)!, undefined);
    };
    const d = last('Nehmen Sie Anthropic: bis zu [[5 Gigawatt|power]] bei Amazon, [[5 Gigawatt|power]] bei Google Cloud und dazu [[25 Milliarden Dollar|money]] für Rechenkapazität bei NVIDIA.');
    expect([d.dealId, d.mention?.entity.text]).toEqual(['nvidia-deal', 'NVIDIA']);
    // With no name of its own after it, the figure keeps the one before.
    expect(last('Anthropic signed for [[5 GW|power]] with Google Cloud and [[$200 billion|money]] over five years.').dealId).toBe('google-deal');
  });

  it("gives a place's deal up when the sentence names a company foreign to it", () => {
    const d = decide('Anthropic은 영국 스타트업(Amazon)과 함께 Texas와 뉴욕에 데이터센터를 짓는 데 [[5GW|power]] 규모를 투자한다.');
    expect([d.dealId, d.mention?.entity.text, mayFlag(d)]).toEqual(['amazon-deal', 'Amazon', true]);
  });

  it('leaves a place alone weak when the facility is named only after, as a yardstick', () => {
    const d = decide('A fab in Texas cost about [[$37 billion|money]], the usual yardstick for Terafab.');
    expect(mayFlag(d)).toBe(false);
  });
});

describe('linkFigure with a year in the fact', () => {
  it("reads the year a fact's label gives as the deal's own time frame, and another as a time frame of its own", () => {
    const dated = buildDealIndex({ deals: [{ id: 'g', title: 'g', parties: ['anthropic', 'google'], facts: [{ kind: 'power', value: 5e9, unit: 'W', bound: 'exact', label: 'capacity, online from 2027' }] }] });
    const decide = (text: string) => {
      const blocks = read([['paragraph', text]]);
      return linkFigure(dated, blocks, 0, blocks[0]!.figures[0]!, undefined);
    };
    const own = decide('Mit Google Cloud sollen Anthropic ab 2027 rund [[3,5 Gigawatt|power]] zur Verfügung stehen.');
    expect([own.dealId, own.doubt, mayFlag(own)]).toEqual(['g', undefined, true]);
    expect(decide('Mit Google Cloud sollen Anthropic ab 2029 rund [[8 Gigawatt|power]] zur Verfügung stehen.')).toMatchObject({ dealId: 'g', doubt: 'time-frame' });
  });
});

describe('linkFigure past a period named for a company', () => {
  it('reads "the OpenAI-era spec sheets" as a time, not a company that takes the figure (issue: "By our count…")', () => {
    const blocks = read([['paragraph', 'The OpenAI-era spec sheets for Colossus 1 listed H100 and H200 systems. By our count that is roughly [[22,000 GPUs|gpus]].']]);
    const d = linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
    // The company itself, as before, takes it.
    const own = read([['paragraph', 'OpenAI lists its spec sheets beside Colossus 1. By our count that is roughly [[22,000 GPUs|gpus]].']]);
    expect(linkFigure(deals, own, 0, own[0]!.figures[0]!, undefined).dealId).toBeNull();
  });
});

describe('linkFigure past a relative clause', () => {
  const decide = (text: string) => {
    const blocks = read([['paragraph', text]]);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
  };

  it('only confirms from a name inside a relative clause that closes before the figure', () => {
    const d = decide('In Virginia, where Amazon runs its largest cluster, Dominion says it has nearly [[47 GW|power]] of capacity under contract.');
    expect([d.dealId, d.doubt, mayFlag(d)]).toEqual(['amazon-deal', 'weak-link', false]);
  });

  it('keeps the link firm on a name outside the clause', () => {
    for (const text of ['Colossus 1, which SpaceX leases to Anthropic, draws over [[300 MW|power]].', 'Anthropic, qui développe Claude, loue à Amazon jusqu’à [[5 GW|power]].']) {
      expect(mayFlag(decide(text)), text).toBe(true);
    }
  });

  it("keeps it firm when the clause describes the sentence's subject, which the figure measures", () => {
    for (const text of [
      'Die zusätzliche Leistung, die SpaceX in Memphis für Anthropic bereitstellt, beziffern beide Seiten auf rund [[150 Megawatt|power]].',
      'The capacity, which SpaceX provides to Anthropic at Colossus 1, comes to about [[150 megawatts|power]].',
      'La potencia que SpaceX cede a Anthropic en Colossus 1, según ambas partes, ronda los [[150 megavatios|power]].',
    ]) {
      const d = decide(text);
      expect([d.dealId, mayFlag(d)], text).toEqual(['colossus', true]);
    }
    // A company named after the figure as the builder of what it counts only tells its history.
    for (const text of [
      'Anthropic a repris l’intégralité de Colossus 1, à Memphis, soit plus de [[220 000 GPU|gpus]] Nvidia que OpenAI avait assemblés à marche forcée.',
      'Anthropic took over all of Colossus 1, more than [[220,000 GPUs|gpus]] that OpenAI had assembled in a hurry.',
      'Anthropic übernimmt Colossus 1 mit mehr als [[220.000 GPUs|gpus]], die OpenAI aufgebaut hatte.',
    ]) {
      const d = decide(text);
      expect([d.dealId, mayFlag(d)], text).toEqual(['colossus', true]);
    }
    // A subject of its own after the clause still takes the figure away from the names in it.
    const d = decide('The capacity, which SpaceX provides to Anthropic at Colossus 1, is small next to what the utility says it has: [[2 GW|power]].');
    expect(mayFlag(d)).toBe(false);
  });
});

describe('linkFigure past an apposition', () => {
  const decide = (text: string) => {
    const blocks = read([['paragraph', text]]);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
  };

  it("reads what an apposition after the deal's facility names as said of the facility", () => {
    for (const text of [
      'Colossus 1, the data centre SpaceX took over when it absorbed OpenAI and which Anthropic leases, draws about [[250 megawatts|power]].',
      'Colossus 1, el centro de datos que construyó OpenAI y que hoy explota SpaceX, consume unos [[150 megavatios|power]].',
    ]) {
      const d = decide(text);
      expect([d.dealId, d.mention?.entity.text, mayFlag(d)]).toEqual(['colossus', 'Colossus 1', true]);
    }
  });

  it('keeps a name that is no apposition, or a relative clause after one, as the subject', () => {
    // A list of names, not an apposition.
    expect(decide('Colossus 1, OpenAI, and a dozen others draw [[2 GW|power]].').dealId).toBeNull();
    // "which" after the apposition is said of the name just before it.
    expect(decide("Colossus 1, next to the campus of OpenAI, which draws [[2 GW|power]], is quiet.").dealId).toBeNull();
    // The figure inside the apposition is said of what the apposition names.
    expect(decide('Colossus 1, next to the campus of OpenAI with [[2 GW|power]], is quiet.').dealId).toBeNull();
    // A foreign facility named after the apposition closes.
    expect(decide('Colossus 1, the older site, and Terafab together cost [[$60 billion|money]].').dealId).not.toBe('colossus');
  });
});

describe('linkFigure in a table mixing deals', () => {
  const tierOf = (spec: Array<[Block['kind'], string]>) => {
    const blocks = read(spec);
    const b = blocks.length - 1;
    const d = linkFigure(deals, blocks, b, blocks[b]!.figures[0]!, undefined);
    return [d.dealId, d.tier, d.doubt];
  };

  it('takes a date under a column headed by the contract as its date, to confirm, never to flag', () => {
    expect(tierOf([['row', 'Standort | Nutzer | Leistung | Vertrag'], ['row', 'Colossus 1 | Anthropic | über 300 Megawatt | [[6. Mai 2026|date]]']])).toEqual(['colossus', 'row', 'weak-link']);
    expect(tierOf([['row', 'Site | Tenant | Contract signed'], ['row', 'Colossus 1 | Anthropic | [[May 6, 2026|date]]']])).toEqual(['colossus', 'row', undefined]);
    // Under any other heading a date says nothing of the deal.
    expect(tierOf([['row', 'Standort | Nutzer | Inbetriebnahme'], ['row', 'Colossus 1 | Anthropic | [[6. Mai 2026|date]]']])[0]).toBeNull();
  });

  it('flags from a row that names the deal by two of its names', () => {
    expect(tierOf([['row', 'Buyer | Partner | $bn'], ['row', 'Anthropic | Google Cloud | [[200|money]]']])).toEqual(['google-deal', 'row', undefined]);
  });

  it("only confirms from a row naming one party, which may be that company's other deal", () => {
    expect(tierOf([['row', 'Buyer | Partner | $bn'], ['row', 'Meta | Google Cloud | [[10|money]]']])).toEqual(['google-deal', 'row', 'weak-link']);
  });

  it('reads an "of which" row as part of the row above: there, a company\'s revenue', () => {
    const spec: Array<[Block['kind'], string]> = [['row', 'Kennzahl | Wert'], ['row', 'Google-Cloud-Umsatz, 1. Quartal | 19,3 Mrd. Dollar']];
    for (const sub of ['davon KI-Halbleiter | [[8,2 Mrd. Dollar|money]]', 'of which AI chips | [[8.2 billion|money]]', '其中AI芯片 | [[82 亿美元|money]]']) {
      const blocks = read([...spec, ['row', sub]]);
      expect(linkFigure(deals, blocks, 2, blocks[2]!.figures[0]!, undefined)).toEqual({ dealId: null, veto: 'financials' });
    }
  });

  it("names the deal from a partners table under a title naming the deal's other party", () => {
    const decide = (header: string, title: string[]) => {
      const blocks = read([['row', header], ['row', 'NVIDIA | [[30|money]]']]);
      const d = linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, undefined, title);
      return [d.dealId, d.doubt];
    };
    expect(decide('Partner | $bn', ['anthropic'])).toEqual(['nvidia-deal', undefined]);
    expect(decide('Partenaire | Ordre de grandeur', ['anthropic'])).toEqual(['nvidia-deal', undefined]);
    // A title naming another company, or a table of anything but partners, may be that company's other deal.
    expect(decide('Partner | $bn', ['openai'])).toEqual(['nvidia-deal', 'weak-link']);
    expect(decide('Customer | $bn', ['anthropic'])).toEqual(['nvidia-deal', 'weak-link']);
  });

  it("counts the names of the table's caption", () => {
    expect(tierOf([['paragraph', "Anthropic's compute partners"], ['row', 'Partner | $bn'], ['row', 'Google Cloud | [[200|money]]']])).toEqual(['google-deal', 'row', undefined]);
    // Or of the heading right above it.
    expect(tierOf([['heading', 'Anthropic의 주요 컴퓨팅 계약'], ['row', '계약 상대 | 기간'], ['row', 'Google Cloud(Broadcom TPU) | [[4년|duration]]']])).toEqual(['google-deal', 'row', undefined]);
    // Not one further up, past a paragraph that names nothing.
    expect(tierOf([['heading', 'Anthropic의 주요 컴퓨팅 계약'], ['paragraph', '빈칸은 공개되지 않은 항목입니다.'], ['row', '계약 상대 | 기간'], ['row', 'Google Cloud(Broadcom TPU) | [[4년|duration]]']])).toEqual(['google-deal', 'row', 'weak-link']);
  });
});

describe('linkFigure in a table whose columns are deals', () => {
  it("reads a figure's deal from its column's heading", () => {
    const blocks = read([
      ['row', ' | Amazon | Colossus 1'],
      ['row', 'Power | up to [[5 GW|power]] | over [[300 MW|power]]'],
    ]);
    const decisions = blocks[1]!.figures.map((f) => linkFigure(deals, blocks, 1, f, undefined));
    expect(decisions.map((d) => [d.dealId, d.tier, d.mention?.entity.text, d.mention?.block])).toEqual([
      ['amazon-deal', 'row', 'Amazon', 0],
      ['colossus', 'row', 'Colossus 1', 0],
    ]);
  });
});

describe('linkFigure on a party and "the three companies" it dealt with', () => {
  const suppliers: Dataset = {
    format: 'compute-deals/v1',
    version: 't',
    entities: [
      entity('nvidia', 'company', 'Nvidia', 'エヌビディア'),
      entity('corning', 'company', 'Corning', 'コーニング'),
      entity('lumentum', 'company', 'Lumentum', 'ルメンタム'),
      entity('coherent', 'company', 'Coherent', 'コヒレント'),
      entity('anthropic', 'company', 'Anthropic'),
      entity('microsoft', 'company', 'Microsoft'),
    ],
    deals: [
      { id: 'optics', title: 'o', parties: ['nvidia', 'corning', 'lumentum', 'coherent'], facts: [{ kind: 'money', value: 4.5e9, unit: 'USD', bound: 'exact' }] },
      { id: 'azure', title: 'a', parties: ['anthropic', 'microsoft', 'nvidia'], facts: [{ kind: 'money', value: 30e9, unit: 'USD', bound: 'exact' }] },
    ],
  };
  const index = buildEntityIndex(suppliers);
  const dealIndex = buildDealIndex(suppliers);
  /** A paragraph of this dataset's names, its one amount marked [[like this|money]]. */
  const paragraph = (text: string): ReadBlock => {
    const plain = text.replace(/\[\[(.+?)\|money\]\]/g, '$1');
    const at = /\[\[(.+?)\|money\]\]/.exec(text);
    const figures: RawFigure[] = at ? [{ start: at.index, end: at.index + at[1]!.length, text: at[1]!, kind: 'money', value: 1, unit: 'USD', bound: 'exact' }] : [];
    return { text: plain, kind: 'paragraph', sentences: sentenceSpans(plain), entities: findEntities(index, plain), figures, dateline: 0 };
  };
  const second = (first: string, then: string) => {
    const blocks = [paragraph(first), paragraph(then)];
    return linkFigure(dealIndex, blocks, 1, blocks[1]!.figures[0]!, undefined);
  };

  it('names the deal when the companies were named just before', () => {
    for (const [first, then] of [
      ['エヌビディアは今春、コーニング、ルメンタム、コヒレントの米3社に総額45億ドルを拠出した。', '林田社長は「エヌビディアが3社に約束した[[40億ドル|money]]は、当社にも流れてくる」と話した。'],
      ['This spring Nvidia committed money to Corning, Lumentum and Coherent.', 'Its chief said the [[$4 billion|money]] Nvidia promised the three companies would reach suppliers like his.'],
      // "In all" is then the deal's own total, not a sum over the party's deals.
      ['Corning a gagné 5,2 %, Lumentum 7,8 % et Coherent 6,1 %.', "Les trois groupes profitent de l'engagement de Nvidia, qui s'est engagé à leur acheter au total pour [[6,5 milliards de dollars|money]] de composants."],
      // Suppliers by another word: "den drei Lieferanten".
      ['Corning legten um 6,1 Prozent zu, Lumentum um 8,4 Prozent und Coherent um 5,2 Prozent.', 'Auslöser war ein Bericht, wonach Nvidia den drei Lieferanten Abnahmezusagen über insgesamt [[3,5 Milliarden Dollar|money]] gegeben hat.'],
    ] as Array<[string, string]>) {
      const d = second(first, then);
      expect([d.dealId, d.mention?.role, mayFlag(d)], then).toEqual(['optics', 'anaphora', true]);
    }
  });

  it("only confirms from a deal's third or later party named alone, which has news of its own", () => {
    const alone = (text: string) => {
      const blocks = [paragraph(text)];
      return linkFigure(dealIndex, blocks, 0, blocks[0]!.figures[0]!, undefined);
    };
    const third = alone('Lumentum will set aside [[$4 billion|money]] for scholarships.');
    expect([third.dealId, mayFlag(third)]).toEqual(['optics', false]);
    // Its second party, or the third with another, still names it.
    expect(mayFlag(alone('Corning signed for [[$4 billion|money]].'))).toBe(true);
    expect(mayFlag(alone('Nvidia committed [[$4 billion|money]] to Lumentum.'))).toBe(true);
    // Or a sentence that speaks of the contract.
    expect(mayFlag(alone('The contract runs on parts Lumentum makes, and is worth [[$4 billion|money]].'))).toBe(true);
  });

  it("reads a price target said of the parties' shares as theirs, not the commitment's", () => {
    const blocks = [paragraph("Lumentum climbed 7.3%, Coherent added 5.8% and Corning rose 4.1% after brokers raised their price targets, citing Nvidia's [[$5.4 billion|money]] commitment to the three companies.")];
    const d = linkFigure(dealIndex, blocks, 0, blocks[0]!.figures[0]!, undefined);
    expect([d.dealId, mayFlag(d)]).toEqual(['optics', true]);
    // Said of the figure itself, it is a price target.
    const own = [paragraph('Lumentum climbed 7.3% after brokers raised their price target on Nvidia to [[$5.4 billion|money]].')];
    expect(mayFlag(linkFigure(dealIndex, own, 0, own[0]!.figures[0]!, undefined))).toBe(false);
  });

  it('does not when the count or the companies before do not fit the deal', () => {
    // Two companies are not the deal's three others.
    expect(mayFlag(second('Nvidia committed money to Corning, Lumentum and Coherent.', 'The [[$4 billion|money]] Nvidia promised the two companies is late.'))).toBe(false);
    // The three were never named.
    expect(mayFlag(second('Nvidia reported strong demand this spring.', 'The [[$4 billion|money]] Nvidia promised the three companies is late.'))).toBe(false);
  });
});

describe('linkFigure at the start of a paragraph that points back at the one before', () => {
  const second = (title: string, first: string, then: string) => {
    const blocks = read([['paragraph', first], ['paragraph', then]]);
    const main = findMainDeal(deals, findEntities(entities, title), blocks);
    return linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main);
  };

  it('takes the deal the paragraph before names, when the sentence opens on the contract', () => {
    for (const [first, then] of [
      ['米新興企業Anthropicが、Google Cloudから巨大な計算能力を借り受ける契約を結んだ。専用チップを大量に使うという。', '契約は[[５年間|duration]]で総額２０００億ドルに上るとされる。'],
      ['Anthropic has signed for capacity from Google Cloud. It will run on custom chips.', 'The contract runs for [[five years|duration]], people familiar with it said.'],
      ['Anthropic與Google Cloud簽下算力合約，採用TPU。', '這份合約金額[[約1500億美元|money]]，為期5年。'],
      ['Anthropic이 Google Cloud와 연산 계약을 맺었다.', '이번 계약 규모는 [[1500억 달러|money]]다.'],
      // Or the figure is said of the contract a few words after it: "described the arrangement as a six-year commitment".
      ["Anthropic's contract with Google Cloud is worth $200 billion.", 'The companies have described the arrangement as a [[six-year|duration]] commitment.'],
      ['Anthropic hat mit Google Cloud einen Vertrag über 200 Milliarden Dollar geschlossen.', 'Beide Seiten beziffern die Laufzeit des Vertrags auf [[sechs Jahre|duration]].'],
      // Or it opens on the contract after saying who told: "業界人士透露，合約為期7年".
      ['Anthropic與Google Cloud簽下總額2000億美元的算力合約，Broadcom供應TPU。', '業界人士透露，合約為期[[7年|duration]]，換算下來平均每年約286億美元。'],
      ['Anthropic与Google Cloud签下算力合同。', '据知情人士透露，合同期限为[[7年|duration]]。'],
      ['Anthropic has signed for capacity from Google Cloud.', 'According to people familiar with it, the contract runs for [[seven years|duration]].'],
    ] as Array<[string, string]>) {
      const d = second('Anthropic rents compute', first, then);
      expect([d.dealId, d.tier, mayFlag(d)], then).toEqual(['google-deal', 'previous-sentence', true]);
    }
  });

  it('reads past a subheading to the paragraph before it', () => {
    const across = (first: string, heading: string, then: string) => {
      const blocks = read([['paragraph', first], ['heading', heading], ['paragraph', then]]);
      const main = findMainDeal(deals, findEntities(entities, 'Anthropic rents compute'), blocks);
      return linkFigure(deals, blocks, 2, blocks[2]!.figures[0]!, main);
    };
    for (const [first, then, dealId] of [
      ['AnthropicはGoogle Cloudと総額2000億ドルの計算基盤契約を結んだ。', '同契約の期間は[[7年間|duration]]とされる。', 'google-deal'],
      ['AnthropicはSpaceXのColossus 1の計算能力をすべて利用する契約を結んだ。', '同契約で新たに確保する電力容量は[[20万キロワット|power]]規模となる。', 'colossus'],
    ] as Array<[string, string, string]>) {
      const d = across(first, '年あたりに割ると', then);
      expect([d.dealId, d.tier, mayFlag(d)], then).toEqual([dealId, 'previous-sentence', true]);
    }
    // The contract's term, said with a possessive.
    const d = across(
      "Anthropic's contract with Google Cloud is worth $200 billion for 5 GW of capacity.",
      'Per year',
      "Spread evenly across the contract's [[seven-year|duration]] term, the commitment comes to roughly $28.6 billion a year.",
    );
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['google-deal', 'previous-sentence', true]);
  });

  it('reads back through sections that each open on the contract, to the paragraph that names the deal', () => {
    const chain = (middle: string) => {
      const blocks = read([
        ['paragraph', 'AnthropicがGoogle Cloudと結んだ計算能力の調達契約が話題だ。'],
        ['heading', '総額と規模'],
        ['paragraph', middle],
        ['heading', '年数で割ると'],
        ['paragraph', '契約期間は[[6年間|duration]]とされる。'],
      ]);
      const main = findMainDeal(deals, findEntities(entities, 'Anthropic rents compute'), blocks);
      return linkFigure(deals, blocks, 4, blocks[4]!.figures[0]!, main);
    };
    const d = chain('契約の総額は2000億ドル。米Broadcomが設計に関わる専用半導体を使う。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['google-deal', 'previous-sentence', true]);
    // A section between that opens on something else may have changed the subject.
    expect(mayFlag(chain('市場では半導体株全体が買われた。米Broadcomも上昇した。'))).toBe(false);
    // So may one that names another company's contract.
    expect(mayFlag(chain('契約の総額は2000億ドル。Amazonも別の契約を結んだ。'))).toBe(false);
  });

  it('reads past a paragraph that names nothing and speaks of the same contract', () => {
    const across = (middle: string, then: string) => {
      const blocks = read([['paragraph', 'AnthropicとGoogle Cloudの契約は総額2000億ドルにのぼる。'], ['paragraph', middle], ['paragraph', then]]);
      const main = findMainDeal(deals, findEntities(entities, 'Anthropic rents compute'), blocks);
      return linkFigure(deals, blocks, 2, blocks[2]!.figures[0]!, main);
    };
    const d = across('一部の海外メディアは契約額を1500億ドルと伝えていたが、これは誤りだ。', '同契約の期間は[[4年間|duration]]で、年平均の支出も試算された。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['google-deal', 'previous-sentence', true]);
    // A paragraph between that speaks of something else may have changed the subject.
    expect(mayFlag(across('市場では半導体株全体が買われた。', '同契約の期間は[[4年間|duration]]で、年平均の支出も試算された。'))).toBe(false);
    // Only one such paragraph is read past.
    const far = read([
      ['paragraph', 'AnthropicとGoogle Cloudの契約は総額2000億ドルにのぼる。'],
      ['paragraph', '契約額を1500億ドルと伝えた報道もあった。'],
      ['paragraph', '別の契約の話も出ている。'],
      ['paragraph', '同契約の期間は[[4年間|duration]]だ。'],
    ]);
    expect(mayFlag(linkFigure(deals, far, 3, far[3]!.figures[0]!, findMainDeal(deals, findEntities(entities, 'Anthropic rents compute'), far)))).toBe(false);
  });

  it('reads an opening sentence that names only parties of the deal as pointing back too', () => {
    const d = second('Anthropic signs for Colossus 1', 'Anthropic宣布与SpaceX达成协议，将使用Colossus 1的全部算力。', '该园区可在一个月内为Anthropic新增逾30万千瓦的容量，园内[[约11万块|gpus]]英伟达GPU将全部用于训练。');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
  });

  it('does not when the paragraph before names the deal by one party, or another deal', () => {
    expect(mayFlag(second('Anthropic rents compute', 'Google Cloud has been busy this year.', '契約は[[５年間|duration]]で総額２０００億ドルに上るとされる。'))).toBe(false);
    expect(second('Colossus 1 deal', 'Anthropic signed with SpaceX for Colossus 1.', 'A separate contract runs for [[five years|duration]].').dealId).not.toBe('google-deal');
    // The companies, or the site, may open on something else they do: a lab, a supplier's order.
    expect(mayFlag(second('Anthropic rents compute', 'Anthropic and Google Cloud said they would open a lab.', 'The two companies will fund the lab for [[four years|duration]].'))).toBe(false);
    // The contract far ahead of the figure says nothing of it.
    expect(mayFlag(second('Anthropic rents compute', "Anthropic's contract with Google Cloud is worth $200 billion.", 'The companies declined to discuss the contract, but the lab they fund will run for [[four years|duration]].'))).toBe(false);
  });
});

describe('linkFigure for a place, with the site named by its role at the start of a paragraph', () => {
  const second = (first: string, then: string) => {
    const blocks = read([['paragraph', first], ['paragraph', then]]);
    const main = findMainDeal(deals, findEntities(entities, 'Bastrop rezones land for the SpaceX chip plant'), blocks);
    return linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main);
  };
  const first = 'La comisión aprobó el martes la recalificación de los terrenos para Terafab, la fábrica de chips que SpaceX quiere levantar en Texas.';

  it('takes the site the paragraph before ends on', () => {
    const d = second(first, 'SpaceX presentó los planes de la planta, con una inversión de [[65.000 millones de dólares|money]], según los documentos remitidos a las autoridades de Texas.');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['terafab-deal', 'previous-sentence', true]);
  });

  it('does not without the site named by its role, or when the paragraph before ends on another site', () => {
    expect(mayFlag(second(first, 'SpaceX presentó sus planes, con una inversión de [[65.000 millones de dólares|money]], según los documentos remitidos a las autoridades de Texas.'))).toBe(false);
    expect(mayFlag(second('Terafab se levantará en Texas. Colossus 1 sigue en Memphis.', 'SpaceX presentó los planes de la planta, con una inversión de [[65.000 millones de dólares|money]], según las autoridades de Texas.'))).toBe(false);
  });
});

describe('linkFigure at the start of a paragraph that opens on the site the one before names', () => {
  const second = (first: string, then: string) => {
    const blocks = read([['paragraph', first], ['paragraph', then]]);
    const main = findMainDeal(deals, findEntities(entities, 'Anthropic takes over SpaceX Colossus 1'), blocks);
    return linkFigure(deals, blocks, 1, blocks[1]!.figures.at(-1)!, main);
  };

  it("takes the site's quantities for the deal whose site it is", () => {
    for (const then of [
      'The site gives the Claude maker more than 300 megawatts, spread across roughly [[120,000 Nvidia GPUs|gpus]] that are already racked.',
      'Le site apporte au concepteur de Claude une puissance d\'environ [[200 mégawatts|power]].',
    ]) {
      const d = second('Anthropic has signed up for the whole of Colossus 1, in a deal announced on May 6.', then);
      expect([d.dealId, d.tier, mayFlag(d)], then).toEqual(['colossus', 'previous-sentence', true]);
    }
  });

  it('reads past an apposition to the site that names its builder', () => {
    const d = second("Le 6 mai, Anthropic a annoncé reprendre toute la capacité de Colossus 1, le supercalculateur construit par xAI à Memphis, grâce à un accord avec SpaceX.", 'Le site abrite [[environ 120 000 GPU|gpus]], selon les chiffres communiqués.');
    expect([d.dealId, d.tier, mayFlag(d)]).toEqual(['colossus', 'previous-sentence', true]);
  });

  it('does not when the paragraph before names no site, or the figure is no quantity of the site', () => {
    expect(mayFlag(second('Anthropic and SpaceX have signed a deal.', 'The site holds roughly [[120,000 Nvidia GPUs|gpus]].'))).toBe(false);
    expect(mayFlag(second('Anthropic has signed up for the whole of Colossus 1.', 'The site was built for [[$4 billion|money]].'))).toBe(false);
  });
});

describe("linkFigure in a reader's question the answer denies", () => {
  const asked = (question: string, answer: string) => {
    const blocks = read([['paragraph', question], ['paragraph', answer]]);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, findMainDeal(deals, findEntities(entities, 'Anthropic and Amazon'), blocks));
  };

  it('sets the figure aside when the answer opens on a denial', () => {
    for (const [question, answer] of [
      ['Q. Amazon이 Anthropic에 [[50GW|power]]를 준다고 들었는데요?', 'A. 아닙니다. 50GW는 온라인에서 잘못 퍼진 숫자입니다.'],
      ['« Amazon loue à Anthropic [[50 GW|power]] de capacité. Est-ce exact ? »', 'Non. Le contrat porte sur 5 GW au plus.'],
      ['Is it true that Amazon gives Anthropic [[50 GW|power]]?', 'No. The deal is for up to 5 GW.'],
      // Or on the figure being too high or too low.
      ["« L'accord d'Anthropic avec Amazon atteint [[50 GW|power]], non ? »", "C'est dix fois trop : le contrat porte sur 5 GW au plus."],
      ['Does Amazon give Anthropic [[50 GW|power]]?', "That's ten times too much: the deal is for up to 5 GW."],
      ['¿Amazon da a Anthropic [[50 GW|power]]?', 'Es diez veces más de la cuenta: el acuerdo es de hasta 5 GW.'],
      ['Gibt Amazon Anthropic [[50 GW|power]]?', 'Das ist zehnmal zu viel: Der Vertrag umfasst bis zu 5 GW.'],
    ] as Array<[string, string]>) {
      expect(asked(question, answer), question).toEqual({ dealId: null, veto: 'rejected' });
    }
  });

  it('keeps it when the answer confirms it, or the block asks nothing', () => {
    expect(asked('Is it true that Amazon gives Anthropic [[5 GW|power]]?', 'Yes. The deal is for up to 5 GW.').dealId).toBe('amazon-deal');
    expect(asked('Amazon gives Anthropic [[50 GW|power]].', 'No one else comes close.').dealId).toBe('amazon-deal');
    expect(asked('Does Amazon give Anthropic [[5 GW|power]]?', "That's right: the deal is for up to 5 GW.").dealId).toBe('amazon-deal');
  });
});

describe('linkFigure under a heading that opens on an earlier year', () => {
  it("takes a figure under the year's heading for the site's past, never flagged", () => {
    const blocks = read([['heading', '2024: la construcción'], ['paragraph', 'xAI levantó Colossus 1 en una antigua fábrica de Memphis y lo arrancó con [[100.000 GPU|gpus]] de Nvidia.']]);
    const main = findMainDeal(deals, findEntities(entities, 'Anthropic alquila Colossus 1'), blocks);
    const d = linkFigure(deals, blocks, 1, blocks[1]!.figures[0]!, main);
    expect(mayFlag(d)).toBe(false);
    // Under a heading of the deal's own year, the figure may be flagged.
    const now = read([['heading', '2026: llega Anthropic'], ['paragraph', 'Anthropic se queda con todo Colossus 1 y sus [[120.000 GPU|gpus]].']]);
    expect(mayFlag(linkFigure(deals, now, 1, now[1]!.figures[0]!, findMainDeal(deals, findEntities(entities, 'Anthropic alquila Colossus 1'), now)))).toBe(true);
  });
});

describe('linkFigure in a heading that is only a number', () => {
  const headed = (heading: string, item: string) => {
    const blocks = read([['heading', heading], ['paragraph', item]]);
    return linkFigure(deals, blocks, 0, blocks[0]!.figures[0]!, undefined);
  };

  it("takes the deal the item under it names in its first sentence, which says what the number is", () => {
    for (const [heading, item] of [
      ['[[300億ドル|money]]', 'AnthropicがGoogle Cloudで確保する計算能力の規模。今週来日した同社幹部が語った。'],
      ['[[$200 billion|money]]', 'What Anthropic will pay Google Cloud for TPU capacity. The contract was signed in October.'],
    ] as Array<[string, string]>) {
      const d = headed(heading, item);
      expect([d.dealId, mayFlag(d)], item).toEqual(['google-deal', true]);
    }
  });

  it('reads a heading of several numbers, and nothing else, the same way', () => {
    const blocks = read([['heading', '22만 개 · [[150MW|power]]'], ['paragraph', "SpaceX가 Anthropic에 통째로 빌려준 멤피스 'Colossus 1'의 GPU 수와 전력. 칩은 직접 만들게 됩니다."]]);
    // A paragraph with no figure is not split into sentences before linking.
    blocks[1]!.sentences = [];
    for (const figure of blocks[0]!.figures) {
      const d = linkFigure(deals, blocks, 0, figure, undefined);
      expect([d.dealId, mayFlag(d)], figure.text).toEqual(['colossus', true]);
    }
  });

  it('does not when the item names another company, a financial, or when the heading says more than the number', () => {
    expect(headed('[[1000万キロワット|power]]', 'OpenAIがGoogle Cloudと共同開発する独自のAI半導体の規模。').dealId).not.toBe('google-deal');
    expect(mayFlag(headed('[[$3 billion|money]]', 'Google Cloud revenue from Anthropic last quarter.'))).toBe(false);
    expect(mayFlag(headed('Week 19 in numbers: [[$200 billion|money]] and counting', 'What Anthropic will pay Google Cloud for TPU capacity.'))).toBe(false);
    // A part of the deal, said of the number: linked, never flagged.
    expect(mayFlag(headed('[[200억 달러|money]]', 'Terafab 1단계 투자비. 2028년 첫 생산이 목표입니다.'))).toBe(false);
  });
});
