/** A hostname as the site list stores it, or why the input is not one. */
export type HostnameResult = { ok: true; hostname: string } | { ok: false; error: 'empty' | 'invalid' };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Turns what a user types into the hostname form `isSiteEnabled` compares with:
 * lower case, punycode for non-ASCII names, no scheme, port, path or leading
 * `www.` (the check strips `www.` from the page's host too). A pasted URL is
 * accepted for its host.
 */
export function normalizeHostname(input: string): HostnameResult {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  if (trimmed.length > 2048) return { ok: false, error: 'invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'invalid' };
  // URL() lower-cases and punycodes the host; a trailing dot names the same site.
  const hostname = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  if (hostname.length === 0 || hostname.length > 253) return { ok: false, error: 'invalid' };
  if (hostname.startsWith('[')) return { ok: true, hostname };
  if (!hostname.split('.').every((label) => LABEL.test(label))) return { ok: false, error: 'invalid' };
  return { ok: true, hostname };
}
