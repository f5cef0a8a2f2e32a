import { describe, expect, it } from 'vitest';
import { cueText } from '../../../lib/detect/cue-matcher';
import { WIDER_SCOPE } from '../../../lib/link/context-cues';
import { isNegated, isSupposition } from '../../../lib/link/veto-cues';

describe('isSupposition', () => {
  // One sentence per way of supposing the pattern knows: the literal pre-check must let each through.
  it.each([
    'If Google had asked for more, Anthropic would have paid.',
    'Had Google held out, the price would have risen.',
    'Were it twice as large, the grid could not carry it.',
    'A hypothetical second phase would double it.',
    'The counterfactual is a smaller site.',
    'Suppose the lease ran ten years.',
    'Si Google avait demandé plus, Anthropic aurait payé.',
    'Anthropic aurait pu signer ailleurs.',
    "Dans l'hypothèse d'un second site, la facture doublerait.",
    'À supposer que Google ait demandé plus.',
    'Si Terafab llegara a costar más, el estado pagaría.',
    'De haber firmado antes, habría pagado menos.',
    'Un escenario hipotético duplicaría la cifra.',
    'Supongamos que el contrato dura diez años.',
    'Hätte Google mehr verlangt, wäre der Preis gestiegen.',
    'Angenommen, der Vertrag läuft zehn Jahre.',
    'もしGoogleが値上げしていたら、契約は変わった。',
    '仮に契約が10年だとしたら、総額は増える。',
    '만약 계약이 10년이라면 총액은 늘어난다.',
    '가령 계약이 두 배가 된다면 전력도 늘어난다.',
    '如果谷歌云提价，Anthropic也只能接受。',
    '假设合同期为十年，总额会更高。',
    '假設合約為十年，總額會更高。',
    '倘若价格翻倍，交易就会告吹。',
  ])('%s', (sentence) => {
    expect(isSupposition(cueText(sentence))).toBe(true);
  });

  it.each([
    'Since May, Anthropic has run Claude on Colossus 1.',
    'The lease gives Anthropic more than 220,000 GPUs.',
    'Le site de Memphis fournit plus de 300 MW.',
    'Sigue siendo el mayor contrato de la empresa.',
    'Der Vertrag läuft fünf Jahre.',
    '契約期間は5年で、電力は300MWを超える。',
    '계약 기간은 5년이다.',
    '合同期限为五年。',
  ])('%s reports, not supposes', (sentence) => {
    expect(isSupposition(cueText(sentence))).toBe(false);
  });
});

describe('isNegated', () => {
  it.each([
    ['Colossus 2 is not part of the deal.', true],
    ['It’s SpaceX’s own, and it isn’t part of this deal at all.', true],
    ["Colossus 2 wasn't included in the lease.", true],
    ['另一座資料中心不在合約範圍內。', true],
    ['SpaceX在附近另一個園區另建的設施。', true],
    // The second of two contracts listed: "一筆是…。另一筆是…".
    ['另一筆是向微軟購買的Azure算力，金額為 1000 億美元。', false],
    ['另一项是与微软签下的合同。', false],
    ['另一份则更像“多一条腿走路”：Anthropic承诺购买350亿美元的Microsoft Azure算力。', false],
    // And the other side: "另一头，…".
    ['另一头，Anthropic向微软采购的算力高达600亿美元。', false],
  ])('reads %s as %s', (text, negated) => {
    expect(isNegated(cueText(text))).toBe(negated);
  });
});

describe('a wider scope', () => {
  it('reads "en total" (in all), not "en totalité" (in full)', () => {
    expect(WIDER_SCOPE.testCued(cueText('La potencia suma en total 10 GW.'))).toBe(true);
    expect(WIDER_SCOPE.testCued(cueText('Le centre de calcul est loué en totalité à Anthropic.'))).toBe(false);
  });
});
