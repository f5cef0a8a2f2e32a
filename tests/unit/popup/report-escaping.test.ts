/**
 * The Markdown export with hostile strings in every field a page or a dataset
 * supplies. A page's metadata (title, site, language, date, address) and a
 * synced dataset (version, deal titles, sources, labels, entity names) are
 * written by strangers; none of it may become a link, an image or markup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FORMAT, type PageReport, type ReportFigure } from '@/components/popup/report/build-report';
import { reportToMarkdown } from '@/components/popup/report/report-markdown';
import { setMessageSource } from '@/components/shared/i18n';
import { messageSource } from './messages';

// The payload found in an export: a link and a tracking image.
const LINK_AND_IMAGE = '[x](https://e.vil/p)<img src=https://e.vil/t.gif>';
// Everything else Markdown renderers turn into something: a new line and heading,
// emphasis, code, an image, bare addresses (GFM autolinks), math, a mention, an entity.
const THE_REST = '\n# Owned *b* _i_ `c` ![i](https://e.vil/i.png) https://e.vil/a www.e.vil a@e.vil $x$ &lt; ~~s~~ |t|';
const H = `${LINK_AND_IMAGE}${THE_REST}`;
// Strings that would open a nested list or a heading underline after "- ".
const LIST = '- 1. item';
// An http address built to end the link early and open markup.
const EVIL_URL = 'https://e.vil/p)<img src=x>`c`(';

function hostileFigure(status: ReportFigure['status'], dealId: string | null): ReportFigure {
  return {
    index: 0,
    text: H,
    kind: 'power',
    value: H,
    unit: 'date',
    bound: 'exact',
    currency: H,
    status,
    dealId,
    dealTitle: H,
    reference: { value: H, unit: H, bound: 'exact', label: H, source: H },
    occurrences: [0, 1],
  };
}

function hostileReport(): PageReport {
  return {
    format: REPORT_FORMAT,
    generatedAt: H,
    page: { title: H, url: H, canonicalUrl: EVIL_URL, site: H, lang: H, publishedAt: H, isComputeDeal: true },
    dataset: { version: H },
    deals: [{ id: H, title: H }],
    figures: [
      hostileFigure('mismatch', H),
      { ...hostileFigure('match', H), currency: H, value: 5, unit: 'USD', reference: { value: 5, unit: 'USD', bound: 'exact', source: EVIL_URL } },
      hostileFigure('unverified', null),
    ],
    entities: [
      { id: H, name: H, kind: H },
      { id: LIST, name: LIST, kind: 'company' },
    ],
    related: [
      {
        dealId: H,
        dealTitle: H,
        items: [
          { title: H, site: H, lang: H, url: EVIL_URL, publishedAt: H, seenAt: 0, inDataset: true, agreement: { match: 1, mismatch: 0, unverified: 0 } },
          { title: LIST, site: LIST, lang: LIST, url: H, publishedAt: LIST, inDataset: false },
        ],
      },
    ],
  };
}

// The report's own syntax, line by line: a heading, a list item or a numbered flag.
const LINE_PREFIX = /^(?:#{1,3} |- |\d+\. )/;
// The report's own links: escaped text and an http(s) target, or an autolink.
const INLINE_LINK = /\[((?:\\[\s\S]|[^\\[\]])*)\]\(([^)\s]*)\)/g;
const AUTOLINK = /<(https?:\/\/[^\s<>]*)>/g;
// A backslash escape of ASCII punctuation (https://spec.commonmark.org/0.31.2/#backslash-escapes).
const ESCAPE = /\\[!-/:-@[-`{-~]/g;
// What a renderer would still read as syntax once the report's own is taken out.
const SYNTAX = /[[\]<>*_`|~&$@\\]|:\/\/|www\./i;
const LINE_START_SYNTAX = /^(?:[-+=>]|\d+[.)])/;

/** The link targets in `markdown`, and each line's text once escapes, links and prefixes are removed. */
function readMarkdown(markdown: string): { targets: string[]; lines: string[] } {
  const targets: string[] = [];
  const lines = markdown.split('\n').map((line) => {
    const body = line
      .replace(LINE_PREFIX, '')
      .replace(INLINE_LINK, (_m, text: string, target: string) => {
        targets.push(target);
        return text;
      })
      .replace(AUTOLINK, (_m, target: string) => {
        targets.push(target);
        return '';
      });
    return body;
  });
  return { targets, lines };
}

describe('the Markdown export of hostile metadata', () => {
  beforeAll(() => setMessageSource(messageSource('en')));

  const markdown = () => reportToMarkdown(hostileReport(), 'en');

  it('leaves no markup, link or autolink syntax outside the report’s own', () => {
    const { lines } = readMarkdown(markdown());
    for (const line of lines) {
      const text = line.replace(ESCAPE, '');
      expect(text, line).not.toMatch(SYNTAX);
      // The rest of a list item must not open a nested list or a quote.
      expect(line, line).not.toMatch(LINE_START_SYNTAX);
    }
  });

  it('links only to http(s) addresses, each encoded so that it cannot end the link', () => {
    const { targets } = readMarkdown(markdown());
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      expect(target).toMatch(/^https:\/\/e\.vil\/p/);
      expect(target).not.toMatch(/[\s()<>`]/);
    }
    // The page's non-http "address" and each hostile source are text, not links.
    expect(targets.every((t) => t === targets[0])).toBe(true);
  });

  it('keeps a line break in a field from starting a line of its own', () => {
    const text = markdown();
    expect(text).not.toMatch(/^# Owned/m);
    expect(text.match(/^# /gm)).toHaveLength(1);
  });

  it('escapes the fields the formatters hand back as given: language, dates, dataset version', () => {
    const text = markdown();
    const escaped = String.raw`\[x\](https\://e.vil/p)\<img src=https\://e.vil/t.gif\>`;
    expect(text).toContain(`- Language: ${escaped}`);
    expect(text).toContain(`- Published: ${escaped}`);
    expect(text).toContain(`- Dataset ${escaped}`);
    expect(text).not.toContain(LINK_AND_IMAGE);
  });
});
