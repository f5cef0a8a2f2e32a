import { describe, expect, it } from 'vitest';
import { isSameSite, registrableDomain } from '@/lib/web/same-site';

describe('same site', () => {
  it.each([
    // [hostname, registrable domain, what the row covers]
    ['www.reuters.com', 'reuters.com', 'a subdomain'],
    ['reuters.com', 'reuters.com', 'the domain itself'],
    ['a.b.news.example.co.uk', 'example.co.uk', 'a generic second level under a country code'],
    ['www.abc.net.au', 'abc.net.au', 'net.au'],
    ['www.example.jp', 'example.jp', 'a country code without a generic second level'],
    ['news.co.com', 'co.com', 'co. under a generic top level is a domain'],
    ['127.0.0.1', '127.0.0.1', 'an IP address is its own site'],
    ['WWW.Example.ORG.', 'example.org', 'case and a trailing dot'],
  ])('%s is on %s (%s)', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  it.each([
    ['https://www.example.com/a', 'https://example.com/b', true, 'www and the bare domain'],
    ['http://example.com/a', 'https://amp.example.com/a', true, 'http and https, another subdomain'],
    ['https://e.vil.example/p', 'https://www.reuters.com/p', false, 'another domain'],
    ['https://reuters.com.e.vil/p', 'https://reuters.com/p', false, 'a look-alike prefix'],
    ['https://example.com/', 'javascript:alert(1)', false, 'not a web address'],
    ['https://1.2.3.4/', 'https://1.2.3.5/', false, 'two IP addresses'],
  ])('%s and %s: %s (%s)', (a, b, same) => {
    expect(isSameSite(a, b)).toBe(same);
  });
});
