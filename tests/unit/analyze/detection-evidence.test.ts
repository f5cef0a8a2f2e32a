import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../lib/analyze/analyze-article';
import { compileDataset } from '../../../lib/analyze/engine';
import type { Article } from '../../../lib/analyze/types';
import { loadDataset } from '../../../lib/node/load-dataset';

/**
 * A deal's parties in the lead, with a figure beside them, make deal coverage
 * only when the figure states something the deal records.
 */
describe('detection from the figures tied to a deal', async () => {
  const engine = compileDataset(await loadDataset());
  const page = (title: string, lead: string, lang = 'en'): Article => ({
    title,
    lang,
    publishedAt: '2026-06-02',
    blocks: [
      { kind: 'paragraph', text: lead },
      { kind: 'paragraph', text: 'Classes start in the autumn at twelve high schools across the county.' },
    ],
  });

  it.each([
    // A party's gift in the deal's city: money, where the lease records power and GPUs.
    ['SpaceX gives Memphis schools $12 million', 'SpaceX will give $12 million to STEM classes in Memphis schools, a few miles from Colossus 1.'],
    // A sponsorship in euros: never comparable with the deal's dollars.
    ['AWS y LaLiga renuevan', 'Amazon Web Services, que aloja los modelos de Anthropic, renueva con LaLiga por unos 40 millones de euros.', 'es'],
    // Two partners of a three-party deal, without the company the deal is about.
    ['Nvidia and Microsoft partner on a developer contest', 'Nvidia and Microsoft, longtime partners, will jointly run a contest for AI agent developers on Azure.'],
    ['英伟达联手微软举办开发者大赛', '英伟达与微软周二宣布，将联合举办面向全球开发者的 AI 智能体大赛。', 'zh-Hans'],
    // A deal's two parties in the lead of a story about something else, with a deal word for that.
    // A stake story, its parties in the title and lead, with investing words but no deal figure.
    ['Bundeskartellamt prüft Googles Beteiligung an Anthropic', 'Das Bundeskartellamt prüft, ob Google durch seine Beteiligung an Anthropic Einfluss auf den Partner gewinnt; Google investiert seit 2023 in das Start-up.', 'de'],
    ['앤트로픽, 직원 지분 매각 추진', '앤트로픽이 직원 보유 지분 매각을 추진한다. 마이크로소프트와 엔비디아의 투자 이후 기업가치가 크게 올랐다.', 'ko'],
    // A product story naming the parties and a deal word, with no compute in its lead.
    ['Microsoft brings Anthropic’s Claude to Copilot customers inside the EU', 'Microsoft will let business customers in the EU sign up for Anthropic’s Claude models inside Copilot, with their data kept in Europe.'],
    // A chip launch: the parties and their compute, in a title that says it launches something.
    ['구글 클라우드, 7세대 TPU 서울 리전 출시…앤트로픽이 쓰는 그 칩', '구글 클라우드가 브로드컴과 설계한 TPU를 서울 리전에 출시했다. 앤트로픽도 이 칩을 빌려 연산에 쓴다.', 'ko'],
    // A supplier's own plant opening, its customer named beside it: the plant is the story.
    ['루멘텀, 평택에 광부품 공장 준공…"엔비디아향 물량 대응"', '루멘텀이 평택에 AI 데이터센터용 광트랜시버 부품 공장을 준공했다. 회사 측은 총 2억 달러를 투자했다.', 'ko'],
    ['Corning inaugurates fibre plant in North Carolina to serve Nvidia', 'Corning inaugurated a fibre plant for data center cables; Nvidia is its largest customer for the product.'],
    // A competition review of stakes, named in the lead.
    ['Monopolkommission warnt vor Verflechtung von Cloud-Konzernen und KI-Entwicklern', 'Die Monopolkommission sieht in den Beteiligungen von Amazon an Anthropic ein Risiko; Amazon investiert seit 2023 in Rechenzentren für den Partner.', 'de'],
    // A tax appeal on the deal's site: "according to" is no French "accord".
    ["SpaceX appeals county's $1.28 billion appraisal of Colossus 1 site", 'SpaceX has asked the Shelby County board to cut the appraised value of the Colossus 1 data center campus in Memphis, according to an appeal filed last week.'],
    ['Anthropic, 東都大学と教育連携', '米Anthropicは14日、東都大学と教育分野での連携協定を結んだ。提供はアマゾン ウェブ サービス（AWS）経由で行う。', 'ja'],
    // A joint research centre of two of a deal's parties.
    ['코닝, 엔비디아와 차세대 광연결 공동 연구…아산에 R&D센터', '미국 소재 기업 코닝이 엔비디아와 손잡고 데이터센터용 차세대 광연결 기술을 공동 연구한다. 연구 거점은 아산에 새로 짓는 R&D센터다.', 'ko'],
    ['Nvidia and Coherent open joint photonics lab', 'Nvidia and Coherent will open a joint research lab in Texas to work on co-packaged optics for data centers.'],
    // A market report on the deal's parties' shares.
    ['Corning, Lumentum y Coherent se desploman tras los comentarios de Nvidia', 'Los fabricantes de componentes ópticos sufren su peor sesión del año en Wall Street: en la Bolsa de Nueva York, Lumentum cayó un 14 %, Coherent un 12 % y Corning un 6 %, tras hablar Nvidia de una pausa en los pedidos.', 'es'],
  ])('takes "%s" for no deal coverage', (title, lead, lang = 'en') => {
    expect(analyzeArticle(engine, page(title, lead, lang)).isComputeDeal).toBe(false);
  });

  it.each([
    ['SpaceX and Anthropic in Memphis', 'SpaceX will give Anthropic all of Colossus 1 in Memphis, more than 300 MW of capacity.'],
    ['Anthropic and Amazon', 'Amazon Web Services will supply Anthropic with up to 5 GW of capacity for Claude.'],
    // The same deal named with the company it is about, and another deal named by its principal.
    ['Anthropic signs with Microsoft', 'Anthropic signed an agreement with Microsoft and Nvidia for Azure capacity.'],
    ['Nvidia signs optical supply deal with Corning', 'Nvidia signed a supply agreement with Corning for optical fibre.'],
    // No figure and no compute word, but the title names the deal's site and speaks of a deal.
    ['Anthropic and SpaceX strike Colossus 1 deal', 'Anthropic and SpaceX have struck a deal over Colossus 1, the companies said on Thursday.'],
    // No figure at all, but the title names the deal and the lead speaks of one.
    ['Anthropic and Amazon sign a partnership', 'Anthropic and Amazon Web Services have signed a partnership on compute capacity.'],
    // The deal's own site opening is the deal's story.
    ['SpaceX inaugurates Colossus 1 for Anthropic', 'SpaceX has inaugurated Colossus 1 in Memphis, which Anthropic leases whole under a deal for compute capacity.'],
    // Another company's compute deal, with a known deal named nearby: the title speaks of a deal.
    ['Second AI tenant signs for South Memphis campus', 'Halvorsen Compute has signed a lease for data center capacity near Colossus 1, the supercomputer SpaceX leased to Anthropic.'],
    // A column whose title names the deal by its site alone, its lead the deal.
    ['Colossus 1, or the end of sovereign compute', 'Renting a whole supercomputer rather than building one: Anthropic took over all of Colossus 1, the SpaceX supercomputer in Memphis, in a lease that says much about the shortage.'],
  ])('takes "%s" for deal coverage', (title, lead) => {
    expect(analyzeArticle(engine, page(title, lead)).isComputeDeal).toBe(true);
  });
});

describe('detection in a transcript', async () => {
  const engine = compileDataset(await loadDataset());
  const turn = (stamp: string, speaker: string, text: string) => ({ kind: 'paragraph' as const, text: `[${stamp}] ${speaker}: ${text}` });
  // Half of a transcript's turns are a line or two; their time stamps and speakers are no share of its body.
  const article: Article = {
    title: 'Episode 87: Can SpaceX build a chip plant?',
    lang: 'en',
    publishedAt: '2026-05-14',
    blocks: [
      turn('00:00:09', 'MARCUS WEBB', 'Welcome to the show. My guest today follows semiconductor manufacturing.'),
      turn('00:00:16', 'ELENA SOKOLOVA', 'Glad to be here.'),
      turn('00:00:19', 'MARCUS WEBB', 'SpaceX has filed plans for a chip plant called Terafab in Texas, at $55 billion.'),
      turn('00:00:33', 'ELENA SOKOLOVA', 'Right.'),
      turn('00:01:41', 'MARCUS WEBB', 'Can they afford it?'),
      turn('00:01:45', 'ELENA SOKOLOVA', 'Starlink throws off cash, and the money is not the hard part; the people are.'),
      turn('00:02:20', 'MARCUS WEBB', 'Sure.'),
      turn('00:02:28', 'MARCUS WEBB', 'Why does SpaceX want its own chips at all, do you think?'),
      turn('00:02:33', 'ELENA SOKOLOVA', 'Every chip it buys comes at Nvidia’s margins, and a plant of its own answers that.'),
      turn('00:03:06', 'MARCUS WEBB', 'OK.'),
      turn('00:03:34', 'MARCUS WEBB', 'Timeline?'),
      turn('00:03:37', 'ELENA SOKOLOVA', 'The filing talks about first wafers in 2028, and I would add a year to that.'),
      turn('00:04:02', 'MARCUS WEBB', 'Stay with us.'),
      turn('00:21:47', 'MARCUS WEBB', 'A recap for anyone who skipped ahead: a $55 billion Terafab in Texas, first wafers in 2028.'),
      turn('00:22:05', 'ELENA SOKOLOVA', 'Thanks.'),
    ],
  };

  it('weighs each turn by its words', () => {
    expect(analyzeArticle(engine, article).isComputeDeal).toBe(true);
  });
});

/** A story about something else that gives one deal a paragraph of its own figures covers that deal too. */
describe('detection from a paragraph on the deal', async () => {
  const engine = compileDataset(await loadDataset());
  const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph' as const, text: `The plant's line ${i + 1} will make fibre for cables, and the town expects new jobs and a busier train station.` }));
  const article = (deal: string): Article => ({
    title: 'Corning opens a fibre plant in Nemours',
    lang: 'en',
    publishedAt: '2026-09-02',
    blocks: [...filler(3), { kind: 'paragraph', text: deal }, ...filler(4)],
  });

  it('takes a paragraph with two figures tied to the deal for deal coverage', () => {
    const analysis = analyzeArticle(engine, article('Nvidia has committed $4 billion to Corning, Lumentum and Coherent for optics; the Azure capacity Anthropic buys from Microsoft is worth $30 billion.'));
    expect(analysis.isComputeDeal).toBe(true);
  });

  it('leaves a single background figure a passing mention', () => {
    const analysis = analyzeArticle(engine, article('Nvidia has committed $4 billion to Corning, Lumentum and Coherent for optics.'));
    expect(analysis.isComputeDeal).toBe(false);
  });
});

/** An earnings story that gives one deal a paragraph with three of its figures covers that deal too. */
describe('detection from a paragraph on the deal in another kind of story', async () => {
  const engine = compileDataset(await loadDataset());
  const article = (deal: string): Article => ({
    title: 'Broadcom results: AI chip revenue hits a record',
    lang: 'en',
    publishedAt: '2026-09-05',
    blocks: [
      { kind: 'paragraph', text: 'Broadcom reported quarterly revenue of $16 billion and said AI chip sales rose 60 % from a year earlier, beating analysts’ estimates.' },
      { kind: 'paragraph', text: 'Its shares rose 4 % in late trading as the company raised its guidance for the next quarter.' },
      { kind: 'paragraph', text: deal },
      { kind: 'paragraph', text: 'Networking sales grew too, on demand for switches in new data centers.' },
    ],
  });

  it('takes three of the deal’s figures for deal coverage', () => {
    const analysis = analyzeArticle(engine, article('Its largest order is the TPU capacity Google Cloud provides Anthropic: a contract worth $200 billion over four years, for 5 gigawatts.'));
    expect(analysis.isComputeDeal).toBe(true);
    expect(analysis.figures.find((f) => f.text === 'four years')).toMatchObject({ status: 'mismatch' });
  });

  it('leaves two of them a passing mention in an earnings story', () => {
    const analysis = analyzeArticle(engine, article('Its largest order is the TPU capacity Google Cloud provides Anthropic: a contract worth $200 billion over five years.'));
    expect(analysis.isComputeDeal).toBe(false);
  });
});
