/**
 * Validation 2: linear stability. G = 0.25·G_crit, W/d₀ = 4, l_D = 20 W. A perturbation
 * cos(πx/L) (half a wavelength across a mirror-walled domain, amplitude 0.1 W) grows at the
 * Mullins–Sekerka rate of the 1-D model's equations within 10 % at 0.8, 1 and 1.5 × the
 * fastest wavelength (the rate without the quasi-static approximation; the quasi-static σ is
 * 5–10 % lower here, see docs/models/solidification.md), and decays below the marginal
 * wavelength (0.5 × fastest: within 30 % of σ at this W/d₀; the convergence table in
 * `npm run bench -- morphology` shows the gap closing as W/d₀ and Δx shrink).
 */
import { describe, expect, it } from 'vitest';
import { setupMorphology } from '../../../../../src/models/solidification/morphology';
import { growthAtWavelength } from '../../../../../src/models/solidification/morphology/linearStability';
import { teaching } from './fixtures';

const base = teaching(0.25, { nz: 56, amplitude: 0.1, diffusionLength: 20, snapshots: 2 });
const probe = setupMorphology(base);
const fastest = probe.stability.fastestWavelength ?? NaN;
const cell = base.dx * probe.scaling.W;

describe('Mullins–Sekerka growth rates of a perturbed planar front (G = 0.25 G_crit)', () => {
  it('the 1-D analysis finds the front unstable with a resolvable fastest wavelength', () => {
    expect(probe.stability.stable).toBe(false);
    expect(fastest / cell).toBeGreaterThan(25);
  });

  for (const f of [0.8, 1, 1.5]) {
    it(`grows at σ(q) within 10 % at ${f} × the fastest wavelength`, async () => {
      const r = await growthAtWavelength(base, f, 1.2);
      expect(r.predicted).toBeGreaterThan(0);
      expect(Math.abs(r.measured / r.predicted - 1)).toBeLessThan(0.1);
    }, 120_000);
  }

  it('decays below the marginal wavelength (0.5 × fastest), at σ(q) within 30 %', async () => {
    const r = await growthAtWavelength(base, 0.5, 0.5);
    expect(r.quasiStatic).toBeLessThan(0);
    expect(r.measured).toBeLessThan(0);
    expect(Math.abs(r.measured / r.predicted - 1)).toBeLessThan(0.3);
  }, 120_000);
});
