/** Shared test helpers: tolerance checks that print expected, got, difference and tolerance. */
import { expect } from 'vitest';

/** Asserts |got − expected| ≤ tol, reporting all four numbers on failure. */
export function expectClose(got: number, expected: number, tol: number, what = ''): void {
  const diff = Math.abs(got - expected);
  expect(diff, `${what} expected ${expected}, got ${got}, |diff| ${diff.toExponential(3)} > tol ${tol}`).toBeLessThanOrEqual(tol);
}

/** erf(x) to ~1e-15 (series for |x| < 3, continued fraction for erfc beyond). */
export function erf(x: number): number {
  const ax = Math.abs(x);
  if (ax < 3) {
    let term = ax;
    let sum = ax;
    for (let n = 1; n < 200; n++) {
      term *= (-ax * ax) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    const v = (2 / Math.sqrt(Math.PI)) * sum;
    return x < 0 ? -v : v;
  }
  // erfc by Lentz continued fraction
  let f = ax;
  let C = ax;
  let Dd = 0;
  for (let n = 1; n < 300; n++) {
    const an = n / 2;
    Dd = ax + an * Dd;
    Dd = 1 / Dd;
    C = ax + an / C;
    const delta = C * Dd;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return x < 0 ? erfc - 1 : 1 - erfc;
}

/** Smith–Tiller–Rutter exact initial transient C_S/C0 at u = Vz/D (docs/physics-notes.md A.6 item 5). */
export function smithTillerRutter(k: number, u: number): number {
  const r = Math.sqrt(u);
  return 0.5 * (1 + erf(r / 2) + (2 * k - 1) * Math.exp(-k * (1 - k) * u) * (1 - erf(((2 * k - 1) / 2) * r)));
}
