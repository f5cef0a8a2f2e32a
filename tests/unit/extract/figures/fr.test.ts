import { describe } from 'vitest';
import { figureTable } from './figure-table';

describe('extractFigures in French', () => {
  figureTable([
    ['plus de 220 000 puces Nvidia', 'chips its maker names as Nvidia are GPUs', [{ kind: 'gpus', value: 220_000 }]],
    ['entre 70 à 90 milliards de dollars', 'a range with à', [{ text: '70 à 90 milliards de dollars', value: 9e10, low: 7e10 }]],
    ['220 000 GPU', 'a space groups thousands', [{ value: 220_000, kind: 'gpus' }]],
    ['220\u00A0000 GPU', 'a no-break space', [{ value: 220_000 }]],
    ['220\u202F000 GPU', 'a narrow no-break space', [{ value: 220_000 }]],
    ['2,2 GW', 'a decimal comma', [{ value: 2.2e9 }]],
    ['300 mégawatts', 'mégawatts', [{ value: 3e8 }]],
    ['30 milliards de dollars', 'milliards + "de"', [{ text: '30 milliards de dollars', kind: 'money', value: 3e10 }]],
    ["2 millions d'euros", "millions + d'", [{ value: 2e6, currency: 'EUR' }]],
    ['20 $ par mois', 'a dollar sign after the number, a rate', [{ text: '20 $ par mois', value: 20, rate: true }]],
    ["environ 2,5 dollars de l'heure", 'an hourly price, a rate', [{ value: 2.5, rate: true }]],
    ['2,5 dollars à l’heure', 'à l’heure, a rate', [{ value: 2.5, rate: true }]],
    ['cinq ans', 'a number word', [{ kind: 'duration', value: 5 }]],
    ['quarante milliards de dollars', 'tens in words, with a scale', [{ text: 'quarante milliards de dollars', kind: 'money', value: 4e10 }]],
    ['cinquante milliards de dollars', 'cinquante', [{ value: 5e10 }]],
    ['6 mois', 'months', [{ value: 0.5 }]],
    ['plus de 300 MW', 'plus de → min', [{ bound: 'min' }]],
    ['au moins 300 MW', 'au moins → min', [{ bound: 'min' }]],
    ['jusqu’à 5 GW', 'jusqu’à with a typographic apostrophe → max', [{ bound: 'max' }]],
    ["jusqu'à 5 GW", "jusqu'à with a straight one", [{ bound: 'max' }]],
    ['environ 1 GW', 'environ → approx', [{ bound: 'approx' }]],
    ['près de 1 GW', 'près de → approx', [{ bound: 'approx' }]],
    ['presque 1 GW', 'presque → approx', [{ bound: 'approx' }]],
  ], { lang: 'fr' });
});
