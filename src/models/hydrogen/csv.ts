/**
 * Parser for measured PCT points pasted or uploaded as CSV text. Columns, in order:
 * temperature, pressure, composition, direction (abs/des; optional, default des). An optional
 * header line sets units: temperature K (default) or °C ("T[C]", "T_C"; header cells contain no spaces), pressure Pa
 * (default), kPa, MPa, GPa, bar or atm ("p[bar]"), composition H/M (default) or mass% ("mass%",
 * "wt%"). Separators: comma, semicolon, tab or spaces; '#' starts a comment. Every bad row is
 * reported with its line number.
 */
import { InvalidParamsError } from '../../core/model';

/** One measured point, SI: T (K), p (Pa), composition as given (H/M or mass%), direction. */
export interface DataRow {
  line: number;
  T: number;
  p: number;
  composition: number;
  absorption: boolean;
}

/** Parsed data set: rows and whether the composition column is mass% (else H/M). */
export interface DataSet {
  rows: DataRow[];
  massPercent: boolean;
}

const PRESSURE_UNITS: [RegExp, number][] = [
  [/gpa/, 1e9],
  [/mpa/, 1e6],
  [/kpa/, 1e3],
  [/bar/, 1e5],
  [/atm/, 101325],
  [/pa/, 1],
];

function splitLine(line: string): string[] {
  return line
    .trim()
    .split(/\s*[,;\t]\s*|\s+/)
    .filter((s) => s.length > 0);
}

/** Parses CSV text into SI rows; throws one Error naming every bad line (at most 8 listed). */
export function parsePctCsv(text: string): DataSet {
  const lines = text.split(/\r?\n/);
  const rows: DataRow[] = [];
  const problems: string[] = [];
  let tOffset = 0;
  let pFactor = 1;
  let massPercent = false;
  let seenContent = false;
  for (let li = 0; li < lines.length; li++) {
    const lineNo = li + 1;
    const raw = lines[li].replace(/#.*$/, '').trim();
    if (raw === '') continue;
    const cells = splitLine(raw);
    if (!seenContent) {
      seenContent = true;
      if (!/^[-+]?[\d.]/.test(cells[0])) {
        const header = cells.map((c) => c.toLowerCase());
        if (header.length < 3) {
          problems.push(`line ${lineNo}: header needs at least the columns T, p, composition`);
          continue;
        }
        if (/(\[|_|\()\s*°?c\b|°c/.test(header[0])) tOffset = 273.15;
        const unit = PRESSURE_UNITS.find(([re]) => re.test(header[1].replace(/^p/, '')));
        if (unit) pFactor = unit[1];
        massPercent = /mass|wt/.test(header[2]);
        continue;
      }
    }
    if (cells.length < 3 || cells.length > 4) {
      problems.push(`line ${lineNo}: expected 3 or 4 columns (T, p, composition[, abs|des]), found ${cells.length}`);
      continue;
    }
    const [tText, pText, cText, dText] = cells;
    const T = Number(tText) + tOffset;
    const p = Number(pText) * pFactor;
    const composition = Number(cText);
    const dir = (dText ?? 'des').toLowerCase();
    const why: string[] = [];
    if (!Number.isFinite(T) || T <= 0) why.push(`temperature "${tText}" is not a positive number`);
    if (!Number.isFinite(p) || p <= 0) why.push(`pressure "${pText}" is not a positive number`);
    if (!Number.isFinite(composition) || composition < 0) why.push(`composition "${cText}" is not a non-negative number`);
    const absorption = /^a(bs(orption)?)?$/.test(dir);
    if (!absorption && !/^d(es(orption)?)?$/.test(dir)) why.push(`direction "${dText}" is not abs or des`);
    if (why.length > 0) problems.push(`line ${lineNo}: ${why.join(', ')}`);
    else rows.push({ line: lineNo, T, p, composition, absorption });
  }
  if (problems.length > 0) {
    const more = problems.length > 8 ? ` (and ${problems.length - 8} more)` : '';
    throw new InvalidParamsError('data', `data: ${problems.slice(0, 8).join('; ')}${more}`);
  }
  if (rows.length === 0) throw new Error('data: no data rows found');
  return { rows, massPercent };
}
