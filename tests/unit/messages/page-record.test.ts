import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/analyze/types';
import { pageRecord, pageRecordSchema } from '../../../lib/messages/page-record';

const analysis: Analysis = {
  title: 'Anthropic to use all of Colossus 1',
  lang: 'en',
  url: 'https://news.example/canonical/colossus',
  siteName: 'News Example',
  publishedAt: '2026-05-06T08:00:00Z',
  isComputeDeal: true,
  score: 0.9,
  deals: ['anthropic-spacex-colossus-1'],
  entities: [],
  figures: [
    { block: 0, start: 0, end: 14, text: ' 22,000+ GPUs ', kind: 'gpus', value: 22000, unit: 'GPU', bound: 'min', dealId: 'anthropic-spacex-colossus-1', status: 'mismatch', expected: { value: 220000, unit: 'GPU', bound: 'min', label: 'NVIDIA GPUs', source: 'https://x.ai/' } },
  ],
};

describe('page record', () => {
  it('keeps the page without its fragment, its canonical URL, and its figures with their verdicts', () => {
    const record = pageRecord(analysis, 'https://news.example/a?id=1#comments', 1_000);
    expect(pageRecordSchema.safeParse(record).success).toBe(true);
    expect(record).toMatchObject({
      url: 'https://news.example/a?id=1',
      canonicalUrl: 'https://news.example/canonical/colossus',
      // By its host: the page's own name for itself ("News Example") is its word only.
      site: 'news.example',
      seenAt: 1_000,
      figures: [{ text: '22,000+ GPUs', status: 'mismatch', expected: { value: 220000 } }],
    });
  });

  it("keeps a canonical URL only on the page's own site", () => {
    const foreign = pageRecord({ ...analysis, url: 'https://www.gogoai.xin/article/anthropic-partners-with-spacex' }, 'https://e.vil.example/p', 1);
    expect(foreign.canonicalUrl).toBeUndefined();
    const sibling = pageRecord({ ...analysis, url: 'https://www.news.example/canonical/colossus' }, 'https://amp.news.example/a', 1);
    expect(sibling.canonicalUrl).toBe('https://www.news.example/canonical/colossus');
  });

  it('names the site by its host when the page has no title or site name, and drops a non-web canonical URL', () => {
    const record = pageRecord({ ...analysis, title: '', siteName: undefined, url: 'javascript:alert(1)' }, 'https://news.example/a', 1);
    expect(record.title).toBe('news.example');
    expect(record.site).toBe('news.example');
    expect(record.canonicalUrl).toBeUndefined();
  });
});
