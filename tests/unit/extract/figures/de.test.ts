import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in German', () => {
  figureTable([
    ['220.000 GPUs', 'a dot groups thousands in German', [{ value: 220_000, kind: 'gpus' }]],
    ['2,2 Gigawatt', 'a decimal comma', [{ value: 2.2e9 }]],
    ['1.234.567 Chips', 'several dot groups', [{ value: 1_234_567, kind: 'chips' }]],
    ['100.000 Nvidia-GPUs', 'a hyphenated vendor compound', [{ value: 100_000, kind: 'gpus' }]],
    ['300 Megawatt', 'Megawatt', [{ value: 3e8 }]],
    ['auf 70 bis 90 Mrd. US-Dollar', 'a range with bis', [{ text: '70 bis 90 Mrd. US-Dollar', value: 9e10, low: 7e10, bound: 'max' }]],
    ['30 Milliarden Dollar', 'Milliarden = 10^9', [{ kind: 'money', value: 3e10, unit: 'USD' }]],
    ['4,5 Mrd. €', 'Mrd. and a euro sign after the number', [{ value: 4.5e9, currency: 'EUR' }]],
    ['5 Mio. Euro', 'Mio.', [{ value: 5e6, currency: 'EUR' }]],
    ['2 Billionen Dollar', 'Billionen = 10^12', [{ value: 2e12 }]],
    ['1 Billion Dollar', 'German Billion = 10^12, not the English billion', [{ value: 1e12 }]],
    ['20 Dollar pro Monat', 'a rate', [{ rate: true }]],
    ['12 Mrd. Dollar je Gigawatt', 'a cost per unit of capacity', [{ value: 1.2e10, rate: true }]],
    ['fünf Jahre', 'a number word', [{ kind: 'duration', value: 5 }]],
    ['vierzig Milliarden Dollar', 'tens in words, with a scale', [{ text: 'vierzig Milliarden Dollar', kind: 'money', value: 4e10 }]],
    ['fünfzig Milliarden Dollar', 'fünfzig', [{ value: 5e10 }]],
    ['5 Jahren', 'dative plural', [{ value: 5 }]],
    ['6 Monate', 'months', [{ value: 0.5 }]],
    ['mehr als 300 MW', 'mehr als → min', [{ bound: 'min' }]],
    ['über 300 MW', 'über → min', [{ text: 'über 300 MW', bound: 'min' }]],
    ['über 5 Jahre', 'über before a duration is a span', [{ text: '5 Jahre', bound: 'exact' }]],
    ['ein Vertrag über 5 GW', 'über after a noun is "for": no bound', [{ text: '5 GW', bound: 'exact' }]],
    ['Über 5 GW sind geplant', 'über at a sentence start is "more than"', [{ text: 'Über 5 GW', bound: 'min' }]],
    ['bis zu 5 GW', 'bis zu → max', [{ bound: 'max' }]],
    ['rund 1 GW', 'rund → approx', [{ bound: 'approx' }]],
    ['etwa 1 GW', 'etwa → approx', [{ bound: 'approx' }]],
    ['ungefähr 1 GW', 'ungefähr → approx', [{ bound: 'approx' }]],
    ['fast 1 GW', 'fast → approx', [{ bound: 'approx' }]],
    ['knapp 1 GW', 'knapp → approx', [{ bound: 'approx' }]],
  ], { lang: 'de' });
});
