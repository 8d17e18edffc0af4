/**
 * Generalised least squares with per-temperature offsets against the closed form it must equal
 * when the features are constant within a temperature: weighted least squares of the temperature
 * means with weights 1/(σ²/n_i + τ²), τ² making the weighted scatter equal its dof.
 */
import { describe, it, expect } from 'vitest';
import { offsetFit, type OffsetGroup } from '../../../../src/models/hydrogen/plateauOffsets';
import { expectRel } from './helpers';

/** Weighted straight-line fit y = a + b u: coefficients and the inverse of Σ w [1 u]ᵀ[1 u]. */
function weightedLine(u: number[], y: number[], w: number[]) {
  const [sw, su, suu, sy, suy] = [0, 0, 0, 0, 0].map((_, k) => u.reduce((acc, ui, i) => acc + w[i] * [1, ui, ui * ui, y[i], ui * y[i]][k], 0));
  const det = sw * suu - su * su;
  const b = (sw * suy - su * sy) / det;
  const a = (sy - b * su) / sw;
  return { a, b, cov: [[suu / det, -su / det], [-su / det, sw / det]] };
}

describe('plateau offsets: GLS with compound-symmetric blocks', () => {
  // unequal point counts, scatter within each temperature and offsets between them
  const Ts = [280, 300, 320, 340, 360];
  const counts = [2, 9, 3, 6, 4];
  const offsets = [0.08, -0.05, 0.11, -0.09, 0.02];
  const groups: OffsetGroup[] = Ts.map((T, i) => ({
    features: Array.from({ length: counts[i] }, () => [1, 1 / T]),
    values: Array.from({ length: counts[i] }, (_, j) => -3700 / T + 13 + offsets[i] + 0.03 * Math.cos(1.7 * j + i)),
  }));
  const sigma2 = 0.03 ** 2 / 2;

  it('equals weighted least squares of the means with weights 1/(σ²/n + τ²), and the weighted scatter equals the dof (1e-9)', () => {
    const fit = offsetFit(groups, sigma2, 3);
    expect(fit.tau2).toBeGreaterThan(0);
    const u = Ts.map((T) => 1 / T);
    const y = groups.map((g) => g.values.reduce((a, v) => a + v, 0) / g.values.length);
    const w = counts.map((n) => 1 / (sigma2 / n + fit.tau2));
    const ref = weightedLine(u, y, w);
    expectRel(fit.beta[0], ref.a, 1e-9, 'intercept');
    expectRel(fit.beta[1], ref.b, 1e-9, 'slope in 1/T');
    expectRel(fit.cov[1][1], ref.cov[1][1], 1e-9, 'variance of the 1/T coefficient');
    expectRel(fit.cov[0][0], ref.cov[0][0], 1e-9, 'variance of the intercept');
    const scatter = u.reduce((acc, ui, i) => acc + w[i] * (y[i] - ref.a - ref.b * ui) ** 2, 0);
    expectRel(scatter, 3, 1e-9, 'weighted scatter of the means (Paule–Mandel)');
  });

  it('τ² = 0 when the means scatter less than σ² predicts: the ordinary fit weighted by n_i', () => {
    const fit = offsetFit(groups, 100, 3);
    expect(fit.tau2).toBe(0);
    const u = Ts.map((T) => 1 / T);
    const y = groups.map((g) => g.values.reduce((a, v) => a + v, 0) / g.values.length);
    const ref = weightedLine(u, y, counts.map((n) => n / 100));
    expectRel(fit.beta[1], ref.b, 1e-9, 'slope in 1/T');
    expectRel(fit.cov[1][1], ref.cov[1][1], 1e-9, 'variance of the 1/T coefficient');
  });
});
