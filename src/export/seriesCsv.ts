/**
 * All series of a result as CSV columns (`name [unit]`), padded with empty cells where a series
 * is shorter: in the units the page shows (the app's "Save all series") or in SI (the CLI).
 */
import type { Series } from '../core/model';
import { formatCsv, type Cell } from './csv';
import { seriesUnitOrUnknown } from './seriesUnits';

/** Which unit convention a series CSV uses. */
export type UnitConvention = 'display' | 'si';

/**
 * Formats the series of a result of model `modelId` as CSV text in the given unit convention;
 * with display units, absolute temperatures the page shows in °C (`temperature` 'C') are in °C.
 */
export function seriesToCsv(modelId: string, series: Series, units: UnitConvention, temperature: 'K' | 'C' = 'K'): string {
  const names = Object.keys(series);
  const info = names.map((n) => {
    const u = seriesUnitOrUnknown(modelId, n);
    return u.absoluteT && temperature === 'C' ? { ...u, display: '°C', toDisplay: (v: number) => v - 273.15 } : u;
  });
  const header = names.map((n, j) => (units === 'si' ? `${n} [${info[j].si}]` : `${info[j].displayName ?? n} [${info[j].display}]`));
  const rows = Math.max(0, ...names.map((n) => series[n].length));
  const out: Cell[][] = [];
  for (let r = 0; r < rows; r++) {
    out.push(
      names.map((n, j) => {
        const v = series[n][r];
        if (v === undefined) return null;
        return units === 'si' ? v : info[j].toDisplay(v);
      }),
    );
  }
  return formatCsv(header, out);
}
