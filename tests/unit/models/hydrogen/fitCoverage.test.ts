/**
 * Coverage of the van 't Hoff standard errors over seeded synthetic data sets: the fraction of
 * data sets whose ΔH (ΔS) lies within ±1 and ±2 reported standard errors of the truth.
 */
import { describe, it, expect } from 'vitest';
import { plateauGroups, vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { FULL_ISOTHERM, R, TRUTH, syntheticSet, type SyntheticOptions } from './fitSynthetic';

const TEMPERATURES = [273, 293, 313, 333, 353, 373];
const SETS = 400;
/** Generous per-test limit for a busy machine (each test takes well under a second when idle). */
const TIMEOUT = 60_000;

/** Fractions of data sets covered within ±1 and ±2 standard errors, for ΔH and ΔS, and the dof seen. */
function coverage(o: SyntheticOptions) {
  const hits = { dH1: 0, dH2: 0, dS1: 0, dS2: 0 };
  const dofs = new Set<number>();
  for (let seed = 1; seed <= SETS; seed++) {
    const fit = vantHoffFit(plateauGroups(syntheticSet(seed, o)));
    // the fit's ΔS refers to the plateau at its mean composition x̄; the truth there:
    const dSTrue = TRUTH.dS - R * TRUTH.slope * (fit.xMean - 0.5 * (TRUTH.alphaMax + TRUTH.betaMin));
    const zH = Math.abs(fit.dH - TRUTH.dH) / fit.dHStdErr!;
    const zS = Math.abs(fit.dS - dSTrue) / fit.dSStdErr!;
    hits.dH1 += zH <= 1 ? 1 : 0;
    hits.dH2 += zH <= 2 ? 1 : 0;
    hits.dS1 += zS <= 1 ? 1 : 0;
    hits.dS2 += zS <= 2 ? 1 : 0;
    dofs.add(fit.dof);
  }
  return { dH1: hits.dH1 / SETS, dH2: hits.dH2 / SETS, dS1: hits.dS1 / SETS, dS2: hits.dS2 / SETS, dofs };
}

function expectCoverage(got: number, expected: number, tol: number, what: string): void {
  expect(Math.abs(got - expected), `${what}: expected ${expected} ± ${tol}, got ${got}`).toBeLessThanOrEqual(tol);
}

describe(`van 't Hoff standard errors: coverage over ${SETS} seeded synthetic data sets (6 temperatures 273–373 K)`, () => {
  it('full isotherms (0.05–1.40 H/M), 3 % noise in p: ±1 SE covers 68 % ± 10 %, ±2 SE 95 % ± 5 %', () => {
    const c = coverage({ temperatures: TEMPERATURES, compositions: FULL_ISOTHERM, sigma: 0.03 });
    console.log('full isotherms', JSON.stringify({ ...c, dofs: [...c.dofs] }));
    for (const k of ['dH', 'dS'] as const) {
      expectCoverage(c[`${k}1`], 0.68, 0.1, `${k} ±1 SE`);
      expectCoverage(c[`${k}2`], 0.95, 0.05, `${k} ±2 SE`);
    }
    // 17 plateau points per temperature, 3 coefficients: 99 dof (k − 2 = 4 when lack of fit is flagged)
    expect([...c.dofs].sort((a, b) => a - b)).toEqual([4, 99]);
  }, TIMEOUT);

  it('five plateau points per temperature, 10 % noise: ±1 SE covers 68 % ± 10 %, ±2 SE 95 % ± 5 %', () => {
    const c = coverage({ temperatures: TEMPERATURES, compositions: [0.2, 0.35, 0.5, 0.65, 0.8], sigma: 0.1 });
    console.log('five plateau points', JSON.stringify({ ...c, dofs: [...c.dofs] }));
    for (const k of ['dH', 'dS'] as const) {
      expectCoverage(c[`${k}1`], 0.68, 0.1, `${k} ±1 SE`);
      expectCoverage(c[`${k}2`], 0.95, 0.05, `${k} ±2 SE`);
    }
  }, TIMEOUT);

  it('per-temperature offsets (σ 0.05 in ln p) on top of 3 % noise: ±1 SE covers 68 % ± 10 %; ±2 SE at least 85 % (errors on k − 2 = 4 dof: Student t predicts 88 %)', () => {
    const c = coverage({ temperatures: TEMPERATURES, compositions: FULL_ISOTHERM, sigma: 0.03, offsetSigma: 0.05 });
    console.log('per-temperature offsets', JSON.stringify({ ...c, dofs: [...c.dofs] }));
    for (const k of ['dH', 'dS'] as const) {
      expectCoverage(c[`${k}1`], 0.68, 0.1, `${k} ±1 SE`);
      expect(c[`${k}2`], `${k} ±2 SE: expected ≥ 0.85, got ${c[`${k}2`]}`).toBeGreaterThanOrEqual(0.85);
    }
    expect(c.dofs.has(4)).toBe(true);
  }, TIMEOUT);
});
