import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, REPORT_FORMAT, reportFileName } from '@/components/popup/report/build-report';
import { mdLink, mdText } from '@/components/popup/report/markdown-text';
import { reportToJson } from '@/components/popup/report/report-json';
import { reportToMarkdown } from '@/components/popup/report/report-markdown';
import { relatedCoverage } from '@/components/popup/related';
import { setMessageSource } from '@/components/shared/i18n';
import { messageSource } from './messages';
import { AMAZON, COLOSSUS, CURRENT_URL, dealMap, FIGURES, sampleAnalysis, samplePages } from './sample';

const NOW = Date.UTC(2026, 4, 16, 9, 30);

/** The sample page, restating "22,000+ GPUs" twice and "300+ MW" once further down, as seed-000-zh-hant does. */
const repeating = () =>
  sampleAnalysis({ figures: [...FIGURES, { ...FIGURES[2]!, block: 9 }, { ...FIGURES[0]!, block: 10, text: '300+ MW ' }, { ...FIGURES[2]!, block: 12 }] });

function sampleReport(analysis = sampleAnalysis()) {
  const deals = dealMap();
  const related = relatedCoverage(analysis.deals, deals, samplePages(), { url: CURRENT_URL, canonicalUrl: analysis.url!, title: analysis.title });
  return buildReport({ analysis, url: CURRENT_URL, deals, entityNames: new Map([['colossus-1', 'Colossus 1']]), related, datasetVersion: '2026.05.11', now: NOW });
}

describe('buildReport', () => {
  const report = sampleReport();

  it('describes the page, the dataset and the deals', () => {
    expect(report.format).toBe(REPORT_FORMAT);
    expect(report.generatedAt).toBe('2026-05-16T09:30:00.000Z');
    expect(report.page).toMatchObject({ url: CURRENT_URL, canonicalUrl: expect.stringContaining('compute-sovereignty'), lang: 'zh-Hant', isComputeDeal: true });
    expect(report.dataset).toEqual({ version: '2026.05.11' });
    expect(report.deals.map((d) => d.id)).toEqual([COLOSSUS, AMAZON]);
  });

  it('puts the flags first, each with its reference, source and index in the analysis', () => {
    expect(report.figures.map((f) => [f.index, f.status])).toEqual([
      [2, 'mismatch'],
      [4, 'mismatch'],
      [0, 'match'],
      [1, 'match'],
      [3, 'match'],
      [5, 'unverified'],
    ]);
    expect(report.figures[0]).toMatchObject({
      text: '22,000+ GPUs',
      value: 22000,
      dealTitle: expect.stringContaining('Colossus 1'),
      reference: { value: 220000, bound: 'min', label: 'NVIDIA GPUs', source: 'Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11' },
    });
  });

  it('lists a figure the page repeats once, with the index of every occurrence', () => {
    const figures = sampleReport(repeating()).figures;
    expect(figures.map((f) => [f.text, f.status, f.occurrences])).toEqual([
      ['22,000+ GPUs', 'mismatch', [2, 6, 8]],
      ['200 MW', 'mismatch', [4]],
      ['300+ MW', 'match', [0, 7]],
      ['超過 22 萬張', 'match', [1]],
      ['up to 5 GW', 'match', [3]],
      ['25,000 A100', 'unverified', [5]],
    ]);
    expect(figures[0]!.index).toBe(2);
  });

  it('lists each entity once, by its dataset name when known', () => {
    expect(report.entities).toEqual([
      { id: 'anthropic', name: 'Anthropic', kind: 'company' },
      { id: 'spacex', name: 'SpaceX', kind: 'company' },
      { id: 'colossus-1', name: 'Colossus 1', kind: 'facility' },
    ]);
  });

  it('carries the related coverage as given', () => {
    expect(report.related[0]!.items.map((i) => i.site)).toEqual(['ChaoBro', 'Malik Logix', 'Odaily星球日报', 'GogoAI News']);
  });

  it('names the file after the site and the day', () => {
    expect(reportFileName(report, 'md')).toBe('deal-lens-node.example.org-2026-05-16.md');
    expect(reportFileName({ ...report, page: { ...report.page, url: 'not a url' } }, 'json')).toBe('deal-lens-2026-05-16.json');
  });
});

describe('reportToMarkdown', () => {
  beforeAll(() => setMessageSource(messageSource('en')));

  const markdown = () => reportToMarkdown(sampleReport(), 'en');

  it('states each flag with the article’s words, the reference and its source', () => {
    const text = markdown();
    expect(text).toContain('## Flags (2)');
    expect(text).toContain(
      '1. “22,000+ GPUs” — GPUs: ≥ 22,000 GPUs — Differs from the reference — Reference: ≥ 220,000 GPUs (NVIDIA GPUs) — Source: Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11',
    );
    // A URL source is a link.
    expect(text).toContain('Source: <https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal>');
  });

  it('puts the flags before the other figures, grouped by deal', () => {
    const text = markdown();
    expect(text.indexOf('## Flags')).toBeLessThan(text.indexOf('## Other figures'));
    expect(text).toContain('### Not linked to a deal\n\n- “25,000 A100” — GPUs: 25,000 GPUs — Not checked');
  });

  it('lists a repeated figure once, with how many times the page states it', () => {
    const text = reportToMarkdown(sampleReport(repeating()), 'en');
    expect(text).toContain('## Flags (2)');
    expect(text).toMatch(/^1\. “22,000\+ GPUs” — .* — Source: Malik Logix, Anthropic SpaceX Compute Partners, 2026-05-11 — Deal: .* \(×3\)$/m);
    expect(text).toMatch(/^2\. “200 MW” — .*[^)]$/m);
    expect(text.match(/22,000\+ GPUs/g)).toHaveLength(1);
    expect(text).toContain('- “300+ MW” — Power: ≥ 300 MW — Matches the reference — Reference: ≥ 300 MW (new capacity) — Source: <https://www.gogoai.xin/article/anthropic-partners-with-spacex-on-massive-compute-deal> (×2)');
  });

  it('lists the related coverage with dates, languages and agreement', () => {
    const text = markdown();
    expect(text).toContain('## Related coverage');
    expect(text).toContain(
      // The dataset's entry has no link, and a page read here with the same headline lends it none.
      '- Anthropic SpaceX Compute Partners — Malik Logix, May 11, 2026, English — 3 match · 0 differ — read May 13, 2026, in the dataset',
    );
    expect(text).toContain('Odaily星球日报, May 7, 2026, Simplified Chinese — 1 match · 1 differ');
    // The Amazon deal's only coverage is this page.
    expect(text).toContain('Nothing else about this deal yet.');
  });

  it('keeps page text from becoming markup', () => {
    const analysis = sampleAnalysis({ title: 'Deal <img src=x onerror=alert(1)> [click](javascript:alert(1)) *big*' });
    const text = reportToMarkdown(sampleReport(analysis), 'en');
    expect(text).toContain('# Deal Lens report: Deal \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*big\\*');
  });

  it('follows the UI language', () => {
    setMessageSource(messageSource('zh_TW'));
    try {
      const text = reportToMarkdown(sampleReport(), 'zh-TW');
      expect(text).toContain('## 相關報導');
      expect(text).toContain('## 存疑數字 (2)');
    } finally {
      setMessageSource(messageSource('en'));
    }
  });
});

describe('markdown text', () => {
  it.each([
    // Emphasis, links, HTML and tables are escaped.
    ['*a* _b_ [c](d) <e> |f|', '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\|f\\|'],
    // Line breaks would end a list item.
    ['two\nlines', 'two lines'],
    // Plain prose stays readable.
    ['Over 300 MW, 2026-05-11.', 'Over 300 MW, 2026-05-11.'],
    // Bare addresses would become links (GFM autolinks); an escaped colon or dot keeps them text.
    ['see https://e.vil/p or www.e.vil', 'see https\\://e.vil/p or www\\.e.vil'],
    // Math, mentions and e-mail autolinks, and entities.
    ['$x$ @team a@b.c &lt;', '\\$x\\$ \\@team a\\@b.c \\&lt;'],
    // After a list marker, "- x" or "1. x" would open a nested list.
    ['- x', '\\- x'],
    ['1. x', '1\\. x'],
    // Control characters (terminal escapes, line breaks) become a space.
    ['a\u001b[2Jb\r\nc', 'ab c'],
  ])('%j → %j', (input, expected) => {
    expect(mdText(input)).toBe(expected);
  });

  it('links only http(s) addresses', () => {
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    expect(mdLink('x', 'https://example.com/a (b)')).toBe('[x](https://example.com/a%20%28b%29)');
  });
});

describe('reportToJson', () => {
  it('round-trips the report', () => {
    const report = sampleReport();
    expect(JSON.parse(reportToJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('lists a repeated figure once, with its occurrences', () => {
    const figures = JSON.parse(reportToJson(sampleReport(repeating()))).figures as Array<{ text: string; occurrences: number[] }>;
    expect(figures.filter((f) => f.text === '22,000+ GPUs')).toEqual([expect.objectContaining({ index: 2, occurrences: [2, 6, 8], status: 'mismatch' })]);
    expect(figures).toHaveLength(6);
  });
});
