import { describe, expect, it } from 'vitest';
import { agreementOf, relatedCoverage } from '@/components/popup/related';
import { AMAZON, COLOSSUS, CURRENT_CANONICAL, CURRENT_URL, dealMap, sampleAnalysis, samplePages } from './sample';

const current = { url: CURRENT_URL, canonicalUrl: CURRENT_CANONICAL, title: sampleAnalysis().title };

describe('relatedCoverage', () => {
  const groups = relatedCoverage([COLOSSUS, AMAZON], dealMap(), samplePages(), current);
  const colossus = groups[0]!;

  it('groups by the page’s deals, in their order, under the dataset titles', () => {
    expect(groups.map((g) => g.dealId)).toEqual([COLOSSUS, AMAZON]);
    expect(colossus.dealTitle).toMatch(/^Anthropic takes the full capacity/);
  });

  it('lists read pages and dataset entries newest first, merging an entry with the page it names', () => {
    expect(colossus.items.map((i) => i.site)).toEqual(['ChaoBro', 'Malik Logix', 'Odaily星球日报', 'GogoAI News']);
    const malik = colossus.items[1]!;
    // Same headline as the dataset entry: one item, read here and in the dataset, with the
    // dataset's words and link (it has none), never the page's: a page may copy a headline.
    expect(malik).toMatchObject({ inDataset: true, publishedAt: '2026-05-11', site: 'Malik Logix' });
    expect(malik.url).toBeUndefined();
    expect(malik.agreement).toEqual({ match: 3, mismatch: 0, unverified: 0 });
    expect(malik.seenAt).toBe(Date.UTC(2026, 4, 13));
    // Known only from the dataset: a link, but no agreement (the dataset has no figures of it).
    expect(colossus.items[3]).toMatchObject({ inDataset: true, url: expect.stringContaining('gogoai.xin') });
    expect(colossus.items[3]!.agreement).toBeUndefined();
  });

  it('never lists the current page, whether read under its canonical address or named in the dataset', () => {
    const all = groups.flatMap((g) => g.items);
    expect(all.some((i) => i.site === 'Public Observation Node')).toBe(false);
    // Its only coverage is the current page, so the Amazon deal has nothing related.
    expect(groups[1]!.items).toEqual([]);
  });

  it('excludes the current page by its own address too, ignoring the fragment', () => {
    const pages = samplePages();
    const here = { url: `${pages[0]!.url}#comments`, title: 'Another title' };
    const items = relatedCoverage([COLOSSUS], dealMap(), pages, here)[0]!.items;
    expect(items.some((i) => i.url === pages[0]!.url)).toBe(false);
  });

  it('counts each page’s figures about the deal by status', () => {
    const bySite = Object.fromEntries(colossus.items.map((i) => [i.site, i.agreement]));
    expect(bySite['ChaoBro']).toEqual({ match: 2, mismatch: 0, unverified: 0 });
    expect(bySite['Odaily星球日报']).toEqual({ match: 1, mismatch: 1, unverified: 0 });
  });

  it('offers only http(s) addresses as links', () => {
    const pages = [{ ...samplePages()[0]!, url: 'javascript:alert(1)' }];
    const items = relatedCoverage([COLOSSUS], new Map(), pages, { url: CURRENT_URL, title: 'x' })[0]!.items;
    expect(items).toHaveLength(1);
    expect(items[0]!.url).toBeUndefined();
  });
});

describe('agreementOf', () => {
  it.each([
    // Figures of every deal when no deal is named.
    [undefined, { match: 3, mismatch: 0, unverified: 0 }],
    // Only the named deal's figures.
    ['anthropic-google-broadcom', { match: 1, mismatch: 0, unverified: 0 }],
    // A deal the page never mentions.
    ['nvidia-optical-suppliers', { match: 0, mismatch: 0, unverified: 0 }],
  ])('counts figures of %s', (dealId, expected) => {
    expect(agreementOf(samplePages()[0]!, dealId)).toEqual(expected);
  });

  it("keeps a dataset entry's link, title and publisher when a page read here claims to be it", () => {
    const entryUrl = 'https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal';
    const hostile = {
      url: 'https://e.vil.example/p',
      canonicalUrl: entryUrl,
      title: 'Click here',
      site: 'GogoAI News',
      lang: 'en',
      seenAt: Date.UTC(2026, 4, 14),
      deals: [COLOSSUS],
      figures: [],
    };
    const [group] = relatedCoverage([COLOSSUS], dealMap(), [hostile], current);
    const entry = group!.items.find((i) => i.inDataset && i.site === 'GogoAI News')!;
    expect(entry).toMatchObject({ url: entryUrl, title: expect.not.stringContaining('Click here') });
    expect(group!.items.some((i) => i.url?.includes('e.vil'))).toBe(false);
  });
});

