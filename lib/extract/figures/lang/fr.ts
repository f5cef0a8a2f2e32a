import type { LanguageAliases } from './types';

/** French figure vocabulary: space thousands, decimal comma, milliards. */
export const fr: LanguageAliases = {
  lang: 'fr',
  units: {
    'mégawatts': 'MW', 'mégawatt': 'MW', 'gigawatts': 'GW', 'gigawatt': 'GW', 'kilowatts': 'kW',
    'térawatts': 'TW', 'MWc': 'MW',
    'processeurs graphiques': 'GPU', 'cartes graphiques': 'GPU', 'puces graphiques': 'GPU',
    puces: 'chip', puce: 'chip', 'accélérateurs': 'chip', 'processeurs': 'chip',
    ans: 'year', an: 'year', 'années': 'year', 'année': 'year', mois: 'month',
    dollars: 'USD', 'dollars américains': 'USD', euros: 'EUR', livres: 'GBP', yens: 'JPY', yuans: 'CNY',
  },
  // "billion" is 10^12 in French, as in German.
  scales: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, Md: 1e9, Mds: 1e9, billion: 1e12, billions: 1e12 },
  numberWords: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  },
  before: {
    'plus de': 'min', "plus d'": 'min', 'dépassera les': 'min', 'dépasse les': 'min', 'au moins': 'min', 'au minimum': 'min', 'pas moins de': 'min',
    "jusqu'à": 'max', 'au maximum': 'max', 'au plus': 'max', 'moins de': 'max',
    environ: 'approx', 'près de': 'approx', presque: 'approx', quelque: 'approx', 'autour de': 'approx',
    'aux alentours de': 'approx', 'approximativement': 'approx', 'pratiquement': 'approx',
  },
  vendors: ['nouvelles', 'nouveaux'],
  ratesAfter: ['par mois', 'par heure', "de l'heure", 'de l’heure', "à l'heure", 'à l’heure', 'par an', 'par année', 'mensuels', 'annuels',
    'par GW', 'le GW', 'par gigawatt', 'le gigawatt', 'par MW', 'le MW', 'par mégawatt', 'le mégawatt'],
  months: {
    janvier: 1, 'février': 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8,
    septembre: 9, octobre: 10, novembre: 11, 'décembre': 12,
    'janv.': 1, 'févr.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  },
  // "an" is the English article ("$20 an hour"), "sept" an English "Sept" (September),
  // "livres" also means books.
  strict: ['an', 'sept', 'livres'],
};
