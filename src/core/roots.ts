/**
 * Scalar root finding: Brent's method on a bracket [a, b] with f(a)·f(b) ≤ 0.
 * Converges superlinearly for smooth f and never leaves the bracket. Throws when the
 * bracket does not enclose a sign change or f returns NaN, so callers never get NaN back.
 */

/** Options for {@link brent}. */
export interface BrentOptions {
  /** Absolute tolerance on x (default 1e-12 × max(1, |x|)). */
  xtol?: number;
  /** Maximum iterations (default 200). */
  maxIter?: number;
}

/** Finds x in [a, b] with f(x) = 0 by Brent's method. */
export function brent(f: (x: number) => number, a: number, b: number, options: BrentOptions = {}): number {
  const maxIter = options.maxIter ?? 200;
  let fa = f(a);
  let fb = f(b);
  if (Number.isNaN(fa) || Number.isNaN(fb)) throw new Error('brent: f is NaN at a bracket end');
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (fa * fb > 0) throw new Error(`brent: no sign change on [${a}, ${b}]`);
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 0; iter < maxIter; iter++) {
    if (fb * fc > 0) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol = options.xtol ?? 1e-12 * Math.max(1, Math.abs(b));
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m;
        e = d;
      }
    } else {
      d = m;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (Number.isNaN(fb)) throw new Error(`brent: f is NaN at x = ${b}`);
  }
  return b;
}
