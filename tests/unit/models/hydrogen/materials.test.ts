/**
 * The materials library against docs/physics-notes.md B.1 (plateau pressures, capacities, lattice
 * T_c from the plateau width and its clamped limits), `resolveMaterial` (a library entry copied, an
 * unknown id refused naming the field, a custom material mapped field by field), and the
 * engineering plateau model on FeTi.
 */
import { describe, it, expect } from 'vitest';
import { MATERIALS, criticalTFromWidth, resolveMaterial } from '../../../../src/models/hydrogen/materials';
import { defaultsOf, InvalidParamsError } from '../../../../src/core/model';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { hmFromMassPercent, massPercent, reversibleMassPercent, volumetricCapacity } from '../../../../src/models/hydrogen/capacity';
import { vantHoffLnF, meanFieldOrder } from '../../../../src/models/hydrogen/lattice';
import { plateauComposition, plateauCorners, plateauLnF } from '../../../../src/models/hydrogen/plateau';
import { expectClose, expectRel } from './helpers';

const pVantHoff = (id: string, T: number) => 1e5 * Math.exp(vantHoffLnF(MATERIALS[id].dH, MATERIALS[id].dS, T)); // Pa

describe('materials library against docs/physics-notes.md B.1', () => {
  it('van \'t Hoff plateaus at 25 °C: LaNi5 1.759 bar, FeTi 4.11 bar, Pd 0.0100 bar (last digit)', () => {
    expectClose(pVantHoff('LaNi5', 298.15) / 1e5, 1.759, 0.0005, 'LaNi5');
    expectClose(pVantHoff('FeTi', 298.15) / 1e5, 4.11, 0.005, 'FeTi');
    expectClose(pVantHoff('PdH', 298.15) / 1e5, 0.01, 0.00005, 'Pd');
  });

  it('Mg: ≈1e-6 bar at 25 °C and 1 bar at ≈279 °C (tol 3 K); Ti1.1CrMn 11 MPa at 296 K (tol 5 %)', () => {
    expectRel(pVantHoff('Mg', 298.15) / 1e5, 1e-6, 0.5, 'Mg 25 °C');
    const T1bar = MATERIALS.Mg.dH / MATERIALS.Mg.dS; // ln p = 0
    expectClose(T1bar - 273.15, 279, 3, 'Mg 1 bar temperature');
    expectRel(pVantHoff('TiCrMn', 296), 11e6, 0.05, 'TiCrMn');
  });

  it('mass%: LaNi5H6 1.38, MgH2 7.66, TiFeH1.95 1.86, PdH0.6 0.57 (last digit)', () => {
    expectClose(massPercent(1, MATERIALS.LaNi5), 1.38, 0.005, 'LaNi5H6');
    expectClose(massPercent(2, MATERIALS.Mg), 7.66, 0.005, 'MgH2');
    expectClose(massPercent(0.975, MATERIALS.FeTi), 1.86, 0.005, 'TiFeH1.95');
    expectClose(massPercent(0.6, MATERIALS.PdH), 0.57, 0.005, 'PdH0.6');
  });

  it('capacity conversions: mass% ↔ H/M round trip (1e-12), volumetric MgH2 = 1738·2·M_H/M_Mg kg/m3, reversible = difference of H per charged mass', () => {
    const m = MATERIALS.LaNi5;
    for (const x of [0.1, 1, 1.5]) expectClose(hmFromMassPercent(massPercent(x, m), m), x, 1e-12);
    expectRel(volumetricCapacity(2, MATERIALS.Mg), (1738 * 2 * 1.00794) / 24.305, 1e-12, 'MgH2 volumetric');
    // hand check: LaNi5, xc = 1, xd = 0 → whole H6 = 1.38 mass%
    expectClose(reversibleMassPercent(1, 0, m), massPercent(1, m), 1e-12, 'reversible from empty');
  });

  it('lattice Tc of every entry reproduces its plateau width at the reference temperature (1e-9), Pd keeps 566 K', () => {
    expect(MATERIALS.PdH.criticalT).toBe(566);
    const tc = criticalTFromWidth(0.6, 300);
    expectClose(meanFieldOrder(300 / tc), 0.6, 1e-9, 'm from Tc');
  });

  it('lattice T_c from the width: → T as the width → 0 (clamped at 1e-6, below it unchanged), finite at width 1 and above (clamped at 1 − 1e-12)', () => {
    const T = 300;
    // artanh(m)/m = 1 + m²/3 + …
    expectRel(criticalTFromWidth(1e-6, T), T * (1 + 1e-12 / 3), 1e-15, 'width 1e-6');
    expect(criticalTFromWidth(0, T)).toBe(criticalTFromWidth(1e-6, T));
    expect(criticalTFromWidth(-0.5, T)).toBe(criticalTFromWidth(1e-6, T));
    expectRel(criticalTFromWidth(2e-6, T), T * (1 + 4e-12 / 3), 1e-15, 'width 2e-6 is not clamped');
    const full = criticalTFromWidth(1, T);
    expectRel(full, T * Math.atanh(1 - 1e-12) / (1 - 1e-12), 1e-12, 'width 1');
    expect(Number.isFinite(full)).toBe(true);
    expect(criticalTFromWidth(3, T)).toBe(full);
    expect(criticalTFromWidth(0.999, T)).toBeLessThan(full);
  });

  it('every entry cites a source', () => {
    for (const m of Object.values(MATERIALS)) expect(m.source.length).toBeGreaterThan(40);
  });
});

describe('engineering plateau model', () => {
  const m = MATERIALS.FeTi;
  const T = 298.15;
  it('continuous at the plateau corners for both branches (1e-12) and monotone in f', () => {
    for (const abs of [false, true]) {
      const c = plateauCorners(m, T, abs);
      for (const [v, x] of [
        [c.lnfStart, c.xStart],
        [c.lnfEnd, c.xEnd],
      ]) {
        expectClose(plateauComposition(m, T, v - 1e-13, abs), x, 1e-9, 'below corner');
        expectClose(plateauComposition(m, T, v + 1e-13, abs), x, 1e-9, 'above corner');
      }
      let prev = -1;
      for (let v = -15; v < 15; v += 0.01) {
        const x = plateauComposition(m, T, v, abs);
        expect(x).toBeGreaterThanOrEqual(prev);
        prev = x;
      }
    }
  });

  it('hysteresis: absorption plateau midpoint lies h above desorption (1e-12); single-phase branches coincide (1e-12)', () => {
    const d = plateauCorners(m, T, false);
    const a = plateauCorners(m, T, true);
    expectClose(a.lnfMid - d.lnfMid, m.hysteresis, 1e-12);
    expectClose(plateauComposition(m, T, d.lnfStart - 3, true), plateauComposition(m, T, d.lnfStart - 3, false), 1e-12, 'α');
    expectClose(plateauComposition(m, T, a.lnfEnd + 3, true), plateauComposition(m, T, a.lnfEnd + 3, false), 1e-12, 'β');
    expectClose(d.lnfMid, vantHoffLnF(m.dH, m.dS, T), 1e-12, 'van \'t Hoff midpoint');
  });

  it('plateauLnF inverts the desorption branch (1e-10)', () => {
    for (const x of [0.005, 0.3, 0.9, 0.99]) expectClose(plateauComposition(m, T, plateauLnF(m, T, x), false), x, 1e-10, `x=${x}`);
  });
});

describe('resolveMaterial', () => {
  const base: HydrogenParams = defaultsOf(model);

  it('a library material: a copy of its entry (changing the copy leaves the library alone)', () => {
    const m = resolveMaterial({ ...base, material: 'FeTi' });
    expect(m).toEqual(MATERIALS.FeTi);
    expect(m).not.toBe(MATERIALS.FeTi);
    m.dH = 0;
    expect(MATERIALS.FeTi.dH).toBe(-28100);
  });

  it('an unknown id is refused with an InvalidParamsError on field material that names it', () => {
    const call = () => resolveMaterial({ ...base, material: 'unobtainium' });
    expect(call).toThrow(InvalidParamsError);
    expect(call).toThrow('material: unknown material "unobtainium"');
    try {
      call();
    } catch (e) {
      expect((e as InvalidParamsError).field).toBe('material');
    }
  });

  it('custom: every field from the parameters (plateauSlope → slope), lattice sites = maxHM, no further plateaus', () => {
    // every field the custom material reads, under the same name in both
    const same = { dH: -31000, dS: -101, hysteresis: 0.3, alphaMax: 0.07, betaMin: 0.85, maxHM: 1.3, betaExponent: 0.7, criticalT: 480, molarMass: 0.2, atomsPerFormula: 3, density: 7000 };
    const p: HydrogenParams = { ...base, ...same, material: 'custom', plateauSlope: 0.4 };
    expect(resolveMaterial(p)).toEqual({ ...same, slope: 0.4, latticeSites: 1.3 });
  });
});
