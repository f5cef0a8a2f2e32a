import { expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/extract/figures/extract-figures';
import type { ExtractOptions, RawFigure } from '../../../../lib/extract/raw-figure';

/**
 * One row of a figure table: the block text, what the row covers, the figures
 * expected in text order (only the fields given are checked; `[]` for a
 * negative row) and the extraction options.
 */
export type FigureRow = [text: string, covers: string, expected: Array<Partial<RawFigure>>, options?: ExtractOptions];

/**
 * Runs each row through extractFigures. Besides the expected figures, every
 * figure's `text` must be its own slice of the block: the painter relies on it.
 */
export function figureTable(rows: FigureRow[], defaults: ExtractOptions = {}): void {
  it.each(rows)('%s (%s)', (text, _covers, expected, options) => {
    const figures = extractFigures(text, { ...defaults, ...options });
    for (const figure of figures) expect(figure.text).toBe(text.slice(figure.start, figure.end));
    expect(figures).toMatchObject(expected);
    expect(figures).toHaveLength(expected.length);
  });
}
