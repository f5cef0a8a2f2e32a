/**
 * Page text and dataset strings in Markdown as literal text: the characters
 * that open emphasis, code, links, HTML or tables are escaped, so a headline
 * cannot become a link, an image or markup in whatever renders the report.
 * Line-start syntax (lists, headings) needs no escape: the report never starts
 * a line with such text.
 */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
    .trim();
}

/** An http(s) address as a Markdown link target, or null for anything else. */
export function mdUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    // URL serialization percent-encodes spaces, < and >; parentheses are balanced by escaping.
    return new URL(url).href.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
  } catch {
    return null;
  }
}

/** A link when the address is http(s), else the text alone. */
export function mdLink(text: string, url: string | undefined): string {
  const href = mdUrl(url);
  return href ? `[${mdText(text)}](${href})` : mdText(text);
}
