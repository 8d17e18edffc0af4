/**
 * Lattice model with several plateaus: each further plateau is an independent Lacher sublattice,
 * so the isotherm is the sum of single-sublattice isotherms, each plateau sits at its own
 * van 't Hoff level with the mean-field width, and the PCT surface inverts the sum.
 */
import { describe, it, expect } from 'vitest';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { equilibriumAt, latticeCapacity } from '../../../../src/models/hydrogen/equilibrium';
import { meanFieldOrder, vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { buildSurface } from '../../../../src/models/hydrogen/curves';
import { expectClose } from './helpers';

const feti = MATERIALS.FeTi;
const step = feti.extraPlateaus![0];
/** The two sublattices as separate single-plateau materials. */
const sub1 = { ...feti, extraPlateaus: undefined };
const sub2 = { ...feti, extraPlateaus: undefined, dH: step.dH, dS: step.dS, hysteresis: step.hysteresis, criticalT: step.criticalT!, latticeSites: step.latticeSites! };

describe('lattice model with two sublattices (FeTi)', () => {
  it('x(f) is the sum of the two single-sublattice isotherms on both branches (1e-12)', () => {
    const T = 298.15;
    const both = equilibriumAt('lattice', feti, T);
    const e1 = equilibriumAt('lattice', sub1, T);
    const e2 = equilibriumAt('lattice', sub2, T);
    for (let v = -8; v <= 8; v += 0.37) {
      for (const absorption of [false, true]) {
        expectClose(both.composition(v, absorption), e1.composition(v, absorption) + e2.composition(v, absorption), 1e-12, `v=${v} abs=${absorption}`);
      }
    }
    expect(latticeCapacity(feti)).toBeCloseTo(1.0, 12);
  });

  it('two plateaus, each at its van \'t Hoff level (1e-9) with the mean-field width r(θβ − θα) = r·m, m = tanh(m T_c/T) (1e-9)', () => {
    const T = 298.15;
    const eq = equilibriumAt('lattice', feti, T);
    expect(eq.plateaus.length).toBe(2);
    const subs = [
      { dH: feti.dH, dS: feti.dS, r: feti.latticeSites, tc: feti.criticalT },
      { dH: step.dH, dS: step.dS, r: step.latticeSites!, tc: step.criticalT! },
    ];
    subs.forEach((s, k) => {
      const q = eq.plateaus[k];
      expectClose(q.lnfDes, vantHoffLnF(s.dH, s.dS, T), 1e-9, `plateau ${k + 1} level`);
      expectClose(q.xDesEnd - q.xDesStart, s.r * meanFieldOrder(T / s.tc), 1e-9, `plateau ${k + 1} width`);
    });
    expect(eq.plateau).toBe(eq.plateaus[0]);
  });

  it('above the second sublattice\'s T_c only the first plateau remains; where the lines cross the plateaus are listed by level and plateau stays sublattice 1\'s', () => {
    expect(step.criticalT!).toBeLessThan(feti.criticalT);
    const hot = equilibriumAt('lattice', feti, 0.5 * (step.criticalT! + feti.criticalT));
    expect(hot.plateaus.length).toBe(1);
    expectClose(hot.plateaus[0].lnfDes, vantHoffLnF(feti.dH, feti.dS, hot.T), 1e-9, 'first sublattice');
    const cold = equilibriumAt('lattice', feti, 150);
    expect(cold.plateaus[0].lnfDes).toBeLessThan(cold.plateaus[1].lnfDes);
    expectClose(cold.plateau!.lnfDes, vantHoffLnF(feti.dH, feti.dS, 150), 1e-9, 'plateau = sublattice 1');
  });

  it('the PCT surface inverts the sum: off the plateaus, x(ln f at each node) gives the node back (1e-9, ideal gas)', () => {
    const s = buildSurface({ model: 'lattice', params: feti, gas: 'ideal', pMin: 1e-8, pMax: 1e9, tMin: 250, tMax: 350, nx: 40, nT: 3 });
    expectClose(s.x[s.nx - 1], 0.995 * latticeCapacity(feti), 1e-12, 'x range');
    let checked = 0;
    for (let j = 0; j < s.nT; j++) {
      const eq = equilibriumAt('lattice', feti, s.T[j]);
      for (let i = 0; i < s.nx; i++) {
        const x = s.x[i];
        if (eq.plateaus.some((q) => x >= q.xDesStart && x <= q.xDesEnd)) continue;
        const v = Math.log(10 ** s.log10p[j * s.nx + i] / 1e5);
        if (s.log10p[j * s.nx + i] <= -8 + 1e-12 || s.log10p[j * s.nx + i] >= 9 - 1e-12) continue;
        expectClose(eq.composition(v, false), x, 1e-9, `node x=${x}, T=${s.T[j]}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
