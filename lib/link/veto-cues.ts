import { CueMatcher } from '../detect/cue-matcher';

/**
 * Words that say a figure is not the deal's own quantity, whatever its
 * sentence names. Each list is a class of figure a reader would never compare
 * with a deal's commitment (tests/fixtures/README.md, trap causes). Latin cues
 * match at a word's start, so a stem covers its inflections.
 */

/** A company's own financials: revenue, earnings, market value, spending. */
export const FINANCIALS = new CueMatcher([
  // Profit, not "profitiert" or "profite" (benefits).
  'revenue', 'sales', 'earnings', 'profit ', 'profits', 'profitab', 'profit,', 'profit.', 'income', 'market value', 'market cap', 'valuation',
  'capex', 'capital expenditure', 'capital spending', 'spending', 'operating margin', 'brought in', 'booked',
  // What a company was valued at when it sold shares: "valorisée autour de 400 milliards … lors de sa dernière vente d'actions".
  'share sale', 'stock sale', 'tender offer', "vente d'actions", "cession d'actions", 'aktienverkauf', 'anteilsverkauf', 'venta de acciones',
  // A capital spending forecast: "eleva su previsión de inversiones para el año a 93.000 millones".
  // Or capital investment: "prevé inversiones de capital de entre 175.000 y 185.000 millones".
  'inversiones de capital', 'inversión de capital', 'capital investment', "investissements en capital", 'kapitalinvestitionen',
  'previsión de inversiones', 'previsión de inversión', "prévision d'investissement", "prévisions d'investissement", 'investitionsprognose', 'capex guidance', 'spending forecast',
  'quarter', 'fiscal', 'turnover', 'share price', 'stock price', 'year on year', 'year-over-year', 'from a year earlier',
  // A plant's output in money: "Terafab满产后年产值可达300亿美元".
  'output value', 'annual output', '产值', '產值', '生産額', '생산액',
  // Money a company raised: "Fluidstack, qui avait levé 200 millions de dollars l'an dernier".
  // Not English "raised", which also raises a commitment ("has raised its Arizona programme to $165 billion").
  'a levé', 'avait levé', 'ont levé', 'avaient levé', 'eingesammelt', 'había recaudado', 'ha recaudado', 'recaudó',
  // Financing a company obtained: "Fluidstack ha obtenido financiación respaldada por sus propios chips por más de 10.000 millones".
  'obtenido financiación', 'obtenido una financiación', 'obtenu un financement', 'obtenu des financements', 'secured financing', 'debt financing',
  // Debt it took on: "hatte sich … Fremdkapital über 700 Mio. US-Dollar gesichert".
  'fremdkapital', 'fremdfinanzierung',
  'project financing', 'financement de projet', 'financiación de proyecto', 'finanzierung erhalten', 'finanzierung gesichert', 'projektfinanzierung',
  // A company's funding round: "Fluidstack a bouclé … un tour de table de 700 millions de dollars".
  // Or without the word for funding: "cerró hace poco una ronda de 700 millones de dólares".
  'una ronda de', 'cerró una ronda', 'nueva ronda',
  'funding round', 'financing round', 'tour de table', 'levée de fonds', 'finanzierungsrunde', 'ronda de financiación', 'ronda de inversión', '融资', '融資', '資金調達', '투자 유치', '투자를 유치',
  '同比', '年增', '年減', '前年比', '前年同期', '전년 대비', '전년 동기', 'sur un an', 'en un año', 'interanual', 'im jahresvergleich', 'vorjahr',
  '营收', '營收', '收入', '营业额', '營業額', '销售额', '銷售額', '利润', '利潤', '市值', '估值', '资本支出', '資本支出', '资本开支', '資本開支', '财报', '財報', '季度', '股价', '股價',
  '売上', '売り上げ', '売上げ', '収益', '利益', '時価総額', '企業価値', '評価額', '設備投資', '決算', '四半期', '株価',
  '매출', '수익', '이익', '시가총액', '기업가치', '설비투자', '자본지출', '자본 지출', '분기', '실적', '주가', '회계연도', '회계 연도',
  'umsatz', 'umsätze', 'erlös', 'einnahmen', 'gewinn', 'börsenwert', 'marktwert', 'bewertung', 'investitionsausgaben', 'quartal', 'aktienkurs',
  // German compounds and verbs of turnover: "im dritten Geschäftsquartal … 11,9 Milliarden Dollar umgesetzt".
  'geschäftsquartal', 'umgesetzt', 'erwirtschaftet',
  "chiffre d'affaires", 'ventes', 'revenus', 'recettes', 'bénéfice', 'capitalisation', 'valorisation', "dépenses d'investissement", 'trimestre',
  'ingresos', 'ventas', 'facturación', 'facturó', 'beneficio', 'capitalización', 'valoración', 'valoraría', 'valora a', 'valora la', 'gasto de capital',
  // A market report: how shares and indices closed ("日経平均株価は前日比612円高", "en Bourse").
  'stock market', 'closing price', 'day-on-day', 'schlusskurs', 'en bourse', 'la bourse', 'cours de clôture', 'en bolsa', 'la bolsa',
  'wall street', 'valor bursátil', 'valeur boursière', 'cotización',
  '股市', '收盘', '收盤', '前日比', '株式市場', '終値', '증시', '종가', '전일 대비',
  // What a company's shares are worth or bought back for, and where analysts see them.
  'marktkapitalisierung', 'price target', 'target price', 'kursziel', 'objectif de cours', 'precio objetivo', '目标价', '目標價', '目標株価', '목표주가',
  'buyback', 'repurchase', 'aktienrückkauf', "rachat d'actions", 'recompra de acciones', '回购', '回購', '自社株買い', '자사주',
  // Money claimed or paid in court: between the parties, and no deal's.
  'damages', 'lawsuit', 'sued', 'schadenersatz', 'dommages et intérêts', 'dommages-intérêts', 'daños y perjuicios', 'indemnización',
  '赔偿', '賠償', '求偿', '求償', '损害赔偿', '損害賠償', '손해배상', '배상금',
  // A company's fiscal year: "a dépensé 80 milliards … sur son dernier exercice".
  'dernier exercice', 'exercice fiscal', 'exercice précédent', 'geschäftsjahr', 'último ejercicio', 'financial year',
  '财年', '財年', '财政年度', '財政年度', '会计年度', '會計年度', '会計年度', '事業年度',
  // A company's own spending reported for a period: "Microsoft reported $3.4 million [of lobbying] for the same period".
  'lobbying', 'cabildeo', '游说', '遊說', 'ロビー活動', '로비', 'same period', 'même période', 'mismo periodo', 'gleichen zeitraum',
  // A supplier's orders from a party are its books: "來自Anthropic的機櫃訂單金額已達210億美元".
  'in orders', 'order backlog', 'backlog', 'auftragsbestand', 'carnet de commandes', 'cartera de pedidos',
  'new orders', 'nouvelles commandes', 'neue aufträge', 'nuevos pedidos', '新订单', '新訂單', '追加受注', '신규 수주',
  '订单金额', '訂單金額', '在手订单', '在手訂單', '受注額', '受注残', '수주액', '수주 잔고',
  // Orders from a party, by their amount: "来自Anthropic的定制芯片订单约210亿美元".
  '订单约', '訂單約', '订单达', '訂單達', '订单规模', '訂單規模', 'orders worth', 'orders of about',
  // Borrowing: a loan or a bond finances a party, it is not what the deal commits.
  'loan', 'credit facility', 'borrow', 'bond issue', 'kredit', 'darlehen', 'anleihe', 'prêt', 'emprunt', 'préstamo', 'crédito bancario',
  '贷款', '貸款', '借款', '发债', '發債', 'ローン', '借り入れ', '借入', '社債', '대출', '차입', '회사채',
  // Public money: a state's subsidy, grant or tax break toward a plant is no party's commitment ("另拟为Terafab项目提供
  // 1.5亿美元补助", "a $150 million grant", "Zuschüsse von 250 Millionen Dollar").
  'subsid', 'subsidy', 'subsidies', 'grant toward', 'grant towards', 'grant from', 'state grant', 'federal grant', 'public aid', 'state aid',
  'tax break', 'tax credit', 'tax incentive', 'incentive package', 'abatement',
  'zuschuss', 'zuschüsse', 'fördermittel', 'staatliche förderung', 'steuerbefreiung', 'steuervergünstigung', 'steuererleichterung',
  'subvention', 'aide publique', 'aides publiques', "aide de l'état", 'abattement', 'exonération', "crédit d'impôt", 'avantage fiscal',
  'subvención', 'subvenciones', 'ayuda pública', 'ayudas públicas', 'incentivos fiscales', 'exención', 'exención fiscal',
  '补助', '補助', '补贴', '補貼', '减免', '減免', '税收优惠', '稅收優惠', '减税', '減稅', '補助金', '助成金', '税優遇', '税制優遇', '減税', '보조금', '세제 혜택', '세액 공제',
  ],
  // "Au profit de" is "in favour of": "Plus de 220 000 GPU changent ainsi de locataire, au profit de l'un des rivaux…".
  ['au profit de', "au profit d'", 'au profit du', 'au profit des'],
);

/**
 * A horizon, which a duration spans without being anyone's term: "900 empleos
 * en los próximos tres años", "over the next five years". Read just before the figure.
 */
export const HORIZON = new CueMatcher([
  'next', 'coming', 'following', 'past', 'last', 'nächsten', 'kommenden', 'vergangenen', 'letzten', 'prochaines', 'prochains', 'dernières', 'derniers',
  'próximos', 'próximas', 'últimos', 'últimas', '未来', '今后', '今後', '过去', '過去', '향후', '앞으로', '지난', '최근',
]);

/** A stake bought in a company: compared only with a deal fact that is itself an investment. */
export const STAKE = new CueMatcher([
  // Shares bought, not a company's shares that rose: "Broadcom shares had their best session".
  'stake', 'equity', 'shares in', 'shares of', 'buy shares', 'bought shares', 'acquire shares', 'funding round', 'minority',
  '入股', '股份', '持股', '注资', '注資', '出資', '出资', '株式',
  '지분', '출자',
  'beteiligung', 'anteile', 'minderheitsbeteiligung', 'kapitalbeteiligung',
  // The separable verb's infinitive closes the clause: "Nvidia will sich mit bis zu 10 Milliarden Dollar an Anthropic beteiligen".
  'beteiligen.', 'beteiligen,', 'beteiligen;',
  // Buying in, with the separable verb: "Beide Partner steigen zudem bei dem Start-up ein".
  'steigen bei', 'steigt bei', 'steigen zudem bei', 'steigt zudem bei', 'steigen auch bei', 'steigt auch bei', 'eingestiegen', 'einsteigen',
  'participation', 'prise de participation', 'au capital',
  // Shares bought, not "sus acciones se dispararon" (its shares soared).
  'participación', 'en el capital', 'compra de acciones', 'comprar acciones', 'compró acciones', 'compra acciones', 'adquirir acciones', 'adquirió acciones',
  'paquete de acciones',
  // A company raising money from investors: "Fluidstack은 투자자들로부터 7억 달러를 유치했다".
  'raised', 'fundraising', 'levée de fonds', 'a levé', 'finanzierungsrunde', 'eingesammelt', 'ronda de financiación', 'recaudó',
  '融资', '融資', '募资', '募資', '資金調達', '투자 유치', '유치했', '자금 조달',
  // Or taking it in: "올해 초에는 약 2억 달러를 투자받았습니다".
  '투자받', '투자를 받',
]);

/** Investing, which is a stake unless it is in a plant or infrastructure (`BUILT`). */
export const INVEST = new CueMatcher([
  'invest', '投资', '投資', '投じ', '已投入', '实际投入', '實際投入', '累计投入', '累計投入', '투자', 'investier', 'investition', 'investi', 'invert', 'inversión',
  // "Google, which has put roughly $3 billion into Anthropic".
  'has put', 'have put', 'had put', 'poured',
  // "Im Gegenzug beteiligt sich Microsoft mit bis zu 5 Milliarden Dollar an Anthropic"; not "an dem Broadcom beteiligt ist".
  'beteiligt sich', 'beteiligen sich', 'beteiligte sich', 'beteiligten sich',
  // Money "stuck into" something: "bis zu 185 Milliarden Dollar in Rechenzentren und Server zu stecken".
  'zu stecken', 'gesteckt',
]);

/** What a capital investment builds: "총투자액은 550억 달러" for a plant is the plant's cost, not a stake. */
export const BUILT = new CueMatcher([
  'plant', 'fab ', 'fabs', 'factory', 'data center', 'data centre', 'campus', 'infrastructure', 'facility',
  '工厂', '工廠', '晶圆厂', '晶圓廠', '製造廠', '制造厂', '数据中心', '資料中心', '數據中心', '基础设施', '基礎設施',
  '工場', 'データセンター', 'インフラ', '施設', '拠点',
  '공장', '데이터센터', '인프라', '시설',
  'fabrik', 'werk', 'rechenzentr', 'infrastruktur',
  'usine', 'centre de données', 'centres de données', 'infrastructure',
  'planta', 'fábrica', 'centro de datos', 'centros de datos', 'infraestructura',
]);

/** A scale comparison: "Iceland runs on about 3 GW", "unlike Colossus 1". */
export const COMPARISON = new CueMatcher([
  'unlike', 'compared with', 'compared to', 'comparison', 'as much as', 'enough to power',
  'the size of', 'whole country', 'entire country', 'more than the', 'bigger than', 'larger than', 'smaller than', 'times the', 'times as', 'times more',
  '相比', '相较', '相較', '倍于', '倍於', '对比', '對比', '比得上', '不同于', '不同於', '整个国家', '整個國家',
  'と比べ', 'に比べ', 'に匹敵', 'と異なり', '国全体',
  '보다', '비해', '맞먹', '달리', '나라 전체',
  'im vergleich', 'verglichen', 'so viel wie', 'anders als', 'im gegensatz', 'mal so',
  'par rapport', 'comparé', 'autant que', 'contrairement', 'à la différence', 'fois plus', 'fois le',
  'en comparación', 'comparado', 'tanto como', 'a diferencia', 'veces más', 'veces el', 'al lado de la de', 'al lado del de', 'frente a la de', 'frente al de',
  "à côté de celle", "à côté de celui", 'das dreifache', 'das doppelte', 'das vierfache', 'das zehnfache', 'le triple', 'le double', 'el triple', 'el doble',
  '数倍',
]);

/**
 * A scale given for perspective, which makes the next figure a yardstick:
 * "Para hacerse una idea de la escala, conviene mirar a casa. La potencia
 * instalada … ronda los 130 GW". Read before the figure in its sentence, and
 * in the sentence before when that one states no number.
 */
const AHEAD = [
  'in perspective', 'for perspective', 'for scale', 'for comparison', 'pour donner une idée', 'pour comparaison', 'à titre de comparaison',
  'zum vergleich', 'zur einordnung', 'hacerse una idea', '作为对照', '作為對照', 'para dar una idea', 'a modo de comparación', 'como referencia', 'para dimensionar', 'to size it up', 'pour la mesurer',
  'pour fixer les idées', 'to give a sense', '감을 잡기',
  // Said to the reader: "Para que te hagas una idea del tamaño de Terafab: …".
  'te hagas una idea', 'se hagan una idea', 'to give you an idea', 'to give you a sense', 'pour vous donner une idée', 'pour vous faire une idée',
  'um ihnen eine vorstellung', 'damit sie sich eine vorstellung',
  // "By comparison," opening the figure's sentence: "相比之下，台灣一座先進製程晶圓廠動輒200億美元".
  'by comparison', 'in comparison', 'im vergleich dazu', 'en comparaison', 'en comparación', 'por comparación', '相比之下', '相较之下', '相較之下', '对比之下', '對比之下', '이에 비해', 'それに比べ',
  '来比较', '來比較', '做比较', '做比較', '作比较', '作比較', '作对比', '作對比', '作为对比', '作為對比', '作为参照', '作為參照', '规模感', '規模感', '比べてみ', '比較すると', '비교하자면', '비교해 보면', '비교하면',
];
export const PERSPECTIVE = new CueMatcher([...AHEAD, 'order of magnitude', 'orders of magnitude', 'ordre de grandeur', 'ordres de grandeur', 'größenordnung', 'orden de magnitud', 'órdenes de magnitud']);
/**
 * What a sentence with no figure says to announce a yardstick in the next one. Not "an order of
 * magnitude", which looks back: "…rund 15 Gigawatt. Das ist eine Größenordnung, die man sonst von
 * ganzen Ländern kennt. Der größte Einzelposten ist Amazon: … bis zu 5 Gigawatt".
 */
export const PERSPECTIVE_AHEAD = new CueMatcher(AHEAD);

/** The grid, a utility or a country's capacity: never a deal's power. */
export const GRID = new CueMatcher([
  'grid', 'interconnection', 'queue', 'utility', 'utilities', 'power company', 'transmission',
  '电网', '電網', '电力公司', '電力公司', '并网', '併網',
  '送電網', '電力網', '系統接続', '電力会社', '電力公社',
  '전력망', '송전망', '계통', '전력회사', '전력공사',
  'stromnetz', 'netzanschluss', 'netzbetreiber', 'versorger',
  'réseau électrique', 'raccordement', 'gestionnaire de réseau',
  'red eléctrica', 'conexión a la red',
  // The connection capacity reserved for sites: "la potencia de conexión reservada para los centros de datos de Amazon".
  'potencia de conexión', 'capacidad de conexión', 'puissance de raccordement', 'capacité de raccordement', 'connection capacity',
  // A utility's whole system: "its whole system peaks near 3,300 megawatts".
  'whole system', 'entire system', 'system peak', 'systemwide',
  // A substation, where a utility delivers a site's power.
  'substation', 'umspannwerk', 'poste source', 'poste électrique', 'subestación', '变电站', '變電站', '變電所', '変電所', '변전소',
  // A site's connection to the public grid: "n'est raccordé au réseau public que pour 150 MW".
  'réseau public', 'raccordé', 'public grid', 'öffentliche netz', 'öffentlichen netz', 'red pública',
  // A region's peak demand: "台灣夏季尖峰用電負載約4,100萬瓩", "同局管内の夏のピーク需要は約320万キロワット".
  'peak demand', 'peak load', 'spitzenlast', 'pic de consommation', 'demanda punta', 'demanda máxima', '用电负荷', '用電負荷', '用电负载', '用電負載', '尖峰用電', '尖峰用电', '尖峰負載', '尖峰负载', '尖峰負荷', '尖峰负荷', '峰值负荷', '電力系統', '电力系统', '电力需求', '電力需求', '電力需要', '전력 수요', '用電需求', '用电需求', 'ピーク需要', '最大需要', '피크 수요', '최대 수요', '峰值需求', '尖峰需求',
  // A county's or city's peak electricity use: "夏季用电峰值约为320万千瓦".
  '用电峰值', '用電峰值', '峰值用电', '峰值用電', '用电高峰', '用電高峰', '전력 피크',
  // A power plant or a whole power system: "la centrale de Fessenheim avec ses 1,8 GW".
  'power plant', 'power station', 'nuclear reactor', 'power system', 'electricity system', 'installed capacity', 'centrale', 'réacteur', 'système électrique', 'kraftwerk', 'gaskraftwerk', 'kernkraftwerk', 'atomkraftwerk', 'reaktor', 'stromsystem',
  'central nuclear', 'central eléctrica', 'sistema eléctrico', 'potencia instalada', '发电厂', '發電廠', '电厂', '電廠', '核电站', '核電廠', '核电厂', '发电站', '發電站', '発電所', '原子炉', '原発', '발전소', '원전', '원자로',
  // A power station and what it has installed, or a utility by name: "三峡电站装机容量（2250万千瓦）", "台電總裝置容量約5,000萬瓩".
  '电站', '電站', '装机容量', '裝機容量', '台電', '台电', '한전', '한국전력',
  // A country's consumption: "la consommation moyenne de la France, qui tourne autour de 50 gigawatts".
  'consommation moyenne de', 'consumo medio de', 'durchschnittliche verbrauch',
  // The utilities that serve Memphis, by their own names.
  'mlgw', 'tva', 'tennessee valley authority', '수도청', '테네시강유역개발공사', 'テネシー川流域開発公社', '田纳西河谷管理局', '田納西河谷管理局',
  // Generating capacity bought from power plants: "これまでに契約した発電容量は計3000万キロワットを超える".
  'generating capacity', 'generation capacity', 'power purchase agreement', 'wind and solar', 'solar and wind',
  '発電容量', '发电容量', '發電容量', '발전 용량', '발전용량', 'erzeugungskapazität', 'capacité de production électrique', 'capacidad de generación',
  // A country's whole generating plant: "한국 전체 발전설비가 약 150GW".
  '발전설비', '발전 설비', '発電設備', '发电设备', '發電設備', 'generating fleet', 'kraftwerkspark', 'parc de production', 'parque de generación', 'parque generador',
  // Generation on the site itself: "natural-gas turbines … up to 247 megawatts of output".
  'turbine', 'turbina', '가스터빈', 'ガスタービン', '燃气轮机', '燃氣輪機', '燃气涡轮', '燃氣渦輪',
]);

/** Explicitly outside the deal: "is not part of this agreement". */
export const NEGATED = new CueMatcher([
  'not part of', 'not included', 'not covered', 'not in the deal', 'excluded', 'no part of', 'outside the',
  // A cue starts a word, so the contractions are spelled out: "it isn't part of this deal at all".
  "isn't part of", "aren't part of", "wasn't part of", "isn't included", "wasn't included", "isn't covered", "isn't in the deal",
  'none of that is part', 'none of this is part', 'none of it is part', 'none of which is part',
  '不在', '不包括', '不包含', '不属于', '不屬於', '不涉及', '并非', '並非', '另一',
  '対象外', '含まれない', '含まず', '含まれていない', '別の',
  '제외', '포함되지', '포함하지',
  'nicht teil', 'nicht enthalten', 'nicht bestandteil', 'gehört nicht', 'gehört aber nicht', 'gehören nicht', 'nicht zur vereinbarung', 'nicht zu der vereinbarung', 'nicht zum vertrag',
  'ne fait pas partie', 'pas inclus', 'est exclu', 'sont exclu', 'exclu de', 'exclue de', 'exclus de',
  // Outside the deal, not "hors normes" (out of the ordinary).
  'hors accord', 'hors contrat', 'hors du contrat', 'hors de l’accord', "hors de l'accord", 'hors périmètre', 'hors du périmètre',
  'no forma parte', 'no incluye', 'no está incluid', 'excluid',
  // None of the amounts named: "Aucun de ces montants n'a été « dépensé » en un mois".
  'none of these', 'aucun de ces', 'aucune de ces', 'ninguno de estos', 'ninguna de estas', 'keiner dieser', 'keine dieser',
  // Unrelated to a party: "規劃超過 1 GW，跟 Anthropic 無關".
  'nothing to do with', 'unrelated to', 'rien à voir', 'nichts zu tun', 'nada que ver', '無關', '无关', '無関係', '関係ない', '무관', '관계없',
]);

/**
 * "另一筆是…" after "一筆是…": the second of two items listed ("另一份则…"); "另一邊", "另一头" and "另一方面", on the
 * other hand: neither sets anything outside the deal.
 */
const SECOND_OF_TWO = /另一(?:筆|笔|項|项|個|个|份|家|座)(?:是|為|为|则|則)|另一(?:邊|边|方面|头|頭)/g;

/** Whether cued text sets the figure outside the deal ("not part of", "另一座"). */
export function isNegated(cued: string): boolean {
  if (!NEGATED.testCued(cued)) return false;
  return !cued.includes('另一') || NEGATED.test(cued.replace(SECOND_OF_TWO, ''));
}

/** Growing by a multiple: the period it grew over is no one's term ("tripled in one year", "1년 새 세 배로"). */
export const GROWTH = new CueMatcher([
  'doubled', 'tripled', 'trebled', 'quadrupled', 'fold', 'verdoppelt', 'verdreifacht', 'vervierfacht', 'doublé', 'triplé', 'quadruplé',
  'doubler', 'tripler', 'verdoppeln', 'duplicar',
  'duplicado', 'duplicó', 'triplicado', 'triplicó', '翻了', '翻倍', '倍增', '增长了', '倍に', '倍増', '배로', '배 늘', '배 증가', '배나',
]);

/** A viral post the page checks: "近日一則瘋傳的帖文聲稱，…「送」了3,000億美元". */
const VIRAL_WORDS = [
  'viral post', 'publication virale', 'message viral', 'post viral', 'publicación viral', 'mensaje viral', 'viraler post', 'viralen post',
  '网传', '網傳', '疯传', '瘋傳', '帖文', '貼文', 'ネット上で拡散', '拡散した投稿', '온라인에 퍼진', '떠도는',
  // A post by how widely it was shared: "Une publication partagée plusieurs milliers de fois affirme…".
  'shared thousands of times', 'partagée des milliers', 'partagée plusieurs milliers', 'partagé des milliers', 'partagé plusieurs milliers',
  'tausendfach geteilt', 'compartida miles', 'compartido miles',
  'hunderttausendfach geteilt', 'millionenfach geteilt',
  // Or a video by how often it was watched: "Dans une vidéo vue des centaines de milliers de fois, …".
  'viewed thousands of times', 'viewed hundreds of thousands of times', 'viewed millions of times', 'watched thousands of times',
  'watched millions of times', 'millions of views', 'vue des milliers de fois', 'vue des centaines de milliers de fois',
  'vue des millions de fois', 'vue plusieurs milliers de fois', 'vue plusieurs millions de fois', 'visionnée des milliers',
  'visionnée des centaines', 'visionnée des millions', 'tausendfach angesehen', 'hunderttausendfach angesehen',
  'millionenfach angesehen', 'millionenfach geklickt', 'visto miles de veces', 'visto cientos de miles', 'visto millones de veces',
  'vista miles de veces', 'vista cientos de miles', 'vista millones de veces',
  // And the people who publish such things on platforms, as 自媒体 below.
  'content creator', 'influencer', 'influenceur', 'influenceuse', 'créateur de contenu', 'créatrice de contenu', 'creador de contenido',
  'creadora de contenido', 'youtuber', 'tiktoker', '网红', '網紅', '博主', 'インフルエンサー', '인플루언서', '유튜버',
  // A post quoted before the word for it: "…빌렸다"는 게시물이 퍼졌다".
  '는 게시물',
  // Self-media accounts, bloggers who publish on platforms: "网上有自媒体称Terafab投资“高达1000亿美元”".
  '自媒体', '自媒體',
];

/**
 * What the page itself wrote before, as a correction quotes it ("we wrote",
 * "escribimos", "wir hatten geschrieben"): read from the sentence's start to
 * the figure, since the verb often stands in a clause of its own.
 */
export const WE_WROTE = new CueMatcher([
  ...VIRAL_WORDS,
  'we wrote', 'we reported', 'escribimos', 'atribuimos', 'publicamos', 'informamos', 'hatten geschrieben',
  'hatten wir', 'schrieben wir', 'wir schrieben', 'nous avions écrit', 'nous avons écrit', 'nous écrivions', 'nous indiquions',
  '本报此前', '本報此前', '我们此前', '我們此前', '本紙は先に', '앞서 기사에서',
  // A correction quoting an earlier issue: "Correction: Tuesday's issue said … $300 billion. That was wrong."
  'issue said', 'edition said', 'story said', 'article said', 'newsletter said',
  // A print edition the online text sets right.
  'version papier', 'print edition', 'print version', 'printausgabe', 'gedruckten ausgabe', 'edición impresa', '纸质版', '紙本', '紙面では', '지면에서',
  // The first version of a text the page corrects or translates.
  '初版', 'earlier version', 'first version', 'première version', 'versión anterior', 'frühere fassung', 'erste fassung', '此前版本', '初版本', '이전 기사', '초판',
]);

/**
 * Where a correction turns from what was written to what holds: "…としていたが、その後", "…; it is", "but",
 * "正確應為" (the right figure is).
 */
export const TURN = /(?:が、|その後|but |however|aber |doch |mais |pero |sin embargo|但|而是|後來|后来|하지만|그러나|;|；|corrigé|corrected|korrigiert|corrigió|corregido|更正|訂正|정정|正確應為|正确应为|正確為|正确为|正しくは|올바른 수치는|correct figure|correct number|richtige zahl|chiffre correct|bon chiffre|cifra correcta)/giu;

/** "Rumour" itself, read in a figure's clause (`EARLY_REPORTS`) and just after it (`RUMOURED`). */
const RUMOUR_WORDS = ['rumor', 'rumour', 'gerücht', 'rumeur', 'rumores', '传言', '傳言', '流传', '流傳', '据传', '據傳', '噂', ...VIRAL_WORDS];
/** Rumours and hearsay by the words for them, read in a figure's clause (`EARLY_REPORTS`) and before it (`reportsRumour`). */
const RUMOURS_BY_NAME = ['谣传', '謠傳', '传闻', '傳聞', 'うわさ', '루머', '소문'];

/**
 * A figure others reported, since set right: "In den ersten Meldungen … war von
 * 22.000 Grafikprozessoren die Rede". Read in the figure's clause: the figure
 * is someone's claim, not the article's.
 */
export const EARLY_REPORTS = new CueMatcher([
  'early reports', 'earlier reports', 'initial reports', 'first reports', 'some reports', 'initially reported', 'first reported', 'misreported', 'erroneous', 'wrongly', 'incorrectly', 'mistakenly',
  // Seen on social media, not reported: "He visto en redes que eran 3 gigavatios".
  'on social media', 'visto en redes', 'leído en redes', 'en redes sociales', 'sur les réseaux sociaux', 'vu sur les réseaux', 'in sozialen netzwerken', 'in den sozialen medien',
  'ersten meldungen', 'ersten berichten', 'frühen berichten', 'früheren berichten', 'einigen berichten', 'fälschlich', 'irrtümlich',
  'premières informations', 'premiers articles', 'premières dépêches', 'à tort', 'erroné', 'par erreur',
  'primeras informaciones', 'primeros informes', 'primeras noticias', 'erróneamente', 'por error', 'equivocadamente',
  '误报', '誤報', '早前报道', '早前報道', '最初报道', '最初報道', '初步报道', '初步報道', '有误', '有誤',
  '当初の報道', '初期の報道', '誤って', '誤り',
  '오보', '초기 보도', '첫 보도', '잘못 보도', '잘못 알려',
  // A correction notice quoting what the article said before: "本文原稱…２.２萬張GPU，實為逾２２萬張".
  'an earlier version', 'a previous version', 'originally stated', 'originally said', 'originally reported', 'previously stated',
  'eine frühere version', 'einer früheren version', 'ursprünglich hieß', 'une version précédente', 'une précédente version',
  'una versión anterior', 'originalmente decía', '本文原称', '本文原稱', '原文称', '原文稱', '此前版本', '先前版本',
  '記事の初版', '当初の記事', '이전 기사', '기사 초판',
  // What a post a fact-check answers said: "而不是帖子所说的450亿美元".
  '帖子所说', '帖子所說', '帖子称', '帖子稱', '热帖', '熱帖',
  // A rumour the article reports as such: "网上流传的“1万亿美元大单”并不属实".
  ...RUMOUR_WORDS, ...RUMOURS_BY_NAME, '不属实', '不屬實',
  // A figure a party would not confirm: "Amazon no ha confirmado los 8 GW".
  'not confirmed', 'unconfirmed', 'no ha confirmado', 'sin confirmar', "n'a pas confirmé", 'non confirmé', 'nicht bestätigt', 'unbestätigt',
  '未经证实', '未經證實', '未证实', '未證實', '未確認', '확인되지 않', '미확인', 'keine rede',
]);

/**
 * A correction notice: "Rectificatif, 22 mai 2026 : contrairement à ce
 * qu'indiquait une version précédente…", "Correction: an earlier version of this
 * story…". What it states for a fact is the page's last word on that fact.
 */
export const CORRECTION_NOTICE = new CueMatcher([
  'correction:', 'correction :', 'clarification:', "editor's note", 'an earlier version', 'a previous version',
  'rectificatif', 'erratum', 'une version précédente', 'une précédente version',
  'berichtigung', 'korrektur:', 'eine frühere version', 'einer früheren version', 'in einer früheren fassung',
  'fe de erratas', 'corrección:', 'una versión anterior',
  '更正', '订正', '訂正', '勘误', '勘誤', '정정', '바로잡습니다',
]);

/**
 * A rumour or a post the sentence reports before the figure: "Selon une rumeur relayée cette semaine, SpaceX aurait …
 * porté son budget à 80 milliards", "A post that circulated widely this week claimed that Amazon had promised…". Unless
 * the sentence sets it aside first: "Contrary to the rumours, the contract is worth $200 billion".
 */
export function reportsRumour(cuedBefore: string): boolean {
  // Only in the stretch the figure is said in: a colon or semicolon turns to what the page itself says ("…的說法，實屬誤傳：…").
  const stretch = cuedBefore.slice(Math.max(...[':', '：', ';', '；'].map((mark) => cuedBefore.lastIndexOf(mark))) + 1);
  return RUMOUR_BEFORE.testCued(stretch) && !CONTRARY.testCued(stretch);
}
/** A rumour, a viral post or a screenshot: what going round means, said before a figure ("circulating" alone may be a list of partners). */
const RUMOUR_BEFORE = new CueMatcher([
  ...RUMOUR_WORDS, 'circulated widely', 'widely circulated', 'went viral',
  'widely shared', 'shared widely', 'largement partagé', 'vielfach geteilt', 'weit verbreitet', 'ampliamente compartid',
  // A forum, or a reader: "A reader writes: 'I read on a forum that…'", "読者の方から「…と読んだが」".
  'on a forum', 'in a forum', 'sur un forum', 'in einem forum', 'en un foro', '掲示板', '论坛', '論壇',
  '网友', '網友', '社交平台', '社群平台', 'sns上', 'ネット上',
  // Another outlet's figure: "One widely read newsletter had the Fluidstack build-out at $15 billion".
  'widely read', 'another outlet', 'one outlet', 'a rival outlet', 'un confrère', 'otro medio', 'anderes medium', 'andere medien',
  'early coverage', 'earlier coverage', 'initial coverage',
  '其他媒体', '其他媒體', '他紙', '他媒体', '다른 매체',
  'a reader', 'readers ask', 'un lecteur', 'une lectrice', 'ein leser', 'eine leserin', 'un lector', 'una lectora', '読者', '读者', '讀者', '독자',
  // Rumours and earlier reports by name: "另有市場傳聞指…", "此前有報道稱…". Not "some reports", which may be the
  // other side of a conflict the page leaves open ("一部報道は、…契約額を350億ドルと伝えている").
  ...RUMOURS_BY_NAME, 'earlier reports', 'an earlier report',
  '此前有报道', '此前有報道', '此前报道', '此前報道', '早前有报道', '早前有報道', '先前有媒體', '先前有媒体', '此前有媒体', '此前有媒體',
  '误植', '誤植', '误写', '誤寫', '写错', '寫錯',
  'screenshot', "capture d'écran", 'bildschirmfoto', 'captura de pantalla', '截图', '截圖', 'スクリーンショット', '스크린샷',
]);
/** What sets a rumour aside, or puts it right, before the figure: "Contrary to the rumours…", "…随后澄清应为五年". */
const CONTRARY = new CueMatcher([
  // A "but" turns from the rumour to what the page says: "…称Anthropic“手握10GW”，但亚马逊的5GW只是上限".
  'but ', 'mais ', 'aber ', 'pero ', '但', 'しかし', 'だが', '하지만', '그러나',
  'contrary to', 'despite', 'unlike', 'in fact', 'actually', 'clarified', 'contrairement', 'malgré', 'en réalité', 'entgegen', 'anders als', 'trotz', 'tatsächlich',
  'a diferencia', 'pese a', 'al contrario', 'en realidad',
  '不同于', '不同於', '并非', '並非', '澄清', '应为', '應為', '实际上', '實際上', '實際為', '实际为', '實為', '实为', '正しくは', '正确的是', '正確的是', 'とは異なり', 'と違い', '実際', '와 달리', '과 달리', '실제로', '사실은',
]);

/** A contract being renegotiated: the terms floated are not the deal's ("重新商谈…可能把期限延长至7年"). */
export const RENEGOTIATION = new CueMatcher([
  'renegotiat', 'neu verhandel', 'nachverhandel', 'neuverhandl', 'renégoci', 'renegoci', '重新商谈', '重新商談', '重新谈判', '重新談判', '重谈', '重談', '再交渉', '재협상',
]);

/**
 * Said of a figure just after it, that it is going round, not reported:
 * "the 8 GW circulating on forums", "die 100 Milliarden Dollar, die … kursierten".
 */
export const RUMOURED = new CueMatcher([
  // Going round, not handed out: "a fact sheet circulated after the announcement" is no rumour.
  ...RUMOUR_WORDS, 'circulating', 'circulated on', 'circulated online', 'circulated widely', 'widely circulated', 'circulated in', 'circulan', 'circulent', 'circulé', 'kursier', 'doing the rounds', 'making the rounds', '出回', '나도는', '떠도는', '돌고 있는',
]);

/**
 * Said of a figure, or of "these figures" in the sentence after it: nothing
 * supports it, or it is invented. "Nous n'avons trouvé aucune source …
 * mentionnant une puissance de 10 gigawatts", "a qualifié ces chiffres de
 * « pure invention »".
 */
export const DENIED = new CueMatcher([
  'no source', 'no evidence', 'made up', 'fabricated', 'invented', 'unfounded', 'baseless', 'not true', 'untrue', 'is false', 'are false', 'denied', 'was denied',
  'démenti', 'dementiert', 'desmentid', 'desmintió', '否认', '否認', '否定した', '否定され', '부인했', '부인한',
  // Called a mistake, or never in the deal: "C'est une erreur … ces 10 gigawatts-là n'ont jamais figuré dans l'accord".
  "c'est une erreur", 'is a mistake', 'was a mistake', 'ist ein fehler', 'es un error', 'jamais figuré', 'never been part', 'never part of', 'nie teil', 'nunca formó parte', '从未', '從未',
  'aucune source', 'aucune trace', 'pure invention', 'inventé', 'sans fondement', 'infondé', "c'est faux", 'est faux', 'sont faux',
  'keine quelle', 'keinen beleg', 'keine belege', 'erfunden', 'haltlos', 'falsch',
  'ninguna fuente', 'ningún documento', 'inventad', 'sin fundamento', 'infundad', 'es falso', 'son falsos', 'es falsa', 'son falsas',
  '没有任何来源', '沒有任何來源', '查无', '查無', '捏造', '杜撰', '不实', '不實', '虚假', '虛假', '子虚乌有', '子虛烏有', '没有依据', '沒有依據',
  '事実ではない', '事実無根', '根拠はない', '根拠のない', '確認できなかった', 'でたらめ', '捏造',
  '사실이 아니', '사실무근', '근거가 없', '근거 없는', '허위', '확인되지 않',
]);

/** The figures just named, pointed back at: "ces chiffres", "these figures", "この数字". */
export const THESE_FIGURES = new CueMatcher([
  'these figures', 'this figure', 'the figures', 'these numbers', 'this number', 'ces chiffres', 'ce chiffre', 'ces montants', 'diese zahlen', 'diese zahl',
  'estas cifras', 'esta cifra', 'これらの数字', 'この数字', 'この数値', '이 숫자', '이 수치', '这些数字', '這些數字', '该数字', '該數字', '这一数字', '這一數字',
]);

/** An average per year, of a total spread over its term: "年平均にならすと、およそ500億ドル". */
export const YEARLY_AVERAGE = new CueMatcher([
  'a year on average', 'per year on average', 'annual average', 'average annual', 'on average per year', 'on average each year', 'an average of',
  'im jahresschnitt', 'im jahresdurchschnitt', 'pro jahr im schnitt', 'jährlich im schnitt', 'durchschnittlich pro jahr',
  'par an en moyenne', 'en moyenne par an', 'moyenne annuelle', 'al año en promedio', 'en promedio al año', 'promedio anual', 'de media al año',
  // Brought down to a year: "Ramené à l'année, cela représente environ 40 milliards".
  "ramené à l'année", "rapporté à l'année", 'sur une base annuelle', 'annualized', 'annualised', 'on an annual basis', 'aufs jahr gerechnet', 'auf das jahr gerechnet', 'en términos anuales', 'anualizado',
  '年平均', '年間平均', '年均', '平均每年', '每年平均', '연평균', '매년 평균', '연간 평균',
  // "按合同期平均计算，Anthropic每年需向谷歌云支付约400亿美元".
  '平均计算', '平均計算', '平均下来', '平均下來', '摊到每年', '攤到每年',
  // "単純に割れば年あたり約290億ドル前後の支払いとなる".
  '年あたり', '1年あたり', '一年あたり', '年間あたり', '年当たり', '1年当たり', '연간으로 나누', '해마다 나누',
  'pro jahr gerechnet', 'jährlich gerechnet', 'im jahr gerechnet',
]);

/** A guarantee a company gives for another's obligations: "respaldado por Google con una garantía de 3.200 millones". */
export const GUARANTEE = new CueMatcher([
  'guarantee', 'backstop', 'garantía', 'garantie', 'bürgschaft', 'ausfallgarantie', '担保', '擔保', '兜底', '債務保証', '보증',
  // "s'est porté garant à hauteur de 1,8 milliard de dollars des loyers".
  'porté garant', 'porte garant', 'garant à hauteur', 'garant de', 'avalista',
]);

/**
 * Said of a figure just after it, that it was wrong: "…을 5월 8일로 전한 일부 보도는 오류였습니다",
 * "reports that … on May 8 were wrong".
 */
export const SAID_WRONG = new CueMatcher([
  'was wrong', 'were wrong', 'is wrong', 'are wrong', 'was incorrect', 'were incorrect', 'war falsch', 'waren falsch', 'ist falsch', 'sind falsch',
  'était erroné', 'étaient erroné', 'était faux', 'étaient faux', 'est erroné', 'sont erroné', 'era erróne', 'eran erróne', 'es erróne', 'son erróne', 'era incorrect', 'eran incorrect',
  '是错误的', '是錯誤的', '并不正确', '並不正確', '誤りだった', '誤りであった', '誤りです', '오류였', '오류다', '오류입니다', '잘못됐', '잘못되었',
  // A correction quoting what the page wrote: "「5000億ドル」としましたが、正しくは…", "30메가와트로 보도했으나".
  'としましたが', 'と記載しましたが', 'と書きましたが', 'と報じましたが', 'と表記しましたが', 'としていましたが',
  // What it should have been, said right after: "协议期限为4年，应为5年".
  '应为', '應為', 'should have been', 'should read',
  '로 보도했으나', '라고 보도했으나', '로 표기했으나', '로 썼으나', '라고 썼으나', '로 잘못', '라고 잘못',
  // Another value said to be the real one after it: "誤植為「4.5億美元」，實際為45億美元".
  '實際為', '实际为',
]);

/**
 * A figure somebody has since set right, said just after it: "22 000 GPU, un
 * chiffre que SpaceX a aussitôt corrigé", "a figure SpaceX has since
 * corrected". Not "(corregido)", which marks the figure as the corrected one.
 */
export const SET_RIGHT_SINCE = /(?:chiffre|figure|number|zahl|angabe|cifra|dato)\b[^.;:!?]{0,30}?(?:corrig|correct|korrigier|corregi)|(?:数字|數字|数値|수치)[^。；]{0,12}?(?:已更正|已訂正|訂正され|정정)/i;

/** Words just before a span of years that make it a person's age or years in a job. */
const PERSON_BEFORE = /(?:âgée?\s+de|aged|at the age of|age of|im alter von|a la edad de|a passé|avait passé|a travaillé|has spent|had spent|spent|worked|verbrachte|arbeitete|pasó|trabajó|工作了|任职了?|任職了?|效力了?|在职|在職)\s?(?:près de\s|plus de\s|about\s|nearly\s|almost\s|fast\s|casi\s|más de\s)?$/i;
/** And just after it: "47-year-old", "47 Jahre alt", "11年勤務", "11년간 근무". */
const PERSON_AFTER = /^(?:[\s-]?old\b|\s?alt\b|\s?de edad\b|-jährige|\s?(?:間|간|동안)?\s?(?:勤務|在籍|근무|재직|몸담))/i;
/** An internship, named just before its length: "實習兩個月", "intern at Google Cloud for two months", "Praktikum von drei Monaten". */
const INTERNSHIP_BEFORE = /(?:實習|实习|インターン(?:シップ)?|인턴(?:십)?|\bintern(?:ship)?s?\b[^.;:!?]{0,40}?|\bpraktikums?\b[^.;:!?]{0,30}?|\bstages?\s+de\b|\bprácticas\b[^.;:!?]{0,30}?)\s?(?:for\s|von\s|de\s|durante\s)?$/i;

/** Whether a span of years is a person's age, years in a job or internship: "Âgée de 47 ans", "spent eleven years at Google", "實習兩個月". */
export function isPersonYears(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return PERSON_BEFORE.test(before.slice(-24)) || INTERNSHIP_BEFORE.test(before) || PERSON_AFTER.test(text.slice(end, end + 12));
}

/** A past milestone or another time frame of the same site: "went from an empty building to 100,000 GPUs". */
export const MILESTONE = new CueMatcher([
  'went from', 'empty building', 'from an empty', 'from empty', 'in a matter of', 'within months', 'in months', 'originally', 'initially', 'at first', 'at launch', 'when it opened', 'when it came online',
  'first phase', 'phase 1', 'phase one', 'record time', 'in just', 'days to', 'target',
  '最初', '起初', '当初', '初期', '首期', '一期', '天内', '天內', '目标', '目標', '几个月', '幾個月', 
  '第1期', '第一期', '日間で',
  '처음', '당초', '초기', '1단계', '일 만에', '목표',
  'ursprünglich', 'zunächst', 'anfangs', 'erste phase', 'ersten ausbaustufe', 'innerhalb von', 'ziel',
  'initialement', 'au départ', 'première phase', 'en seulement', 'objectif', 'entrepôt vide', "d'un entrepôt",
  'inicialmente', 'en un principio', 'primera fase', 'en solo', 'objetivo',
  // "Back then": "成为当时规模最大的AI训练集群之一". Not "at the time", said of an announcement too ("the companies'
  // statement at the time"), nor 当時 or 당시, as in "発表当時", "발표 당시".
  'back then', 'damals', "à l'époque", 'por aquel entonces', '当时', '當時', '当年', '當年',
]);

/**
 * A time before now, which makes a count a past one: "a year ago", "last year", "去年". Read in the figure's
 * own clause only: "…at roughly 200 megawatts, a load that would have been unthinkable five years ago".
 */
export const TIME_AGO = new CueMatcher([' ago', 'last year', '以前', '之前', '去年', '昨年', '작년', '전에']);

/**
 * A part of a deal — one phase, one supplier's share — compared with a total
 * only when the fact's label names that part (the issue's rule, and
 * tests/fixtures/pages/*-part-*).
 */
export const PART = new CueMatcher([
  'phase', 'first stage', 'second stage', 'third stage', 'initial stage', 'next stage', 'later stage', 'stage one', 'stage two', 'stage 1', 'stage 2', 'share of', 'largest share', 'its share', 'portion', 'tranche', 'of which', 'alone', 'of that', 'of the total',
  // The first sites of several: "首批两座园区的投资约为125亿美元".
  '首批', '第一批', 'first two', 'first three', 'account for', 'accounts for',
  // A site's IT load, without its cooling.
  'it load',
  '一期', '首期', '第一期', '二期', '份额', '份額', '其中', '一家', '阶段', '階段',
  // A part, not "大部分" (most of it).
  '一部分', '部分产能', '部分產能', '部分容量', '部分算力', '部分金额', '部分金額',
  '第1期', '第一段階', '段階', 'うち', '分は', '向けは',
  '단계', '몫', '일부', '가운데', '그중',
  'phase', 'anteil', 'tranche', 'ausbaustufe', 'stufe', 'davon',
  'première phase', 'étape', 'part de', 'de cette somme', 'de ce montant',
  // One company's share: "la part qui lui revient dans l'accord conclu avec Nvidia serait d'environ 1,5 milliard".
  'la part qui lui revient', 'la part qui revient', 'sa part du', 'sa part de', 'quote-part', 'su parte del', 'su parte de', 'la parte que le corresponde', 'ihr anteil', 'sein anteil', 'seinen anteil', 'ihren anteil', '取り分',
  // "dont" is "of which" before an amount, and "whose" before what is measured ("dont le coût est estimé à").
  'dont 0', 'dont 1', 'dont 2', 'dont 3', 'dont 4', 'dont 5', 'dont 6', 'dont 7', 'dont 8', 'dont 9',
  'dont près', 'dont environ', 'dont plus', 'dont au moins', "dont jusqu", 'dont quelque', 'dont la moitié', 'dont un tiers',
  'dont un quart', 'dont les deux tiers', 'dont une partie', 'dont la majeure partie', 'dont la plus grande partie', "dont l'essentiel",
  // "fase" ends its word: German "Fasern" (fibres) is no phase.
  'fase ', 'fase,', 'fase.', 'fase:', 'fases', 'parte de', 'tramo', 'etapa', 'de los cuales', 'de esa cantidad', 'de ese total', 'de ese importe',
  // The equipment ordered for a plant, a part of its cost: "장비 발주만 약 100억 달러".
  'equipment order', 'tool order', 'ausrüstungsaufträge', "commandes d'équipement", 'pedidos de equipos', '设备订单', '設備訂單', '設備発注', '装置の発注', '장비 발주', '장비 주문',
  // One hall of a site: "the first data hall at Colossus 1, about 100 megawatts".
  'first data hall', 'first hall', 'one data hall', 'a single data hall', 'each data hall', 'erste datenhalle', 'ersten datenhalle', 'première salle', 'primera sala',
  '最初のデータホール', '첫 번째 데이터 홀', '첫 데이터 홀', '第一个机房', '第一個機房', '首个机房', '首個機房',
  // What ships in the first year of several: "roughly 1 gigawatt … should ship in the first year".
  'in the first year', 'in its first year', 'im ersten jahr', 'la première année', 'el primer año', '初年度', '首年', '第一年', '첫해',
  // One site of several: "the largest of the data centres AWS built for Anthropic".
  'the largest of', 'the biggest of', 'one of the', 'le plus grand des', "l'un des", "l'une des", 'der größte der', 'das größte der', 'eines der', 'einer der',
  'el mayor de', 'la mayor de', 'el más grande de', 'uno de los', 'una de las', '其中最大', '中最大的', 'のうち最大', '中で最大', '중 가장 큰', '가운데 가장 큰',
]);

/**
 * A company's whole capacity, of which any one deal is a part: "Google's whole
 * fleet of data centers draws something like 15 gigawatts", "AWS opère quelque
 * 12 GW dans le monde". Read in the figure's clause.
 */
export const COMPANY_TOTAL = new CueMatcher([
  'fleet', 'worldwide', 'across its', 'all of its', 'all its', 'global footprint', 'around the world',
  'weltweit', 'gesamte flotte', 'flotte', 'dans le monde', 'mondial', 'parc de', 'en todo el mundo', 'a nivel mundial', 'flota',
  '全球', '全世界', '世界各地', '世界全体', '世界中', '全社', '전 세계', '전세계', '세계 곳곳',
]);

/**
 * A company's deals summed with its other partners': "若加上與亞馬遜等其他夥伴的合約…總計",
 * "counting its other partners". Read in the figure's sentence.
 */
export const OTHER_PARTNERS = new CueMatcher([
  'other partners', 'all its partners', 'all of its partners', 'autres partenaires', 'tous ses partenaires', 'otros socios', 'todos sus socios', 'anderen partnern', 'allen partnern',
  '其他夥伴', '其他伙伴', '其他合作夥伴', '其他合作伙伴', '所有夥伴', '所有伙伴', '他のパートナー', 'ほかのパートナー', '다른 파트너', '다른 협력사',
]);

/**
 * A supposition, not a report: "Had Google held out for $300 billion…", "Si
 * Terafab llegara a costar 80.000 millones", "假如谷歌把价格抬到3000亿美元",
 * "만약 판이 더 커진다면". Read in the figure's sentence, lower-cased. The
 * conditional of reported speech ("the deal would give Anthropic 300 MW",
 * "Anthropic würde … erhalten") is no supposition and does not match. Word
 * edges are Unicode letters, not `\b`, which sees no edge before "était".
 */
const SUPPOSITION = new RegExp(
  [
    // English: "if … had / were", "had Google held out", "even if", "hypothetical", "counterfactual".
    String.raw`(?:^|[^\p{L}])if\s[^.;]*?(?<!\p{L})(?:had|were)(?!\p{L})`,
    String.raw`^\s*(?:had|were)\s+(?:it|they|the|google|amazon|microsoft|nvidia|spacex|anthropic)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:hypothetical|counterfactual|suppose|supposing|assume|assuming)(?!\p{L})`,
    // French: "si … avait / était", "aurait pu", "hypothèse".
    String.raw`(?:^|[^\p{L}])si\s[^.;]*?(?<!\p{L})(?:avait|avaient|était|étaient)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:aurai(?:t|ent)\s+(?:pu|dû|fallu)|hypoth[eè]s|à supposer)`,
    // Spanish: "si … llegara / hubiera", "de haber", "hipotético", "supongamos".
    String.raw`(?:^|[^\p{L}])si\s[^.;]{0,80}?(?<![\p{L}])(?!para(?!\p{L})|cara(?!\p{L})|clara(?!\p{L}))\p{L}{2,}(?:ara|iera|ase|iese)n?(?![\p{L}])`,
    String.raw`(?<!\p{L})(?:de haber|hipot[eé]tic|supongamos)`,
    // German: "hätte", "wäre", "müsste", "angenommen", "hypothetisch".
    String.raw`(?<!\p{L})(?:hätten?|wären?|müssten?|angenommen|hypothetisch)(?!\p{L})`,
  ].join('|'),
  'u',
);
/** Japanese, Korean and Chinese markers of a supposition: they open or close the clause they suppose, before what follows it. */
const SUPPOSITION_CJK = /もし|仮に|としたら|だったら|ていたら|ならば|만약|만일|가령|다면|如果|假如|假设|假設|倘若|假使|如若/u;

/**
 * A literal every supposition above contains. The pattern's Unicode look-behinds
 * make it a slow scan of every sentence that holds a figure; this plain one
 * rules most of them out first (npm run bench).
 */
const SUPPOSITION_WORDS = /if\s|si\s|had|were|hypoth|counterfactual|suppos|assum|aurai|de haber|hipot|supong|hätte|wäre|müsste|angenommen|もし|仮に|としたら|だったら|ていたら|ならば|만약|만일|가령|다면|如果|假如|假设|假設|倘若|假使|如若/;

/**
 * Whether the sentence (lower-cased, `cueText`) supposes rather than reports. A Japanese, Korean or Chinese
 * supposition counts up to `clauseEnd`, the end of the figure's clause: in "약 1GW를 추가로 쓰게 되는데, 신규
 * 데이터센터를 … 짓는다면 몇 년은 걸릴 물량입니다" the condition is of the clause after the figure's.
 */
export function isSupposition(sentence: string, clauseEnd = sentence.length): boolean {
  return SUPPOSITION_WORDS.test(sentence) && (SUPPOSITION.test(sentence) || SUPPOSITION_CJK.test(sentence.slice(0, clauseEnd)));
}

/**
 * A figure in brackets after what it measures, then a ratio to it: "国内最大級の
 * データセンター（約50MW）の6倍", "국내 최대 데이터센터(약 100MW)의 2배",
 * "核三廠一部機組（95萬瓩）的三分之一". The bracket gives a yardstick's size.
 */
const YARDSTICK_AFTER = /^\s*[)）]\s*(?:の|의|的)?\s*(?:約|约|약|近|およそ)?\s*(?:[\d.]+\s*(?:倍|배)|[\d一二三四五六七八九十]+\s*(?:分之|分の|분의))/u;

export function isBracketedYardstick(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && text[before] === ' ') before--;
  return (text[before] === '(' || text[before] === '（') && YARDSTICK_AFTER.test(text.slice(end, end + 16));
}

/**
 * A figure a share is taken of is the whole, not the deal's: "près d'un
 * cinquième des quelque 25 GW", "a fifth of the 25 GW", "ein Fünftel der 25 GW",
 * "25GW的五分之一", "25GWの5分の1", "25GW의 5분의 1".
 */
const SHARE_OF_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:half|third|quarter|fifth|tenth|hundredth|moitié|tiers|quart|cinquième|dixième|centième|hälfte|drittel|viertel|fünftel|zehntel|hundertstel|mitad|tercio|cuarto|quinto|décimo|décima parte)` +
    String.raw`\s+(?:of\s+(?:the\s+|some\s+|about\s+)?|d(?:es|u|e(?:\s+la|\s+los|\s+las|l)?)\s+|d'|der\s+|von\s+)\s*$`,
  'iu',
);
const SHARE_OF_AFTER = /^\s*(?:の|의|的)?\s*(?:[\d一二三四五六七八九十]+\s*(?:分之|分の|분의)|一半|半分|절반)/u;

export function isShareOfWhole(text: string, start: number, end: number): boolean {
  return SHARE_OF_AFTER.test(text.slice(end, end + 12)) || SHARE_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A company's purchase commitments in all, which a sentence tied to a deal by
 * the one before reports: "Au total, nos engagements d'achat et de capacité
 * dépassent désormais 50 milliards de dollars." Read only there: in the
 * deal's own sentence the same words state the deal ("des engagements d'achat
 * de 450 millions de dollars auprès de Corning").
 */
export const COMMITMENTS_IN_ALL = new CueMatcher([
  'purchase commitments', 'purchase obligations', "engagements d'achat", 'abnahmeverpflichtungen', 'kaufverpflichtungen', 'compromisos de compra',
  '采购承诺', '採購承諾', '購入義務', '購入契約', '구매 약정', '구매 의무',
]);

/** "Not the only one": what the sentence goes on to count is the others'. */
export const NOT_ONLY = new CueMatcher([
  'not the only', 'not alone', 'pas la seule', 'pas le seul', 'nicht die einzige', 'nicht das einzige', 'nicht der einzige',
  'no es la única', 'no es el único', 'no será la única', 'no será el único',
  '不是唯一', '並非唯一', '并非唯一', '唯一ではない', 'だけではない', '유일한 곳은 아니', '뿐만이 아니',
]);

/** A supplier's contract won for work on a site: "ganó un contrato de 180 millones … para fabricar … de la Terafab". */
export const SUPPLIER_CONTRACT = new CueMatcher([
  'won a contract', 'wins a contract', 'won the contract', 'won a', 'landed a', 'was awarded', 'has been awarded',
  'auftrag erhalten', 'den auftrag', 'einen auftrag', 'zuschlag',
  'remporté un contrat', 'remporte un contrat', 'décroché un contrat', 'décroche un contrat', 'a été retenu',
  'ganó un contrato', 'gana un contrato', 'obtuvo un contrato', 'se adjudicó', 'adjudicó',
  '受注', '落札', '수주', '낙찰', '中标', '中標', '拿下订单', '拿下訂單', '获得订单', '獲得訂單',
  // A supplier's equipment for the site: "테라팹 초기 라인에 약 3억 달러어치의 … 장비를 공급할".
  'equipment worth', 'to supply equipment', '장비를 공급', '설비를 공급', '装置を供給', '設備を供給', '供应设备', '供應設備',
  // A contract signed to supply it: "firmó un contrato de 85 millones de dólares para surtir equipo a Terafab".
  'to supply', 'to deliver', 'zu beliefern', 'zu liefern', 'pour fournir', 'pour livrer', 'para surtir', 'para suministrar', 'para proveer',
]);

/** Supplying power: what a utility does for a site ("MLGW는 … 150메가와트를 공급하고 있다"). */
export const SUPPLIES = new CueMatcher([
  'supplies', 'supplying', 'supplied', 'delivers', 'liefert', 'versorgt', 'fournit', 'alimente', 'suministra', 'abastece',
  '供电', '供電', '供应', '供應', '供給', '공급',
]);

/** What sets right the figure of the sentence before: "Richtig sind … fünf Jahre", "The correct figure is". */
export const SET_RIGHT = /^\s*(?:richtig (?:ist|sind|wäre|wären)|korrekt (?:ist|sind)|(?:the )?correct (?:figure|number|term|amount) is|correct is|le bon chiffre|la bonne durée|en réalité|lo correcto|la cifra correcta|en realidad|正确的是|正確的是|正确数字|正確數字|正しくは|실제로는|정확히는)/i;

/** A product launch, said in a title: "7세대 TPU '아이언우드' 서울 리전 출시", "launches", "lance". */
export const LAUNCH = new CueMatcher([
  'launch', 'unveil', 'rolls out', 'roll out', 'now available', 'generally available', 'brings', 'startet', 'bringt', 'führt ein', 'lance', 'dévoile', 'lanza', 'presenta',
  '发布', '發布', '推出', '上线', '上線', '発売', '発表会', '提供開始', '投入へ', '출시', '공개', '선보',
]);

/** Joint research, said in a title or lead: a research centre or lab of two companies is no compute deal. */
export const RESEARCH = new CueMatcher([
  // Not a research institute quoted for a figure ("Pew Research Center", "野村総合研究所によると").
  'joint research', 'research lab', 'research collaboration', 'r&d cent', 'r&d lab',
  'gemeinsame forschung', 'forschungskooperation', 'forschungslabor', 'recherche commune', 'laboratoire de recherche commun',
  'investigación conjunta', 'laboratorio de investigación conjunto',
  '공동 연구', '공동연구', 'r&d센터', '共同研究', '研究開発拠点', '联合研发', '聯合研發', '联合研究', '聯合研究', '联合实验室', '聯合實驗室',
]);

/**
 * A plant's opening or completion, said in a title: "루멘텀, 평택에 … 공장 준공", "inaugure son
 * usine". A company's own plant is its story, unless it is the deal's site.
 */
export const OPENING = new CueMatcher([
  'inaugurat', 'opens plant', 'opens factory', 'opens new plant', 'opens new factory', 'plant opening', 'factory opening',
  'einweihung', 'weiht', 'inaugure', 'inauguration', 'inaugura',
  '竣工', '落成', '开业', '開業', '開所', '준공', '개소',
]);

/**
 * Equipment for a site, which a supplier's contract is for: "이 케이블은 … 플루이드스택이 … 짓는
 * 데이터센터에 들어가며, 계약 규모는 약 1억5000만 달러다". Read before the figure in its sentence.
 */
export const COMPONENT = new CueMatcher([
  'cables', 'cable supply', 'transformers', 'switchgear', 'kabel', 'transformatoren', 'câbles', 'transformateurs', 'cables de', 'transformadores',
  '电缆', '電纜', '变压器', '變壓器', 'ケーブル', '変圧器', '케이블', '변압기',
]);
