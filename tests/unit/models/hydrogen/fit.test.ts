import { describe, it, expect } from 'vitest';
import { parsePctCsv } from '../../../../src/models/hydrogen/csv';
import { fitIsotherm, plateauEstimates, vantHoffFit, type FitPoint } from '../../../../src/models/hydrogen/fit';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { plateauComposition } from '../../../../src/models/hydrogen/plateau';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { Rng } from '../../../../src/core/rng';
import { expectClose, expectRel } from './helpers';

describe('CSV parsing', () => {
  it('reads header units (°C, bar, wt%) and directions', () => {
    const set = parsePctCsv('# comment\nT[C],p[bar],wt%,dir\n25, 1.5, 0.7, abs\n25;2.0;1.2;des\n\n30\t1\t0.1\n');
    expect(set.massPercent).toBe(true);
    expect(set.rows.length).toBe(3);
    expectClose(set.rows[0].T, 298.15, 1e-12);
    expectClose(set.rows[0].p, 1.5e5, 1e-9);
    expect(set.rows[0].absorption).toBe(true);
    expect(set.rows[1].absorption).toBe(false);
    expect(set.rows[2].line).toBe(6);
  });

  it('malformed rows: the error names each bad line', () => {
    expect(() => parsePctCsv('T,p,HM,dir\n300,1e5,0.5,des\n300,abc,0.5,des\n300,1e5\n300,1e5,0.5,sideways')).toThrow(/line 3: pressure "abc".*line 4: expected 3 or 4 columns.*line 5: direction "sideways"/);
    expect(() => parsePctCsv('300,-5,0.5')).toThrow(/line 1: pressure "-5" is not a positive number/);
    expect(() => parsePctCsv('# only a comment')).toThrow(/no data rows/);
  });
});

describe("van 't Hoff fit", () => {
  const dH = -30800;
  const dS = -108;
  it('noise-free plateaus at five temperatures recover ΔH, ΔS to 1e-6 relative', () => {
    const pts = [280, 300, 320, 340, 360].map((T) => ({ T, v: vantHoffLnF(dH, dS, T), absorption: false, n: 1 }));
    const fit = vantHoffFit(pts);
    expectRel(fit.dH, dH, 1e-6, 'dH');
    expectRel(fit.dS, dS, 1e-6, 'dS');
  });

  it('noisy synthetic plateau points (σ = 0.03 in ln p, seed 11): ΔH, ΔS within 2 standard errors', () => {
    const rng = new Rng(11);
    const gauss = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const points: FitPoint[] = [];
    let line = 1;
    for (const T of [273, 293, 313, 333, 353, 373]) {
      for (let k = 0; k < 6; k++) points.push({ line: line++, T, v: vantHoffLnF(dH, dS, T) + 0.03 * gauss(), x: 0.2 + 0.1 * k, absorption: false });
    }
    const fit = vantHoffFit(plateauEstimates(points));
    expect(fit.dHStdErr).not.toBeNull();
    expect(Math.abs(fit.dH - dH), `dH ${fit.dH} ± ${fit.dHStdErr}`).toBeLessThanOrEqual(2 * fit.dHStdErr!);
    expect(Math.abs(fit.dS - dS), `dS ${fit.dS} ± ${fit.dSStdErr}`).toBeLessThanOrEqual(2 * fit.dSStdErr!);
  });

  it('needs two temperatures', () => {
    expect(() => vantHoffFit([{ T: 300, v: 0, absorption: false, n: 3 }])).toThrow(/two or more temperatures/);
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
