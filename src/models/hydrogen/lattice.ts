/**
 * Lacher's mean-field lattice-gas isotherm for interstitial hydrogen with an attractive H–H
 * interaction (Lacher, Proc. R. Soc. A 161, 525 (1937); docs/physics-notes.md B.2), per mol H₂:
 *   ln(f/p°) = ΔH_pl/(RT) − ΔS_pl/R + 2 ln[θ/(1−θ)] − (4T_c/T)(2θ − 1),
 * with θ the site occupancy. Below T_c the isotherm has a loop and the plateau follows from
 * Maxwell's equal-area rule on ln f against θ, solved here numerically as a two-equation system
 * (equal ln f, equal areas) by nested bracketed roots, without using the model's symmetry.
 * Compositions are handled in the logit variable u = ln[θ/(1−θ)] so that occupancies within
 * 10⁻¹⁰⁰ of 0 or 1 keep full relative precision.
 */
import { brent } from '../../core/roots';
import { GAS_CONSTANT } from '../../core/constants';

/** Occupancy θ = 1/(1 + e^{−u}) for logit u (dimensionless). */
export function sigmoid(u: number): number {
  return u >= 0 ? 1 / (1 + Math.exp(-u)) : Math.exp(u) / (1 + Math.exp(u));
}

/** Logit u = ln[θ/(1−θ)] of an occupancy 0 < θ < 1. */
export function logit(theta: number): number {
  return Math.log(theta) - Math.log1p(-theta);
}

/** softplus(z) = ln(1 + e^z), computed without overflow. */
function softplus(z: number): number {
  return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
}

/**
 * An isotherm ln(f/p°) = g(u) in the logit composition u, with a van der Waals-like loop:
 * g rises to a local maximum at u1, falls to a local minimum at u2 > u1, then rises again.
 * `area(u)` is an antiderivative of g with respect to θ (not u): d(area)/dθ = g.
 */
export interface LoopIsotherm {
  g(u: number): number;
  area(u: number): number;
  /** Logit compositions of the spinodal points (local max, local min) or null without a loop. */
  spinodal: [number, number] | null;
}

/** Result of the equal-area construction: coexisting logits and the plateau level ln(f/p°). */
export interface Coexistence {
  uAlpha: number;
  uBeta: number;
  thetaAlpha: number;
  thetaBeta: number;
  level: number;
}

/** Root of g(u) = level on the rising branch below u1 (the α side). */
function rootBelow(iso: LoopIsotherm, level: number, u1: number): number {
  if (iso.g(u1) <= level) return u1;
  let step = 1;
  let lo = u1 - step;
  while (iso.g(lo) > level) {
    step *= 2;
    lo = u1 - step;
  }
  return brent((u) => iso.g(u) - level, lo, u1);
}

/** Root of g(u) = level on the rising branch above u2 (the β side). */
function rootAbove(iso: LoopIsotherm, level: number, u2: number): number {
  if (iso.g(u2) >= level) return u2;
  let step = 1;
  let hi = u2 + step;
  while (iso.g(hi) < level) {
    step *= 2;
    hi = u2 + step;
  }
  return brent((u) => iso.g(u) - level, u2, hi);
}

/**
 * Maxwell's equal-area construction: finds θα < θβ and the level L with g(uα) = g(uβ) = L and
 * ∫_{θα}^{θβ} [g − L] dθ = 0. The area A(L) = area(uβ) − area(uα) − L(θβ − θα) falls monotonically
 * (dA/dL = −(θβ − θα)), positive at the loop's minimum and negative at its maximum, so L is the
 * bracketed root of A; the compositions at each trial L are bracketed roots on the outer branches.
 * Returns null when the isotherm has no loop.
 */
export function equalAreaConstruction(iso: LoopIsotherm): Coexistence | null {
  if (!iso.spinodal) return null;
  const [u1, u2] = iso.spinodal;
  const gMax = iso.g(u1);
  const gMin = iso.g(u2);
  if (!(gMax > gMin)) return null;
  const areaAt = (level: number) => {
    const ua = rootBelow(iso, level, u1);
    const ub = rootAbove(iso, level, u2);
    return iso.area(ub) - iso.area(ua) - level * (sigmoid(ub) - sigmoid(ua));
  };
  const level = brent(areaAt, gMin, gMax, { xtol: 1e-14 * Math.max(1, Math.abs(gMax)) });
  const uAlpha = rootBelow(iso, level, u1);
  const uBeta = rootAbove(iso, level, u2);
  return { uAlpha, uBeta, thetaAlpha: sigmoid(uAlpha), thetaBeta: sigmoid(uBeta), level };
}

/** Lacher-model parameters: plateau ΔH, ΔS per mol H₂ (formation: negative) and T_c (K). */
export interface LacherParams {
  dH: number;
  dS: number;
  criticalT: number;
}

/** Plateau level ln(f_pl/p°) = ΔH/(RT) − ΔS/R (van 't Hoff; p° = 1 bar). */
export function vantHoffLnF(dH: number, dS: number, T: number): number {
  return dH / (GAS_CONSTANT * T) - dS / GAS_CONSTANT;
}

/** The Lacher isotherm at T (K) as a {@link LoopIsotherm} in u = ln[θ/(1−θ)]. */
export function lacherIsotherm(params: LacherParams, T: number): LoopIsotherm {
  const A = vantHoffLnF(params.dH, params.dS, T);
  const K = (4 * params.criticalT) / T;
  // spinodal: θ(1−θ) = T/(4T_c), θ = ½[1 ± √(1 − T/T_c)]
  const t = T / params.criticalT;
  let spinodal: [number, number] | null = null;
  if (t < 1 - 1e-12) {
    const r = Math.sqrt(1 - t);
    spinodal = [logit(0.5 * (1 - r)), logit(0.5 * (1 + r))];
  }
  return {
    g: (u) => A + 2 * u - K * (2 * sigmoid(u) - 1),
    // ∫ g dθ = Aθ + 2[θ ln θ + (1−θ) ln(1−θ)] − K(θ² − θ)
    area: (u) => {
      const th = sigmoid(u);
      const lnTh = -softplus(-u);
      const ln1mTh = -softplus(u);
      return A * th + 2 * (th * lnTh + (1 - th) * ln1mTh) - K * (th * th - th);
    },
    spinodal,
  };
}

/** Mean-field order parameter m solving m = tanh(m T_c/T) (0 at and above T_c), by Brent. */
export function meanFieldOrder(tReduced: number): number {
  if (tReduced >= 1) return 0;
  return brent((m) => m - Math.tanh(m / tReduced), 1e-300 + Math.sqrt(3 * (1 - tReduced)) * 1e-3, 1);
}

/**
 * Composition (logit u) on the equilibrium Lacher isotherm at ln(f/p°) = v, given the
 * coexistence (or null above T_c) and the plateau level used for the branch choice: below the
 * level the α branch, above it the β branch (without a loop: θ < ½ when v < A). Bracket from
 * |g − A − 2u| < K; solved by Newton's method (g' = 2 − 2Kθ(1−θ)) safeguarded by bisection in the bracket, to |Δu| < 1e-13·max(1, |u|).
 * `start` (a nearby solution, e.g. the previous point of an isotherm) is used as the first iterate when it lies in the bracket.
 */
export function lacherLogitAt(params: LacherParams, T: number, v: number, coex: Coexistence | null, level = coex?.level ?? 0, start = NaN): number {
  const A = vantHoffLnF(params.dH, params.dS, T);
  const K = (4 * params.criticalT) / T;
  let lo = 0.5 * (v - A - K);
  let hi = 0.5 * (v - A + K);
  if (coex) {
    const alphaSide = v <= level;
    if (alphaSide) hi = Math.min(hi, coex.uAlpha);
    else lo = Math.max(lo, coex.uBeta);
    if (!(hi > lo)) return alphaSide ? hi : lo;
  }
  // Start at the bracket end that is exact in the dilute (θ → 0) or full (θ → 1) limit: g is
  // concave for θ < ½ and convex for θ > ½, so Newton then approaches the root from one side.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: only the first iterate; the safeguarded Newton iteration converges to the same root from any point of the bracket (and leaves a point outside it at once)
  let u = start > lo && start < hi ? start : (coex ? v <= level : v <= A) ? lo : hi;
  for (let iter = 0; iter < 100; iter++) {
    const th = sigmoid(u);
    const gu = A + 2 * u - K * (2 * th - 1) - v;
    // Stryker disable next-line ConditionalExpression: without this return, gu = 0 gives the Newton step 0 (d > 0 on the outer branches and above T_c), which returns u below
    if (gu === 0) return u;
    // Stryker disable next-line EqualityOperator: gu = 0 has returned above
    if (gu < 0) lo = u;
    else hi = u;
    const d = 2 - 2 * K * th * (1 - th);
    let next = d > 0 ? u - gu / d : NaN;
    if (!(next >= lo && next <= hi)) next = 0.5 * (lo + hi);
    if (Math.abs(next - u) <= 1e-13 * Math.max(1, Math.abs(u)) || hi - lo <= 1e-13 * Math.max(1, Math.abs(u))) return next;
    u = next;
  }
  return u;
}
