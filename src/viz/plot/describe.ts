/**
 * Text alternatives for plots: a one-paragraph description generated from the data
 * (what is plotted against what, each series' range), for aria-description and screen readers.
 */
import type { LinePlotData, LinePlotOptions } from './types';
import { finiteExtent } from '../../core/extent';

function fmt(v: number): string {
  return Math.abs(v) !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5) ? v.toExponential(2) : String(Number(v.toPrecision(3)));
}

/** Describes a line plot in one paragraph (English; labels come translated from the caller). */
export function describePlot(data: LinePlotData, options: Pick<LinePlotOptions, 'title' | 'xLabel' | 'yLabel'>): string {
  const parts = [`${options.title}: ${options.yLabel} against ${options.xLabel}.`];
  for (const line of data.lines) {
    const xr = finiteExtent(line.x);
    const yr = finiteExtent(line.y);
    if (!xr || !yr) {
      parts.push(`${line.label}: no finite values.`);
      continue;
    }
    parts.push(`${line.label}: ${line.x.length} points, x from ${fmt(xr[0])} to ${fmt(xr[1])}, y from ${fmt(yr[0])} to ${fmt(yr[1])}.`);
  }
  for (const band of data.bands ?? []) parts.push(`Shaded: ${band.label}.`);
  for (const rule of data.rules ?? []) parts.push(`Marked: ${rule.label} at ${fmt(rule.value)}.`);
  return parts.join(' ');
}
