import { describe, it, expect } from 'vitest';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { plateauComposition, plateauLadder, plateauLnF, plateauParamsProblem, type MultiPlateauParams } from '../../../../src/models/hydrogen/plateau';
import { expectClose } from './helpers';

const feti = MATERIALS.FeTi;
const T = 298.15;

describe('engineering model with several plateaus', () => {
  it('one plateau: the ladder reproduces the closed forms x_abs,start = min(xα e^{h/2}, xβ), x_abs,end = x_max − (x_max − xβ)e^{−nh} (1e-12)', () => {
    const m = MATERIALS.LaNi5;
    const { des, abs } = plateauLadder(m, T);
    expect(des.length).toBe(1);
    expectClose(abs[0].xStart, Math.min(m.alphaMax * Math.exp(m.hysteresis / 2), m.betaMin), 1e-12, 'abs start');
    expectClose(abs[0].xEnd, m.maxHM - (m.maxHM - m.betaMin) * Math.exp(-m.betaExponent * m.hysteresis), 1e-12, 'abs end');
  });

  it('FeTi: two plateaus at their own van \'t Hoff levels (1e-12), each absorption plateau h_k above its desorption plateau (1e-12)', () => {
    const { des, abs, joined } = plateauLadder(feti, T);
    expect(joined).toBe(false);
    expect(des.length).toBe(2);
    const steps = [feti, ...feti.extraPlateaus!];
    steps.forEach((s, k) => {
      expectClose(des[k].lnfMid, vantHoffLnF(s.dH, s.dS, T), 1e-12, `plateau ${k + 1} midpoint`);
      expectClose(abs[k].lnfMid - des[k].lnfMid, s.hysteresis, 1e-12, `plateau ${k + 1} hysteresis`);
    });
    expect(des[1].lnfStart).toBeGreaterThan(des[0].lnfEnd);
    expect(abs[1].lnfStart).toBeGreaterThan(abs[0].lnfEnd);
  });

  it('FeTi: continuous at every corner on both branches (1e-9) and non-decreasing in f', () => {
    const ladder = plateauLadder(feti, T);
    for (const absorption of [false, true]) {
      for (const c of absorption ? ladder.abs : ladder.des) {
        for (const [v, x] of [
          [c.lnfStart, c.xStart],
          [c.lnfEnd, c.xEnd],
        ]) {
          expectClose(plateauComposition(feti, T, v - 1e-12, absorption), x, 1e-9, `below corner ${v}`);
          expectClose(plateauComposition(feti, T, v + 1e-12, absorption), x, 1e-9, `above corner ${v}`);
        }
      }
      let prev = -1;
      for (let v = -15; v < 15; v += 0.005) {
        const x = plateauComposition(feti, T, v, absorption);
        expect(x, `v=${v}`).toBeGreaterThanOrEqual(prev);
        prev = x;
      }
    }
  });

  it('FeTi: absorption and desorption coincide on the single-phase branch between the plateaus (1e-12), and the loop is open on each plateau', () => {
    const { des, abs } = plateauLadder(feti, T);
    const v = 0.5 * (abs[0].lnfEnd + des[1].lnfStart);
    expect(abs[0].lnfEnd).toBeLessThan(des[1].lnfStart);
    expectClose(plateauComposition(feti, T, v, true), plateauComposition(feti, T, v, false), 1e-12, 'between plateaus');
    for (const k of [0, 1]) {
      const mid = 0.5 * (des[k].lnfMid + abs[k].lnfMid);
      expect(plateauComposition(feti, T, mid, false) - plateauComposition(feti, T, mid, true), `plateau ${k + 1} loop`).toBeGreaterThan(0.1);
    }
  });

  it('plateauLnF inverts the desorption branch on every segment, including the branch between plateaus (1e-10)', () => {
    for (const x of [0.005, 0.3, 0.48, 0.5, 0.7, 0.95, 0.99]) expectClose(plateauComposition(feti, T, plateauLnF(feti, T, x), false), x, 1e-10, `x=${x}`);
  });

  it('crossing van \'t Hoff lines: below the crossing the upper plateau is held above the lower one and the ladder says so', () => {
    // plateau 2: ΔH₂ − ΔH₁ = −5.2 kJ/mol, ΔS₂ − ΔS₁ = −28.3 J/(K mol): the lines cross at 184 K
    const cross = (feti.extraPlateaus![0].dH - feti.dH) / (feti.extraPlateaus![0].dS - feti.dS);
    expectClose(cross, 184, 1, 'crossing temperature');
    const cold = plateauLadder(feti, 150);
    expect(cold.joined).toBe(true);
    expect(cold.des[1].lnfStart).toBeGreaterThan(cold.des[0].lnfEnd);
    expect(cold.abs[1].lnfStart).toBeGreaterThan(cold.abs[0].lnfEnd);
    for (let v = cold.des[0].lnfStart - 3; v < cold.abs[1].lnfEnd + 3; v += 0.01) {
      for (const absorption of [false, true]) expect(Number.isFinite(plateauComposition(feti, 150, v, absorption))).toBe(true);
    }
    expect(plateauLadder(feti, 274).joined).toBe(false);
  });

  it('ordering of the plateau list is checked and the message names the field', () => {
    const bad: MultiPlateauParams = { ...feti, extraPlateaus: [{ ...feti.extraPlateaus![0], start: 0.4 }] };
    expect(plateauParamsProblem(bad)).toMatch(/^plateaus: plateau 2 must start after plateau 1 ends/);
    expect(plateauParamsProblem({ ...feti, maxHM: 0.8 })).toMatch(/^maxHM:/);
    expect(plateauParamsProblem(feti)).toBeNull();
  });
});
