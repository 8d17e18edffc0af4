/**
 * Thomas algorithm for tridiagonal systems  a[i]·x[i−1] + b[i]·x[i] + c[i]·x[i+1] = d[i].
 * O(n), no pivoting: stable for diagonally dominant matrices (the implicit diffusion schemes
 * here). `a[0]` and `c[n−1]` are ignored. Throws on a zero pivot instead of returning NaN.
 */

/**
 * Solves the tridiagonal system in place into `out` (length n) and returns it.
 * `scratch` (length n) may be passed to avoid allocation in hot loops.
 */
export function solveTridiagonal(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  c: ArrayLike<number>,
  d: ArrayLike<number>,
  out: Float64Array = new Float64Array(b.length),
  scratch: Float64Array = new Float64Array(b.length),
): Float64Array {
  const n = b.length;
  if (n === 0) return out;
  let pivot = b[0];
  if (pivot === 0) throw new Error('solveTridiagonal: zero pivot at row 0');
  scratch[0] = c[0] / pivot;
  out[0] = d[0] / pivot;
  for (let i = 1; i < n; i++) {
    pivot = b[i] - a[i] * scratch[i - 1];
    if (pivot === 0) throw new Error(`solveTridiagonal: zero pivot at row ${i}`);
    scratch[i] = i < n - 1 ? c[i] / pivot : 0;
    out[i] = (d[i] - a[i] * out[i - 1]) / pivot;
  }
  for (let i = n - 2; i >= 0; i--) out[i] -= scratch[i] * out[i + 1];
  return out;
}
