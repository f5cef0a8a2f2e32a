import { describe } from 'vitest';
import { figureTable } from './figure-table';

// Names that end in digits must not be read into the figures next to them.
describe('extractFigures around names', () => {
  figureTable([
    ['300+ MW Colossus 1,22,000+ GPUs', 'an excluded name before a comma-joined count', [
      { text: '300+ MW', value: 3e8 }, { text: '22,000+ GPUs', value: 22_000 },
    ], { exclude: [{ start: 8, end: 18 }] }],
    ['Colossus 1 300 MW', 'an excluded name before a space: 1 300 is not 1300', [{ text: '300 MW', value: 3e8 }], {
      lang: 'fr', exclude: [{ start: 0, end: 10 }],
    }],
    ['Colossus 1 300 MW', 'no exclude: a capitalised word before a space-grouped numeral', [{ text: '300 MW', value: 3e8 }], { lang: 'fr' }],
    ['Stargate 2 1 GW', 'a name’s digit and a figure separated by a space', [{ text: '1 GW', value: 1e9 }]],
    ['100,000 H100 GPUs', 'an excluded model name between number and unit does not block the count', [{ value: 100_000 }], {
      exclude: [{ start: 8, end: 12 }],
    }],
    ['plus de 1 300 MW', 'a lower-case word before a space-grouped numeral keeps it', [{ text: 'plus de 1 300 MW', value: 1.3e9 }], { lang: 'fr' }],
    ['5 GW', 'an exclude span over the number itself', [], { exclude: [{ start: 0, end: 1 }] }],
    ['5 GW and 3 GW', 'unsorted and malformed exclude spans', [{ text: '3 GW' }], {
      exclude: [{ start: 9, end: 9 }, { start: 0, end: 1 }, { start: Number.NaN, end: 4 }],
    }],
  ]);
});
