/**
 * Mullins–Sekerka linear stability of a planar solidification front (one-sided solute model,
 * frozen temperature field, quasi-static solute field; Mullins & Sekerka, J. Appl. Phys. 35, 444
 * (1964)), the absolute-stability velocity, and the regime label (planar / cellular / dendritic /
 * absolute). The interface state enters through the partition coefficient k and the solute
 * gradient at the interface in temperature units, mG_c = V·ΔT₀/D (K/m, > 0 when solute piles up).
 */
import { brent } from '../../core/roots';

/** The linearised interface state the perturbation analysis needs (SI). */
export interface InterfaceState {
  /** Growth velocity V, m/s (> 0). */
  V: number;
  /** Solute diffusivity in the melt D, m²/s. */
  D: number;
  /** Temperature gradient in the liquid at the interface G, K/m. */
  G: number;
  /** Gibbs–Thomson coefficient Γ, K·m. */
  gamma: number;
  /** Interface partition coefficient k = x_S/x_L. */
  k: number;
  /** Liquidus gradient at the interface m·G_c = m·∂x/∂z, K/m (= V·ΔT₀/D at steady state). */
  mGc: number;
}

/**
 * Perturbation growth rate σ(q), 1/s, for wavenumber q (rad/m):
 *   ω = V/(2D) + √((V/(2D))² + q²)
 *   σ = V·{ (ω − V/D) − (ω − (1−k)V/D)·(G + Γq²)/(mG_c) }
 * Requires mG_c > 0 (with no solute gradient every mode decays; see {@link analyseStability}).
 */
export function growthRate(s: InterfaceState, q: number): number {
  const p = s.V / (2 * s.D);
  const omega = p + Math.sqrt(p * p + q * q);
  return s.V * (omega - s.V / s.D - ((omega - ((1 - s.k) * s.V) / s.D) * (s.G + s.gamma * q * q)) / s.mGc);
}

/**
 * Neutral-stability function F(q) = mG_c·(ω − V/D)/(ω − (1−k)V/D) − G − Γq², K/m.
 * σ(q) has the sign of F(q) because ω − (1−k)V/D > 0 for k > 0.
 */
export function neutralFunction(s: InterfaceState, q: number): number {
  const p = s.V / (2 * s.D);
  const omega = p + Math.sqrt(p * p + q * q);
  return (s.mGc * (omega - s.V / s.D)) / (omega - ((1 - s.k) * s.V) / s.D) - s.G - s.gamma * q * q;
}

/** Absolute-stability velocity V_abs = D·ΔT₀/(k·Γ), m/s (ΔT₀ in K). 0 when ΔT₀ ≤ 0 (no solute effect). */
export function absoluteStabilityVelocity(D: number, deltaT0: number, k: number, gamma: number): number {
  return deltaT0 > 0 ? (D * deltaT0) / (k * gamma) : 0;
}

/** Result of the perturbation analysis (SI); wavelengths null when the front is stable. */
export interface StabilityResult {
  stable: boolean;
  /** Shortest unstable wavelength 2π/q_marginal, m (null when stable). */
  marginalWavelength: number | null;
  /** Wavelength of the fastest-growing perturbation, m (null when stable). */
  fastestWavelength: number | null;
  /** Largest growth rate σ_max, 1/s (null when stable). */
  maxGrowthRate: number | null;
}

/** Wavenumber range scanned, rad/m: up to a few times the capillary cut-off √(max(mG_c, G)/Γ). */
export function wavenumberRange(s: InterfaceState): [number, number] {
  const qHi = 4 * Math.sqrt(Math.max(s.mGc, s.G, 1e-300) / s.gamma) + 4 * (s.V / s.D);
  return [qHi * 1e-7, qHi];
}

const SCAN = 96;

/** Maximises f on [a, b] in ln q: coarse log scan, then golden-section refinement. Returns q. */
function argmaxLog(f: (q: number) => number, a: number, b: number): number {
  const la = Math.log(a);
  const step = (Math.log(b) - la) / (SCAN - 1);
  let best = 0;
  let bestVal = -Infinity;
  for (let i = 0; i < SCAN; i++) {
    const v = f(Math.exp(la + i * step));
    if (v > bestVal) {
      bestVal = v;
      best = i;
    }
  }
  let lo = la + Math.max(0, best - 1) * step;
  let hi = la + Math.min(SCAN - 1, best + 1) * step;
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = f(Math.exp(x1));
  let f2 = f(Math.exp(x2));
  for (let it = 0; it < 50 && hi - lo > 1e-9; it++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = f(Math.exp(x2));
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = f(Math.exp(x1));
    }
  }
  return Math.exp(0.5 * (lo + hi));
}

/** True when some wavenumber has σ > 0 (cheap test used by the maps). */
export function isUnstable(s: InterfaceState): boolean {
  if (!(s.mGc > 0) || !(s.V > 0)) return false;
  const [a, b] = wavenumberRange(s);
  const q = argmaxLog((x) => neutralFunction(s, x), a, b);
  return neutralFunction(s, q) > 0;
}

/**
 * Full analysis: stable flag, marginal (shortest unstable) wavelength from the upper root of
 * σ(q) = 0, and the fastest-growing wavelength and its rate. With mG_c ≤ 0 or V ≤ 0 the front is
 * stable (no solute pile-up ahead of it, G > 0).
 */
export function analyseStability(s: InterfaceState): StabilityResult {
  const stableResult: StabilityResult = { stable: true, marginalWavelength: null, fastestWavelength: null, maxGrowthRate: null };
  if (!isUnstable(s)) return stableResult;
  const [a, b] = wavenumberRange(s);
  const qF = argmaxLog((x) => neutralFunction(s, x), a, b);
  const qMarginal = brent((x) => neutralFunction(s, x), qF, b, { xtol: qF * 1e-12 });
  const qFast = argmaxLog((x) => growthRate(s, x), a, qMarginal);
  return {
    stable: false,
    marginalWavelength: (2 * Math.PI) / qMarginal,
    fastestWavelength: (2 * Math.PI) / qFast,
    maxGrowthRate: growthRate(s, qFast),
  };
}

/** Growth regimes, in the order of their numeric codes used by the stability maps. */
export const REGIMES = ['planar', 'cellular', 'dendritic', 'absolute'] as const;
export type Regime = (typeof REGIMES)[number];

/**
 * Regime label:
 *  - 'absolute' when ΔT₀ > 0 and V ≥ V_abs (planar by capillarity, above absolute stability);
 *  - 'planar' when no wavenumber grows (Mullins–Sekerka with capillarity);
 *  - otherwise 'dendritic' when G < k·G_crit (Kurz & Fisher's cell→dendrite transition at
 *    V ≈ V_c/k, i.e. G/V < k·ΔT₀/D; 1/k is used when k > 1), else 'cellular'.
 * G_crit = mG_c is the constitutional-supercooling critical gradient at this V.
 */
export function classifyRegime(s: InterfaceState, unstable: boolean, vAbs: number): Regime {
  if (vAbs > 0 && s.V >= vAbs) return 'absolute';
  if (!unstable) return 'planar';
  return s.G < dendriteFactor(s.k) * s.mGc ? 'dendritic' : 'cellular';
}

/** The factor of the cell/dendrite rule, min(k, 1/k) (dimensionless): an unstable front with G below it times G_crit grows dendrites. */
export function dendriteFactor(k: number): number {
  return k < 1 ? k : 1 / k;
}

/**
 * Growth rate σ(q), 1/s, without the quasi-static approximation: the same interface conditions
 * as {@link growthRate}, with the solute perturbation decaying as e^(−ωz),
 * ω = V/(2D) + √((V/(2D))² + q² + σ/D), so σ appears on both sides:
 *   σ = V·{ (ω(σ) − V/D) − (ω(σ) − (1−k)V/D)·(G + Γq²)/(mG_c) }.
 * Solved by bracketing in σ ∈ (−D·(q² + (V/2D)²), σ_bound]; equals growthRate when σ ≪ D·q².
 * Requires mG_c > 0.
 */
export function growthRateNonQuasiStatic(s: InterfaceState, q: number): number {
  const p = s.V / (2 * s.D);
  const f = (s.G + s.gamma * q * q) / s.mGc;
  const residual = (sigma: number) => {
    const omega = p + Math.sqrt(Math.max(0, p * p + q * q + sigma / s.D));
    return s.V * (omega - s.V / s.D - (omega - ((1 - s.k) * s.V) / s.D) * f) - sigma;
  };
  const lo = -s.D * (p * p + q * q);
  let hi = Math.max(Math.abs(growthRate(s, q)), s.V * s.V / s.D);
  while (residual(hi) > 0) hi *= 2;
  return residual(lo) <= 0 ? lo : brent(residual, lo, hi, { xtol: 1e-14 * Math.max(Math.abs(lo), hi) });
}
