/**
 * Parser for measured PCT points pasted or uploaded as CSV text. Columns, in order:
 * temperature, pressure, composition, direction (abs/des; optional, default des). An optional
 * header line names the columns and may give their units as `T[degC]`, `T(K)`, `T_C`, `p[bar]`,
 * `p/kPa`, `x[H/M]`, `wt%`. Temperature and pressure units go through the same unit parser as
 * the parameters (core/units.ts, mathjs): K (default), °C, degC, C; Pa (default), hPa, kPa, MPa,
 * GPa, bar, mbar, atm, torr, psi (and any other pressure unit mathjs knows). Composition: H/M
 * (default), wt% or mass%. A unit that is unknown or of the wrong dimension is refused, naming the
 * column. Separators: comma, semicolon, tab or spaces; '#' starts a comment. Every bad row is
 * reported with its line number, including pressures at which H₂ would be solid or beyond what
 * the gas models are evaluated at, and temperatures outside the model's range.
 */
import { InvalidParamsError } from '../../core/model';
import { quoteInput } from '../../core/quote';
import { parseQuantity } from '../../core/units';
import { meltingPressure } from './melting';
import { PRESSURE_CEILING } from './gas';

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

/** Temperature range a data row may have, K (the range of the model's temperature parameter). */
const DATA_T_MIN = 100;
const DATA_T_MAX = 1200;

/** Affine map from a column's number to SI: si = offset + factor · value. */
interface ColumnUnit {
  offset: number;
  factor: number;
}

const TEMPERATURE_UNITS = 'K, °C (or degC, C)';
const PRESSURE_UNITS = 'Pa, hPa, kPa, MPa, GPa, bar, mbar, atm, torr, psi';
const COMPOSITION_UNITS = 'H/M, wt%, mass%';

/** Spellings tried case-insensitively when mathjs does not know a pressure unit as written (e.g. "kpa"). */
const PRESSURE_SPELLINGS = ['Pa', 'hPa', 'kPa', 'MPa', 'GPa', 'bar', 'mbar', 'atm', 'torr', 'psi'];

function splitLine(line: string): string[] {
  return line
    .trim()
    .split(/\s*[,;\t]\s*|\s+/)
    .filter((s) => s.length > 0);
}

/** Splits a header cell into its name and unit: `T[degC]`, `T(K)`, `T_C`, `p/bar` (not for composition). */
function nameAndUnit(cell: string, slash: boolean): { name: string; unit: string | null } {
  const bracket = /^([^[(]*)[[(]([^\])]*)[\])]$/.exec(cell);
  if (bracket) return { name: bracket[1], unit: bracket[2] };
  const under = /^([A-Za-z]+)_(.+)$/.exec(cell);
  if (under) return { name: under[1], unit: under[2] };
  const slashed = slash ? /^([A-Za-z]+)\/(.+)$/.exec(cell) : null;
  if (slashed) return { name: slashed[1], unit: slashed[2] };
  return { name: cell, unit: null };
}

/** Error text for a refused header unit of column `column` (1-based). */
function unitProblem(lineNo: number, column: number, cell: string, unit: string, why: string, allowed: string): string {
  return `line ${lineNo}, column ${column} ${quoteInput(cell)}: ${why} ${quoteInput(unit)}; allowed: ${allowed}`;
}

/** Temperature unit of the header cell (K without a unit), or an error message. */
async function temperatureUnit(cell: string, lineNo: number): Promise<ColumnUnit | string> {
  const { unit } = nameAndUnit(cell, true);
  if (unit === null) return { offset: 0, factor: 1 };
  // "C" alone is the coulomb to mathjs; in a temperature column it means degrees Celsius.
  const spelled = /^(°?c|degc)$/i.test(unit) ? 'degC' : /^k$/i.test(unit) ? 'K' : unit;
  const zero = await parseQuantity(`0 ${spelled}`, 'K');
  const one = await parseQuantity(`1 ${spelled}`, 'K');
  if (!zero.ok || !one.ok) {
    const why = !zero.ok && zero.reason === 'dimension' ? 'not a temperature unit:' : 'unknown unit';
    return unitProblem(lineNo, 1, cell, unit, why, TEMPERATURE_UNITS);
  }
  return { offset: zero.value, factor: one.value - zero.value };
}

/** Pressure unit of the header cell (Pa without a unit), or an error message. */
async function pressureUnit(cell: string, lineNo: number): Promise<ColumnUnit | string> {
  const { unit } = nameAndUnit(cell, true);
  if (unit === null) return { offset: 0, factor: 1 };
  let q = await parseQuantity(`1 ${unit}`, 'Pa');
  if (!q.ok && q.reason === 'syntax') {
    const spelling = PRESSURE_SPELLINGS.find((s) => s.toLowerCase() === unit.toLowerCase());
    if (spelling) q = await parseQuantity(`1 ${spelling}`, 'Pa');
  }
  if (!q.ok) return unitProblem(lineNo, 2, cell, unit, q.reason === 'dimension' ? 'not a pressure unit:' : 'unknown unit', PRESSURE_UNITS);
  return { offset: 0, factor: q.value };
}

/** Kind of a composition unit spelling, or null when it is none of H/M, wt%, mass%. */
function compositionKind(unit: string): 'hm' | 'mass' | null {
  const u = unit.toLowerCase().replace(/\s/g, '');
  if (u === 'h/m' || u === 'hm') return 'hm';
  if (u === 'wt%' || u === 'wt.%' || u === 'mass%') return 'mass';
  return null;
}

/** Whether the composition column is mass% (true) or H/M (false), or an error message. */
function compositionUnit(cell: string, lineNo: number): boolean | string {
  const whole = compositionKind(cell);
  if (whole) return whole === 'mass';
  const { unit } = nameAndUnit(cell, false);
  if (unit === null) {
    return cell.includes('%') ? unitProblem(lineNo, 3, cell, cell, 'unknown composition unit', COMPOSITION_UNITS) : false;
  }
  const kind = compositionKind(unit);
  if (!kind) return unitProblem(lineNo, 3, cell, unit, 'unknown composition unit', COMPOSITION_UNITS);
  return kind === 'mass';
}

/** Reads the header cells: units of the first three columns, or the problems found. */
async function readHeader(cells: string[], lineNo: number): Promise<{ T: ColumnUnit; p: ColumnUnit; massPercent: boolean } | string[]> {
  if (cells.length < 3) return [`line ${lineNo}: header needs at least the columns T, p, composition`];
  const T = await temperatureUnit(cells[0], lineNo);
  const p = await pressureUnit(cells[1], lineNo);
  const massPercent = compositionUnit(cells[2], lineNo);
  const problems = [T, p, massPercent].filter((u): u is string => typeof u === 'string');
  if (problems.length > 0 || typeof T === 'string' || typeof p === 'string' || typeof massPercent === 'string') return problems;
  return { T, p, massPercent };
}

/** Why a point at p (Pa), T (K) cannot be used, or null: temperature range, solid H₂, gas-model ceiling. */
function stateProblem(p: number, T: number): string | null {
  if (T < DATA_T_MIN || T > DATA_T_MAX) return `temperature ${T.toPrecision(6)} K is outside ${DATA_T_MIN}–${DATA_T_MAX} K`;
  const pm = meltingPressure(T);
  if (p > pm) {
    return `pressure ${(p / 1e9).toPrecision(3)} GPa is above the melting pressure of H₂ at ${T.toPrecision(6)} K (${(pm / 1e9).toPrecision(3)} GPa, Datchi et al. 2000): hydrogen would be solid`;
  }
  if (p > PRESSURE_CEILING) return `pressure ${(p / 1e9).toPrecision(3)} GPa is above ${PRESSURE_CEILING / 1e9} GPa, the highest pressure the gas models are evaluated at`;
  return null;
}

/**
 * Parses CSV text into SI rows (T in K, p in Pa). Throws InvalidParamsError on field `data`
 * naming every bad line (at most 8 listed), a refused header unit, or the absence of data rows.
 */
export async function parsePctCsv(text: string): Promise<DataSet> {
  const lines = text.split(/\r?\n/);
  const rows: DataRow[] = [];
  const problems: string[] = [];
  let tUnit: ColumnUnit = { offset: 0, factor: 1 };
  let pUnit: ColumnUnit = { offset: 0, factor: 1 };
  let massPercent = false;
  let seenContent = false;
  for (let li = 0; li < lines.length; li++) {
    const lineNo = li + 1;
    const raw = lines[li].replace(/#.*$/, '').trim();
    if (raw === '') continue;
    if (!seenContent) {
      seenContent = true;
      if (!/^[-+]?[\d.]/.test(raw)) {
        // a header: spaces around and inside brackets belong to the cell ("T [deg C]")
        const cells = splitLine(raw.replace(/\s*[[(][^\])]*[\])]/g, (m) => m.replace(/\s+/g, '')));
        const header = await readHeader(cells, lineNo);
        // rows under a refused unit would be misread (and their errors misleading): report the header alone
        if (Array.isArray(header)) throw new InvalidParamsError('data', `data: ${header.join('; ')}`);
        ({ T: tUnit, p: pUnit, massPercent } = header);
        continue;
      }
    }
    const cells = splitLine(raw);
    if (cells.length < 3 || cells.length > 4) {
      problems.push(`line ${lineNo}: expected 3 or 4 columns (T, p, composition[, abs|des]), found ${cells.length}`);
      continue;
    }
    const [tText, pText, cText, dText] = cells;
    const T = tUnit.offset + tUnit.factor * Number(tText);
    const p = pUnit.factor * Number(pText);
    const composition = Number(cText);
    const dir = (dText ?? 'des').toLowerCase();
    const why: string[] = [];
    if (!Number.isFinite(T) || T <= 0) why.push(`temperature ${quoteInput(tText)} is not a positive absolute temperature`);
    if (!Number.isFinite(p) || p <= 0) why.push(`pressure ${quoteInput(pText)} is not a positive number`);
    if (!Number.isFinite(composition) || composition < 0) why.push(`composition ${quoteInput(cText)} is not a non-negative number`);
    else if (massPercent && composition >= 100) why.push(`composition ${quoteInput(cText)} mass% is not below 100`);
    const absorption = /^a(bs(orption)?)?$/.test(dir);
    if (!absorption && !/^d(es(orption)?)?$/.test(dir)) why.push(`direction ${quoteInput(dText)} is not abs or des`);
    if (why.length === 0) {
      const state = stateProblem(p, T);
      if (state) why.push(state);
    }
    if (why.length > 0) problems.push(`line ${lineNo}: ${why.join(', ')}`);
    else rows.push({ line: lineNo, T, p, composition, absorption });
  }
  if (problems.length > 0) {
    const more = problems.length > 8 ? ` (and ${problems.length - 8} more)` : '';
    throw new InvalidParamsError('data', `data: ${problems.slice(0, 8).join('; ')}${more}`);
  }
  if (rows.length === 0) throw new InvalidParamsError('data', 'data: no data rows found (only a header or comments); give rows of T, p, composition[, abs|des]');
  return { rows, massPercent };
}
