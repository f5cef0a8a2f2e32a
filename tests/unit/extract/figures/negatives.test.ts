import { describe } from 'vitest';
import { figureTable } from './figure-table';

// Things that look like numbers but are not figures: every row must yield nothing.
describe('extractFigures negatives', () => {
  figureTable([
    ['10-K', 'a filing form', []],
    ['Q3', 'a quarter', []],
    ['H100', 'a model name alone', []],
    ['GPT-4', 'a model version after a hyphen', []],
    ['Claude Opus 4.7', 'a model version with a decimal', []],
    ['Claude 3', 'a model version', []],
    ['see page 12', 'a page number', []],
    ['call +1 (555) 300-1234', 'a phone number', []],
    ['15-20%', 'percentages are not figures', []],
    ['3x faster', 'a multiplier', []],
    ['100B tokens', 'tokens are no unit we know', []],
    ['trained on 15T tokens', 'a letter scale without a unit', []],
    ['2027', 'a year alone', []],
    ['2026 年底', 'a year with 年底', []],
    ['5 月', 'a month', []],
    ['220,000', 'a bare number', []],
    ['gigawatt-scale', 'a unit without a number', []],
    ['300 MWh', 'energy, not power', []],
    ['300 megawatt-hours and a gigawatt hour', 'energy spelled out', []],
    ['H100 GPUs', 'a model name before the unit is no count', []],
    ['GPU200万', 'a number run on to GPU with no counter after it', []],
    ['GB200基板', 'a model name before a counter-like character', []],
    ['A100s', 'no number at all', []],
    ['version 2.5 GW', 'a digit after a letter-word and a dot stays with it', [{ text: '2.5 GW' }]],
    ['v1.5 GW', 'the 5 of v1.5 is not a figure', []],
  ], { lang: 'en' });
});
