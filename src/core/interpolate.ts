/**
 * Piecewise-linear interpolation on a monotonically increasing grid, and grid builders.
 */

/** Linear interpolation of (xs, ys) at x; clamps to the end values outside the grid. */
export function interpolateLinear(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number): number {
  const n = xs.length;
  if (n === 0) throw new Error('interpolateLinear: empty grid');
  if (x <= xs[0]) return ys[0];
  if (x >= xs[n - 1]) return ys[n - 1];
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  const t = (x - xs[lo]) / (xs[hi] - xs[lo]);
  return ys[lo] + t * (ys[hi] - ys[lo]);
}

/** n evenly spaced values from start to stop inclusive. */
export function linspace(start: number, stop: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = start + i * step;
  out[n - 1] = stop;
  return out;
}

/** n logarithmically spaced values from start to stop inclusive (both > 0). */
export function logspace(start: number, stop: number, n: number): Float64Array {
  const lin = linspace(Math.log(start), Math.log(stop), n);
  for (let i = 0; i < n; i++) lin[i] = Math.exp(lin[i]);
  if (n > 0) {
    lin[0] = start;
    lin[n - 1] = stop;
  }
  return lin;
}
