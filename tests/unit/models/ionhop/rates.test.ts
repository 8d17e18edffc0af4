/**
 * Hop rates: the Arrhenius rate in its limits (Eₐ = 0 gives ν₀, Eₐ = k_BT ln 2 halves it, ratios
 * between temperatures), the effective barrier max(0, ΔE, Eₐ + ΔE/2) in each of its three regimes
 * and detailed balance E_eff(ΔE) − E_eff(−ΔE) = ΔE (tol 1e-12 eV), and the dilute diffusivity
 * zΓa²/(2d) against hand values. Tolerances are relative 1e-12 (exact formulas).
 */
import { describe, it, expect } from 'vitest';
import { arrheniusRate, diluteDiffusivity, effectiveBarrier_eV, ION_CHARGE } from '../../../../src/models/ionhop/rates';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { expectWithin } from './helpers';

describe('ionhop rates', () => {
  it('Arrhenius rate: ν₀ without a barrier, ν₀/2 at Eₐ = k_BT ln 2, and exp(Eₐ/k_B·(1/T₁ − 1/T₂)) between temperatures', () => {
    expect(arrheniusRate(1e13, 0, 300)).toBe(1e13);
    const T = 500;
    expectWithin('half rate', arrheniusRate(2e12, BOLTZMANN_EV * T * Math.LN2, T), 1e12, 1e12 * 1e-12);
    const ratio = arrheniusRate(1e13, 0.4, 600) / arrheniusRate(1e13, 0.4, 300);
    expectWithin('rate ratio 600 K / 300 K', ratio, Math.exp((0.4 / BOLTZMANN_EV) * (1 / 300 - 1 / 600)), 1e-9 * ratio);
    expect(arrheniusRate(1e13, 0.3, 300)).toBeLessThan(1e13);
  });

  it('effective barrier: Eₐ + ΔE/2 for small |ΔE|, ΔE when the hop climbs more than 2Eₐ, 0 when it falls more than 2Eₐ', () => {
    const cases: [number, number, number][] = [
      [0.3, 0, 0.3],
      [0.3, 0.2, 0.4],
      [0.3, -0.2, 0.2],
      [0.1, 0.5, 0.5],
      [0.1, -0.5, 0],
      [0, 0.25, 0.25],
      [0, -0.25, 0],
      [0, 0, 0],
      // the regime boundaries: ΔE = ±2Eₐ
      [0.1, 0.2, 0.2],
      [0.1, -0.2, 0],
    ];
    for (const [Ea, dE, want] of cases) expectWithin(`E_eff(Eₐ = ${Ea}, ΔE = ${dE})`, effectiveBarrier_eV(Ea, dE), want, 1e-12);
  });

  it('effective barrier obeys detailed balance and stays ≥ max(0, ΔE) (tol 1e-12 eV)', () => {
    for (const Ea of [0, 0.1, 0.3]) {
      for (let dE = -1; dE <= 1; dE += 0.01) {
        const f = effectiveBarrier_eV(Ea, dE);
        const b = effectiveBarrier_eV(Ea, -dE);
        expectWithin(`E_eff(${dE}) − E_eff(${-dE})`, f - b, dE, 1e-12);
        expect(f).toBeGreaterThanOrEqual(Math.max(0, dE) - 1e-15);
      }
      expectWithin('no disorder → Ea', effectiveBarrier_eV(Ea, 0), Ea, 1e-15);
    }
  });

  it('dilute diffusivity zΓa²/(2d): Γa² on sc (z = 6, d = 3), Γa² on the square lattice, 4/3·Γa² on bcc', () => {
    const a = 2e-10;
    const gamma = 3e9;
    expectWithin('sc', diluteDiffusivity(6, gamma, a, 3), gamma * a * a, 1e-12 * gamma * a * a);
    expectWithin('square', diluteDiffusivity(4, gamma, a, 2), gamma * a * a, 1e-12 * gamma * a * a);
    expectWithin('bcc', diluteDiffusivity(8, gamma, a, 3), (4 / 3) * gamma * a * a, 1e-12 * gamma * a * a);
  });

  it('ion charges: monovalent Li, Na, H and divalent Mg', () => {
    expect(ION_CHARGE).toEqual({ Li: 1, Na: 1, Mg: 2, H: 1 });
  });
});
