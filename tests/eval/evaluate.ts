import { compileDataset } from '../../lib/analyze/engine';
import type { Analysis } from '../../lib/analyze/types';
import { analyzeDocument } from '../../lib/content/analyze-document';
import type { Dataset } from '../../lib/dataset/schema';
import { parseHtml } from '../../lib/node/load-page';
import type { CorpusPage } from './corpus';
import { scorePage, type PageScore } from './score';

/** Runs the whole pipeline over golden pages, as the CLI would. */
export function evaluate(pages: CorpusPage[], dataset: Dataset): Array<{ page: CorpusPage; analysis: Analysis; score: PageScore }> {
  const engine = compileDataset(dataset);
  return pages.map((page) => {
    const analysis = analyzeDocument(engine, parseHtml(page.html, `https://fixtures.example/${page.name}.html`));
    return { page, analysis, score: scorePage(page.name, analysis, page.gold) };
  });
}
