/**
 * Physics of the kMC against exact results (physics.md C.1–C.3):
 * dilute tracer D* = D₀ = zΓa²/(2d) (3σ + 1 %, the 1 % covering the O(c) corrections at c = 0.003);
 * single-vacancy tracer correlation factors (cos θ method) within 2.5 % of the published values;
 * non-interacting lattice gas D_σ = D₀(1−c) at several c and with both algorithms (3σ);
 * drift conductivity = Nernst–Einstein at small field (3σ + 0.5 %);
 * an Arrhenius sweep recovers the input E_a (3σ of the fit + 0.01 eV).
 */
import { describe, it, expect } from 'vitest';
import { fitArrhenius, arrheniusSweep, sweepTemperatures } from '../../../../src/models/ionhop';
import { defaultsOf } from '../../../../src/core/model';
import model from '../../../../src/models/ionhop';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import type { LatticeId } from '../../../../src/models/ionhop/lattice';
import { BOLTZMANN, ELEMENTARY_CHARGE } from '../../../../src/core/constants';
import { expectWithin, numberOf, runWith } from './helpers';

describe('ionhop physics', () => {
  for (const [lattice, L] of [
    ['sc', 32],
    ['bcc', 24],
    ['triangular', 128],
    ['honeycomb', 96],
  ] as [LatticeId, number][]) {
    it(`dilute limit on ${lattice}: D* = zΓa²/(2d) (3σ + 1 %)`, async () => {
      // c = 0.003: the O(c) exclusion and correlation corrections stay below 1 %.
      const r = await runWith({ lattice, L, occupancy: 0.003, steps: 1_000_000, replicas: 8 });
      const D0 = numberOf(r, 'D0');
      const z = numberOf(r, 'coordination');
      const d = numberOf(r, 'dimension');
      const gamma = numberOf(r, 'hopRate');
      expectWithin('D0 formula', D0, (z * gamma * 2e-10 ** 2) / (2 * d), 1e-12 * D0);
      const D = numberOf(r, 'tracerD');
      const err = numberOf(r, 'tracerDErr');
      expectWithin(`${lattice} tracer D`, D, D0, 3 * err + 0.01 * D0);
      expect(err / D0).toBeLessThan(0.07);
    });
  }

  const F0: [LatticeId, number, number][] = [
    ['sc', 8, 0.65311],
    ['bcc', 6, 0.72722],
    ['fcc', 5, 0.78146],
    ['diamond', 5, 0.5],
    ['square', 24, 0.46694],
    ['triangular', 24, 0.56006],
    ['honeycomb', 16, 1 / 3],
  ];
  for (const [lattice, L, f0] of F0) {
    it(`single-vacancy correlation factor on ${lattice}: f₀ = ${f0.toFixed(5)} within 2.5 %`, async () => {
      const r = await runWith({ lattice, L, vacancies: 1, steps: 200000, replicas: 2 });
      expect(r.summary.algorithm).toBe('general');
      expectWithin(`${lattice} f (cos θ)`, numberOf(r, 'correlationFactorCosTheta'), f0, 0.025 * f0);
    });
  }

  for (const [c, algorithm] of [
    [0.2, 'uniform'],
    [0.5, 'uniform'],
    [0.8, 'uniform'],
    [0.5, 'general'],
  ] as [number, 'uniform' | 'general'][]) {
    it(`lattice gas c = ${c} (${algorithm}): D_σ = D₀(1−c) (3σ), Haven ratio between f₀ and 1`, async () => {
      const r = await runWith({ lattice: 'sc', L: 10, occupancy: c, steps: algorithm === 'uniform' ? 1_000_000 : 300_000, replicas: 8, algorithm });
      expect(r.summary.algorithm).toBe(algorithm);
      const D0 = numberOf(r, 'D0');
      const N = numberOf(r, 'ions');
      const cExact = N / numberOf(r, 'sites');
      const Dc = numberOf(r, 'chargeD');
      const err = numberOf(r, 'chargeDErr');
      expectWithin(`D_σ at c = ${c}`, Dc, D0 * (1 - cExact), 3 * err);
      expect(err / Dc).toBeLessThan(0.15);
      const haven = numberOf(r, 'havenRatio');
      expect(haven).toBeGreaterThan(0.65311 - 3 * numberOf(r, 'havenRatioErr'));
      expect(haven).toBeLessThan(1 + 3 * numberOf(r, 'havenRatioErr'));
      // Nernst–Einstein consistency of the reported conductivity.
      const sigma = numberOf(r, 'conductivity');
      expectWithin('σ = nq²D_σ/kT', sigma, (numberOf(r, 'carrierDensity') * ELEMENTARY_CHARGE ** 2 * Dc) / (BOLTZMANN * 300), 1e-9 * sigma);
    }, 20000);
  }

  it('field-driven conductivity equals Nernst–Einstein at small field (qEa/k_BT = 0.2; 3σ + 0.5 %)', async () => {
    const T = 300;
    const a = 2e-10;
    const x = 0.2; // qEa/(k_BT)
    const field = (x * BOLTZMANN * T) / (ELEMENTARY_CHARGE * a);
    const r = await runWith({ lattice: 'sc', L: 10, occupancy: 0.5, field, T, a, steps: 600000, replicas: 4 });
    expect(r.summary.algorithm).toBe('general');
    const n = numberOf(r, 'carrierDensity');
    const c = numberOf(r, 'ions') / numberOf(r, 'sites');
    const neExact = (n * ELEMENTARY_CHARGE ** 2 * numberOf(r, 'D0') * (1 - c)) / (BOLTZMANN * T);
    const drift = numberOf(r, 'conductivityFromDrift');
    const driftErr = numberOf(r, 'conductivityFromDriftErr');
    // Exact drift of the exclusion process is 2 sinh(x/2)/x = 1.0017 times the linear response.
    expectWithin('σ from drift vs Nernst–Einstein', drift, neExact, 3 * driftErr + 0.005 * neExact);
    expect(driftErr / neExact).toBeLessThan(0.03);
    expectWithin('σ from D_σ vs Nernst–Einstein', numberOf(r, 'conductivity'), neExact, 3 * numberOf(r, 'conductivityErr'));
  }, 30000);

  it('an Arrhenius sweep recovers the input E_a = 0.25 eV (3σ of the fit + 0.01 eV)', async () => {
    const params = { ...defaultsOf(model), lattice: 'sc', L: 10, occupancy: 0.3, Ea: 0.25, steps: 300000, replicas: 4 } as IonhopParams;
    const temperatures = sweepTemperatures(250, 600, 5);
    const { points, fit } = await arrheniusSweep(params, temperatures);
    expect(points).toHaveLength(5);
    expect(fit.EaErr_eV).not.toBeNull();
    expectWithin('fitted Ea', fit.Ea_eV, 0.25, 3 * fit.EaErr_eV! + 0.01);
    expect(fit.EaErr_eV!).toBeLessThan(0.02);
  }, 30000);

  it('fitArrhenius recovers Ea from exact σT = A exp(−Ea/k_BT) (tol 1e-9 eV) and rejects σ ≤ 0', () => {
    const kB = 8.617333262e-5;
    const pts = [300, 400, 500].map((T) => ({ T, sigma: (1e5 / T) * Math.exp(-0.4 / (kB * T)), sigmaErr: null }));
    const fit = fitArrhenius(pts);
    expectWithin('Ea', fit.Ea_eV, 0.4, 1e-9);
    expectWithin('A', fit.prefactor, 1e5, 1e-4);
    expect(() => fitArrhenius([{ T: 300, sigma: 0, sigmaErr: null }, { T: 400, sigma: 1, sigmaErr: null }])).toThrow(/positive/);
  });
});

describe('Arrhenius line helpers', () => {
  it('pass through the given point and reproduce the Eₐ a fit recovers (1e-9)', async () => {
    const { arrheniusPrefactor, arrheniusSigmaT, fitArrhenius } = await import('../../../../src/models/ionhop/sweep');
    const A = arrheniusPrefactor(0.012, 300, 0.25);
    expect(arrheniusSigmaT(A, 0.25, 300) / 300).toBeCloseTo(0.012, 12);
    const points = [250, 300, 350, 400].map((T) => ({ T, sigma: arrheniusSigmaT(A, 0.25, T) / T, sigmaErr: null }));
    const fit = fitArrhenius(points);
    expect(Math.abs(fit.Ea_eV - 0.25)).toBeLessThan(1e-9);
    expect(Math.abs(fit.prefactor / A - 1)).toBeLessThan(1e-9);
  });
});
