/**
 * Test helper: synthetic desorption PCT data sets from the engineering plateau model, written out
 * independently of src/ (closed-form ln f(x) on each branch), with Gaussian noise in ln p.
 */
import { Rng } from '../../../../src/core/rng';
import type { FitPoint } from '../../../../src/models/hydrogen/fit';

/** True parameters of the synthetic material (LaNi₅-like, SI, per mol H₂). */
export const TRUTH = { dH: -30800, dS: -108, alphaMax: 0.08, betaMin: 0.92, maxHM: 1.53, slope: 0.15, betaExponent: 0.12 };

/** Gas constant, J/(mol K), CODATA 2018 (exact). */
export const R = 8.314462618;

/** ln(f/1 bar) on the desorption isotherm at composition x (H/M) and T (K), closed form. */
export function trueLnF(x: number, T: number, truth = TRUTH): number {
  const mid = truth.dH / (R * T) - truth.dS / R;
  const xMid = 0.5 * (truth.alphaMax + truth.betaMin);
  const lnfA = mid + truth.slope * (truth.alphaMax - xMid);
  const lnfB = mid + truth.slope * (truth.betaMin - xMid);
  if (x <= truth.alphaMax) return lnfA + 2 * Math.log(x / truth.alphaMax);
  if (x >= truth.betaMin) return lnfB - Math.log((truth.maxHM - x) / (truth.maxHM - truth.betaMin)) / truth.betaExponent;
  return lnfA + ((x - truth.alphaMax) / (truth.betaMin - truth.alphaMax)) * (lnfB - lnfA);
}

/** Options of a synthetic data set. */
export interface SyntheticOptions {
  temperatures: readonly number[];
  /** Compositions measured at every temperature, H/M. */
  compositions: readonly number[];
  /** Compositions measured at temperature i (overrides `compositions` when given), H/M. */
  perTemperature?: readonly (readonly number[])[];
  /** Standard deviation of the noise in ln p. */
  sigma: number;
  /** Standard deviation of an extra offset in ln p shared by all points of one temperature. */
  offsetSigma?: number;
}

/** One seeded synthetic desorption data set (ideal gas: v = ln(p/1 bar) = ln(f/1 bar)). */
export function syntheticSet(seed: number, o: SyntheticOptions, truth = TRUTH): FitPoint[] {
  const rng = new Rng(seed);
  const points: FitPoint[] = [];
  let line = 1;
  for (const [i, T] of o.temperatures.entries()) {
    const offset = (o.offsetSigma ?? 0) * rng.normal();
    for (const x of o.perTemperature?.[i] ?? o.compositions) points.push({ line: line++, T, v: trueLnF(x, T, truth) + offset + o.sigma * rng.normal(), x, absorption: false });
  }
  return points;
}

/** Compositions 0.05, 0.10, …, 1.40 H/M: the α branch, the plateau and the β branch. */
export const FULL_ISOTHERM = Array.from({ length: 28 }, (_, i) => 0.05 * (i + 1));
