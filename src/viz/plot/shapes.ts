/**
 * Geometry shared by the line-plot marks: data extents, scales, which points are usable on an
 * axis, and the (decimated) indices and d3 path generators of lines and bands.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line as d3line, area as d3area, type Area, type Line } from 'd3-shape';
import type { BandMark, LineMark, LinePlotData, LinePlotOptions } from './types';
import { decimateIndices } from './decimate';

/** A continuous axis scale from data values to pixels. */
export type Scale = ScaleContinuousNumeric<number, number>;

/** Lines and bands longer than this many points per pixel column are decimated before drawing. */
const DECIMATE_PER_PX = 2;

/** Smallest and largest usable value of some arrays (finite, and positive on a log axis), or null. */
export function extent(arrays: ArrayLike<number>[], log: boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v) || (log && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo === Infinity) return null;
  if (lo === hi) return log ? [lo / 2, hi * 2] : [lo - (Math.abs(lo) || 1) * 0.05, hi + (Math.abs(hi) || 1) * 0.05];
  return [lo, hi];
}

/** Every x (or every y) array of the lines and bands. */
export function allValues(data: LinePlotData, axis: 'x' | 'y'): ArrayLike<number>[] {
  const out: ArrayLike<number>[] = data.lines.map((l) => l[axis]);
  for (const b of data.bands ?? []) {
    if (axis === 'x') out.push(b.x);
    else out.push(b.y0, b.y1);
  }
  return out;
}

/** A linear or log scale over `domain` (extended to nice values unless `nice` is false) onto the pixel `range`. */
export function makeScale(log: boolean, domain: [number, number], range: [number, number], nice = true): Scale {
  const scale = (log ? scaleLog() : scaleLinear()).domain(domain).range(range);
  return nice ? scale.nice() : scale;
}

/** A value can be drawn: finite, and positive on a log axis. */
export function usable(v: number, log?: boolean): boolean {
  return Number.isFinite(v) && (!log || v > 0);
}

/**
 * Indices 0 … n − 1 of a mark, or, when the mark has more than DECIMATE_PER_PX points per pixel
 * of the plot's width, only those that change the drawing (see decimate.ts). Points left or right
 * of the plotting area [left, right] (px) count as one column each side, so data far outside a
 * fixed domain costs nothing.
 */
function drawnIndices(n: number, [left, right]: [number, number], px: (k: number) => number, py: ((k: number) => number)[], defined: (k: number) => boolean): number[] {
  if (n <= DECIMATE_PER_PX * Math.max(1, right - left)) return Array.from({ length: n }, (_, k) => k);
  return decimateIndices({ n, px: (k) => Math.min(right + 1, Math.max(left - 1, px(k))), py, defined });
}

/** The indices a band is drawn through (decimated) and its area generator (unusable points break it). */
export function bandShape(band: BandMark, x: Scale, y: Scale, options: LinePlotOptions, plotRange: [number, number]): { idx: number[]; shape: Area<number> } {
  const defined = (k: number) => usable(band.x[k], options.xLog) && usable(band.y0[k], options.yLog) && usable(band.y1[k], options.yLog);
  const n = Math.min(band.x.length, band.y0.length, band.y1.length);
  const idx = drawnIndices(n, plotRange, (k) => x(band.x[k]), [(k) => y(band.y0[k]), (k) => y(band.y1[k])], defined);
  const shape = d3area<number>()
    .defined(defined)
    .x((k) => x(band.x[k]))
    .y0((k) => y(band.y0[k]))
    .y1((k) => y(band.y1[k]));
  return { idx, shape };
}

/** The indices a line is drawn through (decimated) and its line generator (unusable points break it). */
export function lineShape(mark: LineMark, x: Scale, y: Scale, options: LinePlotOptions, plotRange: [number, number]): { idx: number[]; shape: Line<number> } {
  const defined = (k: number) => usable(mark.x[k], options.xLog) && usable(mark.y[k], options.yLog);
  const n = Math.min(mark.x.length, mark.y.length);
  const idx = drawnIndices(n, plotRange, (k) => x(mark.x[k]), [(k) => y(mark.y[k])], defined);
  const shape = d3line<number>()
    .defined(defined)
    .x((k) => x(mark.x[k]))
    .y((k) => y(mark.y[k]));
  return { idx, shape };
}

/** The stroke dash pattern of a line (SVG stroke-dasharray syntax), or null for a solid line. */
export function dashOf(mark: LineMark): string | null {
  return mark.dash ?? (mark.dashed ? '6 4' : null);
}
