import { describe, expect, it } from 'vitest';
import { isNamedReply } from '@/entrypoints/content/gate';
import { markTimingsOn } from '@/lib/settings/mark-timings';
import { isOwnSender, MAX_ARTICLE_CHARS, parseReply, toBackgroundSchema, toContentSchema } from '../../../lib/messages/protocol';
import { parsePageReply } from '../../../lib/messages/page-protocol';

describe('message contract', () => {
  it.each([
    [{ type: 'ping' }, true, 'a known request'],
    [{ type: 'ping', extra: 1 }, true, 'unknown fields are stripped, not fatal'],
    [{ type: 'drop-tables' }, false, 'an unknown request'],
    [{ type: 'analyze', article: JSON.stringify({ title: 't', lang: 'en', blocks: [] }), force: false }, true, 'an article to analyse, as JSON'],
    [{ type: 'analyze', article: { title: 't', lang: 'en', blocks: [] }, force: false }, false, 'an article object, not JSON text'],
    [{ type: 'analyze', article: '{"title": "t", ', force: false }, false, 'an article that is not JSON'],
    [{ type: 'analyze', article: JSON.stringify({ title: 't', lang: 'en', blocks: [{ text: 'x', kind: 'script' }] }), force: false }, false, 'a block of an unknown kind'],
    [{ type: 'analyze', article: JSON.stringify({ title: 't', lang: 'en', blocks: [] }) }, false, 'force must be said'],
    ['ping', false, 'not an object'],
    [null, false, 'nothing'],
  ])('background request %j → valid %s (%s)', (message, valid, _covers) => {
    expect(toBackgroundSchema().safeParse(message).success).toBe(valid);
  });

  it.each([
    [{ type: 'show-figure', index: 3 }, true, 'a figure index'],
    [{ type: 'show-figure', index: '3' }, false, 'an index must be a number'],
    [{ type: 'show-figure', index: 1.5 }, false, 'an index must be whole'],
    [{ type: 'toggle-highlights' }, true, 'a command'],
  ])('content request %j → valid %s (%s)', (message, valid, _covers) => {
    expect(toContentSchema().safeParse(message).success).toBe(valid);
  });

  it('turns a malformed reply into an error reply', () => {
    expect(parseReply('ping', { ok: true })).toEqual({ ok: false, error: 'malformed reply to ping' });
    expect(parseReply('ping', undefined)).toEqual({ ok: false, error: 'malformed reply to ping' });
    expect(parseReply('ping', { ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
    expect(parseReply('ping', { ok: true, version: '1' })).toEqual({ ok: true, version: '1' });
  });

  it('reads the article of an analyze request out of its JSON text', () => {
    const article = { title: 'Colossus 1', lang: 'en', blocks: [{ text: '220,000 GPUs', kind: 'paragraph' }] };
    const parsed = toBackgroundSchema().safeParse({ type: 'analyze', article: JSON.stringify(article), force: true });
    expect(parsed.success && parsed.data.type === 'analyze' && parsed.data.article).toEqual(article);
  });

  it('refuses an article longer than the limit, saying so', () => {
    const long = JSON.stringify({ title: 't', lang: 'en', blocks: [{ text: 'x'.repeat(MAX_ARTICLE_CHARS), kind: 'paragraph' }] });
    const parsed = toBackgroundSchema().safeParse({ type: 'analyze', article: long, force: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('the article is too long to analyse (the limit is 2,000,000 characters)');
  });

  const figure = { block: 1, start: 0, end: 12, text: '220,000 GPUs', kind: 'gpus', value: 220000, unit: 'GPU', bound: 'exact', dealId: 'colossus-1', status: 'match' };
  const entity = { block: 0, start: 0, end: 6, id: 'spacex', kind: 'company', text: 'SpaceX' };
  it.each([
    [{ type: 'describe', target: { kind: 'figure', figure } }, true, "one of the analysis' figures"],
    [{ type: 'describe', target: { kind: 'entity', entity, deals: ['colossus-1'] } }, true, 'an entity, with the deals on the page'],
    [{ type: 'describe', target: { kind: 'entity', entity } }, false, 'an entity needs the deals on the page'],
    [{ type: 'describe', target: { kind: 'figure', figure: { ...figure, status: 'wrong' } } }, false, 'a figure the engine could not have made'],
    [{ type: 'describe', target: { kind: 'figure', index: 3 } }, false, 'an index alone: the background keeps no page'],
  ])('card request %j → valid %s (%s)', (message, valid, _covers) => {
    expect(toBackgroundSchema().safeParse(message).success).toBe(valid);
  });

  it("checks a card's words before the page shows them, and links only web addresses", () => {
    const card = { heading: '22,000+ GPUs', rows: [['Reads as', '≥ 22,000 GPUs']], label: 'Compute Deal Lens: 22,000+ GPUs' };
    expect(parsePageReply('describe', { ok: true, card })).toEqual({ ok: true, card });
    const linked = { ...card, source: { label: 'Source', text: 'https://example.com/a', href: 'https://example.com/a' } };
    expect(parsePageReply('describe', { ok: true, card: linked })).toEqual({ ok: true, card: linked });
    const scripted = { ...card, source: { label: 'Source', text: 'x', href: 'javascript:alert(1)' } };
    expect(parsePageReply('describe', { ok: true, card: scripted })).toEqual({ ok: false, error: 'malformed reply to describe' });
    expect(parsePageReply('describe', { ok: true, card: { ...card, rows: [['only a label']] } })).toEqual({ ok: false, error: 'malformed reply to describe' });
  });

  it('checks the marks of an analyze reply before the page paints them', () => {
    const reply = { ok: true, isComputeDeal: true, marks: '3 0 1 0 12\n', analysis: '{}' };
    expect(parsePageReply('analyze', reply)).toEqual(reply);
    expect(parsePageReply('analyze', { ...reply, marks: '<b>3 0 1 0 12</b>' })).toEqual({ ok: false, error: 'malformed reply to analyze' });
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

describe("the gate's hand check of the names-deal reply", () => {
  it.each([
    [{ ok: true, named: true }, true],
    [{ ok: true, named: false }, false],
    [{ ok: true, named: 'yes' }, false],
    [{ ok: false, error: 'no dataset is loaded' }, false],
    [{ named: true }, false],
    [null, false],
    ['named', false],
    [undefined, false],
  ])('%j → %s, as the reply schema reads it', (reply, named) => {
    expect(isNamedReply(reply)).toBe(named);
    const parsed = parseReply('names-deal', reply);
    expect(parsed.ok && parsed.named === true).toBe(named);
  });
});

describe("the gate's hand check of the page-settings reply for timing marks", () => {
  it.each([
    [{ ok: true, enabled: true, categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts: true }, markTimings: true }, true],
    [{ ok: true, enabled: true, categories: { entities: true, figures: true, matches: true, mismatches: true, conflicts: true }, markTimings: false }, false],
    [{ ok: false, error: 'no settings' }, false],
    [{ ok: true, markTimings: 'true' }, false],
    [undefined, false],
  ])('%j → %s, as the reply schema reads it', (reply, on) => {
    expect(markTimingsOn(reply)).toBe(on);
    const parsed = parsePageReply('page-settings', reply);
    expect(parsed.ok && parsed.markTimings).toBe(on);
  });
});
