/**
 * Arrhenius sweeps: run the model at a list of temperatures and fit ln(σT) = ln A − E_a/(k_B T)
 * (the σT form, natural for hopping conduction since σ = nq²D/(k_BT) and D ∝ exp(−E_a/k_BT)).
 * Point i runs with its own random stream, seed `deriveSeed(seed, i)` (`sweepSeed`): with one
 * shared seed and uniform barriers the trajectories would be identical up to a time rescale and
 * the points perfectly collinear. The fit weights each point by its error. `arrheniusSweep` runs
 * the temperatures one after another; an app spreading them over workers gives each its
 * `sweepSeed` and calls `fitArrhenius` on the collected points.
 */
import { linearFit } from '../../core/regression';
import { BOLTZMANN_EV } from '../../core/constants';
import { deriveSeed } from '../../core/rng';
import type { RunContext } from '../../core/model';
import type { IonhopParams } from './params';
import { run } from './run';

/** One temperature of a sweep: T (K), σ and its standard error (S/m). */
export interface SweepPoint {
  T: number;
  sigma: number;
  sigmaErr: number | null;
}

/** Fitted Arrhenius line in the σT form. */
export interface ArrheniusFit {
  /** Activation energy, eV, and its standard error (null without errors and with two points). */
  Ea_eV: number;
  EaErr_eV: number | null;
  /** Prefactor A of σT = A·exp(−E_a/k_BT), S·K/m. */
  prefactor: number;
  /** Coefficient of determination (weighted when `weighted`). */
  r2: number;
  /** Degrees of freedom: points − 2. */
  dof: number;
  /** True when every point has a positive error and the fit is weighted by 1/var(ln σ). */
  weighted: boolean;
  /** χ² of the weighted fit (null unweighted); about `dof` when the errors are right. */
  chi2: number | null;
}

/** Seed of sweep point `index` (0-based) from the run's `seed`: its own, reproducible stream. */
export function sweepSeed(seed: number, index: number): number {
  return deriveSeed(seed, index);
}

/** n temperatures between Tmin and Tmax (K), evenly spaced in 1/T, hottest first. */
export function sweepTemperatures(Tmin: number, Tmax: number, n: number): number[] {
  if (!(Tmin > 0 && Tmax > Tmin && n >= 2)) throw new Error('T: a sweep needs 0 < Tmin < Tmax and at least two points');
  return Array.from({ length: n }, (_, i) => 1 / (1 / Tmax + ((1 / Tmin - 1 / Tmax) * i) / (n - 1)));
}

/**
 * Fit of ln(σT) against 1/T: E_a = −slope·k_B (eV). When every point has a positive σ error the
 * fit is weighted by 1/var(ln σT) = (σ/σErr)² and E_a's error follows from those errors; otherwise
 * it is ordinary least squares with the residual scatter (null error for two points).
 * Throws for σ ≤ 0 or fewer than two points.
 */
export function fitArrhenius(points: readonly SweepPoint[]): ArrheniusFit {
  if (points.some((p) => !(p.sigma > 0))) throw new Error('fitArrhenius: every conductivity must be positive');
  const x = points.map((p) => 1 / p.T);
  const y = points.map((p) => Math.log(p.sigma * p.T));
  const dof = points.length - 2;
  if (!points.every((p) => (p.sigmaErr ?? 0) > 0)) {
    const fit = linearFit(x, y);
    return {
      Ea_eV: -fit.slope * BOLTZMANN_EV,
      EaErr_eV: fit.slopeStdErr === null ? null : fit.slopeStdErr * BOLTZMANN_EV,
      prefactor: Math.exp(fit.intercept),
      r2: fit.r2,
      dof,
      weighted: false,
      chi2: null,
    };
  }
  const w = points.map((p) => (p.sigma / p.sigmaErr!) ** 2);
  const W = w.reduce((s, v) => s + v, 0);
  const mx = w.reduce((s, v, i) => s + v * x[i], 0) / W;
  const my = w.reduce((s, v, i) => s + v * y[i], 0) / W;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxx += w[i] * (x[i] - mx) ** 2;
    // Σw(x − x̄)ȳ = 0, so y need not be centred here
    sxy += w[i] * (x[i] - mx) * y[i];
    syy += w[i] * (y[i] - my) ** 2;
  }
  if (!(sxx > 0)) throw new Error('fitArrhenius: needs at least two different temperatures');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const chi2 = w.reduce((s, v, i) => s + v * (y[i] - intercept - slope * x[i]) ** 2, 0);
  return {
    Ea_eV: -slope * BOLTZMANN_EV,
    EaErr_eV: Math.sqrt(1 / sxx) * BOLTZMANN_EV,
    prefactor: Math.exp(intercept),
    r2: syy > 0 ? 1 - chi2 / syy : 1,
    dof,
    weighted: true,
    chi2,
  };
}

/** σT (S·K/m) on the Arrhenius line σT = A·exp(−Eₐ/k_BT) with prefactor A (S·K/m) and Eₐ in eV. */
export function arrheniusSigmaT(prefactor: number, Ea_eV: number, T: number): number {
  return prefactor * Math.exp(-Ea_eV / (BOLTZMANN_EV * T));
}

/** The prefactor A (S·K/m) of the Arrhenius line through σ0 (S/m) at T0 (K) with Eₐ in eV. */
export function arrheniusPrefactor(sigma0: number, T0: number, Ea_eV: number): number {
  return sigma0 * T0 * Math.exp(Ea_eV / (BOLTZMANN_EV * T0));
}

/** Runs the model at each temperature (K), point i with seed `sweepSeed(seed, i)`, and fits the Arrhenius line. */
export async function arrheniusSweep(
  params: IonhopParams,
  temperatures: readonly number[],
  ctx: RunContext = {},
): Promise<{ points: SweepPoint[]; fit: ArrheniusFit }> {
  const points: SweepPoint[] = [];
  for (const [i, T] of temperatures.entries()) {
    const result = await run({ ...params, T, seed: sweepSeed(params.seed, i) }, { signal: ctx.signal });
    const sigma = result.summary.conductivity;
    const err = result.summary.conductivityErr;
    if (typeof sigma !== 'number') throw new Error(`T: no conductivity at ${T} K`);
    points.push({ T, sigma, sigmaErr: typeof err === 'number' ? err : null });
    ctx.onProgress?.({ fraction: points.length / temperatures.length });
  }
  return { points, fit: fitArrhenius(points) };
}
