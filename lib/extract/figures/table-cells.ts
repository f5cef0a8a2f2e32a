import { CELL_SEPARATOR } from '../../text/table-row';
import { foldWidth } from '../../text/fold';
import type { ExtractOptions, RawFigure } from '../raw-figure';
import { extractFigures } from './extract-figures';

/** A cell's unit, as its column header writes it in brackets: "Potencia (GW)", "金額（億美元）". */
const HEADER_UNIT = /[(（[［]\s*([^()（）[\]［］]{1,40}?)\s*[)）\]］]\s*$/u;
/** A short header cell with no digits: a candidate count noun, checked by reading "1 <cell>". */
const COUNT_HEADER = /^[^\d|()（）[\]［］]{2,20}$/u;
/** What a count column's header writes around the noun it counts: "GPU数", "Number of GPUs", "Anzahl GPUs". */
const COUNT_OF = /^(?:number of|anzahl(?: der| an)?|nombre de|número de|cantidad de)\s+|\s*(?:count|数量|數量|数|數|개수|수)$/giu;

/**
 * A cell holding a number, maybe after a few words ("5", "2,000", "4,5", "~300",
 * "300+", "más de 220.000", "up to 5"). The cell is read with its column's unit
 * and must read as one figure from its first character, so the words can only
 * be a qualifier the grammar knows; "FY2025" or "Q3 2025" are not.
 */
const NUMBER_AFTER_WORDS = String.raw`^(?:[^\d|]{0,16}\s)?(?:[~≈約约]\s*)?\d(?:[\d.,'’ \u00a0\u202f]*\d)?`;
const BARE_NUMBER = new RegExp(`${NUMBER_AFTER_WORDS}\\+?$`, 'u');

/**
 * The unit each column of a table declares in its header row, by cell index;
 * undefined where a header declares none, and undefined altogether when no
 * cell does. A header counts only when "1 <unit>" reads as a figure, so
 * "Partner (Auswahl)" is no unit.
 */
export function columnUnits(header: string, options: ExtractOptions = {}): (string | undefined)[] | undefined {
  const probeOptions = { lang: options.lang };
  let any = false;
  const units = header.split(CELL_SEPARATOR).map((raw) => {
    const cell = raw.trim();
    const bracketed = HEADER_UNIT.exec(cell)?.[1];
    // A header cell that is itself a count noun ("GPU", "Chips"), or the count of one ("GPU数"), names what its column counts.
    const nouns = bracketed ? [bracketed] : COUNT_HEADER.test(cell) ? [...new Set([cell, cell.replace(COUNT_OF, '').trim()])] : [];
    const unit = nouns.find((noun) => {
      const figure = oneOf(noun, probeOptions);
      return figure !== undefined && (bracketed !== undefined || isCount(figure));
    });
    if (unit) any = true;
    return unit;
  });
  return any ? units : undefined;
}

const isCount = (figure: RawFigure | undefined) => figure?.kind === 'gpus' || figure?.kind === 'chips';

/** The figure "1 <noun>" reads as, when it is one whole figure and no date: what a unit word stands for. */
function oneOf(noun: string, options: ExtractOptions): RawFigure | undefined {
  const probe = `1 ${noun}`;
  const [figure, more] = extractFigures(probe, options);
  return figure && !more && figure.start === 0 && figure.end === probe.length && figure.kind !== 'date' ? figure : undefined;
}

/**
 * Figures in a table row's bare-number cells, read with their column's unit:
 * "Anthropic | Google Cloud | 200" under "Zusage (Mrd. US-Dollar)" is
 * $200 billion. Each figure spans the cell's number only, so it is painted
 * where the page writes it; cells that already hold a figure are skipped.
 */
export function cellFigures(row: string, units: readonly (string | undefined)[], taken: readonly RawFigure[], options: ExtractOptions = {}): RawFigure[] {
  // The row's own exclusions (its entity names) index the row, not the probe.
  const probeOptions = { lang: options.lang, year: options.year };
  const figures: RawFigure[] = [];
  let cellStart = 0;
  const cells = row.split(CELL_SEPARATOR);
  cells.forEach((cell, i) => {
    const at = cellStart;
    cellStart += cell.length + CELL_SEPARATOR.length;
    const unit = units[i];
    if (!unit) return;
    const number = cell.trim();
    const start = at + cell.indexOf(number);
    const end = start + number.length;
    if (taken.some((f) => f.start < end && f.end > start)) return;
    const figure = BARE_NUMBER.test(foldWidth(number)) ? withUnit(number, unit, probeOptions) : counted(number, unit, probeOptions);
    if (figure) figures.push({ ...figure, start, end, text: row.slice(start, end) });
  });
  return figures;
}

/** A bare number read with its column's unit after it: the whole of it, and nothing else ("4,5" is one figure, not "5 Mrd."). */
function withUnit(number: string, unit: string, options: ExtractOptions): RawFigure | undefined {
  const probe = `${number} ${unit}`;
  const [figure, more] = extractFigures(probe, options);
  return figure && !more && figure.start === 0 && figure.end === probe.length && figure.kind !== 'date' ? figure : undefined;
}

/**
 * A count written with its counter, read after the noun its column counts: "約１０万基" under
 * "ＧＰＵ数", "22만 개 이상" under "GPU". The figure must be the whole cell.
 */
function counted(number: string, unit: string, options: ExtractOptions): RawFigure | undefined {
  if (!/\p{Nd}/u.test(number)) return undefined;
  const probe = `${unit} ${number}`;
  const [figure, more] = extractFigures(probe, options);
  return figure && !more && figure.start === unit.length + 1 && figure.end === probe.length && isCount(figure) ? figure : undefined;
}

/** A key-numbers line: a short label, a colon, and a value ("GPU de Colossus 1 cedidas a Anthropic: más de 220.000"). */
const LABELLED = /^([^:：|.。!?！？]{2,60}?)\s*[:：]\s*([^:：|]{1,24})$/u;
/** A bare number, or one with a CJK myriad after it ("22万"). */
const LABEL_VALUE = new RegExp(`${NUMBER_AFTER_WORDS}(?:\\+|\\s?[万萬만億亿억])?$`, 'u');
/** The words of a label, split at spaces and at the particles that join a name to its noun ("Colossus 1のGPU"). */
const LABEL_WORDS = /[\s、,・の的의]+/u;

/**
 * The figure of a key-numbers line whose label names the unit its bare value is in: the unit in brackets
 * ("Leistung (MW): rund 300"), or a word of the label that is what the value counts ("GPUs at Colossus 1:
 * 220,000"). Like a table cell, the figure spans the value only; a value that carries its own unit is read
 * by the grammar already.
 */
export function labelFigures(line: string, taken: readonly RawFigure[], options: ExtractOptions = {}): RawFigure[] {
  const m = LABELLED.exec(line);
  if (!m) return [];
  const [, label, raw] = m as unknown as [string, string, string];
  const value = raw.trim();
  if (!LABEL_VALUE.test(foldWidth(value))) return [];
  const start = line.length - raw.length + raw.indexOf(value);
  const end = start + value.length;
  if (taken.some((f) => f.start < end && f.end > start)) return [];
  const probeOptions = { lang: options.lang, year: options.year };
  const bracketed = HEADER_UNIT.exec(label)?.[1];
  const units = bracketed ? [bracketed] : label.split(LABEL_WORDS).filter((word) => /^[^\d]{2,}$/u.test(word) && isCount(oneOf(word, probeOptions)));
  for (const unit of units) {
    const figure = withUnit(value, unit, probeOptions);
    if (figure) return [{ ...figure, start, end, text: line.slice(start, end) }];
  }
  return [];
}
