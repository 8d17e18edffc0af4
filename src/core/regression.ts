/**
 * Ordinary least-squares straight line y = intercept + slope·x with standard errors,
 * as used for van 't Hoff and Arrhenius fits. Standard errors follow the textbook formulas
 * with residual variance s² = Σr²/(n − 2); they are null for fewer than three points.
 */

/** Result of {@link linearFit}. */
export interface LinearFit {
  slope: number;
  intercept: number;
  slopeStdErr: number | null;
  interceptStdErr: number | null;
  /** Coefficient of determination R². */
  r2: number;
  n: number;
}

/** Fits y = intercept + slope·x by least squares. Throws for fewer than two points or constant x. */
export function linearFit(x: ArrayLike<number>, y: ArrayLike<number>): LinearFit {
  const n = x.length;
  if (n !== y.length) throw new Error('linearFit: x and y differ in length');
  if (n < 2) throw new Error('linearFit: needs at least two points');
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new Error('linearFit: all x are equal');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssr = 0;
  for (let i = 0; i < n; i++) {
    const r = y[i] - intercept - slope * x[i];
    ssr += r * r;
  }
  const r2 = syy === 0 ? 1 : 1 - ssr / syy;
  if (n < 3) return { slope, intercept, slopeStdErr: null, interceptStdErr: null, r2, n };
  const s2 = ssr / (n - 2);
  const slopeStdErr = Math.sqrt(s2 / sxx);
  const interceptStdErr = Math.sqrt(s2 * (1 / n + (mx * mx) / sxx));
  return { slope, intercept, slopeStdErr, interceptStdErr, r2, n };
}
