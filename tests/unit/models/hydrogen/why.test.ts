/**
 * `plateauReason`: T against T_c decides the lattice model's plateau; the engineering model has
 * one at every T. Checked on real runs against the isotherm itself: below T_c the desorption
 * isotherm jumps across the two-phase gap at one pressure (both ends of the jump at p_plateau,
 * 1e-8 relative); above T_c there is no plateau and no jump in H/M along the isotherm.
 */
import { describe, expect, it } from 'vitest';
import model, { plateauReason, type HydrogenParams } from '../../../../src/models/hydrogen';
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
  });
});
