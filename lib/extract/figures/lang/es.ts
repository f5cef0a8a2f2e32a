import type { LanguageAliases } from './types';

/** Spanish figure vocabulary: dot thousands, decimal comma, mil millones. */
export const es: LanguageAliases = {
  lang: 'es',
  units: {
    vatios: 'W', kilovatios: 'kW', megavatios: 'MW', megavatio: 'MW', gigavatios: 'GW', gigavatio: 'GW',
    teravatios: 'TW',
    'unidades de procesamiento gráfico': 'GPU', 'procesadores gráficos': 'GPU', 'tarjetas gráficas': 'GPU', 'chips gráficos': 'GPU',
    aceleradores: 'chip', acelerador: 'chip', procesadores: 'chip',
    'años': 'year', 'año': 'year', meses: 'month', mes: 'month',
    'dólares': 'USD', 'dólar': 'USD', 'dólares estadounidenses': 'USD', euros: 'EUR', libras: 'GBP', yenes: 'JPY', yuanes: 'CNY',
  },
  // "billón" is 10^12; "mil millones" (a thousand millions) is the Spanish billion.
  scales: {
    mil: 1e3, 'mil millones': 1e9, 'miles de millones': 1e9, 'millón': 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9,
    'billón': 1e12, billones: 1e12, MM: 1e6,
  },
  numberWords: {
    un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
    diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30,
    cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  },
  before: {
    'más de': 'min', 'superará los': 'min', 'supera los': 'min', 'superior a': 'min', 'al menos': 'min', 'por lo menos': 'min', 'como mínimo': 'min',
    hasta: 'max', 'como máximo': 'max', 'menos de': 'max',
    'cerca de': 'approx', casi: 'approx', 'alrededor de': 'approx', aproximadamente: 'approx',
    unos: 'approx', unas: 'approx', 'en torno a': 'approx',
  },
  vendors: ['nuevas', 'nuevos'],
  ratesAfter: ['al mes', 'por mes', 'mensuales', 'por hora', 'la hora', 'al año', 'por año', 'anuales',
    'por GW', 'por gigavatio', 'por MW', 'por megavatio'],
  months: {
    enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
    septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  },
  // English "once", "mil" (a thousandth of an inch) and "mes" (French "my") are not these.
  strict: ['once', 'mil', 'mes', 'MM'],
};
