/**
 * van 't Hoff fit (vantHoff.ts) on hand-built plateau sets whose least-squares answer is known in
 * closed form: ΔS standard error s²(1/N + ū²/Suu), the error source when the plateaus give no
 * scatter of their own (one point each: lack of fit on k − 2 dof), no errors without a degree of
 * freedom, when a common slope is identified (at least k + 2 points and a spread of x within the
 * plateaus), the offset refit with a slope (equal point counts: ordinary coefficients, errors from
 * the lack-of-fit mean square), the temperature rounding, and the counts reported.
 */
import { describe, expect, it } from 'vitest';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import type { PlateauGroup } from '../../../../src/models/hydrogen/plateauSelect';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { expectRel } from './helpers';

const dH = -30800;
const dS = -108;
/** ln f of the van 't Hoff line at T. */
const line = (T: number) => vantHoffLnF(dH, dS, T);
/** One desorption plateau group at T with the given points (x, v). */
const group = (T: number, pts: readonly (readonly [number, number])[]): PlateauGroup => ({ T, absorption: false, points: pts.map(([x, v], i) => ({ line: i + 1, T, v, x, absorption: false })) });

/** Ordinary least squares of v on u: slope b, intercept a, rss and Suu (independent of the code under test). */
function ols(u: readonly number[], v: readonly number[]) {
  const n = u.length;
  const ub = u.reduce((s, x) => s + x, 0) / n;
  const vb = v.reduce((s, x) => s + x, 0) / n;
  const suu = u.reduce((s, x) => s + (x - ub) ** 2, 0);
  const b = u.reduce((s, x, i) => s + (x - ub) * (v[i] - vb), 0) / suu;
  const a = vb - b * ub;
  const rss = u.reduce((s, x, i) => s + (v[i] - a - b * x) ** 2, 0);
  return { a, b, rss, suu, ub };
}

describe("van 't Hoff fit: standard errors in closed form", () => {
  it('two temperatures, two points each at one composition (±d): ΔS error R·s·√(1/N + ū²/Suu), dof 2, ±2 SE covers 2/√6 (Student t, 2 dof)', () => {
    const d = 0.02;
    const Ts = [300, 350];
    const fit = vantHoffFit(Ts.map((T) => group(T, [[0.4, line(T) + d], [0.4, line(T) - d]])));
    const u = [1 / 300, 1 / 300, 1 / 350, 1 / 350];
    const o = ols(u, [line(300) + d, line(300) - d, line(350) + d, line(350) - d]);
    const s2 = o.rss / 2;
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expectRel(fit.dS, dS, 1e-9, 'dS');
    expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt(s2 / o.suu), 1e-9, 'dHStdErr');
    expectRel(fit.dSStdErr!, GAS_CONSTANT * Math.sqrt(s2 * (1 / 4 + (o.ub * o.ub) / o.suu)), 1e-9, 'dSStdErr');
    expect(fit.dof).toBe(2);
    expect(fit.errorSource).toBe('points');
    expect(fit.birgeRatio).toBeNull();
    expectRel(fit.coverage2!, 2 / Math.sqrt(6), 1e-9, 'coverage, 2 dof');
    expect(fit.slope).toBeNull();
    expect(fit.n).toBe(4);
    expect(fit.temperatures).toBe(2);
    expect(fit.xMean).toBeCloseTo(0.4, 12);
  });

  it('one point per plateau at five temperatures (no within-plateau scatter): errors from the lack of fit on k − 2 = 3 dof, as ordinary regression gives', () => {
    const Ts = [280, 300, 320, 340, 360];
    const noise = [0.03, -0.05, 0.01, 0.04, -0.02];
    const fit = vantHoffFit(Ts.map((T, i) => group(T, [[0.5, line(T) + noise[i]]])));
    const o = ols(
      Ts.map((T) => 1 / T),
      Ts.map((T, i) => line(T) + noise[i]),
    );
    const s2 = o.rss / 3;
    expect(fit.errorSource).toBe('means');
    expect(fit.dof).toBe(3);
    expect(fit.birgeRatio).toBeNull();
    expectRel(fit.dH, GAS_CONSTANT * o.b, 1e-9, 'dH');
    expectRel(fit.dS, -GAS_CONSTANT * o.a, 1e-9, 'dS');
    expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt(s2 / o.suu), 1e-9, 'dHStdErr');
    expectRel(fit.dSStdErr!, GAS_CONSTANT * Math.sqrt(s2 * (1 / 5 + (o.ub * o.ub) / o.suu)), 1e-9, 'dSStdErr');
  });

  it('one point at each of two temperatures: the line is exact, no degree of freedom, no errors, no coverage', () => {
    const fit = vantHoffFit([group(300, [[0.5, line(300)]]), group(350, [[0.5, line(350)]])]);
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expect(fit.dHStdErr).toBeNull();
    expect(fit.dSStdErr).toBeNull();
    expect(fit.coverage2).toBeNull();
    expect(fit.dof).toBe(0);
    expect(fit.errorSource).toBe('points');
  });

  it('noise-free plateaus at three temperatures, two points each: an exact fit has no Birge ratio and keeps the errors on all points', () => {
    const fit = vantHoffFit([300, 320, 340].map((T) => group(T, [[0.4, line(T)], [0.4, line(T)]])));
    expect(fit.birgeRatio).toBeNull();
    expect(fit.errorSource).toBe('points');
    expect(fit.dof).toBe(4);
    expect(fit.dHStdErr!).toBeLessThan(1e-6);
  });

  it('plateau levels off the line with a sloping plateau (3 points each, Birge ratio 2): offset refit keeps the ordinary ΔH and slope, errors from the lack of fit on 1 dof', () => {
    const d = 0.01;
    const s = 0.5;
    const Ts = [300, 325, 350];
    const u = Ts.map((T) => 1 / T);
    // w ⟂ (1, u): level offsets the line cannot absorb; (d, −2d, d) ⟂ (1, x) within each plateau
    const w = [u[2] - u[1], u[0] - u[2], u[1] - u[0]];
    const w2 = w.reduce((a, x) => a + x * x, 0);
    // msPure = 3·6d²/(9 − 3 − 1) = 18d²/5; msLof = 3c²|w|²/1; Birge 2 ⇔ 3c²|w|² = 4·18d²/5
    const c = Math.sqrt((24 / 5) * d * d / w2);
    const xs = [0.3, 0.4, 0.5];
    const within = [d, -2 * d, d];
    const fit = vantHoffFit(Ts.map((T, i) => group(T, xs.map((x, j) => [x, line(T) + c * w[i] + s * (x - 0.4) + within[j]] as const))));
    expectRel(fit.birgeRatio!, 2, 1e-9, 'Birge ratio');
    expect(fit.errorSource).toBe('means');
    expect(fit.dof).toBe(1);
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expectRel(fit.dS, dS, 1e-9, 'dS (x̄ = 0.4, where the slope term vanishes)');
    expectRel(fit.slope!, s, 1e-9, 'slope');
    const uBar = u.reduce((a, x) => a + x, 0) / 3;
    const su = u.reduce((a, x) => a + (x - uBar) ** 2, 0);
    // each temperature acts as one point of variance c²|w|² (the lack-of-fit mean square per level)
    expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt((c * c * w2) / su), 1e-6, 'dHStdErr');
    expectRel(fit.dSStdErr!, GAS_CONSTANT * Math.sqrt(c * c * w2 * (1 / 3 + (uBar * uBar) / su)), 1e-6, 'dSStdErr');
  });
});

describe("van 't Hoff fit: plateaus that move in composition with T, unequal point counts", () => {
  it('noise-free sloping plateaus whose compositions shift with T (1/T and x correlated): slope, ΔH and ΔS exact (1e-9)', () => {
    const s = 0.8;
    const fit = vantHoffFit([300, 325, 350].map((T, i) => group(T, [0.2 + 0.1 * i, 0.4 + 0.1 * i].map((x) => [x, line(T) + s * (x - 0.4)] as const))));
    expectRel(fit.slope!, s, 1e-9, 'slope');
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expectRel(fit.xMean, 0.4, 1e-12, 'xMean');
    expectRel(fit.dS, dS, 1e-9, 'dS');
    // exact: no lack of fit, so the errors stay on all 6 points (6 − 3 dof) and vanish
    expect(fit.errorSource).toBe('points');
    expect(fit.birgeRatio).toBeNull();
    expect(fit.dof).toBe(3);
    expect(fit.dHStdErr!).toBeLessThan(1e-6);
  });

  it('level offsets far above the within-plateau scatter with 2, 4 and 2 points: each temperature counts once (not by its points), so offsets ⟂ (1, 1/T) leave ΔH exact', () => {
    const d = 1e-4;
    const Ts = [300, 325, 350];
    const u = Ts.map((T) => 1 / T);
    const w = [u[2] - u[1], u[0] - u[2], u[1] - u[0]];
    const w2 = w.reduce((a, x) => a + x * x, 0);
    const c = 1 / Math.sqrt(w2);
    const counts = [2, 4, 2];
    const fit = vantHoffFit(Ts.map((T, i) => group(T, Array.from({ length: counts[i] }, (_, j) => [0.4, line(T) + c * w[i] + (j % 2 === 0 ? d : -d)] as const))));
    expect(fit.errorSource).toBe('means');
    expect(fit.birgeRatio!).toBeGreaterThan(100);
    expectRel(fit.dH, dH, 1e-4, 'dH');
    // weighting the temperatures by their point counts instead would move ΔH by percents
    const byPoints = ols(
      Ts.flatMap((T, i) => Array<number>(counts[i]).fill(1 / T)),
      Ts.flatMap((T, i) => Array<number>(counts[i]).fill(line(T) + c * w[i])),
    );
    expect(Math.abs((GAS_CONSTANT * byPoints.b) / dH - 1)).toBeGreaterThan(0.01);
    const uBar = u.reduce((a, x) => a + x, 0) / 3;
    const su = u.reduce((a, x) => a + (x - uBar) ** 2, 0);
    // one point per temperature, variance ≈ τ² = c²|w|² (σ²/n is 1e-6 of it)
    expectRel(fit.dHStdErr!, GAS_CONSTANT * Math.sqrt((c * c * w2) / su), 1e-3, 'dHStdErr');
  });
});

describe("van 't Hoff fit: when a common plateau slope is fitted", () => {
  it('two temperatures with two points each at different x (N = k + 2): the slope is fitted exactly', () => {
    const fit = vantHoffFit([300, 350].map((T) => group(T, [[0.3, line(T) + 0.4 * (0.3 - 0.4)], [0.5, line(T) + 0.4 * (0.5 - 0.4)]])));
    expectRel(fit.slope!, 0.4, 1e-9, 'slope');
    expectRel(fit.dH, dH, 1e-9, 'dH');
    expect(fit.dof).toBe(1);
  });

  it('N = k + 1 points (two and one): no slope, though x differs within the first plateau', () => {
    const fit = vantHoffFit([group(300, [[0.3, line(300)], [0.5, line(300)]]), group(350, [[0.4, line(350)]])]);
    expect(fit.slope).toBeNull();
    expect(fit.dof).toBe(1);
    expect(fit.n).toBe(3);
  });

  it('plateaus at different compositions but each at one x: no spread within, no slope', () => {
    const fit = vantHoffFit([300, 325, 350].map((T, i) => group(T, [[0.3 + 0.1 * i, line(T)], [0.3 + 0.1 * i, line(T)]])));
    expect(fit.slope).toBeNull();
    expect(fit.dof).toBe(4);
    expectRel(fit.xMean, 0.4, 1e-12, 'xMean');
  });
});

describe("van 't Hoff fit: temperatures", () => {
  it('two groups within 0.005 K count as one temperature: refused', () => {
    expect(() => vantHoffFit([group(300.001, [[0.5, 0]]), group(300.004, [[0.5, 0.1]])])).toThrow(/two or more temperatures/);
  });

  it('two groups 0.01 K apart are two temperatures', () => {
    const fit = vantHoffFit([group(300, [[0.5, 0]]), group(300.01, [[0.5, -0.001]])]);
    expect(fit.temperatures).toBe(2);
    expect(Number.isFinite(fit.dH)).toBe(true);
  });
});
