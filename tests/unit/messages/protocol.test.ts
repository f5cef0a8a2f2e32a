import { describe, expect, it } from 'vitest';
import { isOwnSender, parseReply, readAnalysis, toBackgroundSchema, toContentSchema } from '../../../lib/messages/protocol';

describe('message contract', () => {
  it.each([
    [{ type: 'ping' }, true, 'a known request'],
    [{ type: 'get-dataset', extra: 1 }, true, 'unknown fields are stripped, not fatal'],
    [{ type: 'drop-tables' }, false, 'an unknown request'],
    [{ type: 'analyze', url: 'https://example.com/', article: JSON.stringify({ title: 't', lang: 'en', blocks: [] }), force: false }, true, 'an article to analyse, as JSON'],
    [{ type: 'analyze', url: 'https://example.com/', article: { title: 't', lang: 'en', blocks: [] }, force: false }, false, 'an article object, not JSON text'],
    [{ type: 'analyze', url: 'https://example.com/', article: '{"title": "t", ', force: false }, false, 'an article that is not JSON'],
    [{ type: 'analyze', url: 'https://example.com/', article: JSON.stringify({ title: 't', lang: 'en', blocks: [{ text: 'x', kind: 'script' }] }), force: false }, false, 'a block of an unknown kind'],
    [{ type: 'analyze', url: 'https://example.com/', article: JSON.stringify({ title: 't', lang: 'en', blocks: [] }) }, false, 'force must be said'],
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

  it('reads the article of an analyze request out of its JSON text', () => {
    const article = { title: 'Colossus 1', lang: 'en', blocks: [{ text: '220,000 GPUs', kind: 'paragraph' }] };
    const parsed = toBackgroundSchema.safeParse({ type: 'analyze', url: 'https://example.com/', article: JSON.stringify(article), force: true });
    expect(parsed.success && parsed.data.type === 'analyze' && parsed.data.article).toEqual(article);
  });

  it('reads the analysis of a reply only if it is JSON of an analysis', () => {
    const analysis = { title: 't', lang: 'en', isComputeDeal: true, score: 1, deals: [], entities: [], figures: [] };
    expect(readAnalysis(JSON.stringify(analysis))).toEqual(analysis);
    expect(readAnalysis(JSON.stringify({ ...analysis, figures: [{ block: 'x' }] }))).toBeNull();
    expect(readAnalysis('{')).toBeNull();
  });

  it("reads the page's answer to the popup out of the JSON text the page passes on", () => {
    const analysis = { title: 't', lang: 'en', isComputeDeal: true, score: 1, deals: [], entities: [], figures: [] };
    const answer = { ok: true, url: 'https://example.com/', enabled: true };
    expect(parseReply('get-analysis', { ...answer, analysis: JSON.stringify(analysis) })).toEqual({ ...answer, analysis });
    expect(parseReply('get-analysis', { ...answer, analysis: null })).toEqual({ ...answer, analysis: null });
    expect(parseReply('get-analysis', { ...answer, analysis: '{"title": 1}' })).toEqual({ ok: false, error: 'malformed reply to get-analysis' });
  });

  it('accepts only its own extension as sender', () => {
    expect(isOwnSender({ id: 'me' }, 'me')).toBe(true);
    expect(isOwnSender({ id: 'other', url: 'https://evil.example' }, 'me')).toBe(false);
    expect(isOwnSender(undefined, 'me')).toBe(false);
  });
});
