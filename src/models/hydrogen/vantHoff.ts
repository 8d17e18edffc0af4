/**
 * van 't Hoff fit of measured plateaus using every plateau point (selected by composition in
 * plateauSelect.ts). All plateau points of one direction are fitted by linear least squares to
 *   v = ln(f/p°) = ΔH/(R T) − ΔS/R + s (x − x̄),
 * with a common plateau slope s (included when the plateaus have a composition spread to fit it)
 * and x̄ the mean composition of the plateau points, so ΔS refers to the plateau at x̄. This is the
 * weighted regression of the per-temperature plateau levels on 1/T, each level weighted by its
 * number of points (the within-plateau scatter is pooled over the temperatures).
 * Standard errors: s²(XᵀX)⁻¹ with s² the residual mean square on N − p degrees of freedom (p = 2
 * or 3 coefficients), unless the plateau levels scatter about the line more than the within-plateau
 * scatter predicts (Birge ratio √(lack-of-fit mean square / pure-error mean square) > 1, on k − 2
 * and N − k − 1 degrees of freedom, k temperatures). Then each temperature carries an offset of
 * variance τ², the fit is refitted by generalised least squares with τ² from the Paule–Mandel
 * rule (plateauOffsets.ts; with equal point counts this is s² = lack-of-fit mean square), and the
 * errors rest on k − 2 degrees of freedom, as if each temperature gave one point.
 */
import { GAS_CONSTANT } from '../../core/constants';
import { fUpperTail } from '../../core/fDistribution';
import type { PlateauGroup } from './plateauSelect';
import { offsetFit } from './plateauOffsets';

/** van 't Hoff fit result: ΔH (J mol⁻¹ H₂), ΔS (J mol⁻¹ K⁻¹ H₂) with standard errors and their degrees of freedom. */
export interface VantHoffFit {
  dH: number;
  dS: number;
  /** Standard errors (same units), null when no degree of freedom is left. */
  dHStdErr: number | null;
  dSStdErr: number | null;
  /** Degrees of freedom of the variance estimate behind the standard errors (0: none). */
  dof: number;
  /** Which scatter set the errors: all plateau points, or the plateau means (lack of fit). */
  errorSource: 'points' | 'means';
  /** Birge ratio √(lack-of-fit mean square / pure-error mean square): > 1 inflates the errors; null when either has no degree of freedom. */
  birgeRatio: number | null;
  /** Probability that the estimate lies within ±2 standard errors of the truth (Student t on dof), null without errors. */
  coverage2: number | null;
  /** Common plateau slope d ln f/d(H/M), or null when not fitted. */
  slope: number | null;
  /** Mean composition (H/M) of the plateau points, where ΔS refers to. */
  xMean: number;
  /** Number of plateau points and of temperatures used. */
  n: number;
  temperatures: number;
}

/** Solves the symmetric 2×2 (or 1×1) normal equations; returns the inverse matrix. */
function invertSymmetric(a: number, b: number, d: number): [number, number, number] {
  const det = a * d - b * b;
  return [d / det, -b / det, a / det];
}

/** One plateau point: u = 1/T (K⁻¹), v = ln(f/p°), x = composition (H/M). */
interface Point {
  u: number;
  v: number;
  x: number;
}

/**
 * True when the plateaus spread in composition enough to fit a common slope apart from 1/T: at
 * least k + 2 points and a within-plateau spread of x (H/M) above round-off.
 */
function slopeIdentified(groups: readonly PlateauGroup[], xBar: number, N: number): boolean {
  let sxxWithin = 0;
  let sxxTotal = 0;
  for (const g of groups) {
    const gx = g.points.reduce((a, p) => a + p.x, 0) / g.points.length;
    for (const p of g.points) {
      sxxWithin += (p.x - gx) ** 2;
      sxxTotal += (p.x - xBar) ** 2;
    }
  }
  return N >= groups.length + 2 && sxxWithin > 1e-12 * (sxxTotal + xBar * xBar + 1e-300);
}

/**
 * Ordinary least squares of v − v̄ on u − ū (and x − x̄ when `withSlope`): the 1/T coefficient b
 * (K), the plateau slope s (per H/M, 0 without slope) and cbb, the (XᵀX)⁻¹ element of b.
 */
function leastSquares(pts: readonly Point[], uBar: number, vBar: number, xBar: number, withSlope: boolean): { b: number; s: number; cbb: number } {
  let suu = 0;
  let sux = 0;
  let sxx = 0;
  let suv = 0;
  let sxv = 0;
  for (const q of pts) {
    const du = q.u - uBar;
    const dx = q.x - xBar;
    // Stryker disable next-line ArithmeticOperator: Σ(u − ū) = Σ(x − x̄) = 0, so adding instead of subtracting v̄ changes suv and sxv by round-off only (centring is for precision)
    const dv = q.v - vBar;
    suu += du * du;
    sux += du * dx;
    sxx += dx * dx;
    suv += du * dv;
    sxv += dx * dv;
  }
  if (!withSlope) return { b: suv / suu, s: 0, cbb: 1 / suu };
  const [i11, i12, i22] = invertSymmetric(suu, sux, sxx);
  return { b: i11 * suv + i12 * sxv, s: i12 * suv + i22 * sxv, cbb: i11 };
}

/**
 * Fits v = ΔH/(R T) − ΔS/R + s (x − x̄) to all plateau points of the given groups (one direction).
 * Throws when fewer than two distinct temperatures are given.
 */
export function vantHoffFit(groups: readonly PlateauGroup[]): VantHoffFit {
  const temps = new Set(groups.map((g) => Math.round(g.T * 100)));
  if (temps.size < 2) throw new Error("data: a van 't Hoff fit needs plateaus at two or more temperatures");
  const pts: Point[] = groups.flatMap((g) => g.points.map((p) => ({ u: 1 / g.T, v: p.v, x: p.x })));
  const N = pts.length;
  const k = groups.length;
  const mean = (f: (q: Point) => number) => pts.reduce((a, q) => a + f(q), 0) / N;
  const uBar = mean((q) => q.u);
  const vBar = mean((q) => q.v);
  const xBar = mean((q) => q.x);
  const withSlope = slopeIdentified(groups, xBar, N);
  const { b, s, cbb } = leastSquares(pts, uBar, vBar, xBar, withSlope);
  const a = vBar - b * uBar; // ln f at 1/T = 0 and x = x̄
  const resid = (q: Point) => q.v - vBar - b * (q.u - uBar) - s * (q.x - xBar);
  let rss = 0;
  for (const q of pts) rss += resid(q) ** 2;
  const p = withSlope ? 3 : 2;
  // pure error: scatter about per-temperature means (after the common slope)
  let rssPure = 0;
  for (const g of groups) {
    const gv = g.points.reduce((acc, q) => acc + q.v - s * (q.x - xBar), 0) / g.points.length;
    for (const q of g.points) rssPure += (q.v - s * (q.x - xBar) - gv) ** 2;
  }
  const dofPure = N - k - (withSlope ? 1 : 0);
  const dofLof = k - 2;
  // N ≥ p and dofPure ≥ 0 always; a mean square on 0 dof is not finite (0/0 or x/0) and is never used
  // (the errors need dof > 0, the Birge ratio and the lack of fit dofLof > 0 and msPure > 0)
  const msRes = rss / (N - p);
  const msLof = Math.max(0, rss - rssPure) / dofLof;
  const msPure = rssPure / dofPure;
  // an exact fit (noise-free data) leaves only round-off in both mean squares: no ratio to take
  const exact = rss <= 1e-20 * pts.reduce((acc, q) => acc + q.v * q.v, 0);
  const birge = dofLof > 0 && msPure > 0 && !exact ? Math.sqrt(msLof / msPure) : null;
  const useMeans = dofLof > 0 && (!(dofPure > 0) || (!exact && msLof > msPure));
  const dof = useMeans ? dofLof : Math.max(0, N - p);
  let coef = { a, b, s, varA: NaN, varB: NaN };
  if (useMeans && birge !== null) {
    // offsets per temperature: generalised least squares, each temperature weighted by 1/(σ²/n_i + τ²)
    const re = offsetFit(
      groups.map((g) => ({ features: g.points.map((q) => (withSlope ? [1, 1 / g.T, q.x - xBar] : [1, 1 / g.T])), values: g.points.map((q) => q.v) })),
      msPure,
      dofLof,
    );
    coef = { a: re.beta[0], b: re.beta[1], s: withSlope ? re.beta[2] : 0, varA: re.cov[0][0], varB: re.cov[1][1] };
  } else {
    const s2 = useMeans ? msLof : msRes;
    coef.varB = s2 * cbb;
    coef.varA = s2 / N + uBar * uBar * coef.varB;
  }
  // finite exactly when dof > 0 (else s² is 0/0 or x/0); varA = s²/N + ū²varB is finite with varB
  const ok = Number.isFinite(coef.varB);
  return {
    dH: GAS_CONSTANT * coef.b,
    dS: -GAS_CONSTANT * coef.a,
    dHStdErr: ok ? GAS_CONSTANT * Math.sqrt(coef.varB) : null,
    dSStdErr: ok ? GAS_CONSTANT * Math.sqrt(coef.varA) : null,
    dof: ok ? dof : 0,
    errorSource: useMeans ? 'means' : 'points',
    birgeRatio: birge,
    coverage2: ok ? 1 - fUpperTail(4, 1, dof) : null,
    slope: withSlope ? coef.s : null,
    xMean: xBar,
    n: N,
    temperatures: k,
  };
}
