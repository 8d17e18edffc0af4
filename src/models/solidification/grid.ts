/**
 * Geometrically stretched one-dimensional grids on [0, 1]: the first cell has a prescribed
 * relative size and each next cell is r times larger, so a boundary layer at ξ = 0 is resolved
 * with few cells. Used for the melt ahead of the interface (ξ = distance / layer length).
 */
import { brent } from '../../core/roots';

/**
 * Face positions ξ_0 = 0 < … < ξ_N = 1 of N cells with first cell size `first` (fraction of the
 * layer) and constant growth ratio r ≥ 1. N is at least `minCells` and large enough that
 * r ≤ `maxRatio`. When `first` ≥ 1/minCells the grid is uniform.
 */
export function stretchedFaces(first: number, minCells: number, maxRatio: number): Float64Array {
  let n = minCells;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: for first ≥ 1/minCells the count below is at most minCells (Bernoulli: 1 + (r − 1)·m ≤ r^m), so n = minCells either way
  if (first < 1 / minCells) {
    const needed = Math.ceil(Math.log(1 + (maxRatio - 1) / first) / Math.log(maxRatio));
    n = Math.max(minCells, needed);
  }
  let r = 1;
  if (first < 1 / n) {
    const sum = (q: number) => first * ((q ** n - 1) / (q - 1)) - 1;
    r = brent(sum, 1 + 1e-12, maxRatio * 1.0001, { xtol: 1e-15 });
  }
  const faces = new Float64Array(n + 1);
  let h = r === 1 ? 1 / n : first;
  for (let i = 1; i <= n; i++) {
    faces[i] = faces[i - 1] + h;
    h *= r;
  }
  for (let i = 1; i < n; i++) faces[i] /= faces[n];
  faces[n] = 1;
  return faces;
}
