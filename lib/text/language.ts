/** The languages the engine reads; anything else is analysed as English-like text. */
export const SUPPORTED_LANGS = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

// Characters whose simplified and traditional forms differ and that are common in
// this coverage (数/數, 据/據, 万/萬, 亿/億 …): enough to tell the two scripts apart.
const SIMPLIFIED = /[们与数据万亿为这个来说对发开关经区电网国会时际协议签约张块亚马逊谷歌英伟达软资]/g;
const TRADITIONAL = /[們與數據萬億為這個來說對發開關經區電網國會時際協議簽約張塊亞馬遜輝達軟資]/g;

/**
 * Normalizes a page's declared language (html lang, og:locale) and, where it is
 * missing or only says "zh", reads it from the script of the text.
 */
export function resolveLanguage(declared: string | undefined, sample: string): string {
  const tag = (declared ?? '').trim().replace(/_/g, '-').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)/.test(tag)) return 'zh-Hant';
  if (/^zh-(hans|cn|sg)/.test(tag)) return 'zh-Hans';
  const primary = tag.split('-')[0] ?? '';
  if (['en', 'ja', 'ko', 'de', 'fr', 'es'].includes(primary)) return primary;
  if (primary === 'zh' || primary === '') return guessFromScript(sample, primary === 'zh');
  return primary;
}

function guessFromScript(sample: string, knownChinese: boolean): string {
  const text = sample.slice(0, 4000);
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const hangul = count(/[\uAC00-\uD7AF]/g);
  const kana = count(/[\u3040-\u30FF]/g);
  const han = count(/[\u4E00-\u9FFF]/g);
  if (!knownChinese && hangul > 20 && hangul > han) return 'ko';
  if (!knownChinese && kana > 20) return 'ja';
  if (knownChinese || han > 20) return count(TRADITIONAL) > count(SIMPLIFIED) ? 'zh-Hant' : 'zh-Hans';
  const latin = text.toLowerCase();
  const score = (words: RegExp) => latin.match(words)?.length ?? 0;
  const scores: Array<[string, number]> = [
    ['en', score(/\b(the|and|of|with|for)\b/g)],
    ['de', score(/\b(der|die|und|mit|für|das)\b/g)],
    ['fr', score(/\b(le|les|et|avec|pour|des)\b/g)],
    ['es', score(/\b(el|los|y|con|para|las)\b/g)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > 0 ? scores[0]![0] : 'en';
}
