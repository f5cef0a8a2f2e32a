import { FALLBACK_GLOBAL, type FallbackModule } from '../content/lens-module';
import { extractInSteps } from '@/lib/content/extract-main-content';
import { decodeMarks } from '@/lib/messages/paint-marks';
import { staticRangeForSpan } from '@/lib/paint/ranges';

/**
 * What only the page's own reading needs (Readability, the blocks, the marks
 * in article offsets), loaded by the lens (entrypoints/content-lens) into the
 * same world when a page cannot be read in the extension's document. A deal
 * page read there never evaluates it.
 */
export default defineUnlistedScript(() => {
  const module: FallbackModule = { extractInSteps, decodeMarks, staticRangeForSpan };
  (globalThis as Record<string, unknown>)[FALLBACK_GLOBAL] = module;
});
