import { analyzeArticle, type AnalyzeOptions } from '../analyze/analyze-article';
import type { Engine } from '../analyze/engine';
import type { Analysis } from '../analyze/types';
import { extractMainContent, type MainContent } from './extract-main-content';

/** Main content extraction and analysis of one document, as the CLI and tests run it. */
export function analyzeDocument(engine: Engine, doc: Document, options: AnalyzeOptions = {}): Analysis & { content: MainContent } {
  const content = extractMainContent(doc);
  return { ...analyzeArticle(engine, content.article, options), content };
}
