/**
 * setupMorphology on the linearised teaching alloy: refusals (no solute, a solute the solid does
 * not reject) with their fields and messages, the growth velocity of each drive, the scaling it
 * hands on, the chosen perturbation mode, the domain width and the solver's problem.
 */
import { describe, expect, it } from 'vitest';
import { InvalidParamsError } from '../../../../../src/core/model';
import { setupMorphology } from '../../../../../src/models/solidification/morphology';
import { scaleAlloy } from '../../../../../src/models/solidification/morphology/scaling';
import { analyseStability } from '../../../../../src/models/solidification/stability';
import { expectClose } from '../helpers';
import { D, DELTA_T0, teaching, V } from './fixtures';

function refusal(f: () => unknown): InvalidParamsError {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidParamsError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('setupMorphology', () => {
  it('refuses an alloy without solute (x0 = 0) on x0', () => {
    const e = refusal(() => setupMorphology(teaching(2, { x0: 0 })));
    expect(e.field).toBe('x0');
    expect(e.message).toMatch(/^x0: the 2-D morphology needs solute \(x0 > 0\)/);
  });

  it('refuses a solute with k ≥ 1, and one with k < 1 but a rising or flat liquidus (ΔT₀ ≤ 0), on k', () => {
    const above = refusal(() => setupMorphology(teaching(2, { k: 1.5, m: 350 })));
    expect(above.field).toBe('k');
    expect(above.message).toBe('k: the 2-D morphology model needs a solute that is rejected by the solid (k < 1, m < 0); here k = 1.50.');
    const rising = refusal(() => setupMorphology(teaching(2, { m: 350 })));
    expect(rising.field).toBe('k');
    expect(rising.message).toContain('here k = 0.300.');
    // a flat liquidus (m = 0): k < 1 but no freezing range
    expect(refusal(() => setupMorphology(teaching(2, { m: 0 }))).field).toBe('k');
  });

  it('growth velocity: V when pulling, R/G when cooling', () => {
    expect(setupMorphology(teaching(2)).V).toBe(V);
    const p = teaching(2);
    expectClose(setupMorphology({ ...p, drive: 'cooling', R: 0.03 }).V, 0.03 / p.G, 1e-20);
  });

  it('scales the alloy at k*, ΔT₀* of the 1-D interface and the resolution asked for; stability at Γ_eff', () => {
    const p = teaching(0.25, { wOverD0: 3, diffusionLength: 30 });
    const s = setupMorphology(p);
    const expected = scaleAlloy({ k: 0.3, deltaT0: DELTA_T0, D, gamma: p.gamma, G: p.G, V }, { wOverD0: 3, diffusionLength: 30 });
    for (const key of ['gammaScale', 'W', 'tau0', 'Vd', 'lTd', 'lDd', 'gradientRatio'] as const) expectClose(s.scaling[key], expected[key], 1e-9 * Math.abs(expected[key]), key);
    expect(s.stability).toEqual(analyseStability(s.scaling.state));
    expect(s.stability.stable).toBe(false);
    expect([s.regime, s.scaledRegime]).toEqual(['dendritic', 'dendritic']);
    // near G_crit the real alloy is unstable but the scaled-up Γ_eff stabilises the run's front
    const near = setupMorphology(teaching(0.9, { wOverD0: 3, diffusionLength: 30 }));
    expect([near.regime, near.scaledRegime]).toEqual(['cellular', 'planar']);
    expect(near.stability.stable).toBe(true);
    const stable = setupMorphology(teaching(2));
    expect([stable.regime, stable.scaledRegime]).toEqual(['planar', 'planar']);
  });

  it('the solver problem: k, W/d₀, Ṽ, l̃_T, grid, noise, seed, interface row round(0.35·nz)', () => {
    const p = teaching(0.25, { nx: 10, nz: 30, dx: 0.6, epsilon4: 0.02, noise: 0.01, seed: 9 });
    const s = setupMorphology(p);
    const q = s.problem;
    expect([q.nx, q.nz, q.dx, q.epsilon4, q.noise, q.seed, q.wOverD0]).toEqual([10, 30, 0.6, 0.02, 0.01, 9, p.wOverD0]);
    expectClose(q.k, 0.3, 1e-12);
    expect(q.V).toBe(s.scaling.Vd);
    expect(q.lT).toBe(s.scaling.lTd);
    expect(q.interfaceRow).toBe(11);
    expectClose(s.width, 10 * 0.6 * s.scaling.W, 1e-15 * s.width);
  });

  it('the perturbation: amplitude·cos(nπx/L) with x and L in W, or none at amplitude 0', () => {
    const p = teaching(0.25, { nx: 10, dx: 0.5, amplitude: 0.4, mode: 3 });
    const f = setupMorphology(p).problem.perturbation;
    expect(f).not.toBeNull();
    for (const x of [0, 1.1, 5]) expectClose(f?.(x) ?? NaN, 0.4 * Math.cos((3 * Math.PI * x) / 5), 1e-15);
    expect(setupMorphology({ ...p, amplitude: 0 }).problem.perturbation).toBeNull();
  });

  it('the mode: as given; else the one nearest 2L/λ_fastest (at least 1); 1 for a stable front', () => {
    expect(setupMorphology(teaching(0.25, { mode: 3 })).mode).toBe(3);
    expect(setupMorphology(teaching(2)).mode).toBe(1);
    const wide = setupMorphology(teaching(0.25, { nx: 400 }));
    const n = Math.round((2 * wide.width) / (wide.stability.fastestWavelength ?? NaN));
    expect(n).toBeGreaterThan(1);
    expect(wide.mode).toBe(n);
    const narrow = setupMorphology(teaching(0.25, { nx: 8 }));
    expect((2 * narrow.width) / (narrow.stability.fastestWavelength ?? NaN)).toBeLessThan(0.5);
    expect(narrow.mode).toBe(1);
  });
});
