/**
 * Series as CSV: one column per series (header = series name), rows padded with empty cells
 * where a series is shorter; non-finite numbers become empty cells.
 */
import type { Series } from '../core/model';

/** Formats the series of a result as CSV text (ends with a newline). */
export function seriesToCsv(series: Series): string {
  const names = Object.keys(series);
  const rows = Math.max(0, ...names.map((n) => series[n].length));
  const lines = [names.join(',')];
  for (let r = 0; r < rows; r++) {
    lines.push(
      names
        .map((n) => {
          const v = series[n][r];
          return v !== undefined && Number.isFinite(v) ? String(v) : '';
        })
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
