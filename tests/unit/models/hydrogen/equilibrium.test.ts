/**
 * The equilibrium interface over both isotherm models (equilibrium.ts): the plateau model's
 * plateaus are its ladder's corners; the single-sublattice lattice model below T_c has the Maxwell
 * plateau (desorption at the equal-area level, absorption higher by the hysteresis, its ends on
 * the outer branches or at the spinodal when the hysteresis passes the loop), above T_c no plateau
 * and one curve for both directions; every composition solves the Lacher isotherm g(logit θ) = v.
 */
import { describe, expect, it } from 'vitest';
import { equilibriumAt, latticeCapacity } from '../../../../src/models/hydrogen/equilibrium';
import { equalAreaConstruction, lacherIsotherm, logit, sigmoid } from '../../../../src/models/hydrogen/lattice';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { plateauLadder } from '../../../../src/models/hydrogen/plateau';
import { expectClose } from './helpers';

/** LaNi₅ with one sublattice (T_c ≈ 399 K). */
const lat = { ...MATERIALS.LaNi5, extraPlateaus: undefined };
const lp = { dH: lat.dH, dS: lat.dS, criticalT: lat.criticalT };
const r = lat.latticeSites;

describe('equilibriumAt, plateau model', () => {
  it('each plateau is its ladder step: mid levels, end levels and compositions, desorption and absorption', () => {
    const m = MATERIALS['LaNi5-GPa'];
    const eq = equilibriumAt('plateau', m, 298.15);
    const ladder = plateauLadder(m, 298.15);
    expect(eq.plateaus.length).toBe(2);
    eq.plateaus.forEach((q, k) => {
      const d = ladder.des[k];
      const a = ladder.abs[k];
      expect(q).toEqual({ lnfDes: d.lnfMid, lnfAbs: a.lnfMid, lnfDesStart: d.lnfStart, lnfDesEnd: d.lnfEnd, lnfAbsStart: a.lnfStart, lnfAbsEnd: a.lnfEnd, xDesStart: d.xStart, xDesEnd: d.xEnd, xAbsStart: a.xStart, xAbsEnd: a.xEnd });
    });
    expect(eq.plateau).toBe(eq.plateaus[0]);
    expect(eq.joined).toBe(ladder.joined);
    expect(eq.model).toBe('plateau');
    expect(eq.T).toBe(298.15);
  });
});

describe('equilibriumAt, lattice model with one sublattice', () => {
  it('below T_c: the desorption plateau at the equal-area level with ends r·θα, r·θβ; absorption higher by the hysteresis, ends on the branches', () => {
    const T = 300;
    const eq = equilibriumAt('lattice', lat, T);
    const iso = lacherIsotherm(lp, T);
    const des = equalAreaConstruction(iso)!;
    const q = eq.plateau!;
    expect(eq.plateaus).toEqual([q]);
    expect(eq.joined).toBe(false);
    expect(q.lnfDes).toBe(des.level);
    expect([q.lnfDesStart, q.lnfDesEnd]).toEqual([des.level, des.level]);
    expectClose(q.xDesStart, r * des.thetaAlpha, 1e-15, 'xDesStart');
    expectClose(q.xDesEnd, r * des.thetaBeta, 1e-15, 'xDesEnd');
    const level = des.level + lat.hysteresis;
    expect([q.lnfAbs, q.lnfAbsStart, q.lnfAbsEnd]).toEqual([level, level, level]);
    // LaNi₅'s hysteresis is small: both absorption ends solve g = level on the outer branches, outside the desorption ends
    expectClose(iso.g(logit(q.xAbsStart / r)), level, 1e-9, 'g at the absorption start');
    expectClose(iso.g(logit(q.xAbsEnd / r)), level, 1e-9, 'g at the absorption end');
    expect(q.xAbsStart).toBeGreaterThan(q.xDesStart);
    expect(q.xAbsEnd).toBeGreaterThan(q.xDesEnd);
  });

  it('a hysteresis beyond the loop maximum: the absorption plateau starts at the spinodal', () => {
    const T = 300;
    const eq = equilibriumAt('lattice', { ...lat, hysteresis: 4 }, T);
    const iso = lacherIsotherm(lp, T);
    const [u1] = iso.spinodal!;
    expect(iso.g(u1)).toBeLessThan(eq.plateau!.lnfAbs);
    expectClose(eq.plateau!.xAbsStart, r * sigmoid(u1), 1e-12, 'absorption start at the spinodal');
    expectClose(iso.g(logit(eq.plateau!.xAbsEnd / r)), eq.plateau!.lnfAbs, 1e-9, 'absorption end on the β branch');
  });

  it('compositions solve the Lacher isotherm off the plateau on both branches; a nearby start gives the same answer', () => {
    const T = 300;
    const eq = equilibriumAt('lattice', lat, T);
    const iso = lacherIsotherm(lp, T);
    const q = eq.plateau!;
    for (const v of [q.lnfDes - 3, q.lnfDes - 0.5, q.lnfAbs + 0.5, q.lnfAbs + 3]) {
      for (const absorption of [false, true]) {
        const x = eq.composition(v, absorption);
        expectClose(iso.g(logit(x / r)), v, 1e-9, `v ${v}, abs ${absorption}`);
        expectClose(eq.composition(v, absorption, x * 1.01), x, 1e-12, `with a nearby start, v ${v}`);
      }
    }
    // between the two levels the branches differ: desorption is past its plateau, absorption not yet
    const mid = 0.5 * (q.lnfDes + q.lnfAbs);
    expect(eq.composition(mid, false)).toBeGreaterThan(q.xDesEnd - 1e-12);
    expect(eq.composition(mid, true)).toBeLessThan(q.xAbsStart + 1e-12);
  });

  it('above T_c: no plateau, one curve for both directions, solving the Lacher isotherm', () => {
    const T = 450;
    const eq = equilibriumAt('lattice', lat, T);
    expect(eq.plateau).toBeNull();
    expect(eq.joined).toBe(false);
    expect(eq.model).toBe('lattice');
    expect(eq.plateaus).toEqual([]);
    const iso = lacherIsotherm(lp, T);
    for (const v of [-2, 0, 1, 3]) {
      const x = eq.composition(v, false);
      expect(eq.composition(v, true)).toBe(x);
      expectClose(iso.g(logit(x / r)), v, 1e-9, `v ${v}`);
    }
  });

  it('latticeCapacity: the sites of every sublattice; a further plateau without lattice sites or T_c adds none', () => {
    expect(latticeCapacity(lat)).toBe(r);
    const step = MATERIALS['LaNi5-GPa'].extraPlateaus![0];
    expectClose(latticeCapacity(MATERIALS['LaNi5-GPa']), r + step.latticeSites!, 1e-15, 'two sublattices');
    expect(latticeCapacity({ ...lat, extraPlateaus: [{ ...step, latticeSites: undefined }] })).toBe(r);
    expect(latticeCapacity({ ...lat, extraPlateaus: [{ ...step, criticalT: undefined }] })).toBe(r);
    // such a plateau is left out of the lattice equilibrium too
    expect(equilibriumAt('lattice', { ...lat, extraPlateaus: [{ ...step, criticalT: undefined }] }, 300).plateaus.length).toBe(1);
  });
});

describe('equilibriumAt, lattice model with two sublattices (FeTi)', () => {
  const feti = MATERIALS.FeTi;
  const step = feti.extraPlateaus![0];
  /** Each sublattice as a single-plateau material. */
  const sub1 = { ...feti, extraPlateaus: undefined };
  const sub2 = { ...feti, extraPlateaus: undefined, dH: step.dH, dS: step.dS, hysteresis: step.hysteresis, criticalT: step.criticalT!, latticeSites: step.latticeSites! };

  it('each plateau: its sublattice’s ends plus the other sublattice’s composition at that level, on the same branch (desorption and absorption, 1e-9)', () => {
    const T = 298.15;
    const eq = equilibriumAt('lattice', feti, T);
    const [e1, e2] = [equilibriumAt('lattice', sub1, T), equilibriumAt('lattice', sub2, T)];
    expect(eq.model).toBe('lattice');
    expect(eq.joined).toBe(false);
    for (const [k, own, other] of [
      [0, e1, e2],
      [1, e2, e1],
    ] as const) {
      const q = eq.plateaus[k];
      const o = own.plateau!;
      expectClose(q.lnfAbs, o.lnfAbs, 1e-12, `plateau ${k} absorption level`);
      expectClose(q.xDesStart, o.xDesStart + other.composition(o.lnfDes, false), 1e-9, `plateau ${k} xDesStart`);
      expectClose(q.xDesEnd, o.xDesEnd + other.composition(o.lnfDes, false), 1e-9, `plateau ${k} xDesEnd`);
      expectClose(q.xAbsStart, o.xAbsStart + other.composition(o.lnfAbs, true), 1e-9, `plateau ${k} xAbsStart`);
      expectClose(q.xAbsEnd, o.xAbsEnd + other.composition(o.lnfAbs, true), 1e-9, `plateau ${k} xAbsEnd`);
    }
  });

  it('at 210 K both levels are negative and sublattice 1 lies lower: the plateaus stay in that order', () => {
    const eq = equilibriumAt('lattice', feti, 210);
    expect(eq.plateaus[0].lnfDes).toBeLessThan(eq.plateaus[1].lnfDes);
    expect(eq.plateaus[1].lnfDes).toBeLessThan(0);
    expect(eq.plateaus[0]).toBe(eq.plateau);
  });
});
