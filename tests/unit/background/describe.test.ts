import { beforeAll, describe as group, expect, it } from 'vitest';
import { setMessageSource } from '@/components/shared/i18n';
import { describe } from '@/entrypoints/background/describe';
import { messageSource } from '../popup/messages';
import { AMAZON, COLOSSUS, FIGURES, bundledDataset } from '../popup/sample';

const dataset = bundledDataset();
const colossus = dataset.deals.find((d) => d.id === COLOSSUS)!;
const spacex = { block: 0, start: 0, end: 6, id: 'spacex', kind: 'company', text: 'SpaceX' };

group('hover card words', () => {
  beforeAll(() => setMessageSource(messageSource('en')));

  it("states a flagged figure's reading, its deal, the reference with its label, and the verdict", () => {
    const card = describe({ kind: 'figure', figure: FIGURES[2]! }, dataset);
    expect(card.heading).toBe('22,000+ GPUs');
    expect(card.rows).toEqual([
      ['Reads as', '≥ 22,000 GPUs'],
      ['Deal', colossus.title],
      ['Reference', '≥ 220,000 GPUs (NVIDIA GPUs)'],
    ]);
    expect(card.status).toEqual({ text: 'Differs from the reference', tone: 'mismatch' });
    expect(card.label).toBe('Compute Deal Lens: 22,000+ GPUs: Differs from the reference');
  });

  it('names a conflict where the dataset has no value, and lists the page\'s other values once each with their paragraph', () => {
    const slip = { ...FIGURES[2]!, status: 'unverified' as const, conflicts: [1, 6] };
    delete (slip as { expected?: unknown }).expected;
    const others = [
      { index: 6, figure: { ...FIGURES[1]!, block: 8, text: 'more than 220,000 GPUs' } },
      { index: 1, figure: FIGURES[1]! },
      { index: 9, figure: FIGURES[0]! },
    ];
    const card = describe({ kind: 'figure', figure: slip, others }, dataset);
    expect(card.status).toEqual({ text: 'Stated otherwise elsewhere on this page', tone: 'conflict' });
    // 220,000 is given twice: once in the card, at its first place; a figure not in the conflict is not named.
    expect(card.also).toEqual([{ text: 'This page also says 超過 22 萬張 (paragraph 2)', figure: 1 }]);
  });

  it('keeps the dataset\'s verdict on a conflicting figure it can check, and still names the other value', () => {
    const card = describe({ kind: 'figure', figure: { ...FIGURES[2]!, conflicts: [1] }, others: [{ index: 1, figure: FIGURES[1]! }] }, dataset);
    expect(card.status?.tone).toBe('mismatch');
    expect(card.also?.map((a) => a.figure)).toEqual([1]);
  });

  it('says what the coverage read states otherwise, with links to the articles, never to other schemes', () => {
    const articles = [
      { url: 'https://a.example.com/one', title: 'One' },
      { url: 'javascript:alert(1)', title: 'Two' },
      { url: 'https://c.example.com/three', title: '' },
    ];
    const figure = { ...FIGURES[5]!, dealId: COLOSSUS, coverage: { value: 220000, unit: 'GPU', bound: 'min' as const, articles } };
    const card = describe({ kind: 'figure', figure }, dataset);
    expect(card.status).toEqual({ text: 'Differs from coverage you read', tone: 'conflict' });
    expect(card.rows).toContainEqual(['Coverage you read', '3 other articles you read say ≥ 220,000 GPUs']);
    expect(card.links).toEqual([
      { text: 'One', href: 'https://a.example.com/one' },
      { text: 'https://c.example.com/three', href: 'https://c.example.com/three' },
    ]);
  });

  it('links a source only when it is a web address', () => {
    const byName = describe({ kind: 'figure', figure: FIGURES[2]! }, dataset).source;
    expect(byName).toEqual({ label: 'Source', text: FIGURES[2]!.expected!.source });
    const byUrl = describe({ kind: 'figure', figure: FIGURES[0]! }, dataset).source;
    expect(byUrl?.href).toBe(FIGURES[0]!.expected!.source);
  });

  it('says an unlinked figure is unverified, with no deal and no reference', () => {
    const card = describe({ kind: 'figure', figure: FIGURES[5]! }, dataset);
    expect(card.rows).toEqual([['Reads as', '25,000 GPUs']]);
    expect(card.status).toEqual({ text: 'Not attributed to a known deal', tone: 'neutral' });
    expect(card.source).toBeUndefined();
  });

  it.each([
    // [tier, role, the line the card gives]
    ['clause', 'site', 'the sentence names Colossus 1'],
    ['sentence', 'anaphora', 'the sentence speaks of the deal and names Colossus 1'],
    ['previous-sentence', 'site', 'the sentence before names Colossus 1'],
    ['row', 'site', 'its table row or column names Colossus 1'],
    ['article', undefined, 'the article is about this deal'],
  ] as const)('says in one line why a figure is tied to its deal (%s, %s)', (tier, role, line) => {
    const mention = { block: 1, start: 10, end: 20, text: 'Colossus 1' };
    const evidence = { tier, ...(role ? { role, entityId: 'colossus-1', mention } : {}) };
    const card = describe({ kind: 'figure', figure: { ...FIGURES[2]!, evidence } }, dataset);
    expect(card.rows).toContainEqual(['Why', `Attributed to ${colossus.title}: ${line}`]);
  });

  it('says why a figure near a deal is not compared', () => {
    const card = describe({ kind: 'figure', figure: { ...FIGURES[5]!, veto: 'financials' } }, dataset);
    expect(card.rows).toContainEqual(['Why', "Not compared: it is a company's revenue, earnings or value"]);
  });

  it('gives the reason in Chinese too', () => {
    setMessageSource(messageSource('zh_CN'));
    try {
      const evidence = { tier: 'clause' as const, role: 'site' as const, entityId: 'colossus-1', mention: { block: 1, start: 0, end: 10, text: 'Colossus 1' } };
      const card = describe({ kind: 'figure', figure: { ...FIGURES[2]!, evidence } }, dataset);
      expect(card.rows).toContainEqual(['依据', `归属于 ${colossus.title}：句中提到 Colossus 1`]);
    } finally {
      setMessageSource(messageSource('en'));
    }
  });

  it("names an entity and the page's deals it takes part in", () => {
    const card = describe({ kind: 'entity', entity: spacex, deals: [COLOSSUS, AMAZON] }, dataset);
    expect(card.heading).toBe(dataset.entities.find((e) => e.id === 'spacex')!.name);
    expect(card.rows).toEqual([['Kind', 'company'], ['Deal', colossus.title]]);
  });

  it('counts the known deals of an entity none of whose deals is on the page', () => {
    const card = describe({ kind: 'entity', entity: spacex, deals: [AMAZON] }, dataset);
    const known = dataset.deals.filter((d) => d.parties.includes('spacex') || d.sites?.includes('spacex')).length;
    expect(card.rows).toEqual([['Kind', 'company'], ['Known deals', String(known)]]);
  });

  it('falls back to the page text when no dataset is loaded', () => {
    expect(describe({ kind: 'entity', entity: spacex, deals: [] }, undefined).heading).toBe('SpaceX');
    expect(describe({ kind: 'figure', figure: FIGURES[2]! }, undefined).rows).not.toContainEqual(['Deal', colossus.title]);
  });
});
