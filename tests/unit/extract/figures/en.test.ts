import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in English', () => {
  describe('power', () => {
    figureTable([
      ['over 300 megawatts', 'a spelled-out unit with "over"', [{ text: 'over 300 megawatts', kind: 'power', value: 3e8, unit: 'W', bound: 'min' }]],
      ['0.3 GW', 'a decimal gigawatt, exact in watts', [{ value: 3e8 }]],
      ['1.2GW and 500 kW and 20 W', 'units stuck to the number, kilowatts, watts', [{ text: '1.2GW', value: 1.2e9 }, { text: '500 kW', value: 5e5 }, { text: '20 W', value: 20 }]],
      ['a 5-gigawatt campus', 'a hyphenated compound', [{ text: '5-gigawatt', value: 5e9 }]],
      ['Two gigawatts', 'a number word, capitalised', [{ text: 'Two gigawatts', value: 2e9 }]],
      ['well over a gigawatt of capacity', '"a" before a power unit is one; "well over" a minimum', [{ text: 'well over a gigawatt', value: 1e9, bound: 'min' }]],
      ['a GPU, in a year, an H100', '"a" before anything else is an article', []],
      ['1-2 GW', 'a range: at most its high end', [{ text: '1-2 GW', value: 2e9, bound: 'max' }]],
      ['3 to 5 GW', 'a range with "to"', [{ text: '3 to 5 GW', value: 5e9, bound: 'max' }]],
      ['5 GW per year', 'a build-out rate', [{ value: 5e9, rate: true }]],
    ], { lang: 'en' });
  });

  describe('GPUs and chips', () => {
    figureTable([
      ['220,000+ NVIDIA GPUs', 'comma thousands, "+" and a vendor word', [{ text: '220,000+ NVIDIA GPUs', kind: 'gpus', value: 220_000, unit: 'GPU', bound: 'min' }]],
      ['100,000 Nvidia H100 GPUs', 'two vendor/model words before the unit', [{ value: 100_000, kind: 'gpus' }]],
      ['100,000 H100s', 'a model name in the plural counts GPUs', [{ value: 100_000, kind: 'gpus' }]],
      ['roughly 25,000 A100 GPUs', 'a model name between number and unit', [{ text: 'roughly 25,000 A100 GPUs', value: 25_000, bound: 'approx' }]],
      ['10,000 high-performance graphics processing units', 'an adjective and the long unit', [{ value: 10_000, kind: 'gpus' }]],
      ['some 22,000 Nvidia graphics processors', 'graphics processors, after a vendor', [{ text: 'some 22,000 Nvidia graphics processors', value: 22_000, kind: 'gpus' }]],
      ['about 100,000 Nvidia graphics chips', 'graphics chips are GPUs', [{ text: 'about 100,000 Nvidia graphics chips', value: 100_000, kind: 'gpus', bound: 'approx' }]],
      ['220k GPUs', 'a "k" scale', [{ value: 220_000 }]],
      ['up to one million TPUs', 'a number word and a scale word, TPUs are chips', [{ text: 'up to one million TPUs', kind: 'chips', unit: 'chip', value: 1e6, bound: 'max' }]],
      ['1 million TPUs', 'digits and a scale word', [{ value: 1e6, kind: 'chips' }]],
      ['hundreds of thousands of Trainium2 chips', 'no number: nothing', []],
      ['a million TPUs', '"a" reads as one before a scale word', [{ text: 'a million TPUs', value: 1e6 }]],
      ['500,000 Trainium2 chips and 50,000 AI accelerators', 'chips and accelerators', [{ value: 500_000, kind: 'chips' }, { value: 50_000, kind: 'chips' }]],
    ], { lang: 'en' });
  });

  describe('money', () => {
    figureTable([
      ['$30B', 'a letter scale', [{ kind: 'money', value: 3e10, unit: 'USD' }]],
      ['$4.5 billion', 'a decimal and a scale word', [{ value: 4.5e9 }]],
      ['$55 billion', 'a scale word', [{ value: 5.5e10 }]],
      ['US$4.5bn', '"US$" and "bn"', [{ text: 'US$4.5bn', value: 4.5e9 }]],
      ['USD 30 billion', 'a currency code before the number', [{ value: 3e10 }]],
      ['300 million dollars', 'the currency named after the number', [{ value: 3e8 }]],
      ['$10-15 billion', 'a money range', [{ text: '$10-15 billion', value: 1.5e10, bound: 'max' }]],
      ['$10 billion to $15 billion', 'a money range with the scale on both ends', [{ text: '$10 billion to $15 billion', value: 1.5e10, low: 1e10, bound: 'max' }]],
      ['1-2 GW', 'a range keeps its low end', [{ low: 1e9 }]],
      ['300 million to 1.2 billion dollars', 'a low end in a smaller scale, without binary noise', [{ value: 1.2e9, low: 3e8 }]],
      ['more than two hundred and twenty thousand Nvidia GPUs', 'a number in words of several parts', [{ text: 'more than two hundred and twenty thousand Nvidia GPUs', value: 220_000, bound: 'min' }]],
      ['twenty-two thousand GPUs', 'tens and units joined by a hyphen', [{ value: 22_000 }]],
      ['two hundred thousand GPUs', 'hundreds of thousands', [{ value: 200_000 }]],
      ['forty gigawatts', 'forty', [{ value: 4e10 }]],
      ['220,000+ Nvidia accelerators', "an Nvidia maker's chips are its GPUs", [{ kind: 'gpus', value: 220_000, unit: 'GPU' }]],
      ['1 million Google TPU chips', 'TPUs stay chips', [{ kind: 'chips', value: 1e6 }]],
      ['1 million TPU chips, not Nvidia GPUs', 'a maker named after the figure and a comma is not its maker', [{ kind: 'chips', value: 1e6 }]],
      ['€5bn and £2 billion', 'other currencies keep their code and value', [{ value: 5e9, currency: 'EUR' }, { value: 2e9, currency: 'GBP' }]],
      ['NT$30 billion', 'New Taiwan dollars', [{ value: 3e10, currency: 'TWD' }]],
      ['$20 per month', 'a rate', [{ value: 20, rate: true }]],
      ['$200/month', 'a rate with a slash', [{ text: '$200/month', rate: true }]],
      ['$2 per GPU-hour', 'a rental price', [{ value: 2, rate: true }]],
      ['$40B per GW', 'a cost per unit of capacity', [{ value: 4e10, rate: true }]],
      ['$40M/MW', 'a cost per megawatt, with a slash', [{ value: 4e7, rate: true }]],
      ['$2.50/hr', 'a short hourly rate', [{ value: 2.5, rate: true }]],
      ['$20 an hour', '"an hour" is English, not French "an" (year)', [{ text: '$20 an hour', rate: true }]],
      ['$10 billion a year', 'an annual amount', [{ value: 1e10, rate: true }]],
      ['more than $30 billion', 'a qualifier before the currency sign', [{ text: 'more than $30 billion', bound: 'min' }]],
      ['人民币 2000 亿元', 'a currency word before and after: the one before decides', [{ value: 2e11, currency: 'CNY' }]],
    ], { lang: 'en' });
  });

  describe('durations', () => {
    figureTable([
      ['five years', 'a number word', [{ kind: 'duration', value: 5, unit: 'year' }]],
      ['5 years', 'digits', [{ value: 5 }]],
      ['a 5-year deal', 'a hyphenated compound', [{ text: '5-year', value: 5 }]],
      ['over 5 years', '"over" before a duration is a span, so exact and not part of the figure', [{ text: '5 years', bound: 'exact' }]],
      ['more than 5 years', '"more than" stays a minimum', [{ text: 'more than 5 years', bound: 'min' }]],
      ['18 months', 'months as a fraction of a year', [{ value: 1.5 }]],
      ['an 18-month contract', 'a hyphenated month count', [{ text: '18-month', value: 1.5 }]],
    ], { lang: 'en' });
  });

  describe('qualifiers', () => {
    figureTable([
      ['more than 300 MW', 'more than → min', [{ bound: 'min' }]],
      ['at least 300 MW', 'at least → min', [{ bound: 'min' }]],
      ['in excess of 300 MW', 'in excess of → min', [{ bound: 'min' }]],
      ['above 300 MW', 'above → min', [{ bound: 'min' }]],
      ['300+ MW', 'a "+" between number and unit → min', [{ bound: 'min' }]],
      ['as much as 1 GW', 'as much as → max', [{ bound: 'max' }]],
      ['about 1 GW', 'about → approx', [{ bound: 'approx' }]],
      ['around 1 GW', 'around → approx', [{ bound: 'approx' }]],
      ['approximately 1 GW', 'approximately → approx', [{ bound: 'approx' }]],
      ['nearly 1 GW', 'nearly → approx', [{ bound: 'approx' }]],
      ['almost 1 GW', 'almost → approx', [{ bound: 'approx' }]],
      ['roughly 1 GW', 'roughly → approx', [{ bound: 'approx' }]],
      ['some 1 GW', 'some → approx', [{ bound: 'approx' }]],
      ['~1 GW', 'a tilde → approx', [{ text: '~1 GW', bound: 'approx' }]],
      ['1 GW or more', 'a qualifier after the unit', [{ text: '1 GW or more', bound: 'min' }]],
      ['past 1 GW', '"past" → min', [{ text: 'past 1 GW', bound: 'min' }]],
      ['over the past 5 years', '"past" before a duration is a span', [{ text: '5 years', bound: 'exact' }]],
      ['Moreover 5 GW', 'a qualifier only as a whole word: "Moreover" is not "over"', [{ text: '5 GW', bound: 'exact' }]],
    ], { lang: 'en' });
  });
});
