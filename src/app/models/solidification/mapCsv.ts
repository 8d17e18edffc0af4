/**
 * The stability map as CSV in the units the map shows: one row per cell with G [K/mm], the column
 * quantity (V [µm/s], or R [K/min] followed by the steady growth velocity V = R/G [µm/s]), the
 * regime and the maximum constitutional supercooling ΔT_cs [K].
 */
import { formatCsv, type Cell } from '../../../export/csv';
import { REGIMES } from '../../../models/solidification';
import type { StabilityMap } from './mapClient';

/** CSV text of `map` (rows: G ascending, then the column quantity ascending). */
export function mapToCsv(map: StabilityMap): string {
  const { axis, nG, nY } = map.request;
  const header = ['G [K/mm]', ...(axis === 'V' ? ['V [µm/s]'] : ['R [K/min]', 'V [µm/s]']), 'regime', 'ΔT_cs max [K]'];
  const rows: Cell[][] = [];
  for (let i = 0; i < nG; i++) {
    for (let j = 0; j < nY; j++) {
      const k = i * nY + j;
      const column = axis === 'V' ? [map.V[k] * 1e6] : [map.Y[j] * 60, map.V[k] * 1e6];
      rows.push([map.G[i] * 1e-3, ...column, REGIMES[map.regime[k]] ?? null, map.deltaTcs[k]]);
    }
  }
  return formatCsv(header, rows);
}
