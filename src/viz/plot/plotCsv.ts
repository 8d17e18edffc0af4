/**
 * A plot's data as one tidy CSV table in the units the plot shows: one row per point, a `series`
 * column naming the curve, key columns (e.g. `T [K]`, `branch`, `electrolyte`) where marks carry
 * them, then x and y with their units; bands add `… lower`/`… upper` columns. Rules (reference
 * lines) are annotations and are not exported. Points with neither coordinate finite (the gaps
 * between curves drawn as one mark) are left out.
 */
import { columnHeader, formatCsv, type Cell } from '../../export/csv';
import type { LinePlotData } from './types';

/** The axis labels that name the plot's columns. */
export interface PlotAxes {
  xLabel: string;
  yLabel: string;
}

/** Number of points with a finite x or y in the lines and bands of `data`. */
export function plotPointCount(data: LinePlotData): number {
  let n = 0;
  for (const l of data.lines) for (let i = 0; i < l.x.length; i++) if (Number.isFinite(l.x[i]) || Number.isFinite(l.y[i])) n++;
  for (const b of data.bands ?? []) for (let i = 0; i < b.x.length; i++) if (Number.isFinite(b.x[i])) n++;
  return n;
}

/** The plot's data as CSV text (display units, headers `quantity [unit]`), or null when it has no points. */
export function plotToCsv(data: LinePlotData, axes: PlotAxes): string | null {
  if (plotPointCount(data) === 0) return null;
  const keyNames: string[] = [];
  for (const l of data.lines) {
    for (const k of Object.keys(l.keys ?? {})) if (!keyNames.includes(k)) keyNames.push(k);
    if (l.labels && !keyNames.includes('label')) keyNames.push('label');
  }
  const bands = data.bands ?? [];
  const x = columnHeader(axes.xLabel);
  const y = columnHeader(axes.yLabel);
  const [yQuantity, yUnit] = splitHeader(y);
  const header = ['series', ...keyNames, x, y, ...(bands.length > 0 ? [`${yQuantity} lower [${yUnit}]`, `${yQuantity} upper [${yUnit}]`] : [])];
  const rows: Cell[][] = [];
  for (const l of data.lines) {
    for (let i = 0; i < l.x.length; i++) {
      if (!Number.isFinite(l.x[i]) && !Number.isFinite(l.y[i])) continue;
      const keys = keyNames.map((k): Cell => (k === 'label' && !l.keys?.label ? l.labels?.[i] : l.keys?.[k]?.[i]));
      rows.push([l.label, ...keys, l.x[i], l.y[i], ...(bands.length > 0 ? [null, null] : [])]);
    }
  }
  for (const b of bands) {
    for (let i = 0; i < b.x.length; i++) {
      if (!Number.isFinite(b.x[i])) continue;
      rows.push([b.label, ...keyNames.map(() => null), b.x[i], null, b.y0[i], b.y1[i]]);
    }
  }
  return formatCsv(header, rows);
}

function splitHeader(h: string): [string, string] {
  const m = /^(.*) \[([^\]]*)\]$/.exec(h);
  return m ? [m[1], m[2]] : [h, '1'];
}
