/**
 * Coverage of the van 't Hoff standard errors over seeded synthetic data sets: the fraction of
 * data sets whose ΔH (ΔS) lies within ±1 and ±2 reported standard errors of the truth, and the
 * mean signed error in standard errors (a biased plateau selection shows there first).
 * COVERAGE_SETS=1000 in the environment runs 1000 sets per scenario instead of 400 (docs figures).
 */
import { describe, it, expect } from 'vitest';
import { plateauGroups } from '../../../../src/models/hydrogen/plateauSelect';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { FULL_ISOTHERM, R, TRUTH, syntheticSet, type SyntheticOptions } from './fitSynthetic';

const SETS = Number(process.env.COVERAGE_SETS ?? 400);
/** Generous per-test limit for a busy machine (each test takes well under a second when idle). */
const TIMEOUT = 60_000;

const SIX = [273, 293, 313, 333, 353, 373];
const FIVE = [280, 300, 320, 340, 360];
const TWELVE = Array.from({ length: 12 }, (_, i) => 273 + (100 * i) / 11);
/** Seven compositions, all on the plateau (0.08–0.92 H/M). */
const MID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
/** Uneven isotherms: 3, 20, 5, 12, 4 and 16 evenly spaced plateau points over 0.15–0.85 H/M at the six temperatures. */
const UNEVEN = [3, 20, 5, 12, 4, 16].map((n) => Array.from({ length: n }, (_, i) => 0.15 + (0.7 * i) / (n - 1)));

/** Coverage within ±1 and ±2 SE and mean signed error / SE, for ΔH and ΔS, and the dof seen. */
function coverage(o: SyntheticOptions) {
  const hits = { dH1: 0, dH2: 0, dS1: 0, dS2: 0 };
  const bias = { dH: 0, dS: 0 };
  const dofs = new Set<number>();
  for (let seed = 1; seed <= SETS; seed++) {
    const fit = vantHoffFit(plateauGroups(syntheticSet(seed, o)));
    // the fit's ΔS refers to the plateau at its mean composition x̄; the truth there:
    const dSTrue = TRUTH.dS - R * TRUTH.slope * (fit.xMean - 0.5 * (TRUTH.alphaMax + TRUTH.betaMin));
    const zH = (fit.dH - TRUTH.dH) / fit.dHStdErr!;
    const zS = (fit.dS - dSTrue) / fit.dSStdErr!;
    hits.dH1 += Math.abs(zH) <= 1 ? 1 : 0;
    hits.dH2 += Math.abs(zH) <= 2 ? 1 : 0;
    hits.dS1 += Math.abs(zS) <= 1 ? 1 : 0;
    hits.dS2 += Math.abs(zS) <= 2 ? 1 : 0;
    bias.dH += zH / SETS;
    bias.dS += zS / SETS;
    dofs.add(fit.dof);
  }
  return { dH1: hits.dH1 / SETS, dH2: hits.dH2 / SETS, dS1: hits.dS1 / SETS, dS2: hits.dS2 / SETS, bias, dofs: [...dofs].sort((a, b) => a - b) };
}

function expectCoverage(got: number, expected: number, tol: number, what: string): void {
  expect(Math.abs(got - expected), `${what}: expected ${expected} ± ${tol}, got ${got}`).toBeLessThanOrEqual(tol);
}

/** Mean z of SETS independent fits: its standard deviation is ≤ 1/√SETS (z has variance ≤ 1 when the errors are right or conservative). */
function expectUnbiased(c: ReturnType<typeof coverage>): void {
  const tol = 3 / Math.sqrt(SETS);
  for (const k of ['dH', 'dS'] as const) expect(Math.abs(c.bias[k]), `${k} mean (estimate − truth)/SE: expected 0 ± ${tol}, got ${c.bias[k]}`).toBeLessThanOrEqual(tol);
}

const SCENARIOS: [string, SyntheticOptions][] = [
  ['full isotherms (0.05–1.40 H/M), 2 % noise in p, 6 temperatures', { temperatures: SIX, compositions: FULL_ISOTHERM, sigma: 0.02 }],
  ['full isotherms, 10 % noise, 6 temperatures', { temperatures: SIX, compositions: FULL_ISOTHERM, sigma: 0.1 }],
  ['full isotherms, 20 % noise (branch points near the plateau edges within the noise), 6 temperatures', { temperatures: SIX, compositions: FULL_ISOTHERM, sigma: 0.2 }],
  ['seven plateau points 0.2–0.8 H/M, 20 % noise, 5 temperatures 280–360 K', { temperatures: FIVE, compositions: MID, sigma: 0.2 }],
  ['five plateau points, 10 % noise, 6 temperatures', { temperatures: SIX, compositions: [0.2, 0.35, 0.5, 0.65, 0.8], sigma: 0.1 }],
  ['uneven isotherms (3–20 plateau points per temperature), 10 % noise, 6 temperatures', { temperatures: SIX, compositions: [], perTemperature: UNEVEN, sigma: 0.1 }],
  ['per-temperature offsets (σ 0.05 in ln p) on 3 % noise, full isotherms, 12 temperatures 273–373 K', { temperatures: TWELVE, compositions: FULL_ISOTHERM, sigma: 0.03, offsetSigma: 0.05 }],
];

describe(`van 't Hoff standard errors: coverage over ${SETS} seeded synthetic data sets per scenario`, () => {
  it.each(SCENARIOS)('%s: ±1 SE covers 68 % ± 10 %, ±2 SE 95 % ± 5 %, no bias', (name, o) => {
    const c = coverage(o);
    console.log(name, JSON.stringify(c));
    for (const k of ['dH', 'dS'] as const) {
      expectCoverage(c[`${k}1`], 0.68, 0.1, `${name}: ${k} ±1 SE`);
      expectCoverage(c[`${k}2`], 0.95, 0.05, `${name}: ${k} ±2 SE`);
    }
    expectUnbiased(c);
  }, TIMEOUT);

  it.each([
    { name: 'full isotherms', o: { temperatures: SIX, compositions: FULL_ISOTHERM, sigma: 0.03, offsetSigma: 0.05 } },
    { name: 'uneven isotherms (3–20 plateau points; each temperature weighted by 1/(σ²/n + τ²))', o: { temperatures: SIX, compositions: [], perTemperature: UNEVEN, sigma: 0.03, offsetSigma: 0.05 } },
  ] as { name: string; o: SyntheticOptions }[])('per-temperature offsets (σ 0.05 in ln p, 3 percent noise), 6 temperatures, $name: errors on k − 2 = 4 dof, covering what Student t predicts', ({ name, o }) => {
    const c = coverage(o);
    console.log(`offsets, 6 temperatures, ${name}`, JSON.stringify(c));
    expect(c.dofs).toContain(4);
    // Student t, 4 dof (tables): P(|t| ≤ 1) = 0.6261, P(|t| ≤ 2) = 0.8839; tolerance 3 binomial standard deviations
    for (const [k, p] of [['dH1', 0.6261], ['dH2', 0.8839], ['dS1', 0.6261], ['dS2', 0.8839]] as const) {
      expectCoverage(c[k], p, 3 * Math.sqrt((p * (1 - p)) / SETS), `${k} against Student t`);
    }
    expectUnbiased(c);
  }, TIMEOUT);
});

describe('plateau selection by composition under noise', () => {
  it('20 % noise, seven plateau points at 5 temperatures: ≥ 99.5 % of plateau points kept, each selection a contiguous composition range', () => {
    let kept = 0;
    let total = 0;
    for (let seed = 1; seed <= SETS; seed++) {
      const pts = syntheticSet(seed, { temperatures: FIVE, compositions: MID, sigma: 0.2 });
      for (const g of plateauGroups(pts)) {
        const xs = g.points.map((p) => p.x);
        const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
        const inRange = pts.filter((p) => p.T === g.T && p.x >= lo && p.x <= hi);
        expect(g.points.length, `seed ${seed}, T ${g.T}: every point in ${lo}–${hi} H/M selected`).toBe(inRange.length);
        kept += g.points.length;
      }
      total += pts.length;
    }
    console.log(`plateau points kept: ${kept} of ${total}`);
    expect(kept / total, `fraction kept: expected ≥ 0.995, got ${kept / total}`).toBeGreaterThanOrEqual(0.995);
  }, TIMEOUT);

  it('a noise-free isotherm with one interior plateau point 0.3 above the line (beyond 3 σ̂): it stays (selection by composition); moved to the plateau end, it is dropped', () => {
    const base = syntheticSet(1, { temperatures: [300], compositions: FULL_ISOTHERM, sigma: 0 });
    const bump = (x: number) => base.map((p) => (Math.abs(p.x - x) < 1e-9 ? { ...p, v: p.v + 0.3 } : p));
    const xsOf = (pts: typeof base) => plateauGroups(pts)[0].points.map((p) => Math.round(p.x * 100) / 100);
    const interior = xsOf(bump(0.5));
    expect(interior.length).toBe(17);
    expect(interior).toContain(0.5);
    const edge = xsOf(bump(0.9));
    expect(edge.length).toBe(16);
    expect(Math.max(...edge)).toBe(0.85);
  });
});
