/**
 * CSV text for spreadsheets: RFC 4180 quoting by d3-dsv, CRLF line ends, a single header row
 * (no comments) whose every numeric column names its quantity and unit as `quantity [unit]`.
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
 * neutralised with a leading apostrophe; numbers are written in full precision and non-finite
 * numbers as empty cells.
 */
import { csvFormatRow } from 'd3-dsv';

/** One cell: a number, text, or nothing (an empty cell). */
export type Cell = number | string | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes user text safe in a spreadsheet cell: prefixes text that starts like a formula with an apostrophe. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  return neutralise(c);
}

/** Formats a header and rows as RFC 4180 CSV text (CRLF line ends, ends with CRLF). */
export function formatCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // row by row: a line break inside a quoted cell stays as it is
  return [header.map((h) => neutralise(h)), ...rows.map((r) => r.map(cellText))].map((r) => csvFormatRow(r) + '\r\n').join('');
}

/**
 * A column header `quantity [unit]` from an axis label that ends in its unit in parentheses,
 * e.g. "time (min)" → "time [min]"; a label without a unit is a dimensionless quantity:
 * "occupancy" → "occupancy [1]".
 */
export function columnHeader(label: string): string {
  const m = /^(.*?)(?:\s+\(|\s*（)([^()（）]+)[)）]\s*$/.exec(label.trim());
  return m ? `${m[1]} [${m[2]}]` : `${label.trim()} [1]`;
}
