/**
 * Fitting measured PCT data. (1) Plateau fugacities per (temperature, direction) group, taken as
 * the mean ln f of the points in the densest 0.3-wide window of ln f (on a plateau many
 * compositions share nearly one pressure); (2) a van 't Hoff straight-line fit
 * ln(f_pl/p°) = ΔH/(R T) − ΔS/R with standard errors (core linearFit); (3) a least-squares fit of
 * the chosen isotherm model to all points (composition residuals) with the Levenberg–Marquardt
 * implementation of ml-levenberg-marquardt. Pressures become fugacities through the chosen gas model.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { linearFit } from '../../core/regression';
import { GAS_CONSTANT, STANDARD_PRESSURE } from '../../core/constants';
import { lnPhi, type GasModel } from './gas';
import { equilibriumAt, type HydrideParams, type IsothermModel } from './equilibrium';

/** A measured point in model units: T (K), v = ln(f/p°), composition x (H/M), direction. */
export interface FitPoint {
  line: number;
  T: number;
  v: number;
  x: number;
  absorption: boolean;
}

/** Converts pressure (Pa) to v = ln(f/p°) with the gas model. */
export function reducedFugacity(gas: GasModel, p: number, T: number): number {
  return Math.log(p / STANDARD_PRESSURE) + lnPhi(gas, p, T, true);
}

/** One plateau estimate: T (K), ln(f_pl/p°), direction and the number of points averaged. */
export interface PlateauPoint {
  T: number;
  v: number;
  absorption: boolean;
  n: number;
}

/** Window width in ln f used to find the plateau cluster. */
const PLATEAU_WINDOW = 0.3;

/** Plateau estimates, one per (T rounded to 0.01 K, direction) group. */
export function plateauEstimates(points: readonly FitPoint[]): PlateauPoint[] {
  const groups = new Map<string, FitPoint[]>();
  for (const pt of points) {
    const key = `${Math.round(pt.T * 100)}|${pt.absorption ? 'a' : 'd'}`;
    const g = groups.get(key);
    if (g) g.push(pt);
    else groups.set(key, [pt]);
  }
  const out: PlateauPoint[] = [];
  for (const g of groups.values()) {
    const v = g.map((p) => p.v).sort((a, b) => a - b);
    let best = 0;
    let bestCount = 0;
    let j = 0;
    for (let i = 0; i < v.length; i++) {
      while (v[j] < v[i] - PLATEAU_WINDOW) j++;
      if (i - j + 1 > bestCount) {
        bestCount = i - j + 1;
        best = i;
      }
    }
    let s = 0;
    for (let k = best - bestCount + 1; k <= best; k++) s += v[k];
    const T = g.reduce((a, p) => a + p.T, 0) / g.length;
    out.push({ T, v: s / bestCount, absorption: g[0].absorption, n: bestCount });
  }
  return out.sort((a, b) => a.T - b.T);
}

/** van 't Hoff fit result: ΔH (J mol⁻¹ H₂), ΔS (J mol⁻¹ K⁻¹ H₂) with standard errors (null for 2 points). */
export interface VantHoffFit {
  dH: number;
  dS: number;
  dHStdErr: number | null;
  dSStdErr: number | null;
  r2: number;
  n: number;
}

/**
 * Fits ln(f_pl/p°) = ΔH/(R T) − ΔS/R: slope of v against 1/T is ΔH/R, intercept −ΔS/R.
 * Throws when fewer than two distinct temperatures are given.
 */
export function vantHoffFit(plateaus: readonly PlateauPoint[]): VantHoffFit {
  const temps = new Set(plateaus.map((p) => Math.round(p.T * 100)));
  if (temps.size < 2) throw new Error('data: a van \'t Hoff fit needs plateaus at two or more temperatures');
  const fit = linearFit(
    plateaus.map((p) => 1 / p.T),
    plateaus.map((p) => p.v),
  );
  return {
    dH: GAS_CONSTANT * fit.slope,
    dS: -GAS_CONSTANT * fit.intercept,
    dHStdErr: fit.slopeStdErr === null ? null : GAS_CONSTANT * fit.slopeStdErr,
    dSStdErr: fit.interceptStdErr === null ? null : GAS_CONSTANT * fit.interceptStdErr,
    r2: fit.r2,
    n: fit.n,
  };
}

/** Result of the least-squares isotherm fit. */
export interface IsothermFit {
  params: HydrideParams;
  /** Names of the fitted parameters and their values (SI). */
  fitted: Record<string, number>;
  /** Residual x_data − x_model (H/M) per point, in input order. */
  residuals: Float64Array;
  /** Root-mean-square residual, H/M. */
  rms: number;
  iterations: number;
}

interface Knob {
  key: keyof HydrideParams;
  scale: number;
  min: number;
  max: number;
}

/**
 * Least-squares fit of the isotherm model to all points by Levenberg–Marquardt (finite-difference
 * Jacobian on scaled parameters). Plateau model: ΔH, ΔS, alphaMax, betaMin, slope (and the
 * hysteresis when both directions are present); lattice model: ΔH, ΔS, criticalT (and hysteresis).
 * Starts from `start`; the other parameters stay fixed. With `fixEnthalpy` (data at a single
 * temperature, where ΔH and ΔS cannot be separated) ΔH stays at its start value.
 */
export function fitIsotherm(points: readonly FitPoint[], model: IsothermModel, start: HydrideParams, fixEnthalpy = false): IsothermFit {
  const both = points.some((p) => p.absorption) && points.some((p) => !p.absorption);
  const knobs: Knob[] = [];
  if (!fixEnthalpy) knobs.push({ key: 'dH', scale: 1e4, min: -3e5, max: -1e3 });
  knobs.push({ key: 'dS', scale: 1e2, min: -400, max: -5 });
  if (model === 'plateau') {
    knobs.push(
      { key: 'alphaMax', scale: 0.1, min: 1e-4, max: start.maxHM * 0.9 },
      { key: 'betaMin', scale: 0.1, min: 1e-3, max: start.maxHM * 0.999 },
      { key: 'slope', scale: 1, min: 0, max: 10 },
    );
  } else {
    knobs.push({ key: 'criticalT', scale: 100, min: 20, max: 5000 });
  }
  if (both) knobs.push({ key: 'hysteresis', scale: 1, min: 0, max: 5 });
  const withValues = (vals: number[]): HydrideParams => {
    const hp: HydrideParams = { ...start };
    knobs.forEach((k, i) => {
      hp[k.key] = vals[i] * k.scale;
    });
    if (model === 'plateau' && hp.betaMin <= hp.alphaMax) hp.betaMin = hp.alphaMax * 1.001 + 1e-6;
    return hp;
  };
  const temps = [...new Set(points.map((p) => p.T))];
  const predict = (hp: HydrideParams): Float64Array => {
    const eqs = new Map(temps.map((T) => [T, equilibriumAt(model, hp, T)]));
    return Float64Array.from(points, (p) => eqs.get(p.T)!.composition(p.v, p.absorption));
  };
  let cacheKey = '';
  let cache: Float64Array = new Float64Array(0);
  const result = levenbergMarquardt(
    { x: points.map((_, i) => i), y: points.map((p) => p.x) },
    (vals) => {
      const key = vals.join(',');
      if (key !== cacheKey) {
        cache = predict(withValues(vals));
        cacheKey = key;
      }
      const pred = cache;
      return (i) => pred[i];
    },
    {
      initialValues: knobs.map((k) => start[k.key] / k.scale),
      minValues: knobs.map((k) => k.min / k.scale),
      maxValues: knobs.map((k) => k.max / k.scale),
      gradientDifference: 1e-5,
      centralDifference: true,
      damping: 1e-2,
      maxIterations: 300,
      errorTolerance: 1e-14,
    },
  );
  const params = withValues(result.parameterValues);
  const pred = predict(params);
  const residuals = Float64Array.from(points, (p, i) => p.x - pred[i]);
  let ss = 0;
  for (const r of residuals) ss += r * r;
  const fitted: Record<string, number> = {};
  for (const k of knobs) fitted[k.key] = params[k.key];
  return { params, fitted, residuals, rms: Math.sqrt(ss / points.length), iterations: result.iterations };
}
