/**
 * Building blocks of the kMC: the sum tree (selection frequencies proportional to weights, 3σ of
 * the binomial), the Gamma variate (mean and variance of the sum of K exponential waits, 4σ),
 * detailed balance of the effective barrier (E_eff(ΔE) − E_eff(−ΔE) = ΔE to 1e-12 eV, E_eff ≥ 0),
 * and the equilibrium occupancy under site-energy disorder against Fermi–Dirac.
 */
import { describe, it, expect } from 'vitest';
import { SumTree } from '../../../../src/models/ionhop/sumtree';
import { gammaVariate } from '../../../../src/models/ionhop/random';
import { effectiveBarrier_eV } from '../../../../src/models/ionhop/rates';
import { Rng } from '../../../../src/core/rng';
import { expectWithin, runWith } from './helpers';

describe('ionhop building blocks', () => {
  it('sum tree selects leaves in proportion to their weights (3σ binomial) and never a zero weight', () => {
    const w = [0.5, 0, 2, 1, 0, 0.25, 3.25];
    const tree = new SumTree(w.length);
    w.forEach((x, i) => tree.set(i, x));
    expectWithin('total', tree.total(), 7, 1e-12);
    const rng = new Rng(7);
    const counts = new Array(w.length).fill(0);
    const n = 200000;
    for (let k = 0; k < n; k++) counts[tree.find(rng.next() * tree.total())]++;
    w.forEach((x, i) => {
      const p = x / 7;
      expectWithin(`leaf ${i} frequency`, counts[i] / n, p, 3 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
    });
    expect(tree.find(7 * (1 - 1e-16))).toBe(6);
    tree.set(6, 0);
    expect(tree.find(tree.total() * (1 - 1e-16))).toBe(5);
  });

  it('Gamma(K) has mean K and variance K (sum of K exponential waits; 4σ)', () => {
    const rng = new Rng(3);
    for (const K of [1, 7, 1000, 262144]) {
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

  it('with disorder the equilibrium occupancy follows Fermi–Dirac (per bin |diff| ≤ 4σ + 0.01)', async () => {
    // Square lattice 32×32, c = 0.5, σ_E = 0.06 eV at 300 K (σ_E/k_BT ≈ 2.3): occupancy spans ~0.1–0.9.
    const r = await runWith({ lattice: 'square', L: 32, occupancy: 0.5, disorder: 0.06, T: 300, Ea: 0.2, steps: 600000, replicas: 3, warmup: 0.5 });
    const E = r.series.occupancyVsEnergy_E_eV;
    const obs = r.series.occupancyVsEnergy;
    const fd = r.series.occupancyFermiDirac;
    const samples = r.series.occupancyVsEnergy_samples;
    expect(E.length).toBeGreaterThan(10);
    let checked = 0;
    for (let b = 0; b < E.length; b++) {
      if (samples[b] < 2000) continue; // 101 snapshots × 3 replicas: skip the sparse tails
      checked++;
      // Snapshots are correlated; count ~20 effective samples per site for the error.
      const sigma = Math.sqrt((fd[b] * (1 - fd[b])) / (samples[b] / 5));
      expectWithin(`occupancy at E = ${E[b].toFixed(3)} eV`, obs[b], fd[b], 4 * sigma + 0.01);
    }
    expect(checked).toBeGreaterThan(6);
    // The test can fail: occupancy must fall from low to high energy well beyond the tolerance.
    expect(fd[0] - fd[fd.length - 1]).toBeGreaterThan(0.5);
  }, 30000);
});
