/**
 * Engineering ("plateau") isotherm for real hydride alloys, written as composition x = H/M as a
 * function of the H₂ fugacity f. Desorption: Sieverts' law x = xα √(f/fα) in the α phase; a
 * sloping plateau ln f = ln f_pl + s (x − x_mid) between xα and xβ, whose midpoint value
 * ln(f_pl/p°) = ΔH/(RT) − ΔS/R is van 't Hoff; and a β branch
 * x = x_max − (x_max − xβ)(fβ/f)^n that saturates at the maximum H/M. Absorption runs on the same
 * single-phase branches (they are reversible) but its plateau lies higher by the hysteresis
 * h = ln(f_abs/f_des): it spans from (xα e^{h/2}, fα e^h) to the β-branch point at fβ e^h.
 * The β exponent n is phenomenological (it sets how much extra hydrogen GPa fugacities push in).
 */
import { vantHoffLnF } from './lattice';

/** Parameters of the plateau model (H/M compositions, per mol H₂ energies, SI). */
export interface PlateauParams {
  /** Desorption plateau formation enthalpy ΔH, J mol⁻¹ H₂ (negative). */
  dH: number;
  /** Desorption plateau formation entropy ΔS, J mol⁻¹ K⁻¹ H₂ (negative). */
  dS: number;
  /** Hysteresis ln(p_abs/p_des) (dimensionless, ≥ 0). */
  hysteresis: number;
  /** α-phase limit (plateau start) xα, H/M. */
  alphaMax: number;
  /** β-phase onset (plateau end) xβ, H/M. */
  betaMin: number;
  /** Saturation H/M of the β branch as f → ∞. */
  maxHM: number;
  /** Plateau slope s = d ln p/d(H/M) (≥ 0). */
  slope: number;
  /** β-branch exponent n (> 0). */
  betaExponent: number;
}

/** Corner points of one plateau (desorption or absorption): compositions (H/M) and ln(f/p°). */
export interface PlateauCorners {
  xStart: number;
  xEnd: number;
  lnfStart: number;
  lnfEnd: number;
  /** ln(f/p°) at the plateau's van 't Hoff midpoint. */
  lnfMid: number;
}

/** Desorption and absorption plateau corners at T (K). */
export function plateauCorners(p: PlateauParams, T: number, absorption: boolean): PlateauCorners {
  const mid = vantHoffLnF(p.dH, p.dS, T);
  const xMid = 0.5 * (p.alphaMax + p.betaMin);
  const lnfA = mid + p.slope * (p.alphaMax - xMid);
  const lnfB = mid + p.slope * (p.betaMin - xMid);
  if (!absorption) return { xStart: p.alphaMax, xEnd: p.betaMin, lnfStart: lnfA, lnfEnd: lnfB, lnfMid: mid };
  const h = p.hysteresis;
  return {
    xStart: Math.min(p.alphaMax * Math.exp(h / 2), p.betaMin),
    xEnd: p.maxHM - (p.maxHM - p.betaMin) * Math.exp(-p.betaExponent * h),
    lnfStart: lnfA + h,
    lnfEnd: lnfB + h,
    lnfMid: mid + h,
  };
}

/**
 * Composition x (H/M) at ln(f/p°) = v and T (K) on the desorption or absorption branch.
 * Piecewise analytic: α (Sieverts), plateau (linear in ln f), β (power-law saturation).
 * A flat plateau (s = 0) returns its start for v equal to the plateau level.
 */
export function plateauComposition(p: PlateauParams, T: number, v: number, absorption: boolean): number {
  const des = plateauCorners(p, T, false);
  const c = absorption ? plateauCorners(p, T, true) : des;
  if (v <= c.lnfStart) return p.alphaMax * Math.exp(0.5 * (v - des.lnfStart));
  if (v >= c.lnfEnd) return p.maxHM - (p.maxHM - p.betaMin) * Math.exp(-p.betaExponent * (v - des.lnfEnd));
  return c.xStart + ((v - c.lnfStart) / (c.lnfEnd - c.lnfStart)) * (c.xEnd - c.xStart);
}

/**
 * Inverse: ln(f/p°) at composition x (H/M) on the desorption branch (for the PCT surface).
 * Inside a flat plateau it returns the plateau level. Requires 0 < x < maxHM.
 */
export function plateauLnF(p: PlateauParams, T: number, x: number): number {
  const c = plateauCorners(p, T, false);
  if (x <= c.xStart) return c.lnfStart + 2 * Math.log(x / p.alphaMax);
  if (x >= c.xEnd) return c.lnfEnd - Math.log((p.maxHM - x) / (p.maxHM - p.betaMin)) / p.betaExponent;
  return c.lnfStart + ((x - c.xStart) / (c.xEnd - c.xStart)) * (c.lnfEnd - c.lnfStart);
}

/** Checks the ordering 0 < xα < xβ < x_max; returns a message naming the offending field or null. */
export function plateauParamsProblem(p: PlateauParams): string | null {
  if (!(p.alphaMax > 0 && p.alphaMax < p.betaMin)) return 'alphaMax: the α limit must be positive and below betaMin';
  if (!(p.betaMin < p.maxHM)) return 'betaMin: the β onset must lie below maxHM';
  return null;
}
