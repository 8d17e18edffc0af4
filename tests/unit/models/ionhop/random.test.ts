/**
 * Random variates of the kMC: the Gamma(k) variate (the sum of k exponential waits) against its
 * exact distribution function by a Kolmogorov–Smirnov distance (k = 1, 2, 7 and k = 0.5 through
 * the boost branch; bound 1.95/√n, a 0.1 % test), its mean and variance (4σ), and the replica
 * seeds (the master generator's first draws, reproducible, distinct).
 */
import { describe, it, expect } from 'vitest';
import { gammaVariate, replicaSeeds } from '../../../../src/models/ionhop/random';
import { Rng } from '../../../../src/core/rng';
import { expectWithin } from './helpers';

/** erf(x), Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7), x ≥ 0. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return 1 - poly * Math.exp(-x * x);
}

/** Distribution function of Gamma(k, 1): Erlang for integer k, erf(√x) for k = ½. */
function gammaCdf(k: number, x: number): number {
  if (k === 0.5) return erf(Math.sqrt(x));
  let term = 1;
  let sum = 1;
  for (let j = 1; j < k; j++) {
    term *= x / j;
    sum += term;
  }
  return 1 - Math.exp(-x) * sum;
}

/** Kolmogorov–Smirnov distance between a sample and a distribution function. */
function ksDistance(sample: number[], cdf: (x: number) => number): number {
  const xs = [...sample].sort((a, b) => a - b);
  const n = xs.length;
  let d = 0;
  xs.forEach((x, i) => {
    const F = cdf(x);
    d = Math.max(d, Math.abs(F - i / n), Math.abs((i + 1) / n - F));
  });
  return d;
}

describe('ionhop Gamma variate', () => {
  for (const k of [0.5, 1, 2, 7]) {
    it(`Gamma(${k}) follows its exact distribution function (KS distance < 1.95/√n)`, () => {
      const rng = new Rng(11 + k);
      const n = 20000;
      const sample = Array.from({ length: n }, () => gammaVariate(rng, k));
      expect(sample.every((g) => g > 0 && Number.isFinite(g))).toBe(true);
      const d = ksDistance(sample, (x) => gammaCdf(k, x));
      expect(d, `KS distance ${d} for Gamma(${k})`).toBeLessThan(1.95 / Math.sqrt(n));
    });
  }

  it('Gamma(K) has mean K and variance K (sum of K exponential waits; 4σ)', () => {
    const rng = new Rng(3);
    for (const K of [0.25, 1, 7, 1000, 262144]) {
      const n = 20000;
      let s = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const g = gammaVariate(rng, K);
        s += g;
        s2 += g * g;
      }
      const mean = s / n;
      const variance = s2 / n - mean * mean;
      expectWithin(`Gamma(${K}) mean`, mean, K, 4 * Math.sqrt(K / n));
      // Var of the sample variance ≈ (μ4 − σ⁴)/n with μ4 = 3K² + 6K for Gamma(K).
      expectWithin(`Gamma(${K}) variance`, variance, K, 4 * Math.sqrt((2 * K * K + 6 * K) / n));
    }
  });
});

describe('ionhop replica seeds', () => {
  it('are the first draws of a generator seeded with the run seed: reproducible, distinct, 32-bit', () => {
    const seeds = replicaSeeds(42, 5);
    expect(seeds).toHaveLength(5);
    const master = new Rng(42);
    expect(seeds).toEqual(Array.from({ length: 5 }, () => master.nextUint32()));
    expect(replicaSeeds(42, 5)).toEqual(seeds);
    expect(new Set(seeds).size).toBe(5);
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 32)).toBe(true);
    expect(replicaSeeds(43, 1)[0]).not.toBe(seeds[0]);
    expect(replicaSeeds(42, 0)).toEqual([]);
  });
});
