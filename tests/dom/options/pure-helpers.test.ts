import { describe, expect, it } from 'vitest';
import { normalizeHostname } from '@/components/options/hostname';
import { readSyncLimits } from '@/components/options/sync-limits';
import { SYNC_MAX_BYTES, SYNC_TIMEOUT_MS } from '@/lib/storage/update-dataset';

describe('normalizeHostname', () => {
  it.each([
    // Plain hostnames are lower-cased; www. goes, as isSiteEnabled strips it from pages too.
    ['example.com', 'example.com'],
    ['  Example.COM  ', 'example.com'],
    ['www.example.com', 'example.com'],
    // A pasted URL gives its host; port and path go.
    ['https://news.example.org:8443/a/b?c#d', 'news.example.org'],
    // A trailing dot names the same host.
    ['example.com.', 'example.com'],
    // Non-ASCII names become punycode, as location.hostname reports them.
    ['bücher.example', 'xn--bcher-kva.example'],
    // Single-label and IP hosts are real sites on intranets.
    ['localhost', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (input, hostname) => {
    expect(normalizeHostname(input)).toEqual({ ok: true, hostname });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a host', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['-example.com', 'invalid'],
    ['example..com', 'invalid'],
    ['ftp://example.com', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    [`${'a'.repeat(64)}.com`, 'invalid'],
  ])('refuses %j (%s)', (input, error) => {
    expect(normalizeHostname(input)).toEqual({ ok: false, error });
  });
});

describe('readSyncLimits', () => {
  it.each([
    // No parameters: the real limits.
    ['', SYNC_TIMEOUT_MS, SYNC_MAX_BYTES],
    // The browser tests' short limits.
    ['?syncTimeoutMs=500&syncMaxBytes=1000', 500, 1000],
    // Only lower, never higher; nonsense is ignored.
    ['?syncTimeoutMs=999999999&syncMaxBytes=999999999999', SYNC_TIMEOUT_MS, SYNC_MAX_BYTES],
    ['?syncTimeoutMs=0&syncMaxBytes=-5', SYNC_TIMEOUT_MS, SYNC_MAX_BYTES],
    ['?syncTimeoutMs=1e3&syncMaxBytes=abc', SYNC_TIMEOUT_MS, SYNC_MAX_BYTES],
  ])('%s', (search, timeoutMs, maxBytes) => {
    expect(readSyncLimits(search)).toEqual({ timeoutMs, maxBytes });
  });
});
