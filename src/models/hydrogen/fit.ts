/**
 * Fitting measured PCT data: the measured point in model units, and a least-squares fit of the
 * chosen isotherm model to all points (composition residuals) with the Levenberg–Marquardt
 * implementation of ml-levenberg-marquardt. Pressures become fugacities through the chosen gas
 * model. The van 't Hoff fit of the plateaus is in vantHoff.ts.
 */
import { levenbergMarquardt } from 'ml-levenberg-marquardt';
import { STANDARD_PRESSURE } from '../../core/constants';
import { InvalidParamsError } from '../../core/model';
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
 * temperature, where ΔH and ΔS cannot be separated) ΔH stays at its start value. Throws
 * InvalidParamsError on `data` when there are no more points than free parameters.
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
  if (points.length <= knobs.length) {
    const rows = points.length === 1 ? '1 data row' : `${points.length} data rows`;
    throw new InvalidParamsError('data', `data: ${rows}; the isotherm fit has ${knobs.length} free parameters here and needs at least ${knobs.length + 1} rows`);
  }
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
  // Stryker disable next-line StringLiteral: the first key only has to differ from every join of numbers, which any such string does
  let cacheKey = '';
  let cache: Float64Array = new Float64Array(0);
  const result = levenbergMarquardt(
    { x: points.map((_, i) => i), y: points.map((p) => p.x) },
    (vals) => {
      const key = vals.join(',');
      // Stryker disable next-line ConditionalExpression: a cache of the last prediction; recomputing it for a repeated key gives the same values
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
