/**
 * A tangent drawn as a labelled, dashed straight line mark: from a point (x0, y0) with a given
 * slope towards larger x, ending at xEnd or where it leaves a y range, whichever comes first, so
 * it does not stretch the plot's automatic y range.
 */
import type { LineMark } from './types';

/** What {@link tangentMark} draws: start point, slope (y units per x unit) and limits, all in plot units. */
export interface TangentSpec {
  x0: number;
  y0: number;
  slope: number;
  /** Largest x the line may reach. */
  xEnd: number;
  /** The line stops where it leaves [lo, hi] (after starting inside it). */
  yRange: [number, number];
  label: string;
  color?: string;
}

/**
 * Two-point line mark y = y0 + slope·(x − x0) for x from x0 to the first of xEnd and the x where
 * y reaches the edge of `yRange`; labelled at its end, dashed. Null when an input is not finite or
 * the line would have no length.
 */
export function tangentMark(s: TangentSpec): LineMark | null {
  const [lo, hi] = s.yRange;
  if (![s.x0, s.y0, s.slope, s.xEnd, lo, hi].every(Number.isFinite) || !(s.xEnd > s.x0)) return null;
  let x1 = s.xEnd;
  if (s.slope > 0 && s.y0 + s.slope * (x1 - s.x0) > hi) x1 = s.x0 + (hi - s.y0) / s.slope;
  if (s.slope < 0 && s.y0 + s.slope * (x1 - s.x0) < lo) x1 = s.x0 + (lo - s.y0) / s.slope;
  if (!(x1 > s.x0)) return null;
  return { x: [s.x0, x1], y: [s.y0, s.y0 + s.slope * (x1 - s.x0)], label: s.label, labels: [s.label], color: s.color, dashed: true };
}
