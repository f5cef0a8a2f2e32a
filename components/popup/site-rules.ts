/**
 * The per-site switch, read the way the content script reads it
 * (`isSiteEnabled` in lib/settings/schema.ts): a listed site covers its
 * subdomains, and "www." is ignored.
 */
import type { Settings } from '@/lib/settings/schema';

/** The site of an http(s) address, as settings list it; null for other pages. */
export function siteOf(url: string | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return host || null;
  } catch {
    return null;
  }
}

const covers = (listed: string, site: string) => site === listed || site.endsWith(`.${listed}`);

export function isSiteListed(settings: Settings, site: string): boolean {
  return settings.disabledSites.some((listed) => covers(listed, site));
}

/** Turns the extension off on `site`. */
export function disableSite(settings: Settings, site: string): Settings {
  if (isSiteListed(settings, site)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, site] };
}

/** Turns it back on, also dropping a parent domain's entry that would keep the site off. */
export function enableSite(settings: Settings, site: string): Settings {
  return { ...settings, disabledSites: settings.disabledSites.filter((listed) => !covers(listed, site)) };
}
