import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../lib/extract/figures/extract-figures';
import type { RawFigure } from '../../../../lib/extract/raw-figure';

/** The shape every result must have, whatever the input. */
function expectWellFormed(text: string, figures: RawFigure[]): void {
  let previousEnd = 0;
  for (const figure of figures) {
    expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
    expect(figure.end).toBeGreaterThan(figure.start);
    expect(figure.end).toBeLessThanOrEqual(text.length);
    expect(figure.text).toBe(text.slice(figure.start, figure.end));
    if (figure.kind === 'date') expect(figure.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    else expect(Number.isFinite(figure.value) && (figure.value as number) > 0).toBe(true);
    previousEnd = figure.end;
  }
}

// Inputs built to make a backtracking grammar go quadratic or worse. Each is
// 10^5 characters; a linear pass takes a few milliseconds, so 1 s only fails
// on a real blow-up, never on a slow machine.
const HOSTILE: Array<[string, string]> = [
  ['a run of 10^5 digits', '9'.repeat(100_000)],
  ['10^5 digits before a unit', `${'9'.repeat(100_000)} GW`],
  ['a chain of 10^5 commas', ','.repeat(100_000)],
  ['1,1,1,… before a unit', `${'1,'.repeat(50_000)} GW`],
  ['111,111,… before a unit', `${'111,'.repeat(25_000)} GW`],
  ['space-grouped digits', `${'1 '.repeat(50_000)}GW`],
  ['Chinese numerals', '一'.repeat(100_000)],
  ['currency signs', '$'.repeat(100_000)],
  ['qualifiers', `${'over '.repeat(20_000)}5 GW`],
  ['vendor words', `5 ${'NVIDIA '.repeat(14_000)}GPUs`],
  ['dashes', `${'1-'.repeat(50_000)}2 GW`],
  ['lone surrogates', `${'\uD800'.repeat(50_000)}5 GW${'\uDC00'.repeat(50_000)}`],
];

describe('extractFigures robustness', () => {
  it.each(HOSTILE)('%s finishes in linear time', (_name, text) => {
    const started = performance.now();
    const figures = extractFigures(text, { lang: 'en', year: 2026 });
    expect(performance.now() - started).toBeLessThan(1000);
    expectWellFormed(text, figures);
  });

  it('reads many figures in one block', () => {
    const text = '5 GW, '.repeat(20_000);
    const figures = extractFigures(text, { lang: 'en' });
    expect(figures).toHaveLength(20_000);
    expectWellFormed(text, figures);
  });

  it('never throws and always returns well-formed figures', () => {
    // Text made of the pieces figures are made of, so that the grammar is exercised.
    const piece = fc.constantFrom(
      '5', '22', '300', '1,000', '2.2', '220 000', ',', '.', ' ', '-', '+', '~', '$', 'US$', '€', '万', '亿', '萬', '만', '억',
      '张', '颗', '개', 'の', 'GW', 'MW', 'GPUs', 'TPUs', 'billion', 'Milliarden', 'de', 'dólares', '美元', '달러', 'years', '年',
      '个月', 'May', '月', '日', '5월', 'over', '超过', '约', '以上', '이상', 'per month', 'NVIDIA', 'H100', 'Colossus 1', '\uD800', '１',
    );
    const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));
    const lang = fc.constantFrom(undefined, 'en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'xx', '');
    fc.assert(
      fc.property(text, lang, fc.option(fc.integer({ min: -5, max: 9999 })), (input, l, year) => {
        const figures = extractFigures(input, { lang: l, year: year ?? undefined, exclude: [{ start: 3, end: 5 }] });
        expectWellFormed(input, figures);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['an empty string', ''],
    ['a non-string', 42 as unknown as string],
    ['null options', '5 GW'],
  ])('accepts %s', (_name, text) => {
    expect(() => extractFigures(text, null as unknown as undefined)).not.toThrow();
  });
});
