/**
 * `plateauReason`: T against T_c decides the lattice model's plateau; the engineering model has
 * one at every T. Checked on real runs against the isotherm itself: below T_c the desorption
 * isotherm jumps across the two-phase gap at one pressure (both ends of the jump at p_plateau,
 * 1e-8 relative); above T_c there is no plateau and no jump in H/M along the isotherm.
 * `fitErrorReason`: on van 't Hoff fits built with a known Birge ratio (2 and 0.5) and on fits with
 * nothing to compare (one point per plateau; two temperatures).
 */
import { describe, expect, it } from 'vitest';
import model, { fitErrorReason, plateauReason, type HydrogenParams } from '../../../../src/models/hydrogen';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import type { PlateauGroup } from '../../../../src/models/hydrogen/plateauSelect';
import { defaultsOf, type ModelResult } from '../../../../src/core/model';

const run = (over: Partial<HydrogenParams>) => model.run({ ...defaultsOf(model), ...over } as HydrogenParams);
const figures = (r: ModelResult, m: string, T: number) => ({
  model: m,
  T,
  criticalT: r.summary.criticalT as number | null,
  plateauCount: r.summary.plateauCount as number,
  plateauPressureDes: r.summary.plateauPressureDes as number | null,
});

/** Largest increase of H/M between neighbouring points of an isotherm. */
function largestStep(xs: ArrayLike<number>): number {
  let m = 0;
  for (let i = 1; i < xs.length; i++) m = Math.max(m, xs[i] - xs[i - 1]);
  return m;
}

describe('plateauReason on runs', () => {
  it('LaNi₅, lattice model, 298.15 K < T_c ≈ 399 K: below critical, and the isotherm is flat at the plateau pressure', async () => {
    const r = await run({ model: 'lattice' });
    const why = plateauReason(figures(r, 'lattice', 298.15))!;
    expect(why.cause).toBe('belowCritical');
    expect(why.criticalT!).toBeGreaterThan(298.15);
    // on the pressure grid the plateau is one step in which H/M jumps across the two-phase gap at p_plateau
    const p = why.plateauPressureDes!;
    const [x0, x1] = [r.summary.plateauStart as number, r.summary.plateauEnd as number];
    const xs = r.series.isotherm_des_x;
    const ps = r.series.isotherm_des_p;
    const jumps = [];
    for (let i = 1; i < xs.length; i++) if (xs[i - 1] <= x0 + 1e-9 && xs[i] >= x1 - 1e-9) jumps.push(i);
    expect(jumps.length).toBe(1);
    const i = jumps[0];
    // both ends of the jump lie at the plateau pressure: the isotherm is flat across it
    expect(Math.abs(ps[i - 1] / p - 1)).toBeLessThan(1e-8);
    expect(Math.abs(ps[i] / p - 1)).toBeLessThan(1e-8);
    expect(x1 - x0).toBeGreaterThan(0.5 * largestStep(xs) - 1e-12);
  });

  it('LaNi₅, lattice model, 700 K ≥ T_c: above critical, no plateau: no jump in H/M along the isotherm', async () => {
    const r = await run({ model: 'lattice', T: 700 });
    const why = plateauReason(figures(r, 'lattice', 700))!;
    expect(why.cause).toBe('aboveCritical');
    expect(why.plateauPressureDes).toBeNull();
    // no jump across a gap: every step in H/M is small against the loading reached
    const xs = r.series.isotherm_des_x;
    expect(largestStep(xs)).toBeLessThan(0.05 * xs[xs.length - 1]);
    const below = await run({ model: 'lattice' });
    expect(largestStep(below.series.isotherm_des_x)).toBeGreaterThan(0.3 * below.series.isotherm_des_x.at(-1)!);
  });

  it('engineering plateau model: a plateau at its van ’t Hoff pressure', async () => {
    const r = await run({});
    const why = plateauReason(figures(r, 'plateau', 298.15))!;
    expect(why.cause).toBe('engineering');
    expect(why.criticalT).toBeNull();
    expect(why.plateauPressureDes).toBe(r.summary.plateauPressureDes);
  });
});

describe('plateauReason branches', () => {
  const f = { model: 'lattice', T: 300, criticalT: 400, plateauCount: 1, plateauPressureDes: 1e5 };
  it('T = T_c exactly counts as at or above', () => {
    expect(plateauReason({ ...f, T: 400, plateauCount: 0 })!.cause).toBe('aboveCritical');
  });
  it('null when the count disagrees with T against T_c, without T_c, for an unknown model or a non-finite T', () => {
    expect(plateauReason({ ...f, plateauCount: 0 })).toBeNull();
    expect(plateauReason({ ...f, T: 500 })).toBeNull();
    expect(plateauReason({ ...f, criticalT: null })).toBeNull();
    expect(plateauReason({ ...f, model: 'other' })).toBeNull();
    expect(plateauReason({ ...f, T: NaN })).toBeNull();
    expect(plateauReason({ ...f, model: 'plateau', plateauCount: 0 })).toBeNull();
    expect(plateauReason({ ...f, model: 'plateau', T: NaN })).toBeNull();
    expect(plateauReason({ ...f, criticalT: Infinity })).toBeNull();
  });
  it('T = T_c exactly with a plateau: no reason (not below critical)', () => {
    expect(plateauReason({ ...f, T: 400 })).toBeNull();
  });
});

describe('fitErrorReason on van ’t Hoff fits', () => {
  const dH = -30800;
  const dS = -108;
  const group = (T: number, pts: [number, number][]): PlateauGroup => ({ T, absorption: false, points: pts.map(([x, v], i) => ({ line: i + 1, T, v, x, absorption: false })) });
  const reasonOf = (fit: ReturnType<typeof vantHoffFit>) => fitErrorReason(fit.errorSource, fit.birgeRatio, fit.dof, fit.n);

  it('levels off the line by a Birge ratio of 2 or 0.5 (pairs ±d within each plateau): levels above 1, points at or below', () => {
    const d = 0.01;
    const Ts = [300, 325, 350];
    const u = Ts.map((T) => 1 / T);
    const w = [u[2] - u[1], u[0] - u[2], u[1] - u[0]];
    const norm = Math.hypot(...w);
    for (const birge of [2, 0.5]) {
      const c = (birge * d) / norm;
      const fit = vantHoffFit(Ts.map((T, i) => group(T, [[0.4, vantHoffLnF(dH, dS, T) + c * w[i] + d], [0.4, vantHoffLnF(dH, dS, T) + c * w[i] - d]])));
      const why = reasonOf(fit)!;
      expect(why.birge!).toBeCloseTo(birge, 9);
      expect(why.cause).toBe(birge > 1 ? 'levelsScatterMore' : 'levelsScatterLess');
      expect(why.dof).toBe(birge > 1 ? 1 : 4);
      expect(why.points).toBe(6);
    }
  });

  it('one noisy point per temperature: levels only; two temperatures with pairs: points only (no lack of fit to judge)', () => {
    const single = vantHoffFit([280, 300, 320, 340].map((T, i) => group(T, [[0.5, vantHoffLnF(dH, dS, T) + 0.01 * (i % 2 ? 1 : -1)]])));
    expect(reasonOf(single)!.cause).toBe('levelsOnly');
    const two = vantHoffFit([300, 350].map((T) => group(T, [[0.4, vantHoffLnF(dH, dS, T) + 0.01], [0.4, vantHoffLnF(dH, dS, T) - 0.01]])));
    expect(reasonOf(two)).toMatchObject({ cause: 'pointsOnly', birge: null, dof: 2 });
  });

  it('no errors (0 degrees of freedom) or an unknown source: null', () => {
    expect(fitErrorReason('points', null, 0, 2)).toBeNull();
    expect(fitErrorReason(null, 1.2, 3, 9)).toBeNull();
    expect(fitErrorReason('other', 1.2, 3, 9)).toBeNull();
  });

  it('a non-finite Birge ratio counts as none', () => {
    expect(fitErrorReason('points', Infinity, 4, 9)).toEqual({ cause: 'pointsOnly', birge: null, dof: 4, points: 9 });
    expect(fitErrorReason('means', NaN, 1, 9)).toEqual({ cause: 'levelsOnly', birge: null, dof: 1, points: 9 });
  });
});
