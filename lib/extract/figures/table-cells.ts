import { CELL_SEPARATOR } from '../../text/table-row';
import { foldWidth } from '../../text/fold';
import type { ExtractOptions, RawFigure } from '../raw-figure';
import { extractFigures } from './extract-figures';

/** A cell's unit, as its column header writes it in brackets: "Potencia (GW)", "金額（億美元）". */
const HEADER_UNIT = /[(（[［]\s*([^()（）[\]［］]{1,40}?)\s*[)）\]］]\s*$/u;
/**
 * A cell holding a number and nothing else ("5", "2,000", "4,5", "~300", "300+").
 * Words in a cell ("5 GW", "FY2025") are read by the grammar itself, not here.
 */
const BARE_NUMBER = /^(?:[~≈約约]\s*)?\d(?:[\d.,'’ \u00a0\u202f]*\d)?\+?$/u;

/**
 * The unit each column of a table declares in its header row, by cell index;
 * undefined where a header declares none, and undefined altogether when no
 * cell does. A header counts only when "1 <unit>" reads as a figure, so
 * "Partner (Auswahl)" is no unit.
 */
export function columnUnits(header: string, options: ExtractOptions = {}): (string | undefined)[] | undefined {
  const probeOptions = { lang: options.lang };
  if (!header.includes('(') && !header.includes('（') && !header.includes('[') && !header.includes('［')) return undefined;
  let any = false;
  const units = header.split(CELL_SEPARATOR).map((cell) => {
    const unit = HEADER_UNIT.exec(cell.trim())?.[1];
    if (!unit) return undefined;
    const probe = `1 ${unit}`;
    const [figure, more] = extractFigures(probe, probeOptions);
    if (!figure || more || figure.start !== 0 || figure.end !== probe.length || figure.kind === 'date') return undefined;
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
