/**
 * Melting curve of normal H₂, used to refuse gas pressures at which hydrogen is a solid.
 * Kechin form fitted by Datchi, Loubeyre & LeToullec, Phys. Rev. B 61, 6535 (2000), to their
 * diamond-anvil data (room temperature to 750 K) and in agreement with all earlier H₂ data:
 *   T_m(P) = 14.025 K · (1 + P/0.0286 GPa)^0.589 · exp(−4.6×10⁻³ P/GPa).
 * (Coefficients from the paper's abstract; the maximum it predicts, 1100 K at 128 GPa, checks
 * the sign of the exponential term.) T_m rises monotonically below 128 GPa, so the melting
 * pressure at T is found by inverting it with Brent's method.
 */
import { brent } from '../../core/roots';

const T0 = 14.025; // K
const P0 = 0.0286e9; // Pa
const C = 0.589;
const K = 4.6e-3 / 1e9; // Pa⁻¹

/** Melting temperature of H₂ at pressure p (Pa), K (Kechin fit of Datchi et al. 2000). */
export function meltingTemperature(p: number): number {
  return T0 * Math.pow(1 + p / P0, C) * Math.exp(-K * p);
}

/** Pressure (Pa) at which H₂ solidifies at temperature T (K); 0 below 14.025 K, Infinity above the 1100 K maximum. */
export function meltingPressure(T: number): number {
  if (T <= T0) return 0;
  const pMaxCurve = C / K - P0; // pressure of the maximum of T_m(P), ≈ 128 GPa
  if (T >= meltingTemperature(pMaxCurve)) return Infinity;
  return brent((p) => meltingTemperature(p) - T, 0, pMaxCurve, { xtol: 1 });
}
