/**
 * Amounts a text refutes bare, without their unit: "Ce n'est pas 50
 * milliards", "It's not 50 billion", "不是500亿", "55 milliards de dollars,
 * et non 100 milliards". An interview answers the
 * question's "50 milliards de dollars" so, and a figure the page itself says
 * is wrong is never flagged (lib/analyze/analyze-article.ts).
 */
const REBUTTAL =
  /(?:n['’]est pas|ce n['’]est pas|it['’]s not|it is not|that['’]s not|isn['’]t|is not|and not|instead of|nicht|statt|no es|no son|y no|en lugar de|en vez de|et non|au lieu de|不是|并非|並非|而非)\s*(?:de\s|d['’]|about\s|environ\s|etwa\s|unos\s|unas\s)?(?:US\$|\$|€)?\s?(\d[\d.,\u00a0\u202f]*\s?[^\s\d.,;:!?。，、；）)」』"“”]{1,12})/giu;

/** The refuted amounts of a text, as `amountKey` writes them. */
export function rebuttedAmounts(text: string): string[] {
  if (!/\d/.test(text)) return [];
  return [...text.matchAll(REBUTTAL)].map((m) => amountKey(m[1]!)).filter((k) => k.length > 1);
}

/**
 * A figure's text from its first digit, without spaces, thousands separators
 * or case: "$50 billion" and "50 billion" both read "50billion", "220,000" and
 * "220.000" read "220000", "500亿美元" starts with "500亿". A decimal point or
 * comma stays, as "."; "$5.5 billion" is not "$55 billion".
 */
export function amountKey(text: string): string {
  const digit = text.search(/\d/);
  if (digit < 0) return '';
  return text
    .slice(digit)
    .toLowerCase()
    .replace(/[\s\u00a0\u202f'’](?=\d{3}(?!\d))|[.,](?=\d{3}(?!\d))/g, '')
    .replace(/(?<=\d)[.,](?=\d)/g, '.')
    .replace(/[\s\u00a0\u202f$€,'’]|\.(?!\d)/g, '');
}

/** Whether a figure's text states one of the refuted amounts. */
export function isRebutted(figureText: string, rebutted: readonly string[]): boolean {
  if (!rebutted.length) return false;
  const key = amountKey(figureText);
  return rebutted.some((r) => key.startsWith(r));
}
