/**
 * The linear-stability experiment of the validation and the convergence table: a planar front
 * perturbed by cos(πx/L) in a mirror-walled domain half a wavelength wide, with the wavelength a
 * chosen multiple of the Mullins–Sekerka fastest one; returns the measured growth rate of the
 * mode and the 1-D model's σ(q) (with and without the quasi-static approximation), all in 1/s.
 */
import type { MorphologyParams } from './params';
import { runMorphology } from './run';
import { setupMorphology } from './setup';

/** Measured and predicted growth rates of one perturbation, 1/s. */
export interface GrowthComparison {
  /** Cells across (half a wavelength). */
  nx: number;
  /** Wavelength of the perturbation, m. */
  wavelength: number;
  measured: number;
  /** σ(q) without the quasi-static approximation. */
  predicted: number;
  /** Quasi-static σ(q). */
  quasiStatic: number;
}

/**
 * Runs `p` (its nx replaced) on a domain half of `factor` × the fastest wavelength wide, for
 * `duration` diffusion times, perturbed by mode 1. Throws when the front is stable (no fastest
 * wavelength to scale by).
 */
export async function growthAtWavelength(p: MorphologyParams, factor: number, duration: number): Promise<GrowthComparison> {
  const setup = setupMorphology(p);
  const fastest = setup.stability.fastestWavelength;
  if (fastest === null) throw new Error('growthAtWavelength: the front is stable at these parameters');
  const nx = Math.max(2, Math.round((factor * fastest) / (2 * p.dx * setup.scaling.W)));
  const r = await runMorphology({ ...p, nx, mode: 1, duration });
  return {
    nx,
    wavelength: Number(r.summary.perturbationWavelength),
    measured: Number(r.summary.perturbationGrowthRate ?? NaN),
    predicted: Number(r.summary.msGrowthRateNonQuasiStatic),
    quasiStatic: Number(r.summary.msGrowthRate),
  };
}
