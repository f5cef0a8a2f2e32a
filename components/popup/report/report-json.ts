import type { PageReport } from './build-report';

/** The report as JSON, for tools: canonical values and units, not the UI's wording. */
export function reportToJson(report: PageReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
