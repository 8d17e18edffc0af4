/**
 * The van 't Hoff lines and coexistence dome of the lattice (Lacher) model against closed forms:
 * with one sublattice and no hysteresis, the Maxwell plateau sits at θ = ½ by symmetry, so its
 * fugacity is the van 't Hoff line ln(f/p°) = ΔH/RT − ΔS/R, the α and β limits are symmetric
 * (x_α + x_β = r), and the dome closes at T_c with x = r/2; hysteresis h lifts the absorption line
 * by h. Ideal gas: p = f. Then `vantHoffAndDome` and `temperatureWindow` called directly: the
 * window's widening past T_c and its limits, when the dome is closed at T_c (and with what
 * composition for two sublattices), points beyond 6 GPa left out of the lines and the dome, the
 * lines of a second plateau, and the cooperative pauses.
 */
import { describe, expect, it } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf } from '../../../../src/core/model';
import { Chunker } from '../../../../src/core/cooperative';
import { GAS_CONSTANT, STANDARD_PRESSURE } from '../../../../src/core/constants';
import { temperatureWindow, vantHoffAndDome } from '../../../../src/models/hydrogen/dome';
import { equilibriumAt, type HydrideParams } from '../../../../src/models/hydrogen/equilibrium';
import { pressureAtLnF } from '../../../../src/models/hydrogen/curves';
import { abelNobleLnPhi } from '../../../../src/models/hydrogen/gas';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import type { MultiPlateauParams } from '../../../../src/models/hydrogen/plateau';
import { expectClose, expectRel } from './helpers';

const dH = -39000;
const dS = -92.5;
const Tc = 566;
const r = 0.8;
const params: HydrogenParams = { ...defaultsOf(model), material: 'custom', model: 'lattice', gas: 'ideal', T: 298.15, pMin: 1, pMax: 1e7, dH, dS, criticalT: Tc, maxHM: r, hysteresis: 0 };

describe("lattice model: van 't Hoff line and coexistence dome (closed forms)", () => {
  it('plateau pressure along the dome is the van \'t Hoff line, limits are symmetric, and the dome closes at T_c with x = r/2', async () => {
    const { series } = await model.run(params);
    const T = series.dome_T;
    expect(T.length, 'dome points').toBeGreaterThan(10);
    for (let i = 0; i < T.length; i++) {
      const lnf = dH / (GAS_CONSTANT * T[i]) - dS / GAS_CONSTANT;
      expectRel(series.dome_p[i], STANDARD_PRESSURE * Math.exp(lnf), 1e-6, `dome_p at ${T[i]} K`);
      expectClose(series.dome_xAlpha[i] + series.dome_xBeta[i], r, 1e-6 * r, `x_α + x_β at ${T[i]} K`);
    }
    const last = T.length - 1;
    expect(T[last], 'the dome ends at T_c').toBe(Tc);
    expectClose(series.dome_xAlpha[last], r / 2, 1e-12, 'x_α at T_c');
    expectClose(series.dome_xBeta[last], r / 2, 1e-12, 'x_β at T_c');
    for (let i = 0; i < series.vantHoff_invT.length; i++) {
      const invT = series.vantHoff_invT[i];
      expectClose(series.vantHoff_lnFdes[i], (dH / GAS_CONSTANT) * invT - dS / GAS_CONSTANT, 1e-9, `ln f_des at 1/T = ${invT}`);
      expectClose(series.vantHoff_lnPdes[i], series.vantHoff_lnFdes[i], 1e-9, 'ideal gas: ln p = ln f');
    }
  });

  it('hysteresis h shifts the absorption line by h in ln f at every temperature', async () => {
    const h = 0.3;
    const { series } = await model.run({ ...params, hysteresis: h });
    expect(series.vantHoff_invT.length).toBeGreaterThan(10);
    for (let i = 0; i < series.vantHoff_invT.length; i++) {
      expectClose(series.vantHoff_lnFabs[i] - series.vantHoff_lnFdes[i], h, 1e-9, `ln f_abs − ln f_des at 1/T = ${series.vantHoff_invT[i]}`);
      expectClose(series.vantHoff_lnPabs[i] - series.vantHoff_lnPdes[i], h, 1e-9, 'ideal gas: the same in ln p');
    }
  });
});

/** One-sublattice material with the constants above (lattice sites r, no hysteresis) and `over`. */
const mat = (over: Partial<HydrideParams & MultiPlateauParams> = {}): HydrideParams & MultiPlateauParams => ({
  dH,
  dS,
  hysteresis: 0,
  alphaMax: 0.05,
  betaMin: 0.6,
  maxHM: r,
  slope: 0,
  betaExponent: 0.5,
  criticalT: Tc,
  latticeSites: r,
  ...over,
});

/** A chunker that never pauses. */
const never = () => new Chunker({ budgetMs: Infinity });

describe('temperature window of the lines and the dome', () => {
  it('is the surface window (±150 K snapped to 50 K) unless a lattice T_c lies above T and below 1200 K, then it reaches 1.05 T_c (at most 1200 K)', () => {
    const T = 298.15; // surface window 100–450 K
    expect(temperatureWindow('plateau', mat(), T)).toEqual({ tMin: 100, tMax: 450 });
    expect(temperatureWindow('lattice', mat(), T)).toEqual({ tMin: 100, tMax: 1.05 * Tc });
    expect(temperatureWindow('lattice', mat({ criticalT: 400 }), T), 'T_c inside the window: 1.05 T_c < 450 K').toEqual({ tMin: 100, tMax: 450 });
    expect(temperatureWindow('lattice', mat({ criticalT: 1190 }), T), 'capped at 1200 K').toEqual({ tMin: 100, tMax: 1200 });
    expect(temperatureWindow('lattice', mat({ criticalT: 1200 }), T), 'T_c at 1200 K: not widened').toEqual({ tMin: 100, tMax: 450 });
    expect(temperatureWindow('lattice', mat({ criticalT: T }), T), 'T_c = T: not widened').toEqual({ tMin: 100, tMax: 450 });
    expect(temperatureWindow('lattice', mat({ criticalT: 250 }), T), 'T_c below T').toEqual({ tMin: 100, tMax: 450 });
  });
});

describe("vantHoffAndDome (direct)", () => {
  it('closes a lattice dome at T_c when T_c equals the top of the window (1200 K), not for the plateau model', async () => {
    const m = mat({ criticalT: 1200, dS: -120 });
    const lattice = await vantHoffAndDome('lattice', m, 'ideal', 1100, never());
    const n = lattice.dome_T.length;
    expect(n).toBeGreaterThan(10);
    expect(lattice.dome_T[n - 1]).toBe(1200);
    expect(lattice.dome_xAlpha[n - 1]).toBe(r / 2);
    expect(lattice.dome_xBeta[n - 1]).toBe(r / 2);
    expectRel(lattice.dome_p[n - 1], STANDARD_PRESSURE * Math.exp(dH / (GAS_CONSTANT * 1200) - -120 / GAS_CONSTANT), 1e-9, 'p at T_c: van \'t Hoff');
    expect(lattice.dome_T[n - 2]).toBeLessThan(1200);
    const plateau = await vantHoffAndDome('plateau', m, 'ideal', 1100, never());
    expect(plateau.dome_T.length, 'plateau model: one dome point per temperature, none added').toBe(60);
    expect(plateau.dome_T[59]).toBe(1200);
    expect(plateau.dome_xAlpha[59], 'plateau model: its own α limit, not r/2').toBe(0.05);
  });

  it('a T_c below the window gives no plateau, empty lines and an empty dome (no lone critical point)', async () => {
    const s = await vantHoffAndDome('lattice', mat({ criticalT: 90 }), 'ideal', 298.15, never());
    for (const key of ['vantHoff_invT', 'vantHoff_lnFdes', 'vantHoff_lnPabs', 'dome_T', 'dome_xAlpha', 'dome_xBeta', 'dome_p']) expect(s[key], key).toHaveLength(0);
    expect(Object.keys(s).some((k) => k.startsWith('vantHoff_p2'))).toBe(false);
  });

  it('a T_c above 1200 K (beyond the window) does not close the dome: it ends at the top of the window, 450 K', async () => {
    const s = await vantHoffAndDome('lattice', mat({ criticalT: 1300 }), 'ideal', 298.15, never());
    expect(s.dome_T).toHaveLength(60);
    expect(s.dome_T[59]).toBe(450);
  });

  it('two sublattices, the second with the higher T_c and hysteresis: the dome closes with the second on its desorption branch', async () => {
    // same ΔH; sublattice 2 lies 0.5 below sublattice 1 in ln f (desorption), 0.5 above it (absorption, h = 1)
    const m = mat({ criticalT: 400, latticeSites: 0.5, extraPlateaus: [{ dH, dS: dS + 0.5 * GAS_CONSTANT, hysteresis: 1, start: 0.6, end: 0.7, slope: 0, latticeSites: 0.5, criticalT: 600 }] });
    const s = await vantHoffAndDome('lattice', m, 'ideal', 298.15, never());
    const n = s.dome_T.length;
    expect(s.dome_T[n - 1]).toBe(400);
    const lnfc = vantHoffLnF(m, 400);
    expectClose(s.dome_xAlpha[n - 1], equilibriumAt('lattice', m, 400).composition(lnfc, false), 1e-12, 'x at T_c');
    // sublattice 2 is more than half full on desorption (above its level), nearly empty on absorption
    expect(s.dome_xAlpha[n - 1]).toBeGreaterThan(0.25 + 0.25);
    expect(equilibriumAt('lattice', m, 400).composition(lnfc, true)).toBeLessThan(0.25 + 0.25);
  });

  it('two sublattices (FeTi): the dome closes at sublattice 1\'s T_c with r₁/2 plus what sublattice 2 holds there', async () => {
    const feti = { ...MATERIALS.FeTi };
    const s = await vantHoffAndDome('lattice', feti, 'ideal', 298.15, never());
    const n = s.dome_T.length;
    expect(s.dome_T[n - 1]).toBe(feti.criticalT);
    const lnfc = vantHoffLnF(feti, feti.criticalT);
    const xc = equilibriumAt('lattice', feti, feti.criticalT).composition(lnfc, false);
    expectClose(s.dome_xAlpha[n - 1], xc, 1e-12, 'x_α at T_c');
    expectClose(s.dome_xBeta[n - 1], xc, 1e-12, 'x_β at T_c');
    // sublattice 2 is above its own T_c there and already partly filled at that level
    expect(xc - feti.latticeSites / 2).toBeGreaterThan(1e-3);
    expect(xc - feti.latticeSites / 2).toBeLessThan(0.48);
  });

  it("the plateau model's second plateau gets its own lines vantHoff_p2_* (its van 't Hoff level where the ladder is not joined); there is no third", async () => {
    const feti = { ...MATERIALS.FeTi };
    const s = await vantHoffAndDome('plateau', feti, 'ideal', 298.15, never());
    const p2 = feti.extraPlateaus?.[0] ?? { dH: 0, dS: 0 };
    const invT = s.vantHoff_p2_invT;
    expect(invT.length).toBe(60);
    let free = 0;
    for (let i = 0; i < invT.length; i++) {
      const e = equilibriumAt('plateau', feti, 1 / invT[i]);
      expectClose(s.vantHoff_p2_lnFdes[i], e.plateaus[1].lnfDes, 1e-9, `plateau 2 at 1/T = ${invT[i]}`);
      expectClose(s.vantHoff_p2_lnFabs[i], e.plateaus[1].lnfAbs, 1e-9, `plateau 2 absorption at 1/T = ${invT[i]}`);
      if (!e.joined) {
        free++;
        expectClose(s.vantHoff_p2_lnFdes[i], vantHoffLnF(p2, 1 / invT[i]), 1e-9, `plateau 2 on its van 't Hoff line at 1/T = ${invT[i]}`);
        expectClose(s.vantHoff_p2_lnFabs[i] - s.vantHoff_p2_lnFdes[i], 0.6, 1e-9, 'hysteresis of plateau 2');
      }
      expectClose(s.vantHoff_p2_lnPdes[i], s.vantHoff_p2_lnFdes[i], 1e-12, 'ideal gas');
      expectClose(s.vantHoff_p2_lnPabs[i], s.vantHoff_p2_lnFabs[i], 1e-12, 'ideal gas');
    }
    expect(free, 'temperatures where the plateaus do not join').toBeGreaterThan(10);
    expect(Object.keys(s).some((k) => k.startsWith('vantHoff_p3'))).toBe(false);
  });

  it('points whose pressure lies beyond 6 GPa (Abel–Noble gas) are left out of the lines (desorption or absorption) and of the dome; the rest are ln(p/p°)', async () => {
    // plateau at ln(f/p°) ≈ 49–64 across 100–450 K: the Abel–Noble pressure passes 6 GPa inside the window;
    // the large hysteresis puts the absorption line beyond it at temperatures where desorption is not
    const m = mat({ dH: -2000, dS: -420, hysteresis: 6 });
    const s = await vantHoffAndDome('plateau', m, 'abel-noble', 298.15, never());
    let bothKept = 0;
    let desOnly = 0;
    const temps: number[] = [];
    for (let j = 0; j < 60; j++) {
      const T = 100 + (j * 350) / 59;
      const lnfDes = vantHoffLnF(m, T);
      const pd = pressureAtLnF('abel-noble', lnfDes, T);
      const pa = pressureAtLnF('abel-noble', lnfDes + 6, T);
      if (pd !== null) temps.push(T);
      if (pd !== null && pa !== null) bothKept++;
      if (pd !== null && pa === null) desOnly++;
    }
    expect(bothKept, 'some points kept').toBeGreaterThan(5);
    expect(desOnly, 'some temperatures lose only the absorption point').toBeGreaterThan(2);
    expect(temps.length, 'some temperatures lose the desorption point too').toBeLessThan(60);
    const lines = ['invT', 'lnFdes', 'lnFabs', 'lnPdes', 'lnPabs'].map((k) => s[`vantHoff_${k}`]);
    for (const l of lines) expect(l).toHaveLength(bothKept);
    for (let i = 0; i < bothKept; i++) {
      const T = 1 / s.vantHoff_invT[i];
      for (const [lnP, lnF] of [[s.vantHoff_lnPdes[i], s.vantHoff_lnFdes[i]], [s.vantHoff_lnPabs[i], s.vantHoff_lnFabs[i]]]) {
        expectClose(lnP + abelNobleLnPhi(STANDARD_PRESSURE * Math.exp(lnP), T), lnF, 1e-9, `ln p + ln φ = ln f at ${T} K`);
      }
    }
    expect(s.dome_T).toHaveLength(temps.length);
    temps.forEach((T, i) => expectClose(s.dome_T[i], T, 1e-9, 'dome temperature'));
    for (const key of ['dome_xAlpha', 'dome_xBeta', 'dome_p']) expect(s[key], key).toHaveLength(temps.length);
    for (const p of s.dome_p) expect(p).toBeLessThanOrEqual(6e9);
  });

  it('a lattice dome whose critical pressure is beyond 6 GPa is not closed at T_c', async () => {
    const m = mat({ dH: -2000, dS: -420, criticalT: 400 });
    const s = await vantHoffAndDome('lattice', m, 'abel-noble', 298.15, never());
    expect(pressureAtLnF('abel-noble', vantHoffLnF(m, 400), 400), 'beyond 6 GPa at T_c').toBeNull();
    expect(s.dome_T.length).toBeGreaterThan(0);
    expect(s.dome_T[s.dome_T.length - 1]).toBeLessThan(400);
  });

  it('pauses only when the chunker is due: an aborted run throws when every step is due and finishes when none is', async () => {
    const aborted = { aborted: true };
    await expect(vantHoffAndDome('plateau', mat(), 'ideal', 298.15, new Chunker({ signal: aborted, budgetMs: 0 }))).rejects.toThrow();
    const s = await vantHoffAndDome('plateau', mat(), 'ideal', 298.15, new Chunker({ signal: aborted, budgetMs: Infinity }));
    expect(s.dome_T).toHaveLength(60);
  });
});

/** van 't Hoff level ln(f/p°) of the first plateau of `m` at T. */
function vantHoffLnF(m: { dH: number; dS: number }, T: number): number {
  return m.dH / (GAS_CONSTANT * T) - m.dS / GAS_CONSTANT;
}
