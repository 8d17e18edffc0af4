/**
 * Arrhenius sweeps (`sweep.ts`): temperatures evenly spaced in 1/T (hottest first) and their
 * refusals; the fit of ln(σT) against 1/T — an exact line gives Eₐ and A back (1e-9), unweighted
 * without errors, weighted by (σ/σErr)² when every point has one (checked against the weighted
 * least-squares normal equations solved here, with χ², r², the slope error and dof); the line helpers;
 * and a sweep of tiny runs: per point the run with its own seed, progress after each point, the
 * signal passed on.
 */
import { describe, expect, it, vi } from 'vitest';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { CancelledError, defaultsOf, type Progress } from '../../../../src/core/model';
import { deriveSeed } from '../../../../src/core/rng';
import model from '../../../../src/models/ionhop';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import { arrheniusPrefactor, arrheniusSigmaT, arrheniusSweep, fitArrhenius, sweepSeed, sweepTemperatures, type SweepPoint } from '../../../../src/models/ionhop/sweep';
import { expectWithin, numberOf, runWith } from './helpers';

/** A summary the mocked `run` returns instead of running (null: the real run). */
const stub = vi.hoisted(() => ({ summary: null as Record<string, number | null> | null }));
vi.mock('../../../../src/models/ionhop/run', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/models/ionhop/run')>();
  return { run: (p: IonhopParams, ctx?: object) => (stub.summary ? Promise.resolve({ summary: stub.summary, series: {} }) : real.run(p, ctx)) };
});

const EA = 0.4;
const PREF = 3e6;
const exact = (T: number, err: number | null = null): SweepPoint => ({ T, sigma: PREF * Math.exp(-EA / (BOLTZMANN_EV * T)) / T, sigmaErr: err });

describe('sweepTemperatures', () => {
  it('n points from Tmax down to Tmin, evenly spaced in 1/T', () => {
    const T = sweepTemperatures(300, 600, 4);
    expect(T).toHaveLength(4);
    expectWithin('first', T[0], 600, 1e-9);
    expectWithin('last', T[3], 300, 1e-9);
    for (let i = 1; i < 4; i++) expectWithin(`step ${i}`, 1 / T[i] - 1 / T[i - 1], (1 / 300 - 1 / 600) / 3, 1e-15);
    expect(sweepTemperatures(300, 600, 2).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([600, 300]);
  });

  it('refuses Tmin ≤ 0, Tmax ≤ Tmin and fewer than two points', () => {
    const message = 'T: a sweep needs 0 < Tmin < Tmax and at least two points';
    expect(() => sweepTemperatures(0, 600, 3)).toThrow(message);
    expect(() => sweepTemperatures(-10, 600, 3)).toThrow(message);
    expect(() => sweepTemperatures(300, 300, 3)).toThrow(message);
    expect(() => sweepTemperatures(400, 300, 3)).toThrow(message);
    expect(() => sweepTemperatures(300, 600, 1)).toThrow(message);
  });
});

describe('sweepSeed', () => {
  it('is deriveSeed(seed, index)', () => {
    for (const [seed, i] of [[1, 0], [1, 1], [42, 7]]) expect(sweepSeed(seed, i)).toBe(deriveSeed(seed, i));
  });
});

describe('fitArrhenius', () => {
  it('unweighted on an exact line: Eₐ and A back, r² = 1, dof = n − 2, no χ²', () => {
    const fit = fitArrhenius([300, 400, 500].map((T) => exact(T)));
    expectWithin('Ea', fit.Ea_eV, EA, 1e-9);
    expectWithin('A', fit.prefactor / PREF, 1, 1e-9);
    expectWithin('r2', fit.r2, 1, 1e-12);
    expect(fit).toMatchObject({ dof: 1, weighted: false, chi2: null });
    expect(fit.EaErr_eV!).toBeLessThan(1e-9);
    expect(fitArrhenius([exact(300), exact(500)]).EaErr_eV).toBeNull();
  });

  it('unweighted when any point lacks a positive error; its Eₐ error is the residual scatter times k_B', () => {
    const pts = [exact(300, 1), { ...exact(400), sigma: exact(400).sigma * 1.1, sigmaErr: 0 }, exact(500, 1)];
    const fit = fitArrhenius(pts);
    expect(fit.weighted).toBe(false);
    expect(fit.EaErr_eV!).toBeGreaterThan(0);
    expect(fitArrhenius(pts.map((p, i) => ({ ...p, sigmaErr: i === 1 ? null : 1 }))).weighted).toBe(false);
    // ordinary least squares: slope error √(Σres²/(n − 2)/Sxx)
    const x = pts.map((p) => 1 / p.T);
    const y = pts.map((p) => Math.log(p.sigma * p.T));
    const mx = (x[0] + x[1] + x[2]) / 3;
    const my = (y[0] + y[1] + y[2]) / 3;
    const sxx = x.reduce((s, v) => s + (v - mx) ** 2, 0);
    const slope = x.reduce((s, v, i) => s + (v - mx) * (y[i] - my), 0) / sxx;
    const res = y.reduce((s, v, i) => s + (v - my - slope * (x[i] - mx)) ** 2, 0);
    expectWithin('EaErr', fit.EaErr_eV! / (BOLTZMANN_EV * Math.sqrt(res / sxx)), 1, 1e-9);
    expectWithin('Ea', fit.Ea_eV, -slope * BOLTZMANN_EV, 1e-9);
  });

  it('weighted on an exact line: Eₐ, A back; χ² = 0, r² = 1, Eₐ error k_B/√Σw(x − x̄)²', () => {
    const pts = [exact(300, exact(300).sigma * 0.1), exact(400, exact(400).sigma * 0.05), exact(500, exact(500).sigma * 0.2)];
    const fit = fitArrhenius(pts);
    expectWithin('Ea', fit.Ea_eV, EA, 1e-9);
    expectWithin('A', fit.prefactor / PREF, 1, 1e-9);
    expect(fit.weighted).toBe(true);
    expect(fit.dof).toBe(1);
    expectWithin('chi2', fit.chi2!, 0, 1e-12);
    expectWithin('r2', fit.r2, 1, 1e-12);
    const w = [100, 400, 25];
    const x = [300, 400, 500].map((T) => 1 / T);
    const mx = (w[0] * x[0] + w[1] * x[1] + w[2] * x[2]) / 525;
    const sxx = w.reduce((s, v, i) => s + v * (x[i] - mx) ** 2, 0);
    expectWithin('EaErr', fit.EaErr_eV! / (BOLTZMANN_EV / Math.sqrt(sxx)), 1, 1e-9);
  });

  it('weighted on scattered points: the solution of the weighted normal equations, its χ² and r²', () => {
    const pts: SweepPoint[] = [
      { T: 300, sigma: 2e-3, sigmaErr: 2e-4 },
      { T: 350, sigma: 1.5e-2, sigmaErr: 3e-3 },
      { T: 420, sigma: 6e-2, sigmaErr: 3e-3 },
      { T: 500, sigma: 0.5, sigmaErr: 0.1 },
    ];
    const w = pts.map((p) => (p.sigma / p.sigmaErr!) ** 2);
    const x = pts.map((p) => 1 / p.T);
    const y = pts.map((p) => Math.log(p.sigma * p.T));
    const S = (f: (i: number) => number) => w.reduce((s, v, i) => s + v * f(i), 0);
    // normal equations [S1 Sx; Sx Sxx]·[b; m] = [Sy; Sxy]
    const [S1, Sx, Sxx, Sy, Sxy] = [S(() => 1), S((i) => x[i]), S((i) => x[i] * x[i]), S((i) => y[i]), S((i) => x[i] * y[i])];
    const det = S1 * Sxx - Sx * Sx;
    const m = (S1 * Sxy - Sx * Sy) / det;
    const b = (Sxx * Sy - Sx * Sxy) / det;
    const chi2 = S((i) => (y[i] - b - m * x[i]) ** 2);
    const ybar = Sy / S1;
    const fit = fitArrhenius(pts);
    expectWithin('Ea', fit.Ea_eV, -m * BOLTZMANN_EV, 1e-9);
    expectWithin('ln A', Math.log(fit.prefactor), b, 1e-9);
    expectWithin('chi2', fit.chi2!, chi2, 1e-9 * chi2);
    expectWithin('r2', fit.r2, 1 - chi2 / S((i) => (y[i] - ybar) ** 2), 1e-12);
    expectWithin('EaErr', fit.EaErr_eV!, BOLTZMANN_EV * Math.sqrt(S1 / det), 1e-12);
    expect(fit.dof).toBe(2);
    expect(fit.chi2!).toBeGreaterThan(0);
  });

  it('a flat ln(σT) (σ ∝ 1/T) gives Eₐ = 0 and r² = 1 weighted', () => {
    const fit = fitArrhenius([300, 400].map((T) => ({ T, sigma: 1 / T, sigmaErr: 0.1 / T })));
    expectWithin('Ea', fit.Ea_eV, 0, 1e-12);
    expect(fit.r2).toBe(1);
  });

  it('refuses σ ≤ 0 or NaN, and weighted points all at one temperature', () => {
    expect(() => fitArrhenius([exact(300), { T: 400, sigma: 0, sigmaErr: null }])).toThrow('fitArrhenius: every conductivity must be positive');
    expect(() => fitArrhenius([exact(300), { T: 400, sigma: -1, sigmaErr: null }])).toThrow('fitArrhenius: every conductivity must be positive');
    expect(() => fitArrhenius([exact(300), { T: 400, sigma: NaN, sigmaErr: null }])).toThrow('fitArrhenius: every conductivity must be positive');
    const same = { T: 256, sigma: 1, sigmaErr: 0.5 };
    expect(() => fitArrhenius([same, { ...same, sigmaErr: 0.25 }])).toThrow('fitArrhenius: needs at least two different temperatures');
  });
});

describe('Arrhenius line helpers', () => {
  it('σT = A e^{−Eₐ/k_BT}; the prefactor through (σ₀, T₀) puts σ₀T₀ on the line', () => {
    expectWithin('σT', arrheniusSigmaT(PREF, EA, 400), PREF * Math.exp(-EA / (BOLTZMANN_EV * 400)), 1e-9);
    const A = arrheniusPrefactor(0.02, 350, 0.3);
    expectWithin('through the point', arrheniusSigmaT(A, 0.3, 350) / (0.02 * 350), 1, 1e-12);
    expectWithin('prefactor', A, 0.02 * 350 * Math.exp(0.3 / (BOLTZMANN_EV * 350)), 1e-9 * A);
  });
});

describe('arrheniusSweep on sc L = 4', () => {
  const params = { ...defaultsOf(model), lattice: 'sc', L: 4, steps: 1000, replicas: 2, seed: 5 } as IonhopParams;

  it('point i is the run at T_i with seed sweepSeed(seed, i); progress after each point; the fit of the points', async () => {
    const fractions: number[] = [];
    const { points, fit } = await arrheniusSweep(params, [600, 450], { onProgress: (p: Progress) => fractions.push(p.fraction) });
    expect(fractions).toEqual([0.5, 1]);
    expect(points.map((p) => p.T)).toEqual([600, 450]);
    for (const [i, p] of points.entries()) {
      const r = await runWith({ ...params, T: p.T, seed: sweepSeed(5, i) });
      expect(p.sigma).toBe(numberOf(r, 'conductivity'));
      expect(p.sigmaErr).toBe(numberOf(r, 'conductivityErr'));
    }
    expect(fit).toEqual(fitArrhenius(points));
  });

  it('passes the signal on: an aborted sweep rejects with CancelledError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(arrheniusSweep({ ...params, steps: 1_000_000 }, [600, 450], { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
  });

  it('a point without a conductivity is refused naming T; a missing error becomes null; progress is optional', async () => {
    try {
      stub.summary = { conductivity: null, conductivityErr: null };
      await expect(arrheniusSweep(params, [600, 450])).rejects.toThrow(/^T: no conductivity at 600 K$/);
      stub.summary = { conductivity: 2 };
      const { points } = await arrheniusSweep(params, [600, 450]);
      expect(points).toEqual([
        { T: 600, sigma: 2, sigmaErr: null },
        { T: 450, sigma: 2, sigmaErr: null },
      ]);
      expect(points[0].sigmaErr).toBeNull();
    } finally {
      stub.summary = null;
    }
  });
});
