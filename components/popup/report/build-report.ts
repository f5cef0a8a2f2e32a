/**
 * A page's report: what the popup shows, as plain data. The Markdown and JSON
 * exports are both written from it.
 */
import type { Analysis, Expected, Figure } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import { groupRepeats } from '@/components/shared/repeated-figures';
import { uniqueEntities, type FoundEntity } from '../page-figures';
import type { RelatedGroup } from '../related';

/** v2: a figure the page states more than once is one entry with its occurrences (v1 listed each). */
export const REPORT_FORMAT = 'compute-deal-lens-report/v2';

export interface ReportFigure {
  /** Position in the page's analysis of its first occurrence. */
  index: number;
  /** Positions in the page's analysis of every place the page states it, in page order. */
  occurrences: number[];
  text: string;
  kind: Figure['kind'];
  value: number | string;
  unit: string;
  bound: Figure['bound'];
  currency?: string;
  status: Figure['status'];
  dealId: string | null;
  dealTitle?: string;
  reference?: Expected;
}

export interface PageReport {
  format: typeof REPORT_FORMAT;
  generatedAt: string;
  page: {
    title: string;
    url: string;
    canonicalUrl?: string;
    site?: string;
    lang: string;
    publishedAt?: string;
    isComputeDeal: boolean;
  };
  dataset?: { version: string };
  deals: Array<{ id: string; title: string }>;
  /** Each figure once, mismatches first, then the rest, each in page order of first occurrence. */
  figures: ReportFigure[];
  entities: FoundEntity[];
  related: RelatedGroup[];
}

export interface ReportInput {
  analysis: Analysis;
  /** The tab's address, as the content script reported it. */
  url: string;
  deals: ReadonlyMap<string, Deal>;
  entityNames?: ReadonlyMap<string, string>;
  related: RelatedGroup[];
  datasetVersion?: string;
  now: number;
}

const statusOrder = { mismatch: 0, match: 1, unverified: 1 } as const;

/** Builds the report; pure, so the same input always gives the same report. */
export function buildReport(input: ReportInput): PageReport {
  const { analysis, deals } = input;
  const canonical = analysis.url && analysis.url !== input.url ? analysis.url : undefined;
  const indexed = analysis.figures.map((figure, index) => ({ figure, index }));
  const figures = groupRepeats(indexed, (item) => item.figure)
    .map(({ first: { figure, index }, occurrences }): ReportFigure => {
      const dealTitle = figure.dealId ? deals.get(figure.dealId)?.title : undefined;
      return {
        index,
        occurrences: occurrences.map((o) => o.index),
        text: figure.text.trim(),
        kind: figure.kind,
        value: figure.value,
        unit: figure.unit,
        bound: figure.bound,
        ...(figure.currency ? { currency: figure.currency } : {}),
        status: figure.status,
        dealId: figure.dealId,
        ...(dealTitle ? { dealTitle } : {}),
        ...(figure.expected ? { reference: figure.expected } : {}),
      };
    })
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || a.index - b.index);
  return {
    format: REPORT_FORMAT,
    generatedAt: new Date(input.now).toISOString(),
    page: {
      title: analysis.title,
      url: input.url,
      ...(canonical ? { canonicalUrl: canonical } : {}),
      ...(analysis.siteName ? { site: analysis.siteName } : {}),
      lang: analysis.lang,
      ...(analysis.publishedAt ? { publishedAt: analysis.publishedAt } : {}),
      isComputeDeal: analysis.isComputeDeal,
    },
    ...(input.datasetVersion ? { dataset: { version: input.datasetVersion } } : {}),
    deals: analysis.deals.map((id) => ({ id, title: deals.get(id)?.title ?? id })),
    figures,
    entities: uniqueEntities(analysis.entities, input.entityNames),
    related: input.related,
  };
}

/** A file name for the report: the site and the day, safe on every file system. */
export function reportFileName(report: PageReport, extension: 'md' | 'json'): string {
  let host = '';
  try {
    host = new URL(report.page.url).hostname;
  } catch {
    // An address that does not parse names no site; the day alone will do.
  }
  const slug = host.replace(/^www\./, '').replace(/[^a-z0-9.-]+/gi, '-').replace(/^-+|-+$/g, '');
  return `deal-lens-${slug ? `${slug}-` : ''}${report.generatedAt.slice(0, 10)}.${extension}`;
}
