/**
 * Whole-model statistics of the kMC engine (seconds each, so not in the mutation group of the
 * engine; its focused tests are in engineKmc.test.ts): the equilibrium occupancy under site-energy
 * disorder against Fermi–Dirac, and the neighbour-pair statistics under nearest-neighbour
 * repulsion against exact enumeration.
 */
import { describe, it, expect } from 'vitest';
import { expectWithin, runWith } from './helpers';
import { buildLattice } from '../../../../src/models/ionhop/lattice';
import { HopEngine } from '../../../../src/models/ionhop/engine';
import { BOLTZMANN_EV } from '../../../../src/core/constants';

describe('ionhop equilibrium under disorder', () => {
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

describe('ionhop repulsion', () => {
  /** Exact Boltzmann average of the number of occupied nearest-neighbour pairs: n ions on a lattice, pair energy V (eV). */
  function exactPairs(neighbours: Int32Array, z: number, nSites: number, n: number, V: number, kT: number): number {
    let num = 0;
    let den = 0;
    const occ = new Uint8Array(nSites);
    const choose = (from: number, left: number) => {
      if (left === 0) {
        let pairs = 0;
        for (let s = 0; s < nSites; s++) if (occ[s]) for (let d = 0; d < z; d++) pairs += occ[neighbours[s * z + d]];
        pairs /= 2;
        const w = Math.exp((-V * pairs) / kT);
        num += pairs * w;
        den += w;
        return;
      }
      for (let s = from; s <= nSites - left; s++) {
        occ[s] = 1;
        choose(s + 1, left - 1);
        occ[s] = 0;
      }
    };
    choose(0, n);
    return num / den;
  }

  it('samples the Boltzmann distribution of neighbour pairs (detailed balance with repulsion; 4σ of block means)', () => {
    // 4 ions on a 4×4 square lattice (1820 configurations, enumerated exactly), 300 K.
    const lattice = buildLattice('square', 4);
    const T = 300;
    const kT = BOLTZMANN_EV * T;
    const run = (V: number) => {
      const e = new HopEngine(lattice, { particles: 4, blockedSites: 0, nu0: 1e13, Ea_eV: 0.2, T, disorder_eV: 0, repulsion_eV: V, fieldDrop_eV: 0, general: true, seed: 11 });
      const nbr = lattice.neighbours;
      const z = lattice.z;
      const pairsNow = () => {
        let k = 0;
        for (let p = 0; p < 4; p++) for (let d = 0; d < z; d++) if (e.particleAt[nbr[e.site[p] * z + d]] >= 0) k++;
        return k / 2;
      };
      e.runGeneral(Infinity, 2000); // forget the start
      const blocks: number[] = [];
      for (let b = 0; b < 10; b++) {
        let weighted = 0;
        const t0 = e.time;
        for (let i = 0; i < 20000; i++) {
          const k = pairsNow();
          const before = e.time;
          e.runGeneral(Infinity, 1);
          weighted += k * (e.time - before);
        }
        blocks.push(weighted / (e.time - t0));
      }
      const mean = blocks.reduce((a, b) => a + b, 0) / blocks.length;
      const sd = Math.sqrt(blocks.reduce((a, b) => a + (b - mean) ** 2, 0) / (blocks.length - 1));
      return { mean, sem: sd / Math.sqrt(blocks.length), exact: exactPairs(nbr, z, lattice.nSites, 4, V, kT) };
    };
    const free = run(0);
    const repulsive = run(0.05);
    expectWithin('⟨pairs⟩ without repulsion', free.mean, free.exact, 4 * free.sem + 1e-3);
    expectWithin('⟨pairs⟩ with V = 0.05 eV', repulsive.mean, repulsive.exact, 4 * repulsive.sem + 1e-3);
    // the test can fail: repulsion must lower the pair count well beyond the tolerance
    expect(free.exact - repulsive.exact).toBeGreaterThan(10 * (repulsive.sem + free.sem));
  });
});
