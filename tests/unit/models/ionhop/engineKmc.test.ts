/**
 * The kinetic Monte Carlo engine on tiny lattices: placement of ions and blocked sites (the
 * documented partial Fisher–Yates draw), the uniform attempt algorithm replayed attempt by attempt
 * with the core generator (same stream, exact sites and clock), the BKL total rate and lowest
 * barrier against brute-force sums over every (ion, empty neighbour) pair with disorder, field and
 * repulsion (relative 1e-9, after every event), hop-direction frequencies and the mean waiting
 * time of one ion under a field against its exact rates (4σ), one vacancy (acceptance exactly 1/N,
 * total rate zΓ), one ion on an empty lattice (D = zΓa²/(2d), 4σ), conservation and bookkeeping
 * (ions, blocked sites, unwrapped displacements against positions), the jump-pair sums against a
 * replay, the stop rules of `runGeneral`, and reproducible seeds. Milliseconds each: these are the
 * tests the mutation group of the engine runs (the whole-model statistics are in engine.test.ts).
 */
import { describe, it, expect } from 'vitest';
import { effectiveBarrier_eV } from '../../../../src/models/ionhop/rates';
import { gammaVariate } from '../../../../src/models/ionhop/random';
import { Rng } from '../../../../src/core/rng';
import { expectWithin, supercellCoefficients } from './helpers';
import { buildLattice, type Lattice } from '../../../../src/models/ionhop/lattice';
import { BLOCKED, EMPTY, HopEngine, OCCUPIED, type EngineOptions } from '../../../../src/models/ionhop/engine';
import { BOLTZMANN_EV } from '../../../../src/core/constants';
import { InvalidParamsError } from '../../../../src/core/model';

const BASE: EngineOptions = { particles: 1, blockedSites: 0, nu0: 1e13, Ea_eV: 0.3, T: 300, disorder_eV: 0, repulsion_eV: 0, fieldDrop_eV: 0, general: false, seed: 1 };

/** An engine on `lat` with the base options overridden by `o`; returns the options too. */
function engineOn(lat: Lattice, o: Partial<EngineOptions>): { e: HopEngine; opts: EngineOptions } {
  const opts = { ...BASE, ...o };
  return { e: new HopEngine(lat, opts), opts };
}

/** Total rate and lowest barrier of all possible hops, summed by brute force from the engine's state. */
function bruteRates(e: HopEngine, o: EngineOptions): { total: number; lowest: number } {
  const lat = e.lat;
  const z = lat.z;
  const nbr = lat.neighbours;
  const kT = BOLTZMANN_EV * o.T;
  const occupiedAround = (s: number) => {
    let n = 0;
    for (let d = 0; d < z; d++) if (e.occ[nbr[s * z + d]] === OCCUPIED) n++;
    return n;
  };
  let total = 0;
  let lowest = Infinity;
  for (let p = 0; p < e.N; p++) {
    const s = e.site[p];
    for (let d = 0; d < z; d++) {
      const m = nbr[s * z + d];
      if (e.occ[m] !== EMPTY) continue;
      const hx = lat.hopVectors[(lat.siteBasis[s] * z + d) * 3];
      const dE = e.siteEnergy[m] - e.siteEnergy[s] - o.fieldDrop_eV * hx + o.repulsion_eV * (occupiedAround(m) - 1 - occupiedAround(s));
      const b = effectiveBarrier_eV(o.Ea_eV, dE);
      total += o.nu0 * Math.exp(-b / kT);
      lowest = Math.min(lowest, b);
    }
  }
  return { total, lowest };
}

/** Ion count, blocked sites, site ↔ particle tables, and displacement sums are consistent. */
function expectConsistent(e: HopEngine, blocked: number[]): void {
  const counts = [0, 0, 0];
  e.occ.forEach((c) => counts[c]++);
  expect(counts[OCCUPIED], 'ions').toBe(e.N);
  expect(counts[BLOCKED], 'blocked sites').toBe(blocked.length);
  for (const s of blocked) expect(e.occ[s], `blocked site ${s} stays blocked`).toBe(BLOCKED);
  for (let p = 0; p < e.N; p++) expect(e.particleAt[e.site[p]], `particle ${p}`).toBe(p);
  expect(e.particleAt.filter((q) => q >= 0).length).toBe(e.N);
  const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
  expectWithin('Σ ux = sumX', sum(e.ux), e.sumX, 1e-9);
  expectWithin('Σ uy = sumY', sum(e.uy), e.sumY, 1e-9);
  expectWithin('Σ uz = sumZ', sum(e.uz), e.sumZ, 1e-9);
  expect(sum(e.hopCount)).toBe(e.hops);
}

/** Each ion's unwrapped displacement joins its start site to its site, up to a supercell vector (1e-9). */
function expectDisplacementsMatchPositions(e: HopEngine): void {
  const lat = e.lat;
  for (let p = 0; p < e.N; p++) {
    const u = [e.ux[p], e.uy[p], e.uz[p]];
    const d = [0, 1, 2].map((c) => lat.positions[e.site[p] * 3 + c] - lat.positions[e.startSite[p] * 3 + c] - u[c]);
    supercellCoefficients(lat.supercell, d).forEach((c, r) => expectWithin(`particle ${p}: supercell multiple ${r}`, c, Math.round(c), 1e-9));
  }
}

/** Sites of the blocked and occupied sites of an engine. */
function sitesWith(e: HopEngine, code: number): number[] {
  return [...e.occ.keys()].filter((s) => e.occ[s] === code);
}

describe('ionhop engine: placement and options', () => {
  it('places ions and blocked sites by a partial Fisher–Yates shuffle of the core generator (blocked first)', () => {
    const lat = buildLattice('square', 4);
    const { e } = engineOn(lat, { particles: 5, blockedSites: 3, seed: 9 });
    const rng = new Rng(9);
    const order = Array.from({ length: 16 }, (_, i) => i);
    for (let i = 0; i < 8; i++) {
      const j = i + rng.nextInt(16 - i);
      [order[i], order[j]] = [order[j], order[i]];
    }
    expect(sitesWith(e, BLOCKED)).toEqual(order.slice(0, 3).sort((a, b) => a - b));
    expect(Array.from(e.site)).toEqual(order.slice(3, 8));
    expect(Array.from(e.startSite)).toEqual(order.slice(3, 8));
    expectConsistent(e, order.slice(0, 3));
    expect([e.time, e.hops, e.steps, e.sumX, e.cosSum, e.pairWeight]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(e.siteEnergy).every((E) => E === 0)).toBe(true);
  });

  it('refuses no ion and no vacancy among the open sites, naming occupancy; one ion and one vacancy are fine', () => {
    const lat = buildLattice('square', 4);
    for (const particles of [0, 14, 15]) {
      const make = () => engineOn(lat, { particles, blockedSites: 2 });
      expect(make, `${particles} ions`).toThrow(InvalidParamsError);
      expect(make).toThrow(`occupancy: ${particles} ions on 14 open sites leaves no ion or no vacancy`);
      try {
        make();
      } catch (err) {
        expect((err as InvalidParamsError).field).toBe('occupancy');
      }
    }
    for (const particles of [1, 13]) expect(engineOn(lat, { particles, blockedSites: 2 }).e.N).toBe(particles);
  });

  it('Γ = ν₀exp(−Eₐ/k_BT); the uniform algorithm only without disorder, repulsion, field and the general switch', () => {
    const lat = buildLattice('square', 4);
    const { e } = engineOn(lat, { nu0: 2e12, Ea_eV: 0.25, T: 400 });
    expectWithin('Γ', e.gamma, 2e12 * Math.exp(-0.25 / (BOLTZMANN_EV * 400)), 1e-12 * e.gamma);
    expect(e.uniform).toBe(true);
    for (const o of [{ general: true }, { disorder_eV: 0.01 }, { repulsion_eV: 0.01 }, { repulsion_eV: -0.01 }, { fieldDrop_eV: 0.01 }, { fieldDrop_eV: -0.01 }])
      expect(engineOn(lat, o).e.uniform, JSON.stringify(o)).toBe(false);
    expect(() => engineOn(lat, { general: true }).e.runUniform(10)).toThrow('runUniform needs uniform rates');
    expect(() => e.runGeneral(Infinity, 10)).toThrow('runGeneral needs the general algorithm');
  });

  it('draws Gaussian site energies of standard deviation σ (mean 0, sd σ; 4σ of the estimates)', () => {
    const lat = buildLattice('sc', 8);
    const sigma = 0.07;
    const E = Array.from(engineOn(lat, { disorder_eV: sigma, particles: 10 }).e.siteEnergy);
    const n = E.length;
    const mean = E.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(E.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    expectWithin('mean site energy', mean, 0, (4 * sigma) / Math.sqrt(n));
    expectWithin('sd of site energies', sd, sigma, (4 * sigma) / Math.sqrt(2 * n));
    expect(new Set(E).size).toBe(n);
  });

  it('the same seed gives the same placement and trajectory; another seed differs', () => {
    const lat = buildLattice('square', 5);
    const run = (seed: number, general: boolean) => {
      const { e } = engineOn(lat, { particles: 8, blockedSites: 2, seed, general, disorder_eV: general ? 0.05 : 0 });
      if (general) e.runGeneral(Infinity, 500);
      else e.runUniform(2000);
      return [Array.from(e.site), e.time, e.hops, Array.from(e.ux)];
    };
    for (const general of [false, true]) {
      expect(run(3, general)).toEqual(run(3, general));
      expect(run(4, general)).not.toEqual(run(3, general));
    }
  });
});

describe('ionhop engine: uniform attempt algorithm', () => {
  it('replays attempt by attempt with the core generator: the same sites, displacements, hops and clock', () => {
    const lat = buildLattice('honeycomb', 3);
    const N = 7;
    const blockedSites = 2;
    const seed = 21;
    const { e } = engineOn(lat, { particles: N, blockedSites, seed });
    const z = lat.z;
    const rng = new Rng(seed);
    for (let i = 0; i < blockedSites + N; i++) rng.nextInt(lat.nSites - i);
    const occ = Uint8Array.from(e.occ);
    const site = Array.from(e.site);
    const u = Array.from({ length: N }, () => [0, 0, 0]);
    let hops = 0;
    const K = 3000;
    for (let i = 0; i < K; i++) {
      const k = Math.floor((rng.nextUint32() * N * z) / 4294967296);
      const p = Math.floor(k / z);
      const d = k - p * z;
      const s = site[p];
      const t = lat.neighbours[s * z + d];
      if (occ[t] !== EMPTY) continue;
      occ[s] = EMPTY;
      occ[t] = OCCUPIED;
      site[p] = t;
      for (let c = 0; c < 3; c++) u[p][c] += lat.hopVectors[(lat.siteBasis[s] * z + d) * 3 + c];
      hops++;
    }
    const time = gammaVariate(rng, K) / (N * z * e.gamma);
    e.runUniform(K);
    expect(Array.from(e.site)).toEqual(site);
    expect(Array.from(e.occ)).toEqual(Array.from(occ));
    expect(e.hops).toBe(hops);
    expect(e.steps).toBe(K);
    expect(hops).toBeGreaterThan(100);
    for (let p = 0; p < N; p++) {
      expectWithin(`ux ${p}`, e.ux[p], u[p][0], 1e-9);
      expectWithin(`uy ${p}`, e.uy[p], u[p][1], 1e-9);
      expect(e.uz[p]).toBe(0);
    }
    expectWithin('clock', e.time, time, 1e-12 * time);
    expectConsistent(e, sitesWith(e, BLOCKED));
    expectDisplacementsMatchPositions(e);
  });

  it('before any window is set every jump pair weighs 1: Σw = hops − ions that hopped, Σw·cos θ from a replay', () => {
    const lat = buildLattice('square', 3);
    const { e } = engineOn(lat, { particles: 3, seed: 13 });
    const last: (number[] | null)[] = [null, null, null];
    let cosSum = 0;
    let pairs = 0;
    for (let k = 0; k < 200; k++) {
      const before = [Array.from(e.ux), Array.from(e.uy)];
      e.runUniform(1);
      for (let p = 0; p < 3; p++) {
        const v = [e.ux[p] - before[0][p], e.uy[p] - before[1][p]];
        if (v[0] === 0 && v[1] === 0) continue;
        if (last[p]) {
          cosSum += last[p]![0] * v[0] + last[p]![1] * v[1];
          pairs++;
        }
        last[p] = v;
      }
    }
    expect(pairs).toBe(e.hops - last.filter((v) => v !== null).length);
    expect(e.pairWeight).toBe(pairs);
    expectWithin('cos sum', e.cosSum, cosSum, 1e-9);
  });

  it('no attempts (count 0 or negative) change nothing, not even the random stream', () => {
    const lat = buildLattice('square', 4);
    const a = engineOn(lat, { particles: 5, seed: 2 }).e;
    const b = engineOn(lat, { particles: 5, seed: 2 }).e;
    a.runUniform(0);
    a.runUniform(-3);
    expect([a.time, a.steps, a.hops]).toEqual([0, 0, 0]);
    a.runUniform(500);
    b.runUniform(500);
    expect([a.time, Array.from(a.site)]).toEqual([b.time, Array.from(b.site)]);
  });

  it('one vacancy: every attempt succeeds with probability exactly 1/N (hops binomial, 4σ) and the clock has mean K/(NzΓ) (4σ)', () => {
    const lat = buildLattice('square', 4);
    const N = 15;
    const { e } = engineOn(lat, { particles: N, seed: 5 });
    const K = 60000;
    e.runUniform(K);
    expect(e.steps).toBe(K);
    expectWithin('hops', e.hops, K / N, 4 * Math.sqrt((K * (1 - 1 / N)) / N));
    const R = N * lat.z * e.gamma;
    expectWithin('clock', e.time * R, K, 4 * Math.sqrt(K));
    expectConsistent(e, []);
    expectDisplacementsMatchPositions(e);
  });

  it('one ion on an empty lattice hops at every attempt; the jump-pair weights are exactly 1/(1 − 1/W) for gaps of one attempt', () => {
    const lat = buildLattice('sc', 4);
    const { e } = engineOn(lat, { seed: 8 });
    e.runUniform(100);
    const K = 20000;
    e.resetObservables(K);
    e.runUniform(K);
    expect(e.hops).toBe(K);
    expect(e.hopCount[0]).toBe(K);
    expectWithin('pair weight', e.pairWeight, (K - 1) / (1 - 1 / K), 1e-6);
    // a free random walk forgets its direction: ⟨cos θ⟩ = 0 (variance 1/3 on sc; 4σ)
    expectWithin('⟨cos θ⟩', e.cosSum / e.pairWeight, 0, 4 * Math.sqrt(1 / 3 / K));
  });

  it('jump-pair sums over consecutive hops of each ion match a replay with weight 1/(1 − gap/W)', () => {
    const lat = buildLattice('square', 3);
    const { e } = engineOn(lat, { particles: 2, seed: 4 });
    e.runUniform(50);
    const W = 400;
    e.resetObservables(W);
    const last: ({ at: number; v: number[] } | null)[] = [null, null];
    let cosSum = 0;
    let weight = 0;
    for (let at = 0; at < 300; at++) {
      const before = [Array.from(e.ux), Array.from(e.uy)];
      e.runUniform(1);
      for (let p = 0; p < 2; p++) {
        const v = [e.ux[p] - before[0][p], e.uy[p] - before[1][p]];
        if (v[0] === 0 && v[1] === 0) continue;
        const prev = last[p];
        if (prev) {
          const w = 1 / (1 - (at - prev.at) / W);
          cosSum += w * (prev.v[0] * v[0] + prev.v[1] * v[1]);
          weight += w;
        }
        last[p] = { at, v };
      }
    }
    expect(weight).toBeGreaterThan(50);
    expectWithin('pair weight', e.pairWeight, weight, 1e-9 * weight);
    expectWithin('weighted cos sum', e.cosSum, cosSum, 1e-9 * weight);
  });

  it('resetObservables zeroes displacements, hop counts and pair sums and moves the start sites, keeping clock and steps', () => {
    const lat = buildLattice('square', 4);
    const { e } = engineOn(lat, { particles: 6, seed: 3 });
    e.runUniform(3000);
    const { time, steps } = e;
    e.resetObservables(100);
    expect([e.sumX, e.sumY, e.sumZ, e.cosSum, e.pairWeight, e.hops]).toEqual([0, 0, 0, 0, 0, 0]);
    for (const a of [e.ux, e.uy, e.uz, e.hopCount]) expect(Array.from(a).every((x) => x === 0)).toBe(true);
    expect(Array.from(e.startSite)).toEqual(Array.from(e.site));
    expect([e.time, e.steps]).toEqual([time, steps]);
    // the first hop of each ion after the reset starts no pair
    const first = engineOn(lat, { particles: 6, seed: 3 }).e;
    first.runUniform(3000);
    first.resetObservables(100);
    first.runUniform(1);
    expect([first.cosSum, first.pairWeight]).toEqual([0, 0]);
  });
});

describe('ionhop engine: general (BKL) algorithm', () => {
  const cases: [string, Lattice, Partial<EngineOptions>][] = [
    ['no interactions (square)', buildLattice('square', 4), { particles: 6, blockedSites: 2, general: true }],
    ['disorder and field (honeycomb)', buildLattice('honeycomb', 3), { particles: 7, blockedSites: 1, disorder_eV: 0.08, fieldDrop_eV: 0.05 }],
    ['repulsion (square)', buildLattice('square', 4), { particles: 7, repulsion_eV: 0.06 }],
    ['attraction, disorder and field (bcc)', buildLattice('bcc', 3), { particles: 20, blockedSites: 4, repulsion_eV: -0.04, disorder_eV: 0.05, fieldDrop_eV: -0.03, T: 500 }],
  ];
  for (const [what, lat, o] of cases) {
    it(`total rate and lowest barrier equal brute-force sums after every event: ${what} (relative 1e-9)`, () => {
      const { e, opts } = engineOn(lat, { ...o, seed: 17 });
      expect(e.uniform).toBe(false);
      const blocked = sitesWith(e, BLOCKED);
      for (let k = 0; k <= 200; k++) {
        const want = bruteRates(e, opts);
        const got = e.totalRate();
        expect(Math.abs(got - want.total) <= 1e-9 * want.total, `event ${k}: total ${got} vs ${want.total}`).toBe(true);
        expectWithin(`event ${k}: lowest barrier`, e.lowestBarrier_eV(), want.lowest, 1e-12);
        if (k < 200) e.runGeneral(Infinity, 1);
      }
      expect(e.steps).toBe(200);
      expect(e.hops).toBe(200);
      expectConsistent(e, blocked);
      expectDisplacementsMatchPositions(e);
    });
  }

  it('one ion under a field: hop directions follow the exact rates and the mean wait is 1/R (4σ)', () => {
    const lat = buildLattice('square', 5);
    const F = 0.04;
    const { e, opts } = engineOn(lat, { fieldDrop_eV: F, seed: 12 });
    const kT = BOLTZMANN_EV * opts.T;
    const r = (dE: number) => opts.nu0 * Math.exp(-effectiveBarrier_eV(opts.Ea_eV, dE) / kT);
    const rates = { '+x': r(-F), '-x': r(F), '+y': r(0), '-y': r(0) };
    const R = rates['+x'] + rates['-x'] + rates['+y'] + rates['-y'];
    expectWithin('total rate', e.totalRate(), R, 1e-12 * R);
    const counts: Record<string, number> = { '+x': 0, '-x': 0, '+y': 0, '-y': 0 };
    const n = 20000;
    for (let k = 0; k < n; k++) {
      const x = e.ux[0];
      const y = e.uy[0];
      e.runGeneral(Infinity, 1);
      const key = e.ux[0] > x ? '+x' : e.ux[0] < x ? '-x' : e.uy[0] > y ? '+y' : '-y';
      counts[key]++;
    }
    for (const [key, rate] of Object.entries(rates)) {
      const p = rate / R;
      expectWithin(`frequency of ${key}`, counts[key] / n, p, 4 * Math.sqrt((p * (1 - p)) / n));
    }
    expectWithin('clock × R', e.time * R, n, 4 * Math.sqrt(n));
  });

  it('one vacancy: the total rate stays zΓ, and the clock after n events has mean n/(zΓ) (4σ)', () => {
    const lat = buildLattice('triangular', 3);
    const N = lat.nSites - 1;
    const { e } = engineOn(lat, { particles: N, general: true, seed: 6 });
    const R = lat.z * e.gamma;
    const n = 20000;
    for (let k = 0; k < 4; k++) {
      expectWithin('total rate', e.totalRate(), R, 1e-9 * R);
      e.runGeneral(Infinity, n / 4);
    }
    expectWithin('clock × zΓ', e.time * R, n, 4 * Math.sqrt(n));
    expectConsistent(e, []);
  });

  it('one ion on an empty lattice: ⟨|ΔR|²⟩ = zΓt, i.e. D = zΓa²/(2d) (4σ over 300 ions)', () => {
    const lat = buildLattice('sc', 4);
    const sq: number[] = [];
    let zGammaT = NaN;
    for (let seed = 1; seed <= 300; seed++) {
      const { e } = engineOn(lat, { general: true, seed });
      const t = 20 / (lat.z * e.gamma); // 20 hops on average
      zGammaT = lat.z * e.gamma * t;
      e.runGeneral(t, 1e9);
      expect(e.time).toBe(t);
      sq.push(e.ux[0] ** 2 + e.uy[0] ** 2 + e.uz[0] ** 2);
    }
    const mean = sq.reduce((a, b) => a + b, 0) / sq.length;
    const sd = Math.sqrt(sq.reduce((a, b) => a + (b - mean) ** 2, 0) / (sq.length - 1));
    expectWithin('⟨|ΔR|²⟩ / a²', mean, zGammaT, (4 * sd) / Math.sqrt(sq.length));
  });

  it('stops after maxEvents, or at tStop with no event past it; a jammed system jumps to tStop', () => {
    const lat = buildLattice('square', 4);
    const { e } = engineOn(lat, { particles: 5, disorder_eV: 0.02, seed: 2 });
    e.runGeneral(Infinity, 37);
    expect([e.steps, e.hops]).toEqual([37, 37]);
    const R = e.totalRate();
    const t0 = e.time;
    e.runGeneral(t0 + 1e-6 / R, 1000);
    expect(e.time).toBe(t0 + 1e-6 / R);
    expect(e.steps).toBe(37);
    const tStop = e.time + 400 / R;
    e.runGeneral(tStop, 1e9);
    expect(e.time).toBe(tStop);
    expectWithin('events in 400 mean waits', e.steps - 37, 400, 4 * Math.sqrt(400) + 40);
    // square 3×3, 4 ions and 4 blocked sites: find a seed where the vacancy is walled in by blocked sites
    const small = buildLattice('square', 3);
    let jammed: HopEngine | null = null;
    for (let seed = 1; seed < 2000 && !jammed; seed++) {
      const j = engineOn(small, { particles: 4, blockedSites: 4, general: true, seed }).e;
      if (j.totalRate() === 0) jammed = j;
    }
    expect(jammed).not.toBeNull();
    expect(jammed!.lowestBarrier_eV()).toBe(Infinity);
    jammed!.runGeneral(5, 100);
    expect([jammed!.time, jammed!.steps]).toEqual([5, 0]);
  });

  it('jump-pair sums match a replay on the event clock: weight 1/(1 − gap/W), pairs with gap ≥ W left out', () => {
    const lat = buildLattice('square', 3);
    const { e } = engineOn(lat, { particles: 2, disorder_eV: 0.05, seed: 14 });
    e.runGeneral(Infinity, 20);
    const W = 3 / e.totalRate();
    e.resetObservables(W);
    const last: ({ t: number; v: number[] } | null)[] = [null, null];
    let cosSum = 0;
    let weight = 0;
    let dropped = 0;
    for (let k = 0; k < 400; k++) {
      const before = [Array.from(e.ux), Array.from(e.uy)];
      e.runGeneral(Infinity, 1);
      const p = e.ux[0] !== before[0][0] || e.uy[0] !== before[1][0] ? 0 : 1;
      const v = [e.ux[p] - before[0][p], e.uy[p] - before[1][p]];
      const prev = last[p];
      if (prev) {
        const rest = 1 - (e.time - prev.t) / W;
        if (rest > 0) {
          cosSum += (prev.v[0] * v[0] + prev.v[1] * v[1]) / rest;
          weight += 1 / rest;
        } else dropped++;
      }
      last[p] = { t: e.time, v };
    }
    expect(dropped, 'some pairs fall outside the window').toBeGreaterThan(10);
    expect(weight).toBeGreaterThan(50);
    expectWithin('pair weight', e.pairWeight, weight, 1e-9 * weight);
    expectWithin('weighted cos sum', e.cosSum, cosSum, 1e-9 * weight);
  });

  it('keeps the total rate equal to the brute-force sum while ions relax into deep traps (T = 10 K, σ = 0.5 eV)', () => {
    const { e, opts } = engineOn(buildLattice('sc', 4), { particles: 32, T: 10, disorder_eV: 0.5, general: true, seed: 1 });
    for (let k = 0; k < 6; k++) {
      e.runGeneral(Infinity, 1 << 11);
      const want = bruteRates(e, opts).total;
      const got = e.totalRate();
      expect(want > 0 && Math.abs(got - want) <= 1e-9 * want, `chunk ${k}: total rate ${got} vs ${want}`).toBe(true);
    }
    expect(e.steps).toBe(6 << 11);
  });
});

