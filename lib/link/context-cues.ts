import { CueMatcher, cueText } from '../detect/cue-matcher';

/**
 * "By this means": what a party gets from what was just named ("Anthropic将借此新增约250兆瓦", "Anthropic thereby gains").
 * German says it with "damit" after the verb ("Anthropic erhält damit Zugriff auf…"); "…, damit" opens a purpose clause.
 */
export const THEREBY_WORDS = ['thereby', '借此', '藉此', 'これにより', 'これによって', '이를 통해', '이로써', 'erhält damit', 'bekommt damit', 'gewinnt damit', 'sichert sich damit', 'verfügt damit'];

/** The deal's site named by its role, in both lists below: "The cluster brings 300 MW" (en-colossus-date-mismatch). */
const SITE_BY_ROLE = [
  'the cluster', 'the facility', 'the supercomputer', 'the supercluster', 'the data center', 'the data centre', 'the site',
  '该设施', '该集群', '该数据中心', '該設施', '該集群', '該數據中心', '該資料中心', '同施設', 'この施設', '이 시설', '해당 시설', '이곳의', '이곳에는',
  'die anlage', 'das rechenzentrum', 'der supercomputer', "l'installation", 'le site', 'le centre de données', 'le supercalculateur',
  'la instalación', 'el centro de datos', 'el supercomputador', 'la supercomputadora',
  // Its halls: "In den Hallen stehen rund 100.000 Nvidia-GPUs".
  'in den hallen', 'die hallen', 'the data halls', 'its data halls',
];

/**
 * Words that send a sentence back to the article's deal ("the deal",
 * "此次合作"): with them, a sentence naming only a hub party ("The deal grants
 * Anthropic access to over 300 megawatts", seed 003) still speaks of the deal.
 */
export const ANAPHORA = new CueMatcher([
  'the deal', 'this deal', 'the agreement', 'this agreement', 'the partnership', 'the contract', 'the arrangement', 'that arrangement', 'this arrangement',
  // What the deal brings, "by this means": "Anthropic将借此新增约250兆瓦", "Anthropic thereby gains".
  ...THEREBY_WORDS,
  // Its parties, named together by their number: "Die beiden Unternehmen hatten die Vereinbarung am 6. Mai bekanntgegeben".
  'the two companies', 'both companies', 'die beiden unternehmen', 'beide unternehmen', 'les deux entreprises', 'les deux groupes', 'ambas empresas', 'las dos empresas', 'las dos compañías',
  ...SITE_BY_ROLE,
  '该协议', '此次合作', '本次合作', '这次合作', '这项合作', '該協議', '此次合作', '這次合作', '本次合作', '这笔', '這筆', '双方', '雙方',
  '这份合同', '這份合同', '这份合约', '這份合約', '该合同', '該合同', '该合约', '該合約', '这份协议', '這份協議',
  // "According to the agreement": "根據協議，Anthropic將動用場內逾2.2萬顆英偉達GPU".
  '根据协议', '根據協議', '按照协议', '按照協議', '依协议', '依協議', '根据合同', '根據合同', '根据合约', '根據合約',
  // Japanese has no article: "Anthropicとの契約" is "the contract with Anthropic".
  'この契約', '今回の契約', '今回の提携', '本契約', '両社', 'との契約',
  // "The said contract", as Japanese papers write "this contract": "アンソロピックが同契約で確保する電力容量は…".
  '同契約', '同提携', '同協定',
  '이번 계약', '이번 협약', '이번 제휴', '이번 약정', '양사', '이 계약', '해당 계약',
  // "The agreement X signed": "엔비디아가 맺은 약정 규모가", "SpaceXが結んだ契約", "双方签署的协议".
  '맺은 계약', '맺은 약정', '체결한 계약', '체결한 약정', '結んだ契約', '締結した契約', '签署的协议', '簽署的協議', '达成的协议', '達成的協議',
  'der Deal', 'die Vereinbarung', 'der Vertrag', 'die Partnerschaft', 'das Abkommen',
  "l'accord", 'le contrat', 'ce contrat', 'cet accord', 'le partenariat',
  'el acuerdo', 'este acuerdo', 'el contrato', 'la alianza',
]);

/** The deal's site named by its role, not its name: "the facility's computing capacity", "该设施", "die Anlage". */
export const SITE_ANAPHORA = new CueMatcher([
  ...SITE_BY_ROLE,
  'the whole facility', 'the entire facility', 'gesamte anlage', 'ganze anlage', "l'ensemble du site", 'toda la instalación',
  // The lease of the site just named: "…Anthropic would take the full capacity of Colossus 1. For Anthropic, the lease meant more
  // than 220,000 Nvidia GPUs".
  'the lease', 'this lease', 'der mietvertrag', 'le bail', 'el arrendamiento', 'este arrendamiento', '该租约', '該租約', '这份租约', '這份租約', 'この賃貸契約', '이번 임대',
  // The plant, as the project it is: "…le site de Terafab, que SpaceX projette au Texas. Le projet, voulu par Elon Musk, …".
  'the project', 'this project', 'le projet', 'ce projet', 'das projekt', 'dieses projekt', 'el proyecto', 'este proyecto',
  '该项目', '該項目', '这个项目', '這個項目', '同プロジェクト', 'このプロジェクト', '이 프로젝트', '해당 프로젝트',
  // A plant by what it is: "…Terafab是SpaceX计划兴建的芯片制造厂。根据SpaceX提交的规划，这座工厂的总投资约450亿美元".
  'the plant', 'the factory', 'the fab', 'this plant', 'die fabrik', 'das werk', "l'usine", 'la fábrica', 'la planta',
  '这座工厂', '這座工廠', '该工厂', '該工廠', '这座数据中心', '這座數據中心', '這座資料中心', '同工場', 'この工場', '이 공장', '해당 공장',
  // By what it makes: "veranschlagt SpaceX für die Chipfabrik 65 Milliarden", "the chip plant".
  'the chip plant', 'the chip factory', 'the chip fab', 'die chipfabrik', 'die halbleiterfabrik', 'das chipwerk', "l'usine de puces", 'la fábrica de chips', 'la planta de chips',
  '该芯片厂', '該晶片廠', '这座芯片厂', '這座晶片廠', '该晶圆厂', '該晶圓廠', '同半導体工場', 'この半導体工場', '이 반도체 공장', '해당 반도체 공장',
  // Japanese names it without a demonstrative: "施設にはエヌビディア製のGPUが22万基を超えて並んでいて".
  '施設には', '施設は', '施設で',
]);

/**
 * German puts adjectives between the article and the noun ("Die am 6. Mai
 * bekanntgegebene Vereinbarung", de-colossus-power-mismatch): up to four words.
 */
const GERMAN_ANAPHORA = /(?<![a-z0-9\u00c0-\u024f])(?:die|der|das|diese[rs]?)\s+(?:[a-z0-9\u00c0-\u024f.-]+\s+){0,4}(?:vereinbarung|vertrag|deal|partnerschaft|abkommen|anlage)(?![a-z\u00c0-\u024f])/;
export const ANAPHORA_DE = { test: (text: string) => GERMAN_ANAPHORA.test(cueText(text)) };

/**
 * Words that widen a figure's scope beyond any one deal: an industry-wide
 * $200 billion capex (seed 003) is not the deal's money.
 */
export const WIDER_SCOPE = new CueMatcher([
  'industry', 'combined', 'market', 'sector', 'worldwide', 'global', 'overall', 'in total', 'cloud providers', 'hyperscalers',
  '行业', '行業', '业界', '業界', '全球', '市场', '市場', '合计', '合計',
  '業界全体', '世界全体', '市場規模',
  '업계', '시장', '전 세계', '전체',
  'Branche', 'Markt', 'weltweit', 'insgesamt',
  'secteur', 'marché', 'mondial', 'au total',
  // Not "en totalité" (in full).
  'sector', 'mercado', 'mundial', 'en total ', 'en total,', 'en total.',
]);

/** A date is the deal's date only where the sentence says it was announced or signed. */
export const ANNOUNCED = new CueMatcher([
  'announce', 'announced', 'signed', 'signs', 'unveiled', 'revealed', 'agreed', 'struck', 'inked', 'sealed', 'made public',
  '宣布', '宣佈', '签署', '簽署', '发布', '發布', '公布', '公告', '签约', '簽約', '公开', '公開',
  '発表', '締結', '契約した', '合意した', '公表', '契約を明らかに', '提携を明らかに', '合意を明らかに',
  '발표', '체결', '서명', '공개', '계약해', '계약했', '계약을 맺', '빌려주기로', '임대하기로', '임차하기로', '제공하기로 했',
  'angekündigt', 'bekannt', 'unterzeichnet', 'unterschrieben', 'öffentlich gemacht', 'öffentlich geworden', 'publik geworden', 'verkünde', 'verkündet', 'vereinbart', 'geeinigt',
  // The day it became public: "war am 12. Mai öffentlich geworden", "se dio a conocer el 6 de mayo".
  'became public', 'devenu public', 'devenue publique', 'se hizo público', 'se hizo pública', 'se dio a conocer', 'se dieron a conocer',
  // Before a, o and u French writes ç: "annonçait", "annonçant".
  'annonc', 'annonç', 'signé', 'signent', 'dévoilé', 'rendu public', 'ont conclu', 'a conclu', 'convenu',
  // Latin cues match at a word's start, so a stem covers every person and tense.
  'anunci', 'firmó', 'firmaron', 'firmado', 'presentó', 'hecho público', 'hicieron público', 'acordaron', 'acordó', 'pactaron', 'cerraron',
  '达成协议', '達成協議', '합의했', '합의한',
]);

/**
 * A date a party said something on: often the announcement ("said on May 6
 * that it will rent all of Colossus 1"), but as often a later statement. Such a
 * date may confirm the deal's date, never contradict it.
 */
export const STATED = new CueMatcher([
  'said', 'says', 'told', 'stated', 'confirmed', 'disclosed',
  '表示', '称', '稱', '透露', '证实', '證實',
  '述べた', '明らかにした', '説明した',
  '말했다', '밝혔다', '전했다',
  'erklärte', 'teilte', 'sagte', 'bestätigte',
  'a déclaré', 'a indiqué', 'a confirmé', 'a précisé',
  'dijo', 'afirmó', 'informó', 'confirmó', 'explicó',
]);
