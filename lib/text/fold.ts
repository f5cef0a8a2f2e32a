/**
 * Folds full-width ASCII (ＮＶＩＤＩＡ, ２２万) and the ideographic space to their
 * plain forms. Unlike NFKC it never changes the length of the text, so offsets
 * found in the folded text index the original text too.
 */
export function foldWidth(text: string): string {
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text;
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
