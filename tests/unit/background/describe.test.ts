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
