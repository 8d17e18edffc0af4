/**
 * Engineering ("plateau") isotherm for real hydride alloys, written as composition x = H/M as a
 * function of the H₂ fugacity f, with one or more plateaus (FeTi: TiFeH then TiFeH₂).
 * Desorption: Sieverts' law x = xα √(f/fα) below the first plateau; on plateau k a sloping line
 * ln f = ln f_k + s_k (x − x_mid,k) between its start and end, whose midpoint value
 * ln(f_k/p°) = ΔH_k/(RT) − ΔS_k/R is van 't Hoff; between plateau k and k+1 a single-phase branch
 * x = x_e + (x_s − x_e)(1 − (f_e/f)^n)/(1 − (f_e/f_s)^n) joining the end (x_e, f_e) of one to the
 * start (x_s, f_s) of the next; after the last plateau a β branch x = x_max − (x_max − x_e)(f_e/f)^n
 * that saturates at the maximum H/M. Absorption runs on the same single-phase branches (they are
 * reversible) but plateau k lies higher by its hysteresis h_k = ln(f_abs/f_des): it spans from the
 * lower branch at f_s e^{h_k} to the upper branch at f_e e^{h_k}. The exponent n is
 * phenomenological (it sets how much extra hydrogen GPa fugacities push in).
 * If the van 't Hoff lines of two plateaus cross at some temperature, the higher plateau is held
 * just above the end of the lower one there (the plateaus join) and the ladder says so.
 */
import { vantHoffLnF } from './lattice';

/** One plateau beyond the first: its van 't Hoff data, hysteresis, limits (H/M) and slope. */
export interface PlateauStep {
  /** Desorption formation enthalpy ΔH, J mol⁻¹ H₂ (negative). */
  dH: number;
  /** Desorption formation entropy ΔS, J mol⁻¹ K⁻¹ H₂ (negative). */
  dS: number;
  /** Hysteresis ln(p_abs/p_des) (dimensionless, ≥ 0). */
  hysteresis: number;
  /** Composition where the plateau starts, H/M. */
  start: number;
  /** Composition where the plateau ends, H/M. */
  end: number;
  /** Slope d ln p/d(H/M) across the plateau (≥ 0). */
  slope: number;
  /** Lattice model: sites per metal atom of the Lacher sublattice this plateau fills (absent: the lattice model leaves the plateau out). */
  latticeSites?: number;
  /** Lattice model: critical temperature of that sublattice, K. */
  criticalT?: number;
}

/** Scalar parameters of the plateau model (H/M compositions, per mol H₂ energies, SI); they describe the first plateau. */
export interface PlateauParams {
  /** First plateau: desorption formation enthalpy ΔH, J mol⁻¹ H₂ (negative). */
  dH: number;
  /** First plateau: desorption formation entropy ΔS, J mol⁻¹ K⁻¹ H₂ (negative). */
  dS: number;
  /** First plateau: hysteresis ln(p_abs/p_des) (dimensionless, ≥ 0). */
  hysteresis: number;
  /** α-phase limit (start of the first plateau) xα, H/M. */
  alphaMax: number;
  /** End of the first plateau, H/M. */
  betaMin: number;
  /** Saturation H/M of the last branch as f → ∞. */
  maxHM: number;
  /** First plateau: slope s = d ln p/d(H/M) (≥ 0). */
  slope: number;
  /** Exponent n of the branches above each plateau (> 0). */
  betaExponent: number;
}

/** Plateau-model parameters with optional further plateaus, in order of rising composition and pressure. */
export interface MultiPlateauParams extends PlateauParams {
  extraPlateaus?: readonly PlateauStep[];
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

/** All plateaus at one temperature, desorption and absorption, in order. */
export interface PlateauLadder {
  des: PlateauCorners[];
  abs: PlateauCorners[];
  /** True when a plateau had to be held above the previous one (their van 't Hoff lines cross near this T). */
  joined: boolean;
}

/** Smallest ln f gap kept between the end of one plateau and the start of the next. */
const MIN_GAP = 1e-3;

/** The plateaus of `p` as a list: the first from the scalar fields, then `extraPlateaus`. */
export function plateauSteps(p: MultiPlateauParams): PlateauStep[] {
  return [{ dH: p.dH, dS: p.dS, hysteresis: p.hysteresis, start: p.alphaMax, end: p.betaMin, slope: p.slope }, ...(p.extraPlateaus ?? [])];
}

/**
 * Single-phase branch number `k` (0: α below the first plateau; k: between plateau k−1 and k;
 * K: above the last) at ln(f/p°) = v, given the desorption corners. Defined for every v (the
 * absorption branch uses its metastable continuation above the stable range).
 */
function branch(p: MultiPlateauParams, des: readonly PlateauCorners[], k: number, v: number): number {
  const n = p.betaExponent;
  if (k === 0) return des[0].xStart * Math.exp(0.5 * (v - des[0].lnfStart));
  const lo = des[k - 1];
  if (k === des.length) return p.maxHM - (p.maxHM - lo.xEnd) * Math.exp(-n * (v - lo.lnfEnd));
  const hi = des[k];
  const span = -Math.expm1(-n * (hi.lnfStart - lo.lnfEnd));
  return lo.xEnd + ((hi.xStart - lo.xEnd) * -Math.expm1(-n * (v - lo.lnfEnd))) / span;
}

/** ln(f/p°) on single-phase branch `k` at composition x (inverse of {@link branch}, desorption range). */
function branchLnF(p: MultiPlateauParams, des: readonly PlateauCorners[], k: number, x: number): number {
  const n = p.betaExponent;
  if (k === 0) return des[0].lnfStart + 2 * Math.log(x / des[0].xStart);
  const lo = des[k - 1];
  if (k === des.length) return lo.lnfEnd - Math.log((p.maxHM - x) / (p.maxHM - lo.xEnd)) / n;
  const hi = des[k];
  const span = -Math.expm1(-n * (hi.lnfStart - lo.lnfEnd));
  return lo.lnfEnd - Math.log1p((-span * (x - lo.xEnd)) / (hi.xStart - lo.xEnd)) / n;
}

/** Every plateau's desorption and absorption corners at T (K). */
export function plateauLadder(p: MultiPlateauParams, T: number): PlateauLadder {
  const steps = plateauSteps(p);
  const des: PlateauCorners[] = [];
  let joined = false;
  for (const s of steps) {
    let mid = vantHoffLnF(s.dH, s.dS, T);
    const xMid = 0.5 * (s.start + s.end);
    const prev = des[des.length - 1];
    const floor = prev ? prev.lnfEnd + MIN_GAP - s.slope * (s.start - xMid) : -Infinity;
    if (mid < floor) {
      mid = floor;
      joined = true;
    }
    des.push({ xStart: s.start, xEnd: s.end, lnfStart: mid + s.slope * (s.start - xMid), lnfEnd: mid + s.slope * (s.end - xMid), lnfMid: mid });
  }
  const abs: PlateauCorners[] = [];
  for (let k = 0; k < steps.length; k++) {
    const d = des[k];
    let h = steps[k].hysteresis;
    const prev = abs[k - 1];
    if (prev && d.lnfStart + h < prev.lnfEnd + MIN_GAP) {
      h = prev.lnfEnd + MIN_GAP - d.lnfStart;
      joined = true;
    }
    abs.push({
      xStart: Math.min(branch(p, des, k, d.lnfStart + h), d.xEnd),
      xEnd: branch(p, des, k + 1, d.lnfEnd + h),
      lnfStart: d.lnfStart + h,
      lnfEnd: d.lnfEnd + h,
      lnfMid: d.lnfMid + h,
    });
  }
  return { des, abs, joined };
}

/** Corners of the first plateau at T (K), desorption or absorption. */
export function plateauCorners(p: MultiPlateauParams, T: number, absorption: boolean): PlateauCorners {
  const ladder = plateauLadder(p, T);
  return absorption ? ladder.abs[0] : ladder.des[0];
}

/**
 * Composition x (H/M) at ln(f/p°) = v and T (K) on the desorption or absorption branch.
 * Piecewise analytic: α (Sieverts), plateaus (linear in ln f), single-phase branches between them
 * and the saturating last branch. A flat plateau (s = 0) returns its start for v equal to its level.
 * `ladder` may be passed when already computed for this T.
 */
export function plateauComposition(p: MultiPlateauParams, T: number, v: number, absorption: boolean, ladder = plateauLadder(p, T)): number {
  const c = absorption ? ladder.abs : ladder.des;
  for (let k = 0; k < c.length; k++) {
    if (v <= c[k].lnfStart) return branch(p, ladder.des, k, v);
    if (v < c[k].lnfEnd) return c[k].xStart + ((v - c[k].lnfStart) / (c[k].lnfEnd - c[k].lnfStart)) * (c[k].xEnd - c[k].xStart);
  }
  return branch(p, ladder.des, c.length, v);
}

/**
 * Inverse: ln(f/p°) at composition x (H/M) on the desorption branch (for the PCT surface).
 * Inside a flat plateau it returns the plateau level. Requires 0 < x < maxHM.
 */
export function plateauLnF(p: MultiPlateauParams, T: number, x: number, ladder = plateauLadder(p, T)): number {
  const c = ladder.des;
  for (let k = 0; k < c.length; k++) {
    if (x <= c[k].xStart) return branchLnF(p, c, k, x);
    if (x < c[k].xEnd) return c[k].lnfStart + ((x - c[k].xStart) / (c[k].xEnd - c[k].xStart)) * (c[k].lnfEnd - c[k].lnfStart);
  }
  return branchLnF(p, c, c.length, x);
}

/** Checks the ordering 0 < start₁ < end₁ < start₂ < … < end_K < x_max; returns a message naming the offending field or null. */
export function plateauParamsProblem(p: MultiPlateauParams): string | null {
  if (!(p.alphaMax > 0 && p.alphaMax < p.betaMin)) return 'alphaMax: the α limit must be positive and below betaMin';
  let last = p.betaMin;
  for (const [i, s] of (p.extraPlateaus ?? []).entries()) {
    if (!(s.start > last && s.end > s.start)) return `plateaus: plateau ${i + 2} must start after plateau ${i + 1} ends and end after it starts`;
    last = s.end;
  }
  if (!(last < p.maxHM)) return p.extraPlateaus?.length ? 'maxHM: the last plateau must end below maxHM' : 'betaMin: the β onset must lie below maxHM';
  return null;
}
