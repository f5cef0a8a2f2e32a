/**
 * "Same site" as browsers first meant it (the registrable domain; http and
 * https alike, so a page's https canonical address of itself counts), without
 * the Public Suffix List: a page's claims about itself (its canonical
 * address) are trusted only within its own site, and records are capped per
 * site. The approximation errs towards "different site": a domain under a
 * ccTLD with a generic second level (news.co.uk, abc.net.au) counts three
 * labels; private suffixes (github.io) are not known, so two users' pages
 * there count as one site, which the per-site cap then bounds together.
 */

/** Second-level labels that registries under two-letter country codes sell under (co.uk, com.au, ne.jp…). */
const GENERIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gov', 'ne', 'net', 'or', 'org']);

/**
 * The registrable part of a hostname (`www.news.example.co.uk` → `example.co.uk`);
 * an IP address or a single label is its own site. Lower case, no trailing dot.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  if (labels.length <= 2) return host;
  const [second, top] = labels.slice(-2) as [string, string];
  const keep = top.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The site of a web address (`example.co.uk`), or undefined for anything but http(s). */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return registrableDomain(parsed.hostname);
}

/** Whether two web addresses are on the same site (the same registrable domain). */
export function isSameSite(a: string, b: string): boolean {
  const site = siteOf(a);
  return site !== undefined && site === siteOf(b);
}
