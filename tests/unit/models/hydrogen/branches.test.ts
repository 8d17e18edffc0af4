/**
 * Absorption lies above desorption (issue 9, "tests that protect these numbers"): in the lattice
 * coexistence, in the engineering model and in the series a run() returns, each branch under its
 * own name. Swapping the branches anywhere makes one of these fail.
 */
import { describe, it, expect } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf } from '../../../../src/core/model';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { equilibriumAt } from '../../../../src/models/hydrogen/equilibrium';

const base = defaultsOf(model);
const runWith = (v: Partial<HydrogenParams>) => model.run({ ...base, ...v } as HydrogenParams);

/** Composition read off a drawn curve at pressure p by linear interpolation in ln p (curve sorted by p). */
function xAt(ps: ArrayLike<number>, xs: ArrayLike<number>, p: number): number {
  for (let i = 1; i < ps.length; i++) {
    if (ps[i] >= p && ps[i - 1] < p) {
      const w = Math.log(p / ps[i - 1]) / Math.log(ps[i] / ps[i - 1]);
      return xs[i - 1] + w * (xs[i] - xs[i - 1]);
    }
  }
  return NaN;
}

describe('absorption above desorption', () => {
  it('lattice coexistence (Pd–H, 298 K): the absorption level is h above desorption, and between the two levels absorption is still α while desorption is already β', () => {
    const m = MATERIALS.PdH;
    const eq = equilibriumAt('lattice', m, 298.15);
    const pl = eq.plateau!;
    expect(pl.lnfAbs - pl.lnfDes, `expected h = ${m.hysteresis}`).toBeCloseTo(m.hysteresis, 12);
    const mid = 0.5 * (pl.lnfAbs + pl.lnfDes);
    const xAbs = eq.composition(mid, true);
    const xDes = eq.composition(mid, false);
    expect(xAbs, `absorption at the mid level: expected α (≤ ${pl.xAbsStart}), got ${xAbs}`).toBeLessThanOrEqual(pl.xAbsStart + 1e-12);
    expect(xDes, `desorption at the mid level: expected β (≥ ${pl.xDesEnd}), got ${xDes}`).toBeGreaterThanOrEqual(pl.xDesEnd - 1e-12);
  });

  for (const [name, v] of [
    ['lattice, Pd–H', { material: 'PdH', model: 'lattice', pMin: 1, pMax: 1e7 }],
    ['plateau, LaNi5', { material: 'LaNi5', model: 'plateau', pMax: 1e7 }],
    ['plateau, FeTi (two plateaus)', { material: 'FeTi', model: 'plateau', pMax: 1e7 }],
    ['lattice, FeTi (two sublattices)', { material: 'FeTi', model: 'lattice', pMax: 1e7 }],
  ] as const) {
    it(`run() series (${name}): isotherm_abs_* lies at higher pressure than isotherm_des_* and passes through the absorption plateau`, async () => {
      const r = await runWith({ ...v, T: 298.15 });
      const s = r.series;
      const pAbs = r.summary.plateausAbs as number[];
      const pDes = r.summary.plateaus as number[];
      pAbs.forEach((pa, k) => {
        expect(pa, `plateau ${k + 1}: p_abs ${pa} > p_des ${pDes[k]}`).toBeGreaterThan(pDes[k]);
        const p = Math.sqrt(pa * pDes[k]);
        const xa = xAt(s.isotherm_abs_p, s.isotherm_abs_x, p);
        const xd = xAt(s.isotherm_des_p, s.isotherm_des_x, p);
        expect(xd - xa, `plateau ${k + 1} at ${p} Pa: x_des ${xd} − x_abs ${xa} should be > 0.1`).toBeGreaterThan(0.1);
      });
      // every grid pressure (both curves share the grid): absorption holds no more hydrogen than desorption
      const des = new Map(Array.from(s.isotherm_des_p, (p, i) => [p, s.isotherm_des_x[i]]));
      let shared = 0;
      for (let i = 0; i < s.isotherm_abs_p.length; i++) {
        const xd = des.get(s.isotherm_abs_p[i]);
        if (xd === undefined) continue;
        shared++;
        expect(s.isotherm_abs_x[i], `at ${s.isotherm_abs_p[i]} Pa`).toBeLessThanOrEqual(xd + 1e-12);
      }
      expect(shared).toBeGreaterThanOrEqual(400);
      // each series carries its own plateau corners
      const has = (xs: ArrayLike<number>, x: number) => Array.from(xs).some((xx) => Math.abs(xx - x) < 1e-12);
      for (const [key, xs, other] of [
        ['plateauStartAbs', s.isotherm_abs_x, s.isotherm_des_x],
        ['plateauEndAbs', s.isotherm_abs_x, s.isotherm_des_x],
        ['plateauStart', s.isotherm_des_x, s.isotherm_abs_x],
        ['plateauEnd', s.isotherm_des_x, s.isotherm_abs_x],
      ] as const) {
        const x = r.summary[key] as number;
        expect(has(xs, x), `${key} = ${x} on its own curve`).toBe(true);
        expect(has(other, x), `${key} = ${x} not on the other curve`).toBe(false);
      }
      expect(r.summary.plateauPressureAbs).toBe(pAbs[0]);
      expect(r.summary.plateauPressureDes).toBe(pDes[0]);
    });
  }
});
