/**
 * The engineering plateau model with several plateaus (FeTi and made-up ladders): van 't Hoff
 * levels and hysteresis of each plateau, continuity and monotonicity, the closed forms of every
 * single-phase branch and their inverses, plateaus held apart by 10⁻³ in ln f where their lines
 * cross (desorption) or where a lower plateau's hysteresis reaches the next (absorption), flat
 * plateaus, and the ordering check with its boundary cases.
 */
import { describe, it, expect } from 'vitest';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { plateauComposition, plateauCorners, plateauLadder, plateauLnF, plateauParamsProblem, type MultiPlateauParams } from '../../../../src/models/hydrogen/plateau';
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

/** A two-plateau ladder with flat plateaus (slope 0) at van 't Hoff levels set through ΔS at ΔH = −30 kJ/mol. */
function twoFlat(level1: number, level2: number, h1: number, h2: number): MultiPlateauParams {
  const dH = -30000;
  const dS = (l: number) => -(l - dH / (8.314462618 * T)) * 8.314462618;
  return {
    dH,
    dS: dS(level1),
    hysteresis: h1,
    alphaMax: 0.1,
    betaMin: 0.4,
    maxHM: 1.2,
    slope: 0,
    betaExponent: 0.5,
    extraPlateaus: [{ dH, dS: dS(level2), hysteresis: h2, start: 0.6, end: 0.9, slope: 0 }],
  };
}

describe('plateau ladder: closed forms, joins and checks', () => {
  it('every single-phase branch has its closed form: Sieverts below, the joining branch between, the saturating branch above (1e-12)', () => {
    const { des } = plateauLadder(feti, T);
    const [p1, p2] = des;
    const n = feti.betaExponent;
    const f = (v: number) => Math.exp(v);
    for (const dv of [0.5, 2, 6]) {
      const v = p1.lnfStart - dv;
      expectClose(plateauComposition(feti, T, v, false), feti.alphaMax * Math.sqrt(f(v) / f(p1.lnfStart)), 1e-12, `α at −${dv}`);
      expectClose(plateauLnF(feti, T, feti.alphaMax * Math.exp(-dv)), p1.lnfStart - 2 * dv, 1e-12, `α inverse at −${dv}`);
    }
    for (const w of [0.25, 0.5, 0.75]) {
      const v = p1.lnfEnd + w * (p2.lnfStart - p1.lnfEnd);
      const x = p1.xEnd + ((p2.xStart - p1.xEnd) * (1 - (f(p1.lnfEnd) / f(v)) ** n)) / (1 - (f(p1.lnfEnd) / f(p2.lnfStart)) ** n);
      expectClose(plateauComposition(feti, T, v, false), x, 1e-12, `between plateaus at ${w}`);
      expectClose(plateauLnF(feti, T, x), v, 1e-10, `between plateaus, inverse at ${w}`);
    }
    for (const dv of [0.5, 5, 30]) {
      const v = p2.lnfEnd + dv;
      const x = feti.maxHM - (feti.maxHM - p2.xEnd) * (f(p2.lnfEnd) / f(v)) ** n;
      expectClose(plateauComposition(feti, T, v, false), x, 1e-12, `β at +${dv}`);
      expectClose(plateauLnF(feti, T, x), v, 1e-9, `β inverse at +${dv}`);
    }
    // on a plateau: linear in ln f between its corners
    for (const [k, c] of des.entries()) {
      const v = 0.3 * c.lnfStart + 0.7 * c.lnfEnd;
      expectClose(plateauComposition(feti, T, v, false), 0.3 * c.xStart + 0.7 * c.xEnd, 1e-12, `plateau ${k + 1}`);
      expectClose(plateauLnF(feti, T, 0.3 * c.xStart + 0.7 * c.xEnd), v, 1e-12, `plateau ${k + 1} inverse`);
    }
  });

  it("sloping plateaus: corners at ln f_mid ± s·(x − x_mid), x_mid the middle of the plateau (1e-12); plateauCorners gives the first plateau's", () => {
    const { des, abs } = plateauLadder(feti, T);
    const steps = [{ start: feti.alphaMax, end: feti.betaMin, slope: feti.slope, dH: feti.dH, dS: feti.dS }, ...feti.extraPlateaus!];
    steps.forEach((s, k) => {
      const mid = vantHoffLnF(s.dH, s.dS, T);
      const xMid = 0.5 * (s.start + s.end);
      expectClose(des[k].lnfStart, mid + s.slope * (s.start - xMid), 1e-12, `start of plateau ${k + 1}`);
      expectClose(des[k].lnfEnd, mid + s.slope * (s.end - xMid), 1e-12, `end of plateau ${k + 1}`);
    });
    expect(plateauCorners(feti, T, false)).toEqual(des[0]);
    expect(plateauCorners(feti, T, true)).toEqual(abs[0]);
  });

  it('crossing lines: the upper desorption plateau starts exactly 10⁻³ above the end of the lower one (1e-12)', () => {
    const cold = plateauLadder(feti, 150);
    expectClose(cold.des[1].lnfStart - cold.des[0].lnfEnd, 1e-3, 1e-12, 'desorption gap');
    expectClose(cold.des[1].lnfMid - cold.des[1].lnfStart, feti.extraPlateaus![0].slope * 0.5 * (0.9 - 0.52), 1e-12, 'held plateau keeps its slope');
    expect(cold.abs[1].lnfStart - cold.abs[0].lnfEnd).toBeGreaterThanOrEqual(1e-3 - 1e-12);
  });

  it('absorption join: a lower plateau whose hysteresis reaches past the next plateau holds that absorption plateau 10⁻³ above it; desorption stays at van \'t Hoff', () => {
    const p = twoFlat(0, 1, 2, 0);
    const { des, abs, joined } = plateauLadder(p, T);
    expect(joined).toBe(true);
    expectClose(des[0].lnfMid, 0, 1e-9, 'desorption 1');
    expectClose(des[1].lnfMid, 1, 1e-9, 'desorption 2');
    expectClose(abs[0].lnfMid, 2, 1e-9, 'absorption 1 = h₁ above');
    expectClose(abs[1].lnfStart, abs[0].lnfEnd + 1e-3, 1e-12, 'absorption 2 held above absorption 1');
    expectClose(abs[1].lnfEnd - abs[1].lnfStart, 0, 1e-15, 'still flat');
    // within 10⁻³ of the join: still held 10⁻³ above
    const near = plateauLadder(twoFlat(0, 1, 0.9995, 0), T);
    expect(near.joined).toBe(true);
    expectClose(near.abs[1].lnfStart, near.abs[0].lnfEnd + 1e-3, 1e-12, 'held when closer than 10⁻³');
    // hysteresis just short of the join: not joined, absorption plateau 2 at its own level
    const free = plateauLadder(twoFlat(0, 1, 0.998, 0), T);
    expect(free.joined).toBe(false);
    expectClose(free.abs[1].lnfMid, 1, 1e-9, 'absorption 2 not held');
    // the absorption plateau starts on the lower branch at its level, capped at the plateau's end
    expectClose(abs[1].xStart, Math.min(p.betaMin + (0.6 - p.betaMin) * (1 - Math.exp(-0.5 * (abs[1].lnfStart - des[0].lnfEnd))) / (1 - Math.exp(-0.5 * (des[1].lnfStart - des[0].lnfEnd))), 0.9), 1e-12, 'abs start 2');
  });

  it('a flat plateau: its level gives the plateau start; plateauLnF inside it gives the level', () => {
    const p = twoFlat(0, 1, 0.2, 0.2);
    const { des } = plateauLadder(p, T);
    expectClose(plateauComposition(p, T, des[0].lnfStart, false), 0.1, 1e-12, 'at the first level');
    expectClose(plateauComposition(p, T, des[1].lnfStart, false), 0.6, 1e-12, 'at the second level');
    expectClose(plateauLnF(p, T, 0.25), 0, 1e-9, 'inside plateau 1');
    expectClose(plateauLnF(p, T, 0.75), 1, 1e-9, 'inside plateau 2');
    expectClose(plateauComposition(p, T, 0.5, false), plateauComposition(p, T, 0.5, true), 1e-12, 'between: branches coincide');
  });

  it('ordering check: each boundary case is refused with its own message, and a valid one-plateau material passes', () => {
    const one: MultiPlateauParams = { ...feti, extraPlateaus: undefined };
    expect(plateauParamsProblem(one)).toBeNull();
    expect(plateauParamsProblem({ ...one, alphaMax: 0 })).toMatch(/^alphaMax:/);
    expect(plateauParamsProblem({ ...one, alphaMax: one.betaMin })).toMatch(/^alphaMax:/);
    expect(plateauParamsProblem({ ...one, maxHM: one.betaMin })).toBe('betaMin: the β onset must lie below maxHM');
    expect(plateauParamsProblem({ ...one, extraPlateaus: [] })).toBeNull();
    const step = feti.extraPlateaus![0];
    expect(plateauParamsProblem({ ...feti, extraPlateaus: [{ ...step, start: feti.betaMin }] })).toBe('plateaus: plateau 2 must start after plateau 1 ends and end after it starts');
    expect(plateauParamsProblem({ ...feti, extraPlateaus: [{ ...step, end: step.start }] })).toMatch(/^plateaus: plateau 2/);
    expect(plateauParamsProblem({ ...feti, extraPlateaus: [step, { ...step, start: step.end, end: 0.97 }] })).toBe('plateaus: plateau 3 must start after plateau 2 ends and end after it starts');
    expect(plateauParamsProblem({ ...feti, extraPlateaus: [step, { ...step, start: 0.92, end: 0.97 }] })).toBeNull();
    expect(plateauParamsProblem({ ...feti, maxHM: step.end })).toBe('maxHM: the last plateau must end below maxHM');
  });
});
