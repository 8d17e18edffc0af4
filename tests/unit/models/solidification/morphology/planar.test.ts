/**
 * Validation 1: a planar front at a stable gradient (G = 1.25·G_crit), started 2 W above its
 * place, relaxes to the 1-D steady state: the melt profile within 2 % of
 * x₀ + (x_L* − x₀)·e^(−V z/D) (z ≥ 4 W from the front, outside the diffuse interface) and the
 * interface undercooling below the liquidus T_L(x₀) within 2 % of ΔT₀.
 */
import { describe, expect, it } from 'vitest';
import { PhaseFieldSolver, setupMorphology } from '../../../../../src/models/solidification/morphology';
import { DELTA_T0, teaching } from './fixtures';

describe('planar front at G = 1.25 G_crit', () => {
  const p = teaching(1.25, { nx: 4, nz: 80, diffusionLength: 40 });
  const setup = setupMorphology(p);
  const { scaling } = setup;
  const solver = new PhaseFieldSolver({ ...setup.problem, perturbation: () => 2 });
  // planar relaxation rate |σ(0)| = k·V/l_T; run 3 e-folds (2 W → 0.1 W)
  const relax = (0.3 * scaling.Vd) / scaling.lTd;
  solver.advance(Math.ceil(3 / relax / solver.dt));
  const h = solver.interfaceProfile(new Float64Array(p.nx));

  it('the front is planar', () => {
    expect(Math.max(...h) - Math.min(...h)).toBeLessThan(1e-6);
  });

  it('interface undercooling within 2 % of ΔT0', () => {
    const undercooling = DELTA_T0 - p.G * h[0] * scaling.W;
    expect(Math.abs(undercooling / DELTA_T0 - 1)).toBeLessThan(0.02);
  });

  it('melt profile within 2 % of x0 + (x0/k − x0)·exp(−V z/D) ahead of the front', () => {
    let worst = 0;
    let checked = 0;
    for (let j = 0; j < p.nz; j++) {
      const z = solver.zeta(j) - h[0];
      if (z < 4) continue;
      const x = 0.2 * solver.concentrationAt(1, j);
      const expected = 0.2 + (0.2 / 0.3 - 0.2) * Math.exp(-z / scaling.lDd);
      worst = Math.max(worst, Math.abs(x / expected - 1));
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
    expect(worst).toBeLessThan(0.02);
  });

  it('the solid forms at x0 (within 2 %)', () => {
    expect(Math.abs(solver.concentrationAt(1, 2) - 1)).toBeLessThan(0.02);
  });
});
