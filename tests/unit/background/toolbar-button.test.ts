import { afterAll, describe, expect, it } from 'vitest';
import { setMessageSource } from '@/components/shared/i18n';
import { badgeFor } from '@/entrypoints/background/toolbar-button';
import { messageSource } from '../popup/messages';
import { FIGURES } from '../popup/sample';

const [power, , gpus22k, , power200] = [FIGURES[0]!, FIGURES[1]!, FIGURES[2]!, FIGURES[3]!, FIGURES[4]!];
/** A figure stated `times` times, at different places of the page. */
const stated = <T extends { block: number }>(figure: T, times: number) => Array.from({ length: times }, (_, i) => ({ ...figure, block: figure.block + 10 * i }));

describe('the toolbar badge', () => {
  afterAll(() => setMessageSource(undefined));

  it.each([
    // seed-000-zh-hant states "22,000+ GPUs" four times: one flag, stated four times.
    ['en', stated(gpus22k, 4), '1', 'Compute Deal Lens: 1 figure differs from the reference, 4 times'],
    ['zh_CN', stated(gpus22k, 4), '1', 'Compute Deal Lens：1 个数字与参考值不符，出现 4 次'],
    ['zh_TW', stated(gpus22k, 4), '1', 'Compute Deal Lens：1 個數字與參考值不符，出現 4 次'],
    ['en', [...stated(gpus22k, 4), power200], '2', 'Compute Deal Lens: 2 figures differ from the reference, 5 times'],
    ['zh_CN', [...stated(gpus22k, 4), power200], '2', 'Compute Deal Lens：2 个数字与参考值不符，共出现 5 次'],
    ['zh_TW', [...stated(gpus22k, 4), power200], '2', 'Compute Deal Lens：2 個數字與參考值不符，共出現 5 次'],
    // Stated once each: one number is enough.
    ['en', [gpus22k], '1', 'Compute Deal Lens: 1 figure differs from the reference'],
    ['en', [gpus22k, power200], '2', 'Compute Deal Lens: 2 figures differ from the reference'],
    ['zh_TW', [gpus22k, power200], '2', 'Compute Deal Lens：2 個數字與參考值不符'],
  ])('counts distinct flags in %s: %#', (locale, figures, text, title) => {
    setMessageSource(messageSource(locale));
    expect(badgeFor(figures)).toEqual({ text, color: '#c62828', title });
  });

  it('counts figures stated otherwise apart from flags, in amber when nothing differs from the reference', () => {
    setMessageSource(messageSource('en'));
    const conflicting = { ...FIGURES[5]!, dealId: gpus22k.dealId, conflicts: [0] };
    const other = { ...conflicting, text: '220,000 GPUs', value: 220000, conflicts: [1] };
    expect(badgeFor([conflicting, other, power])).toEqual({
      text: '2', color: '#b26a00', title: 'Compute Deal Lens: 2 figures stated otherwise on the page or in coverage you read',
    });
    expect(badgeFor([gpus22k, conflicting])).toEqual({
      text: '1', color: '#c62828', title: 'Compute Deal Lens: 1 figure differs from the reference; 1 figure stated otherwise on the page or in coverage you read',
    });
    // A conflict the dataset settles is a flag or a match, not counted twice.
    expect(badgeFor([{ ...gpus22k, conflicts: [1] }]).title).toBe('Compute Deal Lens: 1 figure differs from the reference');
  });

  it.each([
    ['en', stated(power, 12), '1', 'Compute Deal Lens: 1 figure checked, 12 times'],
    ['zh_CN', stated(power, 12), '1', 'Compute Deal Lens：已核对 1 个数字，出现 12 次'],
    ['zh_TW', [...stated(power, 3), FIGURES[1]!], '2', 'Compute Deal Lens：已核對 2 個數字，共出現 4 次'],
    ['en', [power, FIGURES[1]!], '2', 'Compute Deal Lens: 2 figures checked'],
  ])('counts distinct checked figures in grey when nothing differs, in %s: %#', (locale, figures, text, title) => {
    setMessageSource(messageSource(locale));
    expect(badgeFor(figures)).toEqual({ text, color: '#5f6368', title });
  });

  it('is empty on a page with nothing checked', () => {
    setMessageSource(messageSource('en'));
    expect(badgeFor([FIGURES[5]!])).toEqual({ text: '', color: '#5f6368', title: 'Compute Deal Lens' });
  });
});
