/**
 * Isotherm curves and the PCT surface (curves.ts), with the ideal gas where f = p so every
 * pressure is known in closed form: the log grid and its melting-pressure cap, ln φ on the grid,
 * the plateau corners inserted at their pressures (in order, only inside the grid), the
 * composition at each grid pressure, extrapolation flags, the surface nodes, its clamping and its
 * inversion of the isotherm, pressures from ln f (null beyond 6 GPa) and compositions at a pressure.
 */
import { describe, expect, it } from 'vitest';
import { buildSurface, compositionAtPressure, isothermCurve, isothermPair, lnPhiOnGrid, pressureAtLnF, pressureGrid } from '../../../../src/models/hydrogen/curves';
import { equilibriumAt, type Equilibrium, type PlateauInfo } from '../../../../src/models/hydrogen/equilibrium';
import { lnPhi } from '../../../../src/models/hydrogen/gas';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { meltingPressure } from '../../../../src/models/hydrogen/melting';
import { expectClose, expectRel } from './helpers';

const lani5 = { ...MATERIALS.LaNi5 };
const T = 300;
const eq = equilibriumAt('plateau', lani5, T);
const pl = eq.plateau!;

describe('pressure grid and ln φ', () => {
  it('n log-spaced pressures from pMin to pMax', () => {
    const g = pressureGrid(1e2, 1e6, T, 5);
    [1e2, 1e3, 1e4, 1e5, 1e6].forEach((p, i) => expectRel(g[i], p, 1e-12, `grid ${i}`));
  });

  it('capped at the melting pressure of H₂ at T', () => {
    const g = pressureGrid(1e5, 5e9, 150, 4);
    expect(g.length).toBe(4);
    expectRel(g[3], meltingPressure(150), 1e-12, 'top of the grid');
  });

  it('ln φ on the grid: 0 for the ideal gas, the gas model at each point for the reference EOS', () => {
    const grid = [1e5, 1e7, 1e8];
    expect([...lnPhiOnGrid('ideal', grid, T)]).toEqual([0, 0, 0]);
    lnPhiOnGrid('real', grid, T).forEach((v, i) => expect(v).toBe(lnPhi('real', grid[i], T)));
  });
});

describe('isothermCurve (ideal gas)', () => {
  const grid = pressureGrid(1e3, 1e7, T, 5);
  const zeros = new Float64Array(5);

  it('desorption: both plateau corners inserted at their pressures, in order; grid points at the composition of their pressure', () => {
    const c = isothermCurve(eq, 'ideal', grid, zeros, false);
    expect(c.p.length).toBe(7);
    for (let i = 1; i < 7; i++) expect(c.p[i]).toBeGreaterThan(c.p[i - 1]);
    const at = (p: number) => [...c.p].findIndex((q) => Math.abs(q / p - 1) < 1e-9);
    const iStart = at(1e5 * Math.exp(pl.lnfDesStart));
    const iEnd = at(1e5 * Math.exp(pl.lnfDesEnd));
    expect(iStart).toBeGreaterThan(0);
    expect(iEnd).toBe(iStart + 1);
    expectClose(c.x[iStart], pl.xDesStart, 1e-12, 'x at the start corner');
    expectClose(c.x[iEnd], pl.xDesEnd, 1e-12, 'x at the end corner');
    for (const [i, p] of [...grid].entries()) {
      const k = [...c.p].indexOf(p);
      expect(k, `grid point ${i}`).toBeGreaterThanOrEqual(0);
      expectClose(c.x[k], eq.composition(Math.log(p / 1e5), false), 1e-12, `x at grid point ${i}`);
    }
  });

  it('absorption: the absorption corners, higher by the hysteresis', () => {
    const c = isothermCurve(eq, 'ideal', grid, zeros, true);
    expect(c.p.length).toBe(7);
    expect([...c.p]).toContain(1e5 * Math.exp(pl.lnfAbsStart));
    expect([...c.x]).toContain(pl.xAbsEnd);
    expect([...c.p]).not.toContain(1e5 * Math.exp(pl.lnfDesStart));
  });

  it('a flat plateau: both corners at one pressure, start before end', () => {
    const flat = equilibriumAt('plateau', { ...lani5, slope: 0 }, T);
    const c = isothermCurve(flat, 'ideal', grid, zeros, false);
    const k = [...c.p].indexOf(1e5 * Math.exp(flat.plateau!.lnfDes));
    expect(c.p[k + 1]).toBe(c.p[k]);
    expect(c.x[k]).toBe(flat.plateau!.xDesStart);
    expect(c.x[k + 1]).toBe(flat.plateau!.xDesEnd);
  });

  it('corners outside the grid are left out: a grid ending below the plateau has only its own points', () => {
    const low = pressureGrid(1e3, 1e5 * Math.exp(pl.lnfDesStart) * 0.99, T, 4);
    expect(isothermCurve(eq, 'ideal', low, new Float64Array(4), false).p.length).toBe(4);
    const high = pressureGrid(1e5 * Math.exp(pl.lnfDesStart) * 1.01, 1e7, T, 4);
    expect(isothermCurve(eq, 'ideal', high, new Float64Array(4), false).p.length).toBe(5);
  });

  it('the ideal gas is flagged extrapolated above 1 MPa only', () => {
    const c = isothermCurve(eq, 'ideal', grid, zeros, false);
    c.p.forEach((p, i) => expect(c.extrapolated[i], `p ${p}`).toBe(p > 1e6 ? 1 : 0));
  });

  it('isothermPair: the equilibrium and both curves on the n-point grid', () => {
    const pair = isothermPair('plateau', lani5, 'ideal', T, 1e3, 1e7, 5);
    expect(pair.eq.plateau).toEqual(pl);
    expect([...pair.des.p]).toEqual([...isothermCurve(eq, 'ideal', grid, zeros, false).p]);
    expect([...pair.abs.x]).toEqual([...isothermCurve(eq, 'ideal', grid, zeros, true).x]);
  });
});

describe('isothermCurve on a stand-in equilibrium (x = 10 + v off the plateaus; flat plateaus at chosen levels)', () => {
  /** A flat plateau at ln f = `v` (absorption 1 higher) from H/M xs to xe. */
  const flat = (v: number, xs: number, xe: number): PlateauInfo => ({ lnfDes: v, lnfAbs: v + 1, lnfDesStart: v, lnfDesEnd: v, lnfAbsStart: v + 1, lnfAbsEnd: v + 1, xDesStart: xs, xDesEnd: xe, xAbsStart: xs, xAbsEnd: xe });
  /** The stand-in at 300 K with the given plateaus; `near` of every composition call is logged. */
  function standIn(plateaus: PlateauInfo[]) {
    const near: (number | undefined)[] = [];
    const eqs: Equilibrium = { T: 300, model: 'plateau', plateau: plateaus[0] ?? null, plateaus, joined: false, composition: (v, _abs, n) => (near.push(n), 10 + v) };
    return { eq: eqs, near };
  }
  const grid = [1e5, 1e6, 1e7];
  const none = [0, 0, 0];

  it('corners of plateaus listed out of order come out sorted by pressure; each grid point starts its solve from the previous point', () => {
    const { eq: e, near } = standIn([flat(3, 0.7, 0.8), flat(1, 0.2, 0.3)]);
    const c = isothermCurve(e, 'ideal', grid, none, false);
    [1e5, 1e5 * Math.E, 1e5 * Math.E, 1e6, 1e5 * Math.exp(3), 1e5 * Math.exp(3), 1e7].forEach((p, i) => expectRel(c.p[i], p, 1e-12, `p ${i}`));
    [10, 0.2, 0.3, 10 + Math.log(10), 0.7, 0.8, 10 + Math.log(100)].forEach((x, i) => expectClose(c.x[i], x, 1e-12, `x ${i}`));
    expect(near).toEqual([undefined, 0.3, 0.8]);
  });

  it('a corner at exactly the first or last grid ln f is left out; one at a grid pressure goes before that grid point', () => {
    const { eq: edges } = standIn([flat(0, 0.1, 0.2), flat(Math.log(100), 0.8, 0.9)]);
    expect(isothermCurve(edges, 'ideal', grid, none, false).p.length).toBe(3);
    const at = 1e5 * Math.exp(1.5);
    const { eq: mid } = standIn([flat(1.5, 0.4, 0.6)]);
    const c = isothermCurve(mid, 'ideal', [1e5, at, 1e7], none, false);
    expect([...c.p]).toEqual([1e5, at, at, at, 1e7]);
    expect([c.x[1], c.x[2]]).toEqual([0.4, 0.6]);
    expectClose(c.x[3], 10 + Math.log(at / 1e5), 1e-12, 'grid point after the corners');
  });

  it('reference EOS: the grid ln f includes ln φ, so the range for corners does too (GPa grid, 300 K)', () => {
    const g = [1e7, 1e8, 1e9];
    const phi = lnPhiOnGrid('real', g, 300);
    const top = Math.log(1e9 / 1e5);
    const bottom = Math.log(1e7 / 1e5);
    // inside only with ln φ: just above ln(p/p°) at the top, just below ln(p/p°) + ln φ at the bottom
    const { eq: e, near } = standIn([flat(top + 0.5 * phi[2], 0.8, 0.9)]);
    const c = isothermCurve(e, 'real', g, phi, false);
    expect(c.p.length).toBe(5);
    expectClose(c.x[0], 10 + bottom + phi[0], 1e-12, 'x at the first grid point');
    expect(near[0]).toBeUndefined();
    const { eq: low } = standIn([flat(bottom + 0.5 * phi[0], 0.1, 0.2)]);
    expect(isothermCurve(low, 'real', g, phi, false).p.length).toBe(3);
    expect(phi[0]).toBeGreaterThan(0.01);
  });
});

describe('pressureAtLnF and compositionAtPressure', () => {
  it('ideal gas: p = 1 bar·e^v; beyond 6 GPa of the reference EOS: null', () => {
    expectRel(pressureAtLnF('ideal', 1.5, T)!, 1e5 * Math.exp(1.5), 1e-12, 'p');
    expect(pressureAtLnF('real', 40, T)).toBeNull();
    const p = pressureAtLnF('real', 8, T)!;
    expectClose(Math.log(p / 1e5) + lnPhi('real', p, T, true), 8, 1e-9, 'ln f at the pressure found');
  });

  it('composition at pressure: the equilibrium at ln(p/p°) + ln φ (exact EOS), on the branch asked for', () => {
    const p = 1e5 * Math.exp(pl.lnfDes);
    expectClose(compositionAtPressure(eq, 'ideal', p, false), eq.composition(pl.lnfDes, false), 1e-12, 'des');
    expect(compositionAtPressure(eq, 'ideal', p, true)).toBeLessThan(compositionAtPressure(eq, 'ideal', p, false));
    expectClose(compositionAtPressure(eq, 'real', 5e7, true), eq.composition(Math.log(500) + lnPhi('real', 5e7, T, true), true), 1e-12, 'real gas');
  });
});

describe('buildSurface', () => {
  it('nodes: x from 0.5 % to 99.5 % of maxHM, T from tMin to tMax; defaults 100 × 100', () => {
    const s = buildSurface({ model: 'plateau', params: lani5, gas: 'ideal', pMin: 1e2, pMax: 1e7, tMin: 300, tMax: 340, nx: 3, nT: 3 });
    expect(s.nx).toBe(3);
    expect(s.nT).toBe(3);
    [0.005, 0.5, 0.995].forEach((f, i) => expectRel(s.x[i], f * lani5.maxHM, 1e-12, `x ${i}`));
    expect([...s.T]).toEqual([300, 320, 340]);
    expect(s.log10p.length).toBe(9);
    const one = buildSurface({ model: 'plateau', params: lani5, gas: 'ideal', pMin: 1e2, pMax: 1e7, tMin: 310, tMax: 340, nx: 2, nT: 1 });
    expect([...one.T]).toEqual([310]);
    const full = buildSurface({ model: 'plateau', params: lani5, gas: 'ideal', pMin: 1e2, pMax: 1e7, tMin: 300, tMax: 340 });
    expect([full.nx, full.nT, full.log10p.length]).toEqual([100, 100, 10000]);
  });

  it('plateau model, ideal gas: row-major by temperature; each node inverts the isotherm or is clamped to [log pMin, log pMax]', () => {
    const s = buildSurface({ model: 'plateau', params: lani5, gas: 'ideal', pMin: 1e2, pMax: 1e7, tMin: 300, tMax: 340, nx: 7, nT: 2 });
    for (let j = 0; j < 2; j++) {
      const e = equilibriumAt('plateau', lani5, s.T[j]);
      for (let i = 0; i < 7; i++) {
        const value = s.log10p[j * 7 + i];
        expect(value).toBeGreaterThanOrEqual(2);
        expect(value).toBeLessThanOrEqual(7);
        if (value > 2 && value < 7) expectClose(e.composition(Math.log(10 ** value / 1e5), false), s.x[i], 1e-9, `node ${i}, ${j}`);
      }
    }
    // the last node (99.5 % of maxHM) lies far up the β branch: clamped to pMax; the first is on the α branch inside the range
    expect(s.log10p[6]).toBe(7);
    expect(s.log10p[0]).toBeGreaterThan(2);
    const tight = buildSurface({ model: 'plateau', params: lani5, gas: 'ideal', pMin: 1e5, pMax: 1e7, tMin: 300, tMax: 300, nx: 3, nT: 1 });
    expect(tight.log10p[0]).toBe(5);
  });

  it('reference EOS at 150 K: a node below the melting pressure lies at the pressure whose fugacity gives its composition (round trip 1e-7: the surface inverts the tabulated ln φ, the check uses the exact EOS)', () => {
    const s = buildSurface({ model: 'plateau', params: lani5, gas: 'real', pMin: 1e2, pMax: 5e9, tMin: 150, tMax: 150, nx: 3, nT: 1 });
    const top = Math.log10(meltingPressure(150));
    expect(s.log10p[2]).toBeLessThan(top - 0.01);
    expectClose(compositionAtPressure(equilibriumAt('plateau', lani5, 150), 'real', 10 ** s.log10p[2], false), s.x[2], 1e-7, 'x at the top node');
  });

  it('plateau model of a material with a lattice sublattice as its second plateau: the plateau ladder, not the lattice sum, sets the surface', () => {
    const m = MATERIALS['LaNi5-GPa'];
    const s = buildSurface({ model: 'plateau', params: m, gas: 'ideal', pMin: 1e2, pMax: 1e7, tMin: 300, tMax: 300, nx: 5, nT: 1 });
    const e = equilibriumAt('plateau', m, 300);
    for (let i = 0; i < 5; i++) if (s.log10p[i] > 2 && s.log10p[i] < 7) expectClose(e.composition(Math.log(10 ** s.log10p[i] / 1e5), false), s.x[i], 1e-9, `node ${i}`);
    expect(s.log10p.some((v) => v > 2 && v < 7)).toBe(true);
  });

  it('the top is capped at the melting pressure (reference EOS, 150 K; a β branch steep enough to pass it)', () => {
    // β exponent 0.05: at 99.5 % of maxHM ln f lies ≈ 75 above the plateau, beyond ln f at the melting pressure (≈ 30)
    const s = buildSurface({ model: 'plateau', params: { ...lani5, betaExponent: 0.05 }, gas: 'real', pMin: 1e2, pMax: 5e9, tMin: 150, tMax: 150, nx: 3, nT: 1 });
    expectClose(s.log10p[2], Math.log10(meltingPressure(150)), 1e-12, 'top node');
  });

  it('lattice model, one sublattice below T_c: a node inside the two-phase gap sits at the Maxwell level; nodes outside invert the isotherm', () => {
    const lat = { ...lani5, extraPlateaus: undefined };
    const s = buildSurface({ model: 'lattice', params: lat, gas: 'ideal', pMin: 1e-3, pMax: 1e9, tMin: 300, tMax: 300, nx: 9, nT: 1 });
    const e = equilibriumAt('lattice', lat, 300);
    const q = e.plateau!;
    for (let i = 0; i < 9; i++) {
      const x = s.x[i];
      if (x > q.xDesStart && x < q.xDesEnd) expectClose(s.log10p[i], Math.log10(1e5 * Math.exp(q.lnfDes)), 1e-12, `plateau node ${i}`);
      else if (s.log10p[i] > -3 && s.log10p[i] < 9) expectClose(e.composition(Math.log(10 ** s.log10p[i] / 1e5), false), x, 1e-9, `node ${i}`);
    }
    expect(s.x.some((x) => x > q.xDesStart && x < q.xDesEnd)).toBe(true);
  });
});
