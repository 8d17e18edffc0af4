/**
 * Constitutional supercooling ahead of a planar front: ΔT_cs(z) = T_L(x(z)) − T(z), with the melt
 * composition x(z) ahead of the interface (z = distance into the liquid, m) and the actual
 * temperature T(z) = T_i + G·z (K). Reports the maximum supercooling and the depth of the
 * supercooled zone, for a continuous profile (steady state, found by root finding) or a
 * discrete one (transient solver output).
 */
import { brent } from '../../core/roots';

/** Supercooling figures (SI): max ΔT_cs (K, 0 when none), its position and the zone depth (m). */
export interface SupercoolingResult {
  supercooled: boolean;
  maxSupercooling: number;
  maxAt: number;
  depth: number;
}

const NONE: SupercoolingResult = { supercooled: false, maxSupercooling: 0, maxAt: 0, depth: 0 };

/**
 * Continuous profile whose ΔT_cs is concave in z with ΔT_cs(0) = 0 (true for the steady exponential
 * profile on a concave or linear liquidus). `slope(z)` = dΔT_cs/dz (K/m, decreasing in z),
 * `excess(z)` = ΔT_cs(z) (K); `zMax` (m) bounds the search (ΔT_cs(zMax) < 0 must hold).
 * Supercooled iff slope(0) > 0; the maximum is the root of slope, the depth the root of excess.
 */
export function supercoolingConcave(slope: (z: number) => number, excess: (z: number) => number, zMax: number): SupercoolingResult {
  if (!(slope(0) > 0)) return NONE;
  // Stryker disable next-line EqualityOperator: at slope(zMax) = 0 exactly, brent returns its bracket end zMax (f(b) = 0), the same zStar
  const zStar = slope(zMax) >= 0 ? zMax : brent(slope, 0, zMax, { xtol: zMax * 1e-13 });
  const max = excess(zStar);
  if (!(max > 0)) return NONE;
  // Stryker disable next-line EqualityOperator: at excess(zMax) = 0 exactly, brent returns its bracket end zMax (f(b) = 0), the same depth
  const depth = excess(zMax) >= 0 ? zMax : brent(excess, zStar, zMax, { xtol: zMax * 1e-13 });
  return { supercooled: true, maxSupercooling: max, maxAt: zStar, depth };
}

/**
 * Discrete profile: points z[i] (increasing from the interface, z[0] = 0) with ΔT_cs[i] (K).
 * The zone is the first contiguous run of positive ΔT_cs starting at the interface; its depth is
 * where ΔT_cs falls back through 0 (linear interpolation). A positive ΔT_cs run not touching the
 * interface is ignored (the front cannot see it).
 */
export function supercoolingDiscrete(z: ArrayLike<number>, dTcs: ArrayLike<number>): SupercoolingResult {
  const n = z.length;
  let i = 1;
  // Stryker disable next-line ConditionalExpression: with n < 2, dTcs[1] is undefined and undefined > 0 is false, so the next test returns NONE anyway
  if (n < 2) return NONE;
  if (!(dTcs[1] > 0)) return NONE;
  let max = 0;
  let maxAt = 0;
  // Stryker disable next-line ConditionalExpression: dTcs[n] is undefined and undefined > 0 is false, so the loop stops at i = n without the bound
  for (; i < n; i++) {
    const v = dTcs[i];
    if (!(v > 0)) break;
    if (v > max) {
      max = v;
      maxAt = z[i];
    }
  }
  const depth = i < n ? z[i - 1] + ((z[i] - z[i - 1]) * dTcs[i - 1]) / (dTcs[i - 1] - dTcs[i]) : z[n - 1];
  return { supercooled: true, maxSupercooling: max, maxAt, depth };
}
