import type { LanguageAliases } from './types';

/** German figure vocabulary: dot thousands, decimal comma, Milliarden. */
export const de: LanguageAliases = {
  lang: 'de',
  units: {
    Watt: 'W', Kilowatt: 'kW', Megawatt: 'MW', Gigawatt: 'GW', Terawatt: 'TW',
    Grafikprozessoren: 'GPU', Grafikprozessor: 'GPU', Grafikkarten: 'GPU', 'GPU-Chips': 'GPU', Grafikchips: 'GPU',
    Chips: 'chip', Beschleuniger: 'chip', Prozessoren: 'chip',
    Jahre: 'year', Jahren: 'year', Jahr: 'year', Jahres: 'year',
    Monate: 'month', Monaten: 'month', Monat: 'month',
    Dollar: 'USD', 'US-Dollar': 'USD', Euro: 'EUR', Pfund: 'GBP', Yen: 'JPY', Yuan: 'CNY',
  },
  // "Billion" is 10^12 in German; the scale lookup prefers the article's own language.
  scales: {
    Tausend: 1e3, 'Tsd.': 1e3, Million: 1e6, Millionen: 1e6, 'Mio.': 1e6, Mio: 1e6,
    Milliarde: 1e9, Milliarden: 1e9, 'Mrd.': 1e9, Mrd: 1e9, Billion: 1e12, Billionen: 1e12, 'Bio.': 1e12,
  },
  numberWords: {
    ein: 1, eine: 1, einen: 1, einem: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, 'zwölf': 12, 'fünfzehn': 15, zwanzig: 20, 'dreißig': 30,
    vierzig: 40, 'fünfzig': 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  },
  before: {
    'mehr als': 'min', 'über': 'over', mindestens: 'min', 'weit über': 'min', 'gut': 'min',
    'bis zu': 'max', maximal: 'max', 'höchstens': 'max', 'weniger als': 'max',
    rund: 'approx', etwa: 'approx', 'ungefähr': 'approx', fast: 'approx', knapp: 'approx',
    circa: 'approx', 'ca.': 'approx', nahezu: 'approx', 'annähernd': 'approx', zirka: 'approx',
  },
  nounPrepositions: ['über'],
  vendors: ['KI', 'Hochleistungs', 'leistungsstarke', 'neue', 'weitere', 'zusätzliche'],
  ratesAfter: ['pro Monat', 'im Monat', 'monatlich', 'pro Stunde', 'je Stunde', 'die Stunde', 'pro GPU-Stunde', 'pro Jahr', 'im Jahr', 'jährlich',
    'pro GW', 'je GW', 'pro Gigawatt', 'je Gigawatt', 'pro MW', 'je MW', 'pro Megawatt', 'je Megawatt'],
  months: {
    Januar: 1, 'Jänner': 1, Februar: 2, 'März': 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8,
    September: 9, Oktober: 10, November: 11, Dezember: 12,
    'Jan.': 1, 'Feb.': 2, 'Aug.': 8, 'Sept.': 9, 'Okt.': 10, 'Nov.': 11, 'Dez.': 12,
  },
  // "fast" (almost), "gut" (a good …) and "elf" (eleven) are ordinary English words.
  strict: ['fast', 'gut', 'elf', 'ein', 'eine', 'acht'],
};
