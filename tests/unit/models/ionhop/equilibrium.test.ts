/**
 * Equilibrium occupancy (`equilibrium.ts`): the Fermi–Dirac function (½ at μ, particle–hole
 * symmetry, ¼ at k_BT·ln 3, no overflow 2000 k_BT away), the chemical potential that fills N ions
 * (symmetric levels, one degenerate level, roots far below and above the levels), and the
 * occupancy histogram (bin edges, blocked and out-of-range sites skipped, means per bin).
 */
import { describe, expect, it } from 'vitest';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { OccupancyHistogram, chemicalPotential, fermiDirac } from '../../../../src/models/ionhop/equilibrium';
import { expectWithin } from './helpers';

const T = 300;
const kT = BOLTZMANN_EV * T;

describe('fermiDirac', () => {
  it('is ½ at E = μ, ¼ at E − μ = k_BT ln 3 and ¾ at −k_BT ln 3', () => {
    expect(fermiDirac(0.2, 0.2, T)).toBe(0.5);
    expectWithin('f(+ln3)', fermiDirac(0.1 + kT * Math.log(3), 0.1, T), 0.25, 1e-15);
    expectWithin('f(−ln3)', fermiDirac(0.1 - kT * Math.log(3), 0.1, T), 0.75, 1e-15);
  });

  it('f(μ + x) + f(μ − x) = 1 and f falls with E', () => {
    for (const x of [0.001, 0.01, 0.1, 0.5]) {
      expectWithin(`x = ${x}`, fermiDirac(x, 0, T) + fermiDirac(-x, 0, T), 1, 1e-15);
      expect(fermiDirac(x, 0, T)).toBeLessThan(fermiDirac(x / 2, 0, T));
    }
  });

  it('far from μ (±2000 k_BT) gives 0 and 1, not NaN', () => {
    expect(fermiDirac(2000 * kT, 0, T)).toBe(0);
    expect(fermiDirac(-2000 * kT, 0, T)).toBe(1);
  });
});

describe('chemicalPotential', () => {
  const fill = (E: number[], mu: number) => E.reduce((s, e) => s + fermiDirac(e, mu, T), 0);

  it('two levels ±0.1 eV holding one ion: μ = 0 by symmetry', () => {
    expectWithin('μ', chemicalPotential([-0.1, 0.1], 1, T), 0, 1e-10);
  });

  it('four sites at 0.2 eV holding one ion: f = ¼, so μ = 0.2 − k_BT ln 3', () => {
    expectWithin('μ', chemicalPotential(Float64Array.from([0.2, 0.2, 0.2, 0.2]), 1, T), 0.2 - kT * Math.log(3), 1e-10);
  });

  it('nearly empty and nearly full levels: μ far below the lowest or above the highest level, and Σf = N', () => {
    const E = [0.3, 0.35, 0.5];
    for (const N of [1e-9, 2.999999]) {
      const mu = chemicalPotential(E, N, T);
      expectWithin(`Σf for N = ${N}`, fill(E, mu), N, 1e-9 * N);
    }
    expect(chemicalPotential(E, 1e-9, T)).toBeLessThan(0.3 - 10 * kT);
    expect(chemicalPotential(E, 2.999999, T)).toBeGreaterThan(0.5 + 10 * kT);
    const half = chemicalPotential([-0.4, 0.05, 0.3], 1.5, T);
    expectWithin('Σf = 1.5', fill([-0.4, 0.05, 0.3], half), 1.5, 1e-9);
  });
});

describe('OccupancyHistogram', () => {
  it('bins [−0.4, 0.4) eV into 4 of width 0.2: edges belong to the bin above, outside is −1', () => {
    const h = new OccupancyHistogram(-0.4, 0.4, 4);
    expectWithin('width', h.width, 0.2, 1e-15);
    expect(h.binOf(-0.4)).toBe(0);
    expect(h.binOf(-0.21)).toBe(0);
    expect(h.binOf(0)).toBe(2);
    expect(h.binOf(0.39)).toBe(3);
    expect(h.binOf(0.4)).toBe(-1);
    expect(h.binOf(-0.41)).toBe(-1);
  });

  it('samples open sites in range: blocked and out-of-range skipped, occupied counted, predictions summed', () => {
    const h = new OccupancyHistogram(-0.4, 0.4, 4);
    const OCC = 1;
    const BLK = 2;
    const E = Float64Array.from([-0.3, -0.3, -0.25, 0.1, 0.1, 0.5, 0.3]);
    const state = Uint8Array.from([OCC, 0, OCC, OCC, BLK, OCC, 0]);
    const predicted = Float64Array.from([0.9, 0.9, 0.8, 0.4, 0.4, 0.1, 0.2]);
    h.sample(E, state, predicted, OCC, BLK);
    h.sample(E, state, predicted, OCC, BLK);
    expect([...h.sites]).toEqual([6, 0, 2, 2]);
    expect([...h.occupied]).toEqual([4, 0, 2, 0]);
    const r = h.result();
    expect(r.centres.map((c) => Math.round(c * 1e12) / 1e12)).toEqual([-0.3, 0.1, 0.3]);
    expect(r.samples).toEqual([6, 2, 2]);
    expect(r.occupancy.map((x) => Math.round(x * 1e12) / 1e12)).toEqual([2 / 3, 1, 0].map((x) => Math.round(x * 1e12) / 1e12));
    expect(r.predicted.map((x) => Math.round(x * 1e12) / 1e12)).toEqual([0.866666666667, 0.4, 0.2]);
  });

  it('an unsampled histogram has no bins', () => {
    expect(new OccupancyHistogram(0, 1, 3).result()).toEqual({ centres: [], occupancy: [], predicted: [], samples: [] });
  });
});
