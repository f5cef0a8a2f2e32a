import { describe, expect, it } from 'vitest';
import { decodeNodeMarks, encodeNodeMarks, nodeMarksSchema } from '../../../lib/messages/node-marks';
import { isFromExtensionPage, parseOffscreenReply, toOffscreenSchema } from '../../../lib/messages/offscreen-protocol';
import { parsePageReply } from '../../../lib/messages/page-protocol';
import { toBackgroundSchema } from '../../../lib/messages/protocol';

/**
 * Block 0 "Anthropic buys 300 MW" from three text nodes: #4 "Anthropic " (10),
 * #5 "buys 300" (8), #7 " MW" (3); block 1 "SpaceX | 22,000 GPUs", a row whose
 * cells are #9 "SpaceX" and #11 "22,000 GPUs" (the separator is no node's).
 */
const SEGMENTS = [
  [0, 4, 10, 10, 5, 8, 18, 7, 3],
  [0, 9, 6, 9, 11, 11],
];

const figure = (block: number, start: number, end: number, status: 'match' | 'mismatch' | 'unverified') =>
  ({ block, start, end, status }) as never;

describe('paint marks in text-node coordinates', () => {
  it.each([
    // [block, start, end] → [startNode, startOffset, startLength, endNode, endOffset, endLength]; what the row covers
    [[0, 0, 9], [4, 0, 10, 4, 9, 10], 'within one node'],
    [[0, 15, 21], [5, 5, 8, 7, 3, 3], 'across two nodes: "300 MW"'],
    [[0, 10, 18], [5, 0, 8, 5, 8, 8], 'a whole node: its end resolves to the node it ends, not the next'],
    [[1, 9, 20], [11, 0, 11, 11, 11, 11], 'a cell of a row, past the separator'],
  ] as const)('places %j at %j (%s)', ([block, start, end], expected, _covers) => {
    const [mark] = decodeNodeMarks(encodeNodeMarks({ entities: [], figures: [figure(block, start, end, 'mismatch')] }, SEGMENTS));
    expect(mark).toEqual({
      category: 'mismatch', index: 0,
      startNode: expected[0], startOffset: expected[1], startLength: expected[2],
      endNode: expected[3], endOffset: expected[4], endLength: expected[5],
    });
  });

  it.each([
    [[1, 6, 9], 'the cell separator alone, which no node holds'],
    [[2, 0, 3], 'a block the page has no text for'],
    [[0, 5, 5], 'an empty span'],
  ] as const)('leaves out %j (%s)', ([block, start, end], _covers) => {
    expect(encodeNodeMarks({ entities: [], figures: [figure(block, start, end, 'match')] }, SEGMENTS)).toBe('');
  });

  it('puts entities first, leaves out those found in the title only, and names each category', () => {
    const entity = (block: number) => ({ block, start: 0, end: 9, id: 'anthropic', kind: 'company', text: 'Anthropic' });
    const text = encodeNodeMarks(
      { entities: [entity(-1), entity(0)], figures: [figure(0, 15, 21, 'match'), figure(0, 15, 21, 'unverified')] } as never,
      SEGMENTS,
    );
    expect(decodeNodeMarks(text).map((m) => [m.category, m.index])).toEqual([['entity', 1], ['match', 0], ['figure', 1]]);
    expect(nodeMarksSchema().safeParse(text).success).toBe(true);
  });

  it.each([
    ['0 1 2 3 4 5 6 7\n', true, 'one mark'],
    ['', true, 'none'],
    ['0 1 2 3 4 5 6\n', false, 'a field short'],
    ['5 1 2 3 4 5 6 7\n', false, 'an unknown category'],
    ['0 1 2 3 4 5 6 -7\n', false, 'a negative number'],
    ['0 1 2 3 4 5 6 7', false, 'an unfinished line'],
  ])('reads %j as marks: %s (%s)', (text, valid, _covers) => {
    expect(nodeMarksSchema().safeParse(text).success).toBe(valid);
  });
});

describe('the messages of reading a page elsewhere', () => {
  it.each([
    [{ type: 'analyze-page', html: '<p>x</p>', composed: false, force: false }, true, 'a page to read'],
    [{ type: 'analyze-page', html: '<p>x</p>', force: false }, false, 'composed must be said'],
    [{ type: 'analyze-page', html: 3, composed: false, force: false }, false, 'markup is text'],
    [{ type: 'analyze-page', html: 'x'.repeat(12_000_001), composed: false, force: false }, false, 'a page past the limit'],
  ])('background request %j… → valid %s (%s)', (message, valid, _covers) => {
    expect(toBackgroundSchema().safeParse(message).success).toBe(valid);
  });

  it('checks the marks of its reply at once', () => {
    const ok = { ok: true, isComputeDeal: true, marks: '0 1 2 3 4 5 6 7\n', textNodes: 12, analysis: '{}' };
    expect(parsePageReply('analyze-page', ok)).toEqual(ok);
    expect(parsePageReply('analyze-page', { ...ok, marks: '0 1 2\n' })).toEqual({ ok: false, error: 'malformed reply to analyze-page' });
    expect(parsePageReply('analyze-page', { ...ok, textNodes: -1 })).toEqual({ ok: false, error: 'malformed reply to analyze-page' });
  });

  it('lets the offscreen document read one kind of request, and the background check its reply', () => {
    expect(toOffscreenSchema().safeParse({ type: 'offscreen-extract', html: '<p>x</p>', composed: true, url: 'https://example.com/' }).success).toBe(true);
    expect(toOffscreenSchema().safeParse({ type: 'analyze-page', html: '<p>x</p>', composed: true, force: false }).success).toBe(false);
    const reply = { ok: true, article: { title: 't', lang: 'en', blocks: [] }, segments: [[0, 1, 2]], textNodes: 3 };
    expect(parseOffscreenReply('offscreen-extract', reply)).toEqual(reply);
    expect(parseOffscreenReply('offscreen-extract', { ...reply, segments: [[-1]] })).toEqual({ ok: false, error: 'malformed reply to offscreen-extract' });
  });

  const ID = 'miemlklbipgdmoonpghjfgkagbfnaphc';
  const ORIGIN = `chrome-extension://${ID}/`;
  it.each([
    [{ id: ID, url: `${ORIGIN}background.js` }, true, 'the service worker'],
    [{ id: ID, url: `${ORIGIN}popup.html` }, true, "one of the extension's pages"],
    [{ id: ID, url: 'https://example.com/', tab: { id: 3 } }, false, 'a content script: it has a tab'],
    [{ id: 'another', url: `chrome-extension://another/x.html` }, false, 'another extension'],
    [{ id: ID, url: 'https://example.com/' }, false, 'an address outside the extension'],
    [undefined, false, 'no sender'],
  ])('takes a message from %j: %s (%s)', (sender, expected, _covers) => {
    expect(isFromExtensionPage(sender, ID, ORIGIN)).toBe(expected);
  });
});
