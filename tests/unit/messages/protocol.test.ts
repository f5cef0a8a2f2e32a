import { describe, expect, it } from 'vitest';
import { isOwnSender, parseReply, toBackgroundSchema, toContentSchema } from '../../../lib/messages/protocol';

describe('message contract', () => {
  it.each([
    [{ type: 'ping' }, true, 'a known request'],
    [{ type: 'get-dataset', extra: 1 }, true, 'unknown fields are stripped, not fatal'],
    [{ type: 'drop-tables' }, false, 'an unknown request'],
    [{ type: 'analyze', url: 'https://example.com/', article: { title: 't', lang: 'en', blocks: [] }, force: false }, true, 'an article to analyse'],
    [{ type: 'analyze', url: 'https://example.com/', article: { title: 't', lang: 'en', blocks: [{ text: 'x', kind: 'script' }] }, force: false }, false, 'a block of an unknown kind'],
    [{ type: 'analyze', url: 'https://example.com/', article: { title: 't', lang: 'en', blocks: [] } }, false, 'force must be said'],
    ['ping', false, 'not an object'],
    [null, false, 'nothing'],
  ])('background request %j → valid %s (%s)', (message, valid, _covers) => {
    expect(toBackgroundSchema.safeParse(message).success).toBe(valid);
  });

  it.each([
    [{ type: 'show-figure', index: 3 }, true, 'a figure index'],
    [{ type: 'show-figure', index: '3' }, false, 'an index must be a number'],
    [{ type: 'show-figure', index: 1.5 }, false, 'an index must be whole'],
    [{ type: 'toggle-highlights' }, true, 'a command'],
  ])('content request %j → valid %s (%s)', (message, valid, _covers) => {
    expect(toContentSchema.safeParse(message).success).toBe(valid);
  });

  it('turns a malformed reply into an error reply', () => {
    expect(parseReply('ping', { ok: true })).toEqual({ ok: false, error: 'malformed reply to ping' });
    expect(parseReply('ping', undefined)).toEqual({ ok: false, error: 'malformed reply to ping' });
    expect(parseReply('ping', { ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
    expect(parseReply('ping', { ok: true, version: '1' })).toEqual({ ok: true, version: '1' });
  });

  it('accepts only its own extension as sender', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'other', url: 'https://evil.example' }, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });
});
