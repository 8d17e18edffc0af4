/**
 * growthAtWavelength on a tiny grid (16 rows, a few dozen steps): the domain width it picks from
 * the fastest wavelength (at least 2 cells), the mode-1 wavelength 2L it reports with the 1-D σ(q)
 * of that wavelength (with and without the quasi-static approximation), and its refusal of a
 * stable front.
 */
import { describe, expect, it } from 'vitest';
import { setupMorphology } from '../../../../../src/models/solidification/morphology';
import { growthAtWavelength } from '../../../../../src/models/solidification/morphology/linearStability';
import { growthRate, growthRateNonQuasiStatic } from '../../../../../src/models/solidification/stability';
import { expectClose } from '../helpers';
import { teaching } from './fixtures';

const base = teaching(0.25, { nz: 16, diffusionLength: 5, amplitude: 0.1, snapshots: 2 });

describe('growthAtWavelength', () => {
  it('half of factor × λ_fastest across, perturbed by mode 1; σ(q) of the 1-D model at q = π/L', async () => {
    const setup = setupMorphology(base);
    const fastest = setup.stability.fastestWavelength ?? NaN;
    const cell = base.dx * setup.scaling.W;
    const nx = Math.round((0.6 * fastest) / (2 * cell));
    expect(nx).toBeGreaterThan(2);
    const r = await growthAtWavelength(base, 0.6, 0.03);
    expect(r.nx).toBe(nx);
    expectClose(r.wavelength, 2 * nx * cell, 1e-12 * r.wavelength);
    const q = Math.PI / (nx * cell);
    expectClose(r.predicted, growthRateNonQuasiStatic(setup.scaling.state, q), 1e-9 * Math.abs(r.predicted));
    expectClose(r.quasiStatic, growthRate(setup.scaling.state, q), 1e-9 * Math.abs(r.quasiStatic));
    expect(r.predicted).not.toBe(r.quasiStatic);
    expect(Number.isFinite(r.measured)).toBe(true);
  });

  it('at least 2 cells across however small the factor; NaN when no growth rate could be fitted', async () => {
    const r = await growthAtWavelength(base, 0.01, 0.001);
    expect(r.nx).toBe(2);
    expect(r.measured).toBeNaN();
  });

  it('refuses a stable front (no fastest wavelength)', async () => {
    await expect(growthAtWavelength(teaching(2, { nz: 16 }), 1, 0.01)).rejects.toThrow('growthAtWavelength: the front is stable at these parameters');
  });
});
