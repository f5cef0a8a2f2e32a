/**
 * Page text and dataset strings in Markdown as literal text: the characters
 * that open emphasis, code, links, HTML, tables, math or mentions are escaped,
 * so a headline, a page's date or a synced dataset's version cannot become a
 * link, an image or markup in whatever renders the report (GitHub, an editor's
 * preview, a notes app).
 */
import { replaceControlCharacters } from '@/lib/text/control-characters';

// CommonMark lets any ASCII punctuation be escaped with a backslash
// (https://spec.commonmark.org/0.31.2/#backslash-escapes); these are the ones
// that open something: \ ` * _ [ ] < > # | ~ & (entities), $ (GitHub math)
// and @ (mentions and e-mail autolinks).
const OPENERS = /[\\`*_[\]<>#|~&$@]/g;

// GFM autolinks bare `scheme://` and `www.` addresses
// (https://github.github.com/gfm/#autolinks-extension-); an escaped colon or
// dot keeps them text.
const BARE_SCHEME = /([a-z][a-z0-9+.-]*):(?=\/\/)/gi;
const BARE_WWW = /\b(www)\./gi;

// Line-start syntax: the report puts text right after a list marker or at a
// line's start, where "- x", "+ x", "1. x" or "===" would open a nested list or
// a heading underline.
const LINE_START = /^(?:[-+=]|\d{1,9}[.)])/;

/** `text` as literal Markdown on one line: escaped, without control characters or line breaks. */
export function mdText(text: string): string {
  // A line break would end the list item; other controls are noise at best.
  const escaped = replaceControlCharacters(text)
    .trim()
    .replace(OPENERS, (c) => `\\${c}`)
    .replace(BARE_SCHEME, '$1\\:')
    .replace(BARE_WWW, '$1\\.');
  return escaped.replace(LINE_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/** An http(s) address as a Markdown link target, or null for anything else. */
export function mdUrl(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    // URL serialization percent-encodes spaces, quotes, < and > (and the
    // backtick outside the query); parentheses and backticks are encoded here,
    // so the target cannot end the link or open code.
    return new URL(url).href.replace(/[()`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

/** A link when the address is http(s), else the text alone. */
export function mdLink(text: string, url: string | undefined): string {
  const href = mdUrl(url);
  return href ? `[${mdText(text)}](${href})` : mdText(text);
}
