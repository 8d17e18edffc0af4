/**
 * The Lacher isotherm solved for composition (lacherLogitAt) and the mean-field order parameter,
 * checked against the equations they solve: the isotherm ln(f/p°) = A + 2u − K(2θ − 1) with
 * A = ΔH/(RT) − ΔS/R and K = 4T_c/T, the branch choice around the plateau, and m = tanh(m T_c/T).
 * Plus the logistic function's limits, where a naive formula overflows.
 */
import { describe, expect, it } from 'vitest';
import {
  equalAreaConstruction,
  lacherIsotherm,
  lacherLogitAt,
  meanFieldOrder,
  sigmoid,
  vantHoffLnF,
  type LacherParams,
} from '../../../../src/models/hydrogen/lattice';
import { expectClose } from './helpers';

// Pd–H-like: ΔH −39 kJ/mol H₂, ΔS −92.5 J/(mol K), T_c 566 K
const pd: LacherParams = { dH: -39_000, dS: -92.5, criticalT: 566 };

/** The isotherm residual at logit u (what lacherLogitAt sets to zero). */
function residualAt(params: LacherParams, T: number, u: number, v: number): number {
  const A = vantHoffLnF(params.dH, params.dS, T);
  const K = (4 * params.criticalT) / T;
  return A + 2 * u - K * (2 * sigmoid(u) - 1) - v;
}

describe('composition on the Lacher isotherm', () => {
  it('above T_c (no loop): solves the isotherm (1e-11) at every level, θ < ½ below A, θ > ½ above', () => {
    const T = 700;
    const A = vantHoffLnF(pd.dH, pd.dS, T);
    for (const dv of [-30, -5, -0.5, -1e-3, 1e-3, 0.5, 5, 30]) {
      const u = lacherLogitAt(pd, T, A + dv, null);
      expect(Math.abs(residualAt(pd, T, u, A + dv)), `v = A + ${dv}`).toBeLessThan(1e-11 * Math.max(1, Math.abs(u)));
      expect(sigmoid(u) < 0.5).toBe(dv < 0);
    }
  });

  it('below T_c: the α root below the plateau level, the β root above it, on the plateau the coexisting ends', () => {
    const T = 400;
    const coex = equalAreaConstruction(lacherIsotherm(pd, T));
    expect(coex).not.toBeNull();
    const c = coex as NonNullable<typeof coex>;
    for (const dv of [-20, -2, -0.1, 0.1, 2, 20]) {
      const v = c.level + dv;
      const u = lacherLogitAt(pd, T, v, c);
      expect(Math.abs(residualAt(pd, T, u, v)), `v = level + ${dv}`).toBeLessThan(1e-11 * Math.max(1, Math.abs(u)));
      if (dv < 0) expect(u).toBeLessThanOrEqual(c.uAlpha);
      else expect(u).toBeGreaterThanOrEqual(c.uBeta);
    }
    expectClose(lacherLogitAt(pd, T, c.level, c), c.uAlpha, 1e-9 * Math.max(1, Math.abs(c.uAlpha)));
    expectClose(lacherLogitAt(pd, T, c.level + 1e-15, c), c.uBeta, 1e-9 * Math.max(1, Math.abs(c.uBeta)));
  });

  it('a start value inside the bracket gives the same root; one outside is ignored', () => {
    const T = 700;
    const v = vantHoffLnF(pd.dH, pd.dS, T) + 1.5;
    const u = lacherLogitAt(pd, T, v, null);
    for (const start of [u + 0.3, u - 0.3, 1e6, -1e6]) {
      expectClose(lacherLogitAt(pd, T, v, null, undefined, start), u, 1e-12 * Math.max(1, Math.abs(u)), `start ${start}`);
    }
  });

  it('very dilute and nearly full occupancies keep full relative precision in θ (1e-12)', () => {
    const T = 700;
    const A = vantHoffLnF(pd.dH, pd.dS, T);
    const K = (4 * pd.criticalT) / T;
    for (const u of [-200, -40, 40, 200]) {
      const v = A + 2 * u - K * (2 * sigmoid(u) - 1);
      expectClose(lacherLogitAt(pd, T, v, null), u, 1e-12 * Math.abs(u), `u = ${u}`);
    }
  });
});

describe('composition on the Lacher isotherm: hard cases', () => {
  it('just above T_c (dg/du ≈ 2·10⁻⁴ at θ = ½) the solved u is the one that produced v (abs 1e-9), on both sides of ½', () => {
    const T = pd.criticalT * (1 + 1e-4);
    const A = vantHoffLnF(pd.dH, pd.dS, T);
    const K = (4 * pd.criticalT) / T;
    for (const u of [-3, -0.5, -0.05, -1e-3, 0, 1e-3, 0.05, 0.5, 3]) {
      const v = A + 2 * u - K * (2 * sigmoid(u) - 1);
      expectClose(lacherLogitAt(pd, T, v, null), u, 1e-9, `u = ${u}`);
    }
  });

  it('below T_c on the outer branches near the spinodal (slow Newton) the solved u is the one that produced v (abs 1e-10)', () => {
    const T = 0.98 * pd.criticalT;
    const iso = lacherIsotherm(pd, T);
    const [u1, u2] = iso.spinodal ?? [0, 0];
    const coex = equalAreaConstruction(iso);
    expect(coex).not.toBeNull();
    const c = coex as NonNullable<typeof coex>;
    // limits at the spinodal (as for the metastable absorption branch), level beyond the range
    const alphaLimits = { ...c, uAlpha: u1, level: Infinity };
    const betaLimits = { ...c, uBeta: u2, level: -Infinity };
    for (const du of [0.3, 0.03, 3e-3]) {
      expectClose(lacherLogitAt(pd, T, iso.g(u1 - du), alphaLimits), u1 - du, 1e-10, `α side, ${du} below the spinodal`);
      expectClose(lacherLogitAt(pd, T, iso.g(u2 + du), betaLimits), u2 + du, 1e-10, `β side, ${du} above the spinodal`);
    }
  });

  it("Newton's quadratic convergence: u to rounding level (1e-14·max(1, |u|)), well inside the 1e-13 step criterion, above and below T_c", () => {
    for (const T of [700, 400]) {
      const A = vantHoffLnF(pd.dH, pd.dS, T);
      const K = (4 * pd.criticalT) / T;
      const c = T < pd.criticalT ? equalAreaConstruction(lacherIsotherm(pd, T)) : null;
      for (const u of [-200, -40, -7.3, -3.1, -0.77, 0.4, 2.9, 8.1, 40, 200]) {
        if (c && u > c.uAlpha && u < c.uBeta) continue;
        const v = A + 2 * u - K * (2 * sigmoid(u) - 1);
        expectClose(lacherLogitAt(pd, T, v, c), u, 1e-14 * Math.max(1, Math.abs(u)), `T = ${T} K, u = ${u}`);
      }
    }
  });

  it('a root beyond the given coexistence end is cut there: α side returns uα, β side uβ', () => {
    const T = 400;
    const coex = equalAreaConstruction(lacherIsotherm(pd, T));
    expect(coex).not.toBeNull();
    const c = coex as NonNullable<typeof coex>;
    // move the ends far inside: every α root lies above uα = −40, every β root below uβ = 40
    const tight = { ...c, uAlpha: -40, uBeta: 40 };
    expect(lacherLogitAt(pd, T, c.level - 0.5, tight)).toBe(-40);
    expect(lacherLogitAt(pd, T, c.level + 0.5, tight)).toBe(40);
  });
});

describe('mean-field order parameter', () => {
  it('solves m = tanh(m/t) below T_c (1e-12), is 0 at and above T_c, and ≈ √(3(1 − t)) just below (rel 1e-3)', () => {
    for (const t of [0.1, 0.5, 0.9, 0.999]) {
      const m = meanFieldOrder(t);
      expect(m).toBeGreaterThan(0);
      expectClose(m, Math.tanh(m / t), 1e-12, `t = ${t}`);
    }
    expect(meanFieldOrder(1)).toBe(0);
    expect(meanFieldOrder(1.5)).toBe(0);
    const t = 1 - 1e-6;
    expectClose(meanFieldOrder(t), Math.sqrt(3 * (1 - t)), 1e-3 * Math.sqrt(3 * (1 - t)));
  });
});

describe('logistic function', () => {
  it('is 1/(1 + e^−u) without overflow at both ends, and σ(u) + σ(−u) = 1', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expectClose(sigmoid(-700) / Math.exp(-700), 1, 1e-12);
    for (const u of [1e-3, 0.7, 5, 30]) expectClose(sigmoid(u) + sigmoid(-u), 1, 1e-15, `u = ${u}`);
  });
});
