/**
 * van 't Hoff fit of measured plateaus using every plateau point. Per (temperature, direction)
 * group the plateau points are those in the densest 0.3-wide window of ln f (on a plateau many
 * compositions share nearly one pressure). All selected points of one direction are then fitted
 * by linear least squares to
 *   v = ln(f/p°) = ΔH/(R T) − ΔS/R + s (x − x̄),
 * with a common plateau slope s (included when the plateaus have a composition spread to fit it)
 * and x̄ the mean composition of the plateau points, so ΔS refers to the plateau at x̄.
 * Standard errors: s²(XᵀX)⁻¹ with s² the residual mean square on N − p degrees of freedom (p = 2
 * or 3 coefficients), unless the plateau means scatter about the line more than the within-plateau
 * scatter predicts (lack-of-fit F test at the 5 % level: lack-of-fit mean square on k − 2 against
 * pure-error mean square on N − k − 1 degrees of freedom, k temperatures); then s² is the
 * lack-of-fit mean square on k − 2 degrees of freedom, as if each temperature gave one point.
 */
import { GAS_CONSTANT } from '../../core/constants';
import { fUpperTail } from '../../core/fDistribution';
import type { FitPoint } from './fit';

/** Window width in ln f used to find the plateau cluster. */
const PLATEAU_WINDOW = 0.3;

/** Significance level of the lack-of-fit F test that switches the errors to the plateau means. */
const LACK_OF_FIT_LEVEL = 0.05;

/** The plateau points of one (T, direction) group: their mean T (K), direction and the points. */
export interface PlateauGroup {
  T: number;
  absorption: boolean;
  points: FitPoint[];
}

/** Plateau points per (T rounded to 0.01 K, direction) group: the densest 0.3-wide ln f window. Sorted by T. */
export function plateauGroups(points: readonly FitPoint[]): PlateauGroup[] {
  const groups = new Map<string, FitPoint[]>();
  for (const pt of points) {
    const key = `${Math.round(pt.T * 100)}|${pt.absorption ? 'a' : 'd'}`;
    const g = groups.get(key);
    if (g) g.push(pt);
    else groups.set(key, [pt]);
  }
  const out: PlateauGroup[] = [];
  for (const g of groups.values()) {
    const sorted = [...g].sort((a, b) => a.v - b.v);
    let best = 0;
    let bestCount = 0;
    let j = 0;
    for (let i = 0; i < sorted.length; i++) {
      while (sorted[j].v < sorted[i].v - PLATEAU_WINDOW) j++;
      if (i - j + 1 > bestCount) {
        bestCount = i - j + 1;
        best = i;
      }
    }
    const T = g.reduce((a, p) => a + p.T, 0) / g.length;
    out.push({ T, absorption: g[0].absorption, points: widenedPlateau(sorted, sorted.slice(best - bestCount + 1, best + 1)) });
  }
  return out.sort((a, b) => a.T - b.T);
}

/**
 * Second pass of the plateau selection: a straight line v = c + s x through the window's points,
 * then every point of the group within max(half the window, 4 residual standard deviations) of
 * that line. Noisy plateau points that fell just outside the fixed window come back (a window cut
 * would truncate the noise and make the errors too small); the steep α and β branches stay out.
 */
function widenedPlateau(all: readonly FitPoint[], window: FitPoint[]): FitPoint[] {
  const n = window.length;
  if (n < 3) return window;
  const mx = window.reduce((a, p) => a + p.x, 0) / n;
  const mv = window.reduce((a, p) => a + p.v, 0) / n;
  let sxx = 0;
  let sxv = 0;
  for (const p of window) {
    sxx += (p.x - mx) ** 2;
    sxv += (p.x - mx) * (p.v - mv);
  }
  const slope = sxx > 0 ? sxv / sxx : 0;
  const line = (p: FitPoint) => p.v - mv - slope * (p.x - mx);
  const ss = window.reduce((a, p) => a + line(p) ** 2, 0);
  const band = Math.max(PLATEAU_WINDOW / 2, 4 * Math.sqrt(ss / (n - (sxx > 0 ? 2 : 1))));
  return all.filter((p) => Math.abs(line(p)) <= band);
}

/** Mean ln(f/p°) of a plateau group's points (for plotting the plateaus against 1/T). */
export function plateauMean(g: PlateauGroup): number {
  return g.points.reduce((a, p) => a + p.v, 0) / g.points.length;
}

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

/**
 * Fits v = ΔH/(R T) − ΔS/R + s (x − x̄) to all plateau points of the given groups (one direction).
 * Throws when fewer than two distinct temperatures are given.
 */
export function vantHoffFit(groups: readonly PlateauGroup[]): VantHoffFit {
  const temps = new Set(groups.map((g) => Math.round(g.T * 100)));
  if (temps.size < 2) throw new Error("data: a van 't Hoff fit needs plateaus at two or more temperatures");
  const pts = groups.flatMap((g) => g.points.map((p) => ({ u: 1 / g.T, v: p.v, x: p.x, g })));
  const N = pts.length;
  const k = groups.length;
  const mean = (f: (q: (typeof pts)[number]) => number) => pts.reduce((a, q) => a + f(q), 0) / N;
  const uBar = mean((q) => q.u);
  const vBar = mean((q) => q.v);
  const xBar = mean((q) => q.x);
  // composition spread within the plateaus (what identifies the slope apart from 1/T)
  let sxxWithin = 0;
  let sxxTotal = 0;
  for (const g of groups) {
    const gx = g.points.reduce((a, p) => a + p.x, 0) / g.points.length;
    for (const p of g.points) {
      sxxWithin += (p.x - gx) ** 2;
      sxxTotal += (p.x - xBar) ** 2;
    }
  }
  const withSlope = N >= k + 2 && sxxWithin > 1e-12 * (sxxTotal + xBar * xBar + 1e-300);
  let suu = 0;
  let sux = 0;
  let sxx = 0;
  let suv = 0;
  let sxv = 0;
  for (const q of pts) {
    const du = q.u - uBar;
    const dx = q.x - xBar;
    const dv = q.v - vBar;
    suu += du * du;
    sux += du * dx;
    sxx += dx * dx;
    suv += du * dv;
    sxv += dx * dv;
  }
  let b: number;
  let s: number;
  let cbb: number; // (XᵀX)⁻¹ element for the 1/T coefficient
  if (withSlope) {
    const [i11, i12, i22] = invertSymmetric(suu, sux, sxx);
    b = i11 * suv + i12 * sxv;
    s = i12 * suv + i22 * sxv;
    cbb = i11;
  } else {
    b = suv / suu;
    s = 0;
    cbb = 1 / suu;
  }
  const a = vBar - b * uBar; // ln f at 1/T = 0 and x = x̄
  const resid = (q: (typeof pts)[number]) => q.v - vBar - b * (q.u - uBar) - s * (q.x - xBar);
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
  const msRes = N > p ? rss / (N - p) : NaN;
  const msLof = dofLof > 0 ? Math.max(0, rss - rssPure) / dofLof : NaN;
  const msPure = dofPure > 0 ? rssPure / dofPure : NaN;
  const useMeans = dofLof > 0 && (!(dofPure > 0) || fUpperTail(msLof / msPure, dofLof, dofPure) < LACK_OF_FIT_LEVEL);
  const s2 = useMeans ? msLof : msRes;
  const dof = useMeans ? dofLof : Math.max(0, N - p);
  const ok = dof > 0 && Number.isFinite(s2);
  const varB = s2 * cbb;
  const varA = s2 / N + uBar * uBar * varB;
  return {
    dH: GAS_CONSTANT * b,
    dS: -GAS_CONSTANT * a,
    dHStdErr: ok ? GAS_CONSTANT * Math.sqrt(varB) : null,
    dSStdErr: ok ? GAS_CONSTANT * Math.sqrt(varA) : null,
    dof: ok ? dof : 0,
    errorSource: useMeans ? 'means' : 'points',
    slope: withSlope ? s : null,
    xMean: xBar,
    n: N,
    temperatures: k,
  };
}
