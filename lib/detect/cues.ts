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

/**
 * A transaction between parties: agreement, contract, partnership, lease,
 * purchase, investment. Stems, since Latin cues match at a word's start: real
 * coverage says "rents the whole building", "the landlord of AI", "reached a
 * computing resource collaboration" as often as "signed a deal".
 */
export const DEAL_CUES: readonly string[] = [
  // en
  'deal', 'agreement', 'contract', 'partner', 'signed', 'signs', 'sign ', 'lease', 'leasing', 'rent', 'tenant', 'landlord',
  // Investing, not investors: "…went to investors rather than to families" is a housing story.
  'invests', 'invested', 'investing', 'investment', 'to invest ', 'commitment', 'committed', 'to supply', 'supplier', 'to use', 'access to', 'buys', 'bought', 'purchase', 'acquire',
  'order', 'tie-up', 'pact', 'arrangement', 'collaborat', 'alliance', 'customer', 'client', 'chosen', 'selected', 'offtake',
  'reserve', 'secure', 'take over', 'takes over', 'hand over', 'hands over', 'provider', 'teams up', 'joins forces',
  // zh
  '合作', '协议', '協議', '签署', '簽署', '签约', '簽約', '合同', '合約', '交易', '投资', '投資', '租用', '租赁', '租賃', '承租',
  '包下', '包租', '出租', '承诺', '承諾', '采购', '採購', '购买', '購買', '订单', '訂單', '供应', '供應', '牵手', '携手', '攜手',
  '联手', '聯手', '达成', '達成', '结盟', '結盟', '伙伴', '夥伴', '客户', '客戶', '房东', '房東',
  // ja
  '契約', '提携', '合意', '締結', '投資', '供給', '供与', '賃借', '借り', '貸し', '購入', '調達', '発注', '受注', '協業',
  '確保', '顧客', '大家', '貸与', '連携', '手を組', '取引', 'パートナー', '占有', '拠出',
  // ko
  '계약', '협약', '파트너', '제휴', '체결', '투자', '공급', '임대', '임차', '빌리', '빌려', '구매', '도입', '확보', '협력',
  '손잡', '합의', '거래', '고객', '주문', '수주', '맞손', '동맹', '전체를 사용',
  // de
  'Vertrag', 'Abkommen', 'Vereinbarung', 'Partner', 'Deal', 'unterzeichn', 'Investition', 'investiert', 'miete', 'mietet',
  'Mieter', 'Vermieter', 'pacht', 'Kooperation', 'Zusammenarbeit', 'Auftrag', 'bestellt', 'kauft', 'Kauf', 'liefert',
  'Lieferung', 'Lieferant', 'sichert sich', 'Kunde', 'Bündnis', 'Allianz', 'Einigung', 'einigen',
  // fr
  // "accord", not "according": the cue matches the start of a word only.
  'accord ', 'accords', 'accord,', 'accord.', 'contrat', 'partenaire', 'partenariat', 'signé', 'signe ', 'investissement', 'investit', 'loue', 'location',
  'louer', 'locataire', 'bail', 'bailleur', 'propriétaire', 'alliance', 'collaboration', 'coopération', 'commande',
  'achète', 'achat', 'fournit', 'fournisseur', 'approvisionnement', "s'associe", 'conclu', 'entente', "s'engage", 'engagement',
  // es
  'acuerdo', 'contrato', 'alianza', 'asociación', 'socio', 'firmado', 'firmó', 'firma ', 'inversión', 'invierte', 'alquil',
  'arrend', 'inquilino', 'casero', 'colaboración', 'cooperación', 'pedido', 'compra', 'adquiere', 'suministr', 'proveedor',
  'cliente', 'pacto', 'se une', 'cerró', 'compromiso', 'reserva', 'asegura',
];
