/**
 * The stability map as CSV in the units the map shows: one row per cell with G [K/mm], the column
 * quantity (V [µm/s], or R [K/min] followed by the steady growth velocity V = R/G [µm/s]), the
 * regime and the maximum constitutional supercooling ΔT_cs [K].
 */
import { formatCsv, type Cell } from '../../../export/csv';
import { DISPLAY_UNITS as U, REGIMES } from '../../../models/solidification';
import type { StabilityMap } from './mapClient';

/** CSV text of `map` (rows: G ascending, then the column quantity ascending). */
export function mapToCsv(map: StabilityMap): string {
  const { axis, nG, nY } = map.request;
  const header = [`G [${U.gradient.unit}]`, ...(axis === 'V' ? [`V [${U.velocity.unit}]`] : [`R [${U.coolingRate.unit}]`, `V [${U.velocity.unit}]`]), 'regime', 'ΔT_cs max [K]'];
  const rows: Cell[][] = [];
  for (let i = 0; i < nG; i++) {
    for (let j = 0; j < nY; j++) {
      const k = i * nY + j;
      const column = axis === 'V' ? [map.V[k] * U.velocity.factor] : [map.Y[j] * U.coolingRate.factor, map.V[k] * U.velocity.factor];
      rows.push([map.G[i] * U.gradient.factor, ...column, REGIMES[map.regime[k]] ?? null, map.deltaTcs[k]]);
    }
  }
  return formatCsv(header, rows);
}
