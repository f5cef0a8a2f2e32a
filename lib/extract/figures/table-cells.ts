import { CELL_SEPARATOR } from '../../text/table-row';
import { foldWidth } from '../../text/fold';
import type { ExtractOptions, RawFigure } from '../raw-figure';
import { extractFigures } from './extract-figures';

/** A cell's unit, as its column header writes it in brackets: "Potencia (GW)", "金額（億美元）". */
const HEADER_UNIT = /[(（[［]\s*([^()（）[\]［］]{1,40}?)\s*[)）\]］]\s*$/u;
/** A short header cell with no digits: a candidate count noun, checked by reading "1 <cell>". */
const COUNT_HEADER = /^[^\d|()（）[\]［］]{2,20}$/u;

/**
 * A cell holding a number, maybe after a few words ("5", "2,000", "4,5", "~300",
 * "300+", "más de 220.000", "up to 5"). The cell is read with its column's unit
 * and must read as one figure from its first character, so the words can only
 * be a qualifier the grammar knows; "FY2025" or "Q3 2025" are not.
 */
const BARE_NUMBER = /^(?:[^\d|]{0,16}\s)?(?:[~≈約约]\s*)?\d(?:[\d.,'’ \u00a0\u202f]*\d)?\+?$/u;

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
    // A header cell that is itself a count noun ("GPU", "Chips") names what its column counts.
    const unit = bracketed ?? (COUNT_HEADER.test(cell) ? cell : undefined);
    if (!unit) return undefined;
    const probe = `1 ${unit}`;
    const [figure, more] = extractFigures(probe, probeOptions);
    if (!figure || more || figure.start !== 0 || figure.end !== probe.length || figure.kind === 'date') return undefined;
    if (!bracketed && figure.kind !== 'gpus' && figure.kind !== 'chips') return undefined;
    any = true;
    return unit;
  });
  return any ? units : undefined;
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
    if (!BARE_NUMBER.test(foldWidth(number))) return;
    const start = at + cell.indexOf(number);
    const end = start + number.length;
    if (taken.some((f) => f.start < end && f.end > start)) return;
    const probe = `${number} ${unit}`;
    const [figure, more] = extractFigures(probe, probeOptions);
    // The whole number, read with the unit and nothing else: "4,5" is one figure, not "5 Mrd.".
    if (!figure || more || figure.start !== 0 || figure.end !== probe.length || figure.kind === 'date') return;
    figures.push({ ...figure, start, end, text: row.slice(start, end) });
  });
  return figures;
}
