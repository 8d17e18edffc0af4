/**
 * The live session's facts for a view: the growth velocity, gradient and cooling rate it reports
 * are those of the drive (pulling: V given, R = V·G; cooling: R given, V = R/G), the rest of its
 * info comes from the setup, and a frame is the state of the solver (each cell's c/c∞ row by row
 * from the bottom, the profile, bottom height and time in SI, amplitude and spacing of the front)
 * on the engine it was given.
 */
import { describe, expect, it } from 'vitest';
import { MorphologySession, PhaseFieldSolver, setupMorphology } from '../../../../../src/models/solidification/morphology';
import { peakToValley, primarySpacing } from '../../../../../src/models/solidification/morphology/measure';
import { expectClose } from '../helpers';
import { teaching, V } from './fixtures';

const small = { nx: 16, nz: 32 };

describe('MorphologySession', () => {
  it('reports V, G and R = V·G of a pulled run', () => {
    const p = teaching(2, small);
    const { info } = new MorphologySession(p);
    expect(info.V).toBe(V);
    expect(info.G).toBe(p.G);
    expect(info.coolingRate).toBeCloseTo(V * p.G, 12);
  });

  it('reports the cooling rate it was given and V = R/G of a cooled run', () => {
    const pulled = teaching(2, small);
    const R = 0.05;
    const { info } = new MorphologySession({ ...pulled, drive: 'cooling', R });
    expect(info.coolingRate).toBeCloseTo(R, 12);
    expect(info.V).toBeCloseTo(R / pulled.G, 18);
  });

  it('the rest of its info is the setup’s: grid, cell size, G/G_crit, Γ scale, both regimes, fastest wavelength', () => {
    const p = teaching(0.9, { ...small, wOverD0: 3, diffusionLength: 30, dx: 0.6 });
    const setup = setupMorphology(p);
    const { info } = new MorphologySession(p);
    expect([info.nx, info.nz]).toEqual([16, 32]);
    expectClose(info.cellSize, 0.6 * setup.scaling.W, 1e-15 * setup.scaling.W);
    expect([info.gradientRatio, info.gammaScale, info.fastestWavelength]).toEqual([setup.scaling.gradientRatio, setup.scaling.gammaScale, setup.stability.fastestWavelength]);
    expect([info.regime, info.scaledRegime]).toEqual(['cellular', 'planar']);
  });

  it('a frame is the solver’s state in SI: c/c∞ row by row, profile, bottom, time, steps, amplitude, spacing', () => {
    const p = teaching(0.25, { nx: 8, nz: 16, amplitude: 1, mode: 1, dx: 0.5 });
    const setup = setupMorphology(p);
    const { W, tau0 } = setup.scaling;
    const session = new MorphologySession(p);
    session.advance(3);
    const ref = new PhaseFieldSolver(setup.problem);
    ref.advance(3);
    const f = session.frame();
    expect(f.concentration).toHaveLength(8 * 16);
    expect(f.steps).toBe(3);
    for (const [i, j] of [
      [0, 0],
      [7, 0],
      [3, 5],
      [0, 15],
    ])
      expect(f.concentration[j * 8 + i]).toBe(Math.fround(ref.concentrationAt(i, j)));
    const h = ref.interfaceProfile(new Float64Array(8));
    for (let i = 0; i < 8; i++) expectClose(f.profile[i], h[i] * W, 1e-12 * W);
    expectClose(f.bottom, ref.zeta(0) * W, 1e-12 * W);
    expectClose(f.time, ref.t * tau0, 1e-12 * ref.t * tau0);
    expectClose(f.amplitude, peakToValley(h) * W, 1e-12 * W);
    expect(peakToValley(h)).toBeGreaterThan(0.5);
    expect(f.primarySpacing).toBe(primarySpacing(h, 0.5, setup.width));
    expect(f.primarySpacing).not.toBeNull();
  });

  it('steps the engine it is given', () => {
    const p = teaching(2, { nx: 8, nz: 16 });
    let made = 0;
    const session = new MorphologySession(p, (q) => {
      made++;
      return new PhaseFieldSolver({ ...q, safety: 0.4 });
    });
    session.advance(2);
    const ref = new PhaseFieldSolver({ ...setupMorphology(p).problem, safety: 0.4 });
    ref.advance(2);
    expect(made).toBe(1);
    expectClose(session.frame().time, ref.t * setupMorphology(p).scaling.tau0, 1e-20);
  });
});
