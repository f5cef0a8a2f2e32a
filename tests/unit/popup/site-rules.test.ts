import { describe, expect, it } from 'vitest';
import { disableSite, enableSite, isSiteListed, siteOf } from '@/components/popup/site-rules';
import { DEFAULT_SETTINGS, isSiteEnabled } from '@/lib/settings/schema';

describe('siteOf', () => {
  it.each([
    // www. is dropped, as isSiteEnabled drops it.
    ['https://www.Example.com/a?b#c', 'example.com'],
    ['http://news.example.org:8080/x', 'news.example.org'],
    ['http://127.0.0.1:5173/seed.html', '127.0.0.1'],
    // Pages the content script never runs on have no site to switch.
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});

describe('the per-site switch', () => {
  it('disables a site the way the content script reads it', () => {
    const next = disableSite(DEFAULT_SETTINGS, 'example.com');
    expect(next.disabledSites).toEqual(['example.com']);
    expect(isSiteEnabled(next, 'www.example.com')).toBe(false);
    expect(isSiteListed(next, 'example.com')).toBe(true);
    // Twice is once.
    expect(disableSite(next, 'example.com')).toBe(next);
  });

  it('enables a site again, also when a parent domain kept it off', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.org'] };
    const next = enableSite(settings, 'news.example.com');
    expect(next.disabledSites).toEqual(['other.org']);
    expect(isSiteEnabled(next, 'news.example.com')).toBe(true);
  });
});
