import { CueMatcher } from '../detect/cue-matcher';

/**
 * Words that say a figure is not the deal's own quantity, whatever its
 * sentence names. Each list is a class of figure a reader would never compare
 * with a deal's commitment (tests/fixtures/README.md, trap causes). Latin cues
 * match at a word's start, so a stem covers its inflections.
 */

/** A company's own financials: revenue, earnings, market value, spending. */
export const FINANCIALS = new CueMatcher([
  'revenue', 'sales', 'earnings', 'profit', 'income', 'market value', 'market cap', 'valuation',
  'capex', 'capital expenditure', 'capital spending', 'spending', 'operating margin', 'brought in', 'booked',
  'quarter', 'fiscal', 'turnover', 'share price', 'stock price', 'year on year', 'year-over-year', 'from a year earlier',
  '同比', '年增', '年減', '前年比', '前年同期', '전년 대비', '전년 동기', 'sur un an', 'en un año', 'interanual', 'im jahresvergleich', 'vorjahr',
  '营收', '營收', '收入', '营业额', '營業額', '销售额', '銷售額', '利润', '利潤', '市值', '估值', '资本支出', '資本支出', '财报', '財報', '季度', '股价', '股價',
  '売上', '売り上げ', '売上げ', '収益', '利益', '時価総額', '企業価値', '評価額', '設備投資', '決算', '四半期', '株価',
  '매출', '수익', '이익', '시가총액', '기업가치', '설비투자', '분기', '실적', '주가',
  'umsatz', 'umsätze', 'erlös', 'einnahmen', 'gewinn', 'börsenwert', 'marktwert', 'bewertung', 'investitionsausgaben', 'quartal', 'aktienkurs',
  "chiffre d'affaires", 'ventes', 'revenus', 'recettes', 'bénéfice', 'capitalisation', 'valorisation', "dépenses d'investissement", 'trimestre',
  'ingresos', 'ventas', 'facturación', 'facturó', 'beneficio', 'capitalización', 'valoración', 'valoraría', 'valora a', 'valora la', 'gasto de capital',
]);

/** A stake bought in a company: compared only with a deal fact that is itself an investment. */
export const STAKE = new CueMatcher([
  'stake', 'equity', 'shares', 'funding round', 'minority',
  '入股', '股份', '持股', '注资', '注資', '出資', '出资', '株式',
  '지분', '출자',
  'beteiligung', 'anteile',
  'participation', 'prise de participation',
  'participación', 'acciones',
]);

/** Investing, which is a stake unless it is in a plant or infrastructure (`BUILT`). */
export const INVEST = new CueMatcher([
  'invest', '投资', '投資', '투자', 'investier', 'investition', 'investi', 'invert', 'inversión',
]);

/** What a capital investment builds: "총투자액은 550억 달러" for a plant is the plant's cost, not a stake. */
export const BUILT = new CueMatcher([
  'plant', 'fab ', 'fabs', 'factory', 'data center', 'data centre', 'campus', 'infrastructure', 'facility',
  '工厂', '工廠', '晶圆厂', '晶圓廠', '製造廠', '制造厂', '数据中心', '資料中心', '數據中心', '基础设施', '基礎設施',
  '工場', 'データセンター', 'インフラ', '施設',
  '공장', '데이터센터', '인프라', '시설',
  'fabrik', 'werk', 'rechenzentr', 'infrastruktur',
  'usine', 'centre de données', 'centres de données', 'infrastructure',
  'planta', 'fábrica', 'centro de datos', 'centros de datos', 'infraestructura',
]);

/** A scale comparison: "Iceland runs on about 3 GW", "unlike Colossus 1". */
export const COMPARISON = new CueMatcher([
  'unlike', 'compared with', 'compared to', 'comparison', 'as much as', 'enough to power', 'runs on',
  'the size of', 'whole country', 'entire country', 'more than the', 'bigger than', 'larger than', 'smaller than', 'times the', 'times as', 'times more',
  '相比', '相较', '相較', '倍于', '倍於', '对比', '對比', '比得上', '不同于', '不同於', '整个国家', '整個國家',
  'と比べ', 'に比べ', 'に匹敵', 'と異なり', '国全体',
  '보다', '비해', '맞먹', '달리', '나라 전체',
  'im vergleich', 'verglichen', 'so viel wie', 'anders als', 'im gegensatz', 'mal so',
  'par rapport', 'comparé', 'autant que', 'contrairement', 'à la différence', 'fois plus', 'fois le',
  'en comparación', 'comparado', 'tanto como', 'a diferencia', 'veces más', 'veces el',
]);

/** The grid, a utility or a country's capacity: never a deal's power. */
export const GRID = new CueMatcher([
  'grid', 'interconnection', 'queue', 'utility', 'utilities', 'power company', 'transmission',
  '电网', '電網', '电力公司', '電力公司', '并网', '併網',
  '送電網', '電力網', '系統接続', '電力会社',
  '전력망', '송전망', '계통', '전력회사',
  'stromnetz', 'netzanschluss', 'netzbetreiber', 'versorger',
  'réseau électrique', 'raccordement', 'gestionnaire de réseau',
  'red eléctrica', 'conexión a la red',
]);

/** Explicitly outside the deal: "is not part of this agreement". */
export const NEGATED = new CueMatcher([
  'not part of', 'not included', 'not covered', 'not in the deal', 'excluded', 'no part of', 'outside the',
  '不在', '不包括', '不包含', '不属于', '不屬於', '不涉及', '并非', '並非', '另一',
  '対象外', '含まれない', '含まず', '含まれていない', '別の',
  '제외', '포함되지', '포함하지',
  'nicht teil', 'nicht enthalten', 'nicht bestandteil',
  'ne fait pas partie', 'pas inclus', 'est exclu', 'sont exclu', 'exclu de', 'exclue de', 'exclus de', 'hors',
  'no forma parte', 'no incluye', 'no está incluid', 'excluid',
]);

/** A past milestone or another time frame of the same site: "went from an empty building to 100,000 GPUs". */
export const MILESTONE = new CueMatcher([
  'went from', 'empty building', 'from an empty', 'from empty', 'in a matter of', 'within months', 'in months', 'originally', 'initially', 'at first', 'at launch', 'when it opened', 'when it came online', ' ago', 'last year',
  'first phase', 'phase 1', 'phase one', 'record time', 'in just', 'days to', 'target',
  '最初', '起初', '当初', '初期', '首期', '一期', '天内', '天內', '目标', '目標', '以前', '之前', '几个月', '幾個月', '去年', '昨年', '작년', '전에', 
  '第1期', '第一期', '日間で',
  '처음', '당초', '초기', '1단계', '일 만에', '목표',
  'ursprünglich', 'zunächst', 'anfangs', 'erste phase', 'ersten ausbaustufe', 'innerhalb von', 'ziel',
  'initialement', 'au départ', 'première phase', 'en seulement', 'objectif', 'entrepôt vide', "d'un entrepôt",
  'inicialmente', 'en un principio', 'primera fase', 'en solo', 'objetivo',
]);

/**
 * A part of a deal — one phase, one supplier's share — compared with a total
 * only when the fact's label names that part (the issue's rule, and
 * tests/fixtures/pages/*-part-*).
 */
export const PART = new CueMatcher([
  'phase', 'stage', 'share of', 'largest share', 'its share', 'portion', 'tranche', 'of which', 'alone', 'of that', 'of the total',
  '一期', '首期', '第一期', '二期', '份额', '份額', '其中', '一家', '部分',
  '第1期', '第一段階', '段階', 'うち', '分は', '向けは',
  '단계', '몫', '일부', '가운데', '그중',
  'phase', 'anteil', 'tranche', 'ausbaustufe', 'stufe', 'davon',
  'première phase', 'étape', 'part de', 'dont', 'de cette somme', 'de ce montant',
  'fase', 'parte de', 'tramo', 'etapa', 'de los cuales', 'de esa cantidad', 'de ese total', 'de ese importe',
]);
