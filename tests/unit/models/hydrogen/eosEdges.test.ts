/**
 * Edges of the Leachman equation's helpers: refused density solves, the cached ln φ table beyond
 * its grid (direct evaluation there, as lnPhiTable.ts states) and at its last nodes, and the ends of
 * the melting curve (0 at and below the triple-point temperature 14.025 K, Infinity from its
 * 1100 K maximum on).
 */
import { describe, expect, it } from 'vitest';
import { leachmanDensity, leachmanLnPhi, leachmanPressure } from '../../../../src/models/hydrogen/leachman';
import { tableLnPhi } from '../../../../src/models/hydrogen/lnPhiTable';
import { meltingPressure, meltingTemperature } from '../../../../src/models/hydrogen/melting';
import { expectClose, expectRel } from './helpers';

describe('Leachman density solve', () => {
  it('refuses a pressure or temperature that is not positive, naming both', () => {
    for (const [p, T] of [[0, 300], [-1, 300], [Number.NaN, 300], [1e5, 0], [1e5, -5], [1e5, Number.NaN]]) {
      expect(() => leachmanDensity(p, T), `p=${p}, T=${T}`).toThrow(/p and T must be positive/);
    }
  });

  it('refuses a pressure beyond the densest state of the equation (1.2e5 mol/m³)', () => {
    expect(() => leachmanDensity(1e13, 300)).toThrow(/beyond the density range/);
  });

  it('finds the density on the wide bracket too (dense liquid at 20 K; 5 GPa at 300 K): p(ρ) reproduces p (rel 1e-10)', () => {
    for (const [p, T] of [[1e5, 20], [5e9, 300], [2e9, 100]]) {
      expectRel(leachmanPressure(leachmanDensity(p, T), T), p, 1e-10, `p=${p}, T=${T}`);
    }
  });
});

describe('cached ln φ table', () => {
  it('outside its grid (ln p below 50·e^0.1 Pa or above ≈ 6 GPa, T within 5 K of 90 K or 1300 K) evaluates the equation itself', () => {
    for (const [p, T] of [[10, 300], [6e9, 300], [1e5, 92], [1e5, 1299], [10, 1299], [1e7, 80], [1e7, 2000]]) {
      expect(tableLnPhi(p, T), `p=${p}, T=${T}`).toBe(leachmanLnPhi(p, T));
    }
  });

  it('inside its grid it interpolates (differs from the equation between nodes, by less than 1e-5) and is exact on a node', () => {
    for (const [p, T] of [[3.3e5, 302.5], [7.7e8, 451.2], [1.5e9, 97.3]]) {
      const exact = leachmanLnPhi(p, T);
      const table = tableLnPhi(p, T);
      expect(table, `p=${p}, T=${T}`).not.toBe(exact);
      expectClose(table, exact, 1e-5 * Math.max(1, Math.abs(exact)), `p=${p}, T=${T}`);
    }
    // node i = 100 of ln p (50·e^10 Pa) at T = 300 K (row 42): Lagrange weights 0, 1, 0, 0
    const pNode = Math.exp(Math.log(50) + 100 * 0.1);
    expectClose(tableLnPhi(pNode, 300), leachmanLnPhi(pNode, 300), 1e-14, 'on a node');
  });

  it('its last interpolated rows and column are still interpolated: T = 95 K and 1295 K exactly, ln p = ln 50 + 18.6 exactly', () => {
    const pLast = Math.exp(Math.log(50) + 186 * 0.1);
    for (const [p, T] of [[3.3e5, 95], [3.3e5, 1295], [pLast, 300.7]]) {
      const exact = leachmanLnPhi(p, T);
      const table = tableLnPhi(p, T);
      expect(table, `p=${p}, T=${T}`).not.toBe(exact);
      expectClose(table, exact, 1e-5 * Math.max(1, Math.abs(exact)), `p=${p}, T=${T}`);
    }
  });

  it('at its outermost interpolated nodes matches the equation within 1e-5', () => {
    const pLo = 50 * Math.exp(0.1) * 1.0001;
    const pHi = 50 * Math.exp(18.6) * 0.9999;
    for (const p of [pLo, 1e5, pHi]) {
      for (const T of [95.01, 300, 1294.99]) {
        const exact = leachmanLnPhi(p, T);
        expectClose(tableLnPhi(p, T), exact, 1e-5 * Math.max(1, Math.abs(exact)), `p=${p}, T=${T}`);
      }
    }
  });
});

describe('melting curve ends', () => {
  it('no solid at or below 14.025 K (pressure 0), a small positive pressure just above', () => {
    expect(meltingPressure(14.025)).toBe(0);
    expect(meltingPressure(10)).toBe(0);
    const p = meltingPressure(14.1);
    expect(p).toBeGreaterThan(0);
    expectClose(meltingTemperature(p), 14.1, 1e-6);
  });

  it('Infinity from the maximum of T_m on (at p = C/K − P0 ≈ 128 GPa), finite just below it', () => {
    const pMax = 0.589 / 4.6e-12 - 0.0286e9;
    const tMax = meltingTemperature(pMax);
    expect(meltingTemperature(pMax * 0.99)).toBeLessThan(tMax);
    expect(meltingTemperature(pMax * 1.01)).toBeLessThan(tMax);
    expect(meltingPressure(tMax)).toBe(Infinity);
    expect(meltingPressure(tMax + 1)).toBe(Infinity);
    const p = meltingPressure(tMax - 1);
    expect(p).toBeLessThan(pMax);
    expectClose(meltingTemperature(p), tMax - 1, 1e-3);
    // 10⁻⁵ K below the maximum (ΔT ≈ |d²T/dp²| δp²/2: within 0.05 GPa of it) the pressure is still finite
    const pNear = meltingPressure(tMax - 1e-5);
    expect(pNear).toBeLessThan(pMax);
    expectClose(meltingTemperature(pNear), tMax - 1e-5, 1e-6);
  });
});
