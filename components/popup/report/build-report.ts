/**
 * A page's report: what the popup shows, as plain data. The Markdown and JSON
 * exports are both written from it.
 */
import type { Analysis, Expected, Figure } from '@/lib/analyze/types';
import type { Deal } from '@/lib/dataset/schema';
import { uniqueEntities, type FoundEntity } from '../page-figures';
import type { RelatedGroup } from '../related';

export const REPORT_FORMAT = 'compute-deal-lens-report/v1';

export interface ReportFigure {
  /** Position in the page's analysis. */
  index: number;
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
  /** Mismatches first, then the rest, each in page order. */
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
  const figures = analysis.figures
    .map((figure, index): ReportFigure => {
      const dealTitle = figure.dealId ? deals.get(figure.dealId)?.title : undefined;
      return {
        index,
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
