/**
 * Arrhenius sweeps: run the model at a list of temperatures and fit ln(σT) = ln A − E_a/(k_B T)
 * (the σT form, natural for hopping conduction since σ = nq²D/(k_BT) and D ∝ exp(−E_a/k_BT)).
 * `arrheniusSweep` runs the temperatures one after another; an app spreading them over workers
 * runs the model per temperature and calls `fitArrhenius` on the collected points.
 */
import { linearFit } from '../../core/regression';
import { BOLTZMANN_EV } from '../../core/constants';
import type { RunContext } from '../../core/model';
import type { IonhopParams } from './params';
import { simulate } from './simulate';

/** One temperature of a sweep: T (K), σ and its standard error (S/m). */
export interface SweepPoint {
  T: number;
  sigma: number;
  sigmaErr: number | null;
}

/** Fitted Arrhenius line in the σT form. */
export interface ArrheniusFit {
  /** Activation energy, eV, and its standard error (null for two points). */
  Ea_eV: number;
  EaErr_eV: number | null;
  /** Prefactor A of σT = A·exp(−E_a/k_BT), S·K/m. */
  prefactor: number;
  r2: number;
}

/** n temperatures between Tmin and Tmax (K), evenly spaced in 1/T, hottest first. */
export function sweepTemperatures(Tmin: number, Tmax: number, n: number): number[] {
  if (!(Tmin > 0 && Tmax > Tmin && n >= 2)) throw new Error('T: a sweep needs 0 < Tmin < Tmax and at least two points');
  return Array.from({ length: n }, (_, i) => 1 / (1 / Tmax + ((1 / Tmin - 1 / Tmax) * i) / (n - 1)));
}

/** Least-squares fit of ln(σT) against 1/T: E_a = −slope·k_B. Throws for σ ≤ 0 or fewer than two points. */
export function fitArrhenius(points: readonly SweepPoint[]): ArrheniusFit {
  if (points.some((p) => !(p.sigma > 0))) throw new Error('fitArrhenius: every conductivity must be positive');
  const fit = linearFit(
    points.map((p) => 1 / p.T),
    points.map((p) => Math.log(p.sigma * p.T)),
  );
  return {
    Ea_eV: -fit.slope * BOLTZMANN_EV,
    EaErr_eV: fit.slopeStdErr === null ? null : fit.slopeStdErr * BOLTZMANN_EV,
    prefactor: Math.exp(fit.intercept),
    r2: fit.r2,
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

/** Runs the model at each temperature (K) with otherwise equal parameters and fits the Arrhenius line. */
export async function arrheniusSweep(
  params: IonhopParams,
  temperatures: readonly number[],
  ctx: RunContext = {},
): Promise<{ points: SweepPoint[]; fit: ArrheniusFit }> {
  const points: SweepPoint[] = [];
  for (const T of temperatures) {
    const result = await simulate({ ...params, T }, { signal: ctx.signal });
    const sigma = result.summary.conductivity;
    const err = result.summary.conductivityErr;
    if (typeof sigma !== 'number') throw new Error(`T: no conductivity at ${T} K`);
    points.push({ T, sigma, sigmaErr: typeof err === 'number' ? err : null });
    ctx.onProgress?.({ fraction: points.length / temperatures.length });
  }
  return { points, fit: fitArrhenius(points) };
}
