/**
 * Reference equation of state for normal hydrogen: the residual Helmholtz energy of
 * Leachman, Jacobsen, Penoncello & Lemmon, J. Phys. Chem. Ref. Data 38, 721 (2009), valid from the
 * triple point to 1000 K and 2000 MPa. From α^r(δ, τ) we get the compressibility factor
 * Z = 1 + δα^r_δ, the density at given (p, T) by a bracketed root (Brent), and the fugacity
 * coefficient ln φ = α^r + δα^r_δ − ln(1 + δα^r_δ). Coefficients as published (docs/references.md;
 * read from jjgomera/pychemqt and CoolProp's Hydrogen.json; identical there).
 */
import { brent } from '../../core/roots';

/** Critical temperature of normal H₂ used as the reducing temperature, K. */
export const LEACHMAN_TC = 33.145;
/** Critical density used as the reducing density, mol m⁻³. */
export const LEACHMAN_RHOC = 15508;
/** Gas constant inside the Leachman equation, J mol⁻¹ K⁻¹ (as published). */
export const LEACHMAN_R = 8.314472;
/** Upper validity limits of the equation: pressure (Pa) and temperature (K). */
export const LEACHMAN_PMAX = 2e9;
export const LEACHMAN_TMAX = 1000;

const N = [-6.93643, 0.01, 2.1101, 4.52059, 0.732564, -1.34086, 0.130985, -0.777414, 0.351944, -0.0211716, 0.0226312, 0.032187, -0.0231752, 0.0557346];
const D = [1, 4, 1, 1, 2, 2, 3, 1, 3, 2, 1, 3, 1, 1];
const TT = [0.6844, 1.0, 0.989, 0.489, 0.803, 1.1444, 1.409, 1.754, 1.311, 4.187, 5.646, 0.791, 7.249, 2.986];
// Gaussian terms i = 10..14: exp[φ(δ − Dg)² + β(τ − γ)²]
const PHI = [-1.685, -0.489, -0.103, -2.506, -1.607];
const BETA = [-0.171, -0.2245, -0.1304, -0.2785, -0.3967];
const GAMMA = [0.7164, 1.3444, 1.4517, 0.7204, 1.5445];
const DG = [1.506, 0.156, 1.736, 0.67, 1.662];

/** τ-dependent factors of every term, precomputed once per temperature (dimensionless). */
export interface TauFactors {
  tau: number;
  /** N_i τ^t_i, times exp[β(τ−γ)²] for the Gaussian terms. */
  c: Float64Array;
}

/** Precomputes N_i τ^{t_i} (and the τ Gaussian factor) at temperature T (K). */
export function tauFactors(T: number): TauFactors {
  const tau = LEACHMAN_TC / T;
  const c = new Float64Array(14);
  // Stryker disable next-line EqualityOperator: i = 14 would write past the end of the 14-element array, which is dropped
  for (let i = 0; i < 14; i++) {
    c[i] = N[i] * Math.pow(tau, TT[i]);
    if (i >= 9) {
      const k = i - 9;
      c[i] *= Math.exp(BETA[k] * (tau - GAMMA[k]) ** 2);
    }
  }
  return { tau, c };
}

/** Residual Helmholtz energy and its δ-derivative at (δ, τ): α^r and δα^r_δ (dimensionless). */
export interface ResidualTerms {
  ar: number;
  dAr: number;
}

/** Evaluates α^r and δ∂α^r/∂δ for reduced density δ = ρ/ρc (dimensionless). */
export function residual(delta: number, tf: TauFactors): ResidualTerms {
  const c = tf.c;
  let ar = 0;
  let dAr = 0;
  for (let i = 0; i < 7; i++) {
    const d = D[i];
    const term = c[i] * delta ** d;
    ar += term;
    dAr += d * term;
  }
  const ed = Math.exp(-delta);
  for (let i = 7; i < 9; i++) {
    const d = D[i];
    const term = c[i] * delta ** d * ed;
    const q = d - delta;
    ar += term;
    dAr += term * q;
  }
  for (let i = 9; i < 14; i++) {
    const k = i - 9;
    const d = D[i];
    const x = delta - DG[k];
    const term = c[i] * delta ** d * Math.exp(PHI[k] * x * x);
    const q = d + 2 * PHI[k] * delta * x;
    ar += term;
    dAr += term * q;
  }
  return { ar, dAr };
}

/** Pressure p = ρRT(1 + δα^r_δ), Pa, at molar density ρ (mol m⁻³) and T (K). */
export function leachmanPressure(rho: number, T: number, tf: TauFactors = tauFactors(T)): number {
  return rho * LEACHMAN_R * T * (1 + residual(rho / LEACHMAN_RHOC, tf).dAr);
}

/** Highest density searched, mol m⁻³ (docs/physics-notes.md B.3: 0 < ρ < 1.2×10⁵). */
const RHO_MAX = 1.2e5;

/**
 * Molar density ρ (mol m⁻³) of H₂ at pressure p (Pa) and T (K): the root of p(ρ) = p found by
 * Brent's method, first on a bracket around the ideal-gas density, else on (0, 1.2×10⁵ mol m⁻³].
 * Throws when p is not positive or beyond the pressure reachable in the bracket.
 */
export function leachmanDensity(p: number, T: number, tf: TauFactors = tauFactors(T)): number {
  if (!(p > 0) || !(T > 0)) throw new Error(`leachmanDensity: p and T must be positive (p = ${p} Pa, T = ${T} K)`);
  const f = (rho: number) => rho * LEACHMAN_R * T * (1 + residual(rho / LEACHMAN_RHOC, tf).dAr) / p - 1;
  // The first bracket, around the ideal-gas density, only saves iterations: when it does not hold
  // the root, the wide bracket below does, and above the critical temperature (33 K) p(ρ) rises
  // monotonically, so both give the same root. Hence the Stryker exclusions of the next four lines.
  // Stryker disable next-line ArithmeticOperator: the first bracket's centre (see above)
  const rho0 = p / (LEACHMAN_R * T);
  // Stryker disable next-line ArithmeticOperator: the first bracket (see above)
  let lo = rho0 / 40;
  // Stryker disable next-line ArithmeticOperator,MethodExpression: the first bracket (see above)
  let hi = Math.min(rho0 * 1.6, RHO_MAX);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: whether the first bracket holds the root (see above)
  if (!(f(lo) < 0 && f(hi) > 0)) {
    lo = Math.min(rho0 * 1e-3, 1e-12);
    hi = RHO_MAX;
    if (f(hi) < 0) throw new Error(`leachmanDensity: ${p} Pa at ${T} K lies beyond the density range of the equation`);
  }
  return brent(f, lo, hi, { xtol: 1e-13 * hi });
}

/** State of H₂ at (p, T) from the Leachman equation: density (mol m⁻³), Z and ln φ. */
export interface H2State {
  rho: number;
  Z: number;
  lnPhi: number;
}

/** Z and ln φ = α^r + δα^r_δ − ln(1 + δα^r_δ) of H₂ at p (Pa) and T (K). */
export function leachmanState(p: number, T: number, tf: TauFactors = tauFactors(T)): H2State {
  const rho = leachmanDensity(p, T, tf);
  const r = residual(rho / LEACHMAN_RHOC, tf);
  const Z = 1 + r.dAr;
  return { rho, Z, lnPhi: r.ar + r.dAr - Math.log(Z) };
}

/** ln φ(p, T) of H₂ from the Leachman equation (dimensionless; p in Pa, T in K). */
export function leachmanLnPhi(p: number, T: number): number {
  return leachmanState(p, T).lnPhi;
}

/**
 * Second virial coefficient B(T) = lim_{ρ→0} (Z − 1)/ρ = (∂α^r/∂δ)_{δ→0}/ρc, m³ mol⁻¹.
 * Only the d = 1 terms survive the limit (the exp(−δ) factor → 1, the Gaussian factor → exp(φD²)).
 */
export function leachmanSecondVirial(T: number): number {
  const tf = tauFactors(T);
  let s = 0;
  // Stryker disable next-line EqualityOperator: i = 14 reads D[14] = undefined, which is not 1, so it is skipped
  for (let i = 0; i < 14; i++) {
    if (D[i] !== 1) continue;
    // Stryker disable next-line EqualityOperator: term 9 (the first Gaussian term) has d = 2 and was skipped above
    s += i >= 9 ? tf.c[i] * Math.exp(PHI[i - 9] * DG[i - 9] ** 2) : tf.c[i];
  }
  return s / LEACHMAN_RHOC;
}
