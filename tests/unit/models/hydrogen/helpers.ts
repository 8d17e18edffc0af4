/** Test helper: asserts |got − expected| ≤ tol and prints expected, got, difference and tolerance. */
import { expect } from 'vitest';

export function expectClose(got: number, expected: number, tol: number, what = ''): void {
  const diff = Math.abs(got - expected);
  expect(diff, `${what} expected ${expected}, got ${got}, |diff| ${diff} > tol ${tol}`).toBeLessThanOrEqual(tol);
}

/** Relative version: |got/expected − 1| ≤ rel. */
export function expectRel(got: number, expected: number, rel: number, what = ''): void {
  const r = Math.abs(got / expected - 1);
  expect(r, `${what} expected ${expected}, got ${got}, relative diff ${r} > ${rel}`).toBeLessThanOrEqual(rel);
}
