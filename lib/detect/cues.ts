/**
 * The multilingual cue lexicon for detection, as data: words that say an
 * article is about compute infrastructure, and words that say it is about a
 * deal. Latin entries are matched at word starts and in any case; CJK entries
 * anywhere.
 */

/** Compute capacity: data centres, accelerators, power for AI, chip plants. */
export const COMPUTE_CUES: readonly string[] = [
  // en
  'data center', 'data centre', 'datacenter', 'compute', 'computing capacity', 'computing power', 'supercomputer',
  'supercluster', 'GPU cluster', 'GPUs', 'TPUs', 'accelerators', 'gigawatt', 'megawatt', 'AI infrastructure',
  'chip fabrication', 'chip plant', 'fab ', 'capacity',
  // zh-Hans / zh-Hant
  '算力', '数据中心', '數據中心', '資料中心', '数据中心', '超算', '超级计算', '超級計算', '吉瓦', '兆瓦', '芯片厂', '晶片廠',
  '晶圆厂', '晶圓廠', '容量', '基础设施', '基礎設施', '云服务', '雲端',
  // ja
  'データセンター', '計算資源', '計算能力', 'スーパーコンピューター', 'ギガワット', 'メガワット', '半導体工場',
  // ko
  '데이터센터', '데이터 센터', '컴퓨팅', '연산', '슈퍼컴퓨터', '기가와트', '메가와트', '반도체 공장',
  // de
  'Rechenzentrum', 'Rechenzentren', 'Rechenleistung', 'Rechenkapazität', 'Supercomputer', 'Gigawatt', 'Megawatt',
  'Chipfabrik', 'KI-Infrastruktur',
  // fr
  'centre de données', 'centres de données', 'puissance de calcul', 'capacité de calcul', 'supercalculateur',
  'gigawatts', 'mégawatts', 'infrastructure IA', 'usine de puces',
  // es
  'centro de datos', 'centros de datos', 'capacidad de cómputo', 'potencia de cálculo', 'capacidad de cálculo',
  'supercomputadora', 'gigavatios', 'megavatios', 'infraestructura de IA', 'fábrica de chips',
];

/** A transaction between parties: agreement, contract, partnership, investment. */
export const DEAL_CUES: readonly string[] = [
  // en
  'deal', 'agreement', 'contract', 'partnership', 'partners with', 'signed', 'signs', 'lease', 'leases',
  'invest', 'commitment', 'to supply', 'to use', 'access to',
  // zh
  '合作', '协议', '協議', '签署', '簽署', '签约', '簽約', '合同', '合約', '交易', '投资', '投資', '租用', '承诺', '承諾',
  // ja
  '契約', '提携', '合意', '締結', '投資', '供給',
  // ko
  '계약', '협약', '파트너십', '제휴', '체결', '투자', '공급',
  // de
  'Vertrag', 'Abkommen', 'Vereinbarung', 'Partnerschaft', 'Deal', 'unterzeichnet', 'Investition', 'investiert',
  // fr
  'accord', 'contrat', 'partenariat', 'signé', 'investissement', 'investit',
  // es
  'acuerdo', 'contrato', 'alianza', 'asociación', 'firmado', 'firmó', 'inversión', 'invierte',
];
