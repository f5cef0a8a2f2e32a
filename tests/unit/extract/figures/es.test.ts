import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in Spanish', () => {
  figureTable([
    ['de 70 a 90 mil millones de dólares', 'a range with a', [{ text: '70 a 90 mil millones de dólares', value: 9e10, low: 7e10 }]],
    ['220.000 GPU', 'a dot groups thousands', [{ value: 220_000, kind: 'gpus' }]],
    ['2,2 GW', 'a decimal comma', [{ value: 2.2e9 }]],
    ['300 megavatios', 'megavatios', [{ value: 3e8 }]],
    ['1 gigavatio', 'gigavatio', [{ value: 1e9 }]],
    ['30 mil millones de dólares', 'mil millones = 10^9', [{ text: '30 mil millones de dólares', kind: 'money', value: 3e10 }]],
    ['30.000 millones de dólares', 'thousands of millions', [{ value: 3e10 }]],
    ['50 miles de millones de dólares', 'miles de millones = 10^9, as table headers write it', [{ text: '50 miles de millones de dólares', kind: 'money', value: 5e10 }]],
    ['300 millones de dólares', 'millones', [{ value: 3e8 }]],
    ['u$s 5.000 millones', 'u$s, as Argentina writes US dollars', [{ text: 'u$s 5.000 millones', kind: 'money', value: 5e9, unit: 'USD' }]],
    ['U$S 200.000 millones', 'U$S in capitals', [{ text: 'U$S 200.000 millones', value: 2e11, unit: 'USD' }]],
    ['2 billones de dólares', 'billón = 10^12', [{ value: 2e12 }]],
    ['300 mil GPU', 'mil = thousand', [{ value: 300_000 }]],
    ['20 dólares al mes', 'a rate', [{ rate: true }]],
    ['(220,000+ GPUs)', 'an English figure quoted in a Spanish page: three zeros after a comma are thousands', [{ value: 220_000, kind: 'gpus' }]],
    ['1,250 millones de dólares', 'other digits after a comma stay decimals: one and a quarter million', [{ value: 1.25e6 }]],
    ['3,500 millones de dólares', 'but trailing zeros are thousands, as Mexico writes them: no decimal is written 3,500', [{ text: '3,500 millones de dólares', kind: 'money', value: 3.5e9 }]],
    ['cinco años', 'a number word', [{ kind: 'duration', value: 5 }]],
    ['cuarenta mil millones de dólares', 'tens in words, with a scale', [{ text: 'cuarenta mil millones de dólares', kind: 'money', value: 4e10 }]],
    ['cincuenta mil millones de dólares', 'cincuenta', [{ value: 5e10 }]],
    ['6 meses', 'months', [{ value: 0.5 }]],
    ['más de 300 MW', 'más de → min', [{ bound: 'min' }]],
    ['superará los 600.000 millones de dólares', 'a verb of exceeding → min', [{ value: 6e11, bound: 'min' }]],
    ['unas 25.000 GPU A100', 'unas → approx; a model after the noun belongs to the figure', [{ text: 'unas 25.000 GPU A100', value: 25_000, bound: 'approx' }]],
    ['al menos 300 MW', 'al menos → min', [{ bound: 'min' }]],
    ['hasta 5 GW', 'hasta → max', [{ bound: 'max' }]],
    ['cerca de 1 GW', 'cerca de → approx', [{ bound: 'approx' }]],
    ['casi 1 GW', 'casi → approx', [{ bound: 'approx' }]],
    ['alrededor de 1 GW', 'alrededor de → approx', [{ bound: 'approx' }]],
    ['aproximadamente 1 GW', 'aproximadamente → approx', [{ bound: 'approx' }]],
  ], { lang: 'es' });
});
