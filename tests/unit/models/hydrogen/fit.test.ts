import { describe, it, expect } from 'vitest';
import { fitIsotherm, reducedFugacity, type FitPoint } from '../../../../src/models/hydrogen/fit';
import { equilibriumAt, type HydrideParams } from '../../../../src/models/hydrogen/equilibrium';
import { lnPhi } from '../../../../src/models/hydrogen/gas';
import { InvalidParamsError } from '../../../../src/core/model';
import { plateauGroups, type PlateauGroup } from '../../../../src/models/hydrogen/plateauSelect';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { plateauComposition } from '../../../../src/models/hydrogen/plateau';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { FULL_ISOTHERM, syntheticSet } from './fitSynthetic';
import { expectRel } from './helpers';

describe("van 't Hoff fit", () => {
  const dH = -30800;
  const dS = -108;
  /** One plateau group per temperature with the given points (x, v). */
  const group = (T: number, pts: [number, number][]): PlateauGroup => ({ T, absorption: false, points: pts.map(([x, v], i) => ({ line: i + 1, T, v, x, absorption: false })) });

  it('noise-free single plateau points at five temperatures recover ΔH, ΔS to 1e-6 relative', () => {
    const fit = vantHoffFit([280, 300, 320, 340, 360].map((T) => group(T, [[0.5, vantHoffLnF(dH, dS, T)]])));
    expectRel(fit.dH, dH, 1e-6, 'dH');
    expectRel(fit.dS, dS, 1e-6, 'dS');
    expect(fit.dof).toBe(3);
    expect(fit.slope).toBeNull();
  });

  it('noise-free sloping plateaus: the common slope and ΔS at the mean composition come out exact (1e-9)', () => {
    const s = 0.4;
    const groups = [290, 310, 330].map((T) => group(T, [0.2, 0.4, 0.6, 0.7].map((x) => [x, vantHoffLnF(dH, dS, T) + s * (x - 0.45)] as [number, number])));
    const fit = vantHoffFit(groups);
    expectRel(fit.slope!, s, 1e-9, 'slope');
    expectRel(fit.dH, dH, 1e-9, 'dH');
    // ΔS refers to x̄ = 0.475: ln f there is higher by s(x̄ − 0.45), i.e. ΔS lower by R s (x̄ − 0.45)
    expectRel(fit.xMean, 0.475, 1e-12, 'xMean');
    expectRel(fit.dS, dS - GAS_CONSTANT * s * 0.025, 1e-9, 'dS');
  });

  it('hand-computed case: standard error and dof from all plateau points (two temperatures, flat plateaus)', () => {
    // v = a + b u with u = 1/T; within-plateau deviations ±d at both temperatures, none between
    const d = 0.01;
    const groups = [300, 350].map((T) => group(T, [[0.3, vantHoffLnF(dH, dS, T) + d], [0.5, vantHoffLnF(dH, dS, T) - d], [0.3, vantHoffLnF(dH, dS, T) + d], [0.5, vantHoffLnF(dH, dS, T) - d]]));
    const fit = vantHoffFit(groups);
    // the slope in x absorbs the ±d exactly: zero residuals, ΔH exact
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expect(fit.dHStdErr!).toBeLessThan(1e-6);
    // without the x pattern (same x everywhere) the ±d scatter is pure error: s² = 8d²/(8 − 2), Var(b) = s²/Σ(u − ū)²
    const flat = [300, 350].map((T) => group(T, [[0.4, vantHoffLnF(dH, dS, T) + d], [0.4, vantHoffLnF(dH, dS, T) - d], [0.4, vantHoffLnF(dH, dS, T) + d], [0.4, vantHoffLnF(dH, dS, T) - d]]));
    const f2 = vantHoffFit(flat);
    const du = (1 / 300 - 1 / 350) / 2;
    const expected = GAS_CONSTANT * Math.sqrt((8 * d * d) / 6 / (8 * du * du));
    expectRel(f2.dHStdErr!, expected, 1e-9, 'dHStdErr');
    expect(f2.dof).toBe(6);
    expect(f2.errorSource).toBe('points');
  });

  it('hand-computed Birge case: plateau levels off the line by c·w (w ⟂ 1, 1/T), pairs ±d within; inflation only when the ratio exceeds 1', () => {
    const d = 0.01;
    const Ts = [300, 325, 350];
    const u = Ts.map((T) => 1 / T);
    const w = [u[2] - u[1], u[0] - u[2], u[1] - u[0]];
    const norm = Math.sqrt(w.reduce((a, x) => a + x * x, 0));
    const uBar = (u[0] + u[1] + u[2]) / 3;
    const suu = 2 * u.reduce((a, x) => a + (x - uBar) ** 2, 0);
    for (const birge of [2, 0.5]) {
      // msPure = 6d²/3 = 2d², msLof = 2c²Σw²/1: Birge ratio c·|w|/d
      const c = (birge * d) / norm;
      const fit = vantHoffFit(Ts.map((T, i) => group(T, [[0.4, vantHoffLnF(dH, dS, T) + c * w[i] + d], [0.4, vantHoffLnF(dH, dS, T) + c * w[i] - d]])));
      expectRel(fit.dH, dH, 1e-9, 'dH (c·w is orthogonal to the line)');
      expectRel(fit.birgeRatio!, birge, 1e-9, 'Birge ratio');
      if (birge > 1) {
        expect(fit.errorSource).toBe('means');
        expect(fit.dof).toBe(1);
        expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt((2 * c * c * norm * norm) / suu), 1e-9, 'dHStdErr from the lack-of-fit mean square');
        // Student t with 1 dof is Cauchy: P(|t| ≤ 2) = (2/π) atan 2
        expectRel(fit.coverage2!, (2 / Math.PI) * Math.atan(2), 1e-9, 'coverage of ±2 SE, 1 dof');
      } else {
        expect(fit.errorSource).toBe('points');
        expect(fit.dof).toBe(4);
        // residual mean square (6d² + 2c²|w|²)/4; Student t, 4 dof: P(|t| ≤ 2) = 2·10/8^1.5
        expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt((6 * d * d + 2 * c * c * norm * norm) / 4 / suu), 1e-9, 'dHStdErr from all points');
        expectRel(fit.coverage2!, 20 / 8 ** 1.5, 1e-9, 'coverage of ±2 SE, 4 dof');
      }
    }
  });

  it('plateau selection keeps the plateau points and drops the α and β branches', () => {
    const pts = syntheticSet(3, { temperatures: [300], compositions: FULL_ISOTHERM, sigma: 0 });
    const [g] = plateauGroups(pts);
    const xs = g.points.map((p) => p.x).sort((a, b) => a - b);
    expectRel(xs[0], 0.1, 1e-9, 'first plateau point');
    expectRel(xs[xs.length - 1], 0.9, 1e-9, 'last plateau point');
    expect(xs.length).toBe(17);
  });

  it('needs two temperatures', () => {
    expect(() => vantHoffFit([group(300, [[0.5, 0]])])).toThrow(/two or more temperatures/);
  });
});

describe('Levenberg–Marquardt isotherm fit', () => {
  it('recovers ΔH, ΔS of the plateau model from full synthetic isotherms (rel 1e-3) starting 10 % off', () => {
    const truth = { ...MATERIALS.LaNi5 };
    const points: FitPoint[] = [];
    let line = 1;
    for (const T of [293, 313, 333]) {
      for (let v = -6; v <= 6; v += 0.25) {
        for (const absorption of [false, true]) points.push({ line: line++, T, v: v + vantHoffLnF(truth.dH, truth.dS, T), x: plateauComposition(truth, T, v + vantHoffLnF(truth.dH, truth.dS, T), absorption), absorption });
      }
    }
    const start = { ...truth, dH: truth.dH * 1.1, dS: truth.dS * 1.1 + 0.0, slope: 0.3, alphaMax: 0.1, betaMin: 0.85 };
    const fit = fitIsotherm(points, 'plateau', start);
    expectRel(fit.params.dH, truth.dH, 1e-3, 'dH');
    expectRel(fit.params.dS, truth.dS, 1e-3, 'dS');
    expect(fit.rms).toBeLessThan(1e-3);
    expect(fit.residuals.length).toBe(points.length);
  });
});

describe('Levenberg–Marquardt isotherm fit: free parameters, refusals, residuals', () => {
  const truth = { ...MATERIALS.LaNi5 };
  /** Noise-free points of `model` at the given temperatures and ln f offsets from the plateau, one direction or both. */
  const pointsOf = (model: 'plateau' | 'lattice', hp: HydrideParams, Ts: readonly number[], offsets: readonly number[], dirs: readonly boolean[] = [false]): FitPoint[] => {
    const out: FitPoint[] = [];
    for (const T of Ts) {
      const eq = equilibriumAt(model, hp, T);
      for (const dv of offsets) for (const absorption of dirs) out.push({ line: out.length + 1, T, v: vantHoffLnF(hp.dH, hp.dS, T) + dv, x: eq.composition(vantHoffLnF(hp.dH, hp.dS, T) + dv, absorption), absorption });
    }
    return out;
  };
  const refusal = (points: FitPoint[], model: 'plateau' | 'lattice', fixEnthalpy = false) => {
    try {
      fitIsotherm(points, model, truth, fixEnthalpy);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidParamsError);
      expect((e as InvalidParamsError).field).toBe('data');
      return (e as Error).message;
    }
    return null;
  };

  it('refuses as many rows as free parameters, naming both: plateau 5 (ΔH, ΔS, α limit, β onset, slope), +1 hysteresis with both directions, −1 with ΔH fixed; lattice 3', () => {
    const five = pointsOf('plateau', truth, [300], [-2, -1, 0, 1, 2]);
    expect(refusal(five, 'plateau')).toBe('data: 5 data rows; the isotherm fit has 5 free parameters here and needs at least 6 rows');
    expect(refusal(five.slice(0, 1), 'plateau')).toBe('data: 1 data row; the isotherm fit has 5 free parameters here and needs at least 6 rows');
    const both = pointsOf('plateau', truth, [300], [-1, 0, 1], [false, true]);
    expect(refusal(both, 'plateau')).toBe('data: 6 data rows; the isotherm fit has 6 free parameters here and needs at least 7 rows');
    expect(refusal(five.slice(0, 4), 'plateau', true)).toBe('data: 4 data rows; the isotherm fit has 4 free parameters here and needs at least 5 rows');
    expect(refusal(five.slice(0, 3), 'lattice')).toBe('data: 3 data rows; the isotherm fit has 3 free parameters here and needs at least 4 rows');
    // one more row than free parameters is enough
    expect(refusal(five.slice(0, 4), 'lattice')).toBeNull();
  });

  it('fits and reports exactly the free parameters: plateau (one direction, both, ΔH fixed) and lattice', () => {
    const one = pointsOf('plateau', truth, [293, 313], [-3, -1, 0, 1, 3]);
    expect(Object.keys(fitIsotherm(one, 'plateau', truth).fitted).sort()).toEqual(['alphaMax', 'betaMin', 'dH', 'dS', 'slope']);
    const both = pointsOf('plateau', truth, [293, 313], [-3, 0, 3], [false, true]);
    expect(Object.keys(fitIsotherm(both, 'plateau', truth).fitted).sort()).toEqual(['alphaMax', 'betaMin', 'dH', 'dS', 'hysteresis', 'slope']);
    const fixed = fitIsotherm(one, 'plateau', { ...truth, dH: -25000 }, true);
    expect(Object.keys(fixed.fitted).sort()).toEqual(['alphaMax', 'betaMin', 'dS', 'slope']);
    expect(fixed.params.dH).toBe(-25000);
    const lat = pointsOf('lattice', truth, [293, 313], [-3, 0, 3]);
    expect(Object.keys(fitIsotherm(lat, 'lattice', truth).fitted).sort()).toEqual(['criticalT', 'dH', 'dS']);
  });

  it('lattice model: recovers ΔH, ΔS, T_c (rel 1e-4) from noise-free points at three temperatures, starting 5 % off; the other parameters stay', () => {
    const lat = { ...truth, criticalT: 420 };
    const points = pointsOf('lattice', lat, [280, 300, 340], [-4, -2, -0.5, 0.5, 2, 4]);
    const fit = fitIsotherm(points, 'lattice', { ...lat, dH: lat.dH * 1.05, dS: lat.dS * 0.95, criticalT: 400 });
    expectRel(fit.params.dH, lat.dH, 1e-4, 'dH');
    expectRel(fit.params.dS, lat.dS, 1e-4, 'dS');
    expectRel(fit.params.criticalT, 420, 1e-4, 'criticalT');
    expect(fit.params.maxHM).toBe(lat.maxHM);
    expect(fit.params.latticeSites).toBe(lat.latticeSites);
    expect(fit.rms).toBeLessThan(1e-6);
  });

  it('residuals are data − model at the fitted parameters, in input order, and rms is their root mean square', () => {
    const points = pointsOf('plateau', truth, [293, 313], [-3, -1, 0, 1, 3]).map((p, i) => ({ ...p, x: p.x + (i % 2 === 0 ? 0.01 : -0.01) }));
    const fit = fitIsotherm(points, 'plateau', truth);
    let ss = 0;
    points.forEach((p, i) => {
      const model = equilibriumAt('plateau', fit.params, p.T).composition(p.v, p.absorption);
      expect(fit.residuals[i]).toBeCloseTo(p.x - model, 12);
      ss += (p.x - model) ** 2;
    });
    expectRel(fit.rms, Math.sqrt(ss / points.length), 1e-12, 'rms');
    expect(fit.rms).toBeGreaterThan(1e-3);
    expect(fit.iterations).toBeGreaterThan(0);
  });

  it('absorption points alone: no hysteresis to fit (5 free parameters, as for desorption alone)', () => {
    const abs = pointsOf('plateau', truth, [300], [-2, -1, 0, 1, 2], [true]);
    expect(refusal(abs, 'plateau')).toBe('data: 5 data rows; the isotherm fit has 5 free parameters here and needs at least 6 rows');
  });

  it('parameters stay inside their ranges: data made with ΔS −3 J/(mol K) give ΔS held at −5; data made with ΔH −0.3 kJ/mol give ΔH held at −1 kJ/mol', () => {
    const fit = fitIsotherm(pointsOf('plateau', { ...truth, dH: -800, dS: -3 }, [293, 333], [-3, -1, 0, 1, 3]), 'plateau', { ...truth, dH: -1000, dS: -5 });
    expect(fit.params.dS).toBeLessThanOrEqual(-5);
    expect(fit.params.dS).toBeCloseTo(-5, 6);
    const f2 = fitIsotherm(pointsOf('plateau', { ...truth, dH: -300, dS: -20 }, [293, 333], [-3, -1, 0, 1, 3]), 'plateau', { ...truth, dH: -1000, dS: -20 });
    expect(f2.params.dH).toBeLessThanOrEqual(-1000);
    expect(f2.params.dH).toBeCloseTo(-1000, 3);
  });

  it('lattice model: the plateau-model limits are not fitted and not touched, even when the β onset lies below the α limit', () => {
    const lat = { ...truth, alphaMax: 0.5, betaMin: 0.3 };
    const fit = fitIsotherm(pointsOf('lattice', truth, [293, 313], [-3, 0, 3]), 'lattice', lat);
    expect(fit.params.betaMin).toBe(0.3);
    expect(fit.params.alphaMax).toBe(0.5);
  });

  it('a start with the β onset below the α limit still gives a fitted β onset above the fitted α limit', () => {
    const points = pointsOf('plateau', truth, [293, 313], [-3, -1, 0, 1, 3]);
    const fit = fitIsotherm(points, 'plateau', { ...truth, alphaMax: 0.5, betaMin: 0.3 });
    expect(fit.params.betaMin).toBeGreaterThan(fit.params.alphaMax);
  });
});

describe('reducedFugacity', () => {
  it('ideal gas: ln(p/1 bar) exactly; reference EOS: larger by ln φ > 0 at 100 MPa, 300 K', () => {
    expect(reducedFugacity('ideal', 3e5, 300)).toBeCloseTo(Math.log(3), 14);
    expect(reducedFugacity('ideal', 1e5, 500)).toBe(0);
    const real = reducedFugacity('real', 1e8, 300);
    expectRel(real, Math.log(1000) + lnPhi('real', 1e8, 300, true), 1e-12, 'real gas (exact EOS, not the table)');
    expect(real - Math.log(1000)).toBeGreaterThan(0.3);
  });
});
