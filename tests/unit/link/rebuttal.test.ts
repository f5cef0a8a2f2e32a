import { describe, expect, it } from 'vitest';
import { amountKey, isRebutted, rebuttedAmounts } from '../../../lib/link/rebuttal';

describe('rebuttedAmounts', () => {
  it.each([
    ['Ce n’est pas 50 milliards.', ['50milliards']],
    ['It’s not 50 billion, it’s 30.', ['50billion']],
    ['Das sind nicht 22.000 GPUs.', ['22000gpus']],
    ['不是500亿，而是300亿美元。', ['500亿']],
    ['It is not about the money.', []],
    // A fact-check setting the viral figure right after the true one.
    ['chiffrent le projet Terafab à 55 milliards de dollars, et non 100 milliards.', ['100milliards']],
    ['Die Unterlagen nennen 55 Milliarden statt 100 Milliarden.', ['100milliarden']],
    ['The filings put it at $55 billion, instead of $100 billion.', ['100billion']],
    ['Los documentos hablan de 55.000 millones y no 100.000 millones.', ['100000millones']],
  ])('reads %s', (text, amounts) => {
    expect(rebuttedAmounts(text)).toEqual(amounts);
  });
});

describe('isRebutted', () => {
  it('matches a figure that states the refuted amount with its unit', () => {
    expect(isRebutted('$50 billion', ['50billion'])).toBe(true);
    expect(isRebutted('50 milliards de dollars', ['50milliards'])).toBe(true);
    expect(isRebutted('500亿美元', ['500亿'])).toBe(true);
  });

  it('leaves other amounts', () => {
    expect(isRebutted('$5 billion', ['50billion'])).toBe(false);
    expect(isRebutted('$30 billion', ['50billion'])).toBe(false);
    expect(amountKey('no digits')).toBe('');
  });

  it('keeps a decimal point apart from a thousands separator', () => {
    expect(isRebutted('$55 billion', rebuttedAmounts("It's not $5.5 billion."))).toBe(false);
    expect(isRebutted('$5.5 billion', rebuttedAmounts("It's not $5.5 billion."))).toBe(true);
    expect(isRebutted('4,5 Milliarden Dollar', rebuttedAmounts('Es sind nicht 4,5 Milliarden.'))).toBe(true);
    expect(isRebutted('220,000 GPUs', ['220000gpus'])).toBe(true);
    expect(isRebutted('220.000 GPUs', ['220000gpus'])).toBe(true);
  });
});
