/**
 * The three hydrogen gas models the user can switch between — ideal, Abel–Noble and the
 * Leachman reference equation — behind one interface: ln φ(p, T), its validity limit, and the
 * inverse map from fugacity to pressure (Brent's method on ln p, since ln f = ln p + ln φ rises
 * monotonically with p). For the reference EOS the interactive path uses a cached table
 * (see lnPhiTable.ts) instead of one density solve per point.
 */
import { brent } from '../../core/roots';
import { GAS_CONSTANT } from '../../core/constants';
import { LEACHMAN_PMAX, LEACHMAN_TMAX, leachmanLnPhi } from './leachman';
import { tableLnPhi } from './lnPhiTable';

/** Gas model identifiers (parameter `gas`). */
export type GasModel = 'ideal' | 'abel-noble' | 'real';

/** Highest pressure any gas model is evaluated at, Pa. */
export const PRESSURE_CEILING = 6e9;

/** Abel–Noble co-volume of H₂, m³ mol⁻¹ (15.84 cm³/mol, Chenoweth 1983 as used by Sandia; docs/physics-notes.md B.3). */
export const ABEL_NOBLE_B = 15.84e-6;

/** Abel–Noble: Z = 1 + bp/(RT) and ln φ = bp/(RT) (p in Pa, T in K). */
export function abelNobleLnPhi(p: number, T: number): number {
  return (ABEL_NOBLE_B * p) / (GAS_CONSTANT * T);
}

/** Abel–Noble compressibility factor Z = 1 + bp/(RT). */
export function abelNobleZ(p: number, T: number): number {
  return 1 + (ABEL_NOBLE_B * p) / (GAS_CONSTANT * T);
}

/**
 * ln φ(p, T) of the chosen gas model. `exact` evaluates the Leachman equation directly (one
 * density solve); otherwise the real-gas value comes from the interpolated table (|error| < 1e-5).
 */
export function lnPhi(gas: GasModel, p: number, T: number, exact = false): number {
  switch (gas) {
    case 'ideal':
      return 0;
    case 'abel-noble':
      return abelNobleLnPhi(p, T);
    case 'real':
      return exact ? leachmanLnPhi(p, T) : tableLnPhi(p, T);
  }
}

/** Highest pressure (Pa) at which the gas model is trusted: Abel–Noble 200 MPa, Leachman 2 GPa. */
export function gasValidUpTo(gas: GasModel): number {
  return gas === 'ideal' ? 0 : gas === 'abel-noble' ? 2e8 : LEACHMAN_PMAX;
}

/**
 * True when (p, T) lies beyond the model's validity (extrapolated): Leachman beyond 2 GPa or
 * 1000 K, Abel–Noble beyond 200 MPa, the ideal gas beyond 1 MPa (where ln φ of H₂ passes 0.6 %).
 */
export function isExtrapolated(gas: GasModel, p: number, T: number): boolean {
  if (gas === 'ideal') return p > 1e6;
  if (gas === 'abel-noble') return p > 2e8;
  return p > LEACHMAN_PMAX || T > LEACHMAN_TMAX;
}

/**
 * Pressure p (Pa) whose fugacity is f (Pa) at T (K): solves ln p + ln φ(p, T) = ln f by Brent on
 * ln p on a bracket below ln f + 1 (ln φ > −1 for H₂ above 90 K) and at most ln(6 GPa);
 * throws when f is beyond the fugacity of H₂ at 6 GPa.
 */
export function pressureFromFugacity(gas: GasModel, f: number, T: number, exact = false): number {
  if (!(f > 0)) throw new Error(`pressureFromFugacity: fugacity must be positive (got ${f} Pa)`);
  if (gas === 'ideal') return f;
  const lnf = Math.log(f);
  const g = (lp: number) => lp + lnPhi(gas, Math.exp(lp), T, exact) - lnf;
  const hi = Math.min(lnf + 1, Math.log(PRESSURE_CEILING));
  if (g(hi) < 0) throw new Error(`fugacity ${f.toExponential(3)} Pa at ${T} K needs a pressure above ${PRESSURE_CEILING / 1e9} GPa`);
  // Stryker disable next-line ArithmeticOperator: only the first guess of the bracket; the loop below moves it until g(lo) ≤ 0, Brent finds the same root
  let lo = Math.min(lnf - 5, hi - 1);
  // Stryker disable next-line EqualityOperator: g(lo) = 0 exactly makes lo the root either way
  while (g(lo) > 0) lo -= 10;
  return Math.exp(brent(g, lo, hi, { xtol: 1e-12 }));
}
