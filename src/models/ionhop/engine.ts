/**
 * The kinetic Monte Carlo engine: mobile ions on a periodic lattice with site exclusion.
 * Two exact algorithms share one state (occupancy, particle sites, unwrapped displacements):
 * (1) uniform rates (no disorder, repulsion or field): every one of the N·z (particle, direction)
 * attempts has the same rate Γ, so the residence-time algorithm is equivalent to picking one of them
 * uniformly and rejecting it when the target is occupied or blocked; a block of K attempts advances
 * the clock by Gamma(K)/(N z Γ) (the exact sum of K exponential waits). (2) general rates: BKL
 * (n-fold way) with per-(particle, direction) rates and a sum tree over per-particle totals,
 * updated locally after each hop; waiting time −ln(u)/R_total.
 * Displacements are in units of the hop distance a; the clock is in seconds.
 */
import { Rng } from '../../core/rng';
import type { Lattice } from './lattice';
import { effectiveBarrier_eV } from './rates';
import { gammaVariate } from './random';
import { SumTree } from './sumtree';
import { BOLTZMANN_EV } from '../../core/constants';
import { InvalidParamsError } from '../../core/model';

/** Occupancy codes of a site. */
export const EMPTY = 0;
export const OCCUPIED = 1;
export const BLOCKED = 2;
/** Events between two full recomputations of the sum tree's inner sums (bounds rounding drift). */
const REBUILD_EVERY = 1 << 16;
/** A total rate below this fraction of its peak since the last recomputation triggers an exact one. */
const RELATIVE_FLOOR = 1e-6;

/** What the engine needs besides the lattice. Energies in eV, rates in s⁻¹, T in K. */
export interface EngineOptions {
  /** Number of mobile ions (1 … open sites − 1). */
  particles: number;
  /** Number of blocked (never occupied) sites. */
  blockedSites: number;
  /** Attempt frequency per direction, Hz. */
  nu0: number;
  /** Barrier of a hop between equal-energy sites, eV. */
  Ea_eV: number;
  T: number;
  /** Standard deviation of the Gaussian site energies, eV. */
  disorder_eV: number;
  /** Energy per occupied nearest-neighbour pair, eV (> 0 repulsive). */
  repulsion_eV: number;
  /** Energy gained per unit displacement along +x, in eV per hop distance: q·E·a/e. */
  fieldDrop_eV: number;
  /** Use the general (BKL) algorithm even when rates are uniform. */
  general: boolean;
  seed: number;
}

/** Mobile ions on a lattice, advanced by exact kMC. */
export class HopEngine {
  readonly lat: Lattice;
  readonly N: number;
  readonly z: number;
  /** Site state: EMPTY, OCCUPIED or BLOCKED. */
  readonly occ: Uint8Array;
  /** Particle on each site, −1 if none. */
  readonly particleAt: Int32Array;
  /** Site of each particle. */
  readonly site: Int32Array;
  /** Unwrapped displacement of each particle from its start, units of a. */
  readonly ux: Float64Array;
  readonly uy: Float64Array;
  readonly uz: Float64Array;
  /** Hops made by each particle. */
  readonly hopCount: Float64Array;
  /** Site energies, eV (all zero without disorder). */
  readonly siteEnergy: Float64Array;
  /** Start site of each particle (for trails). */
  readonly startSite: Int32Array;
  /** Simulated time, s. */
  time = 0;
  /** Executed hops. */
  hops = 0;
  /** kMC steps: attempts (uniform algorithm) or events (general algorithm). */
  steps = 0;
  /** Collective displacement Σᵢ ΔRᵢ, units of a. */
  sumX = 0;
  sumY = 0;
  sumZ = 0;
  /**
   * Consecutive hops of the same ion whose both hops fall in the measurement window, each weighted
   * by W/(W − g) (g the gap between the two hops, W the window length, both on the pair clock):
   * the weighted sum of cos θ and the sum of weights. The weight undoes the selection of short
   * gaps a finite window makes (a pair with gap g fits in a window W with probability (W − g)/W),
   * so Σw·cos θ/Σw estimates ⟨cos θ⟩ of a stationary run without the truncation bias.
   */
  cosSum = 0;
  pairWeight = 0;
  /** True when rates are uniform and the fast rejection algorithm runs. */
  readonly uniform: boolean;
  /** Γ = ν₀ exp(−E_a/k_BT), s⁻¹. */
  readonly gamma: number;

  private readonly rng: Rng;
  private readonly lastHop: Int32Array;
  /** Pair clock at each ion's last hop: attempt index (uniform algorithm) or time in s (general). */
  private readonly lastHopAt: Float64Array;
  /** 1 / length of the measurement window on the pair clock (0 = no window: all weights 1). */
  private invPairWindow = 0;
  private readonly opts: EngineOptions;
  private readonly kT: number;
  // General algorithm state.
  private readonly rates: Float64Array | null = null;
  private readonly staticRates: Float64Array | null = null;
  private readonly tree: SumTree | null = null;
  private readonly nOcc: Uint8Array | null = null;
  private readonly fieldTerm: Float64Array;
  private readonly stamp: Int32Array | null = null;
  /** Events since the sum tree's inner sums were last recomputed. */
  private sinceRebuild = 0;
  /** Largest total rate seen since the last recomputation, s⁻¹. */
  private peakTotal = 0;
  private stampValue = 0;

  constructor(lat: Lattice, opts: EngineOptions) {
    this.lat = lat;
    this.opts = opts;
    this.z = lat.z;
    const N = opts.particles;
    const nOpen = lat.nSites - opts.blockedSites;
    if (!(N >= 1 && N < nOpen)) throw new InvalidParamsError('occupancy', `occupancy: ${N} ions on ${nOpen} open sites leaves no ion or no vacancy`);
    this.N = N;
    this.rng = new Rng(opts.seed);
    this.kT = BOLTZMANN_EV * opts.T;
    this.gamma = opts.nu0 * Math.exp(-opts.Ea_eV / this.kT);
    const nSites = lat.nSites;
    this.occ = new Uint8Array(nSites);
    this.particleAt = new Int32Array(nSites).fill(-1);
    this.site = new Int32Array(N);
    this.ux = new Float64Array(N);
    this.uy = new Float64Array(N);
    this.uz = new Float64Array(N);
    this.hopCount = new Float64Array(N);
    this.lastHop = new Int32Array(N).fill(-1);
    this.lastHopAt = new Float64Array(N);
    this.siteEnergy = new Float64Array(nSites);
    // Random blocked sites, then random ion sites (partial Fisher–Yates shuffle).
    const order = new Int32Array(nSites);
    for (let i = 0; i < nSites; i++) order[i] = i;
    const take = opts.blockedSites + N;
    for (let i = 0; i < take; i++) {
      const j = i + this.rng.nextInt(nSites - i);
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (let i = 0; i < opts.blockedSites; i++) this.occ[order[i]] = BLOCKED;
    for (let p = 0; p < N; p++) {
      const s = order[opts.blockedSites + p];
      this.occ[s] = OCCUPIED;
      this.particleAt[s] = p;
      this.site[p] = s;
    }
    this.startSite = this.site.slice();
    if (opts.disorder_eV > 0) for (let s = 0; s < nSites; s++) this.siteEnergy[s] = opts.disorder_eV * this.rng.normal();
    const z = this.z;
    this.fieldTerm = new Float64Array(lat.nb * z);
    for (let h = 0; h < lat.nb * z; h++) this.fieldTerm[h] = -opts.fieldDrop_eV * lat.hopVectors[h * 3];
    this.uniform = !opts.general && opts.disorder_eV === 0 && opts.repulsion_eV === 0 && opts.fieldDrop_eV === 0;
    if (this.uniform) return;
    this.rates = new Float64Array(N * z);
    this.tree = new SumTree(N);
    if (opts.repulsion_eV !== 0) {
      this.nOcc = new Uint8Array(nSites);
      for (let s = 0; s < nSites; s++) {
        let n = 0;
        for (let d = 0; d < z; d++) if (this.occ[lat.neighbours[s * z + d]] === OCCUPIED) n++;
        this.nOcc[s] = n;
      }
      this.stamp = new Int32Array(nSites);
    } else {
      this.staticRates = new Float64Array(nSites * z);
      for (let s = 0; s < nSites; s++)
        for (let d = 0; d < z; d++) this.staticRates[s * z + d] = this.rateBetween(s, d, 0);
    }
    for (let p = 0; p < N; p++) this.refresh(p);
  }

  /**
   * Starts the measurement: zeroes displacements, hop counts, the collective displacement, the
   * jump-pair sums and the hop counter, and makes the current sites the start sites (clock and
   * state kept). `pairWindow` is the planned window length on the pair clock: attempts for the
   * uniform algorithm (counted from now), seconds for the general one.
   */
  resetObservables(pairWindow: number): void {
    this.invPairWindow = 1 / pairWindow;
    this.ux.fill(0);
    this.uy.fill(0);
    this.uz.fill(0);
    this.hopCount.fill(0);
    this.lastHop.fill(-1);
    this.startSite.set(this.site);
    this.sumX = 0;
    this.sumY = 0;
    this.sumZ = 0;
    this.cosSum = 0;
    this.pairWeight = 0;
    this.hops = 0;
  }

  /** Energy change (eV) of a hop from site s along direction d, given the repulsion energy change dRep (eV). */
  private hopEnergy(s: number, d: number, dRep: number): number {
    const lat = this.lat;
    const z = this.z;
    const m = lat.neighbours[s * z + d];
    const h = lat.siteBasis[s] * z + d;
    return this.siteEnergy[m] - this.siteEnergy[s] + this.fieldTerm[h] + dRep;
  }

  /** Rate (s⁻¹) of a hop from site s along direction d, given the repulsion energy change dRep (eV). */
  private rateBetween(s: number, d: number, dRep: number): number {
    return this.opts.nu0 * Math.exp(-effectiveBarrier_eV(this.opts.Ea_eV, this.hopEnergy(s, d, dRep)) / this.kT);
  }

  /** Lowest effective barrier (eV) of any hop an ion could make now; Infinity when no ion has an empty neighbour. */
  lowestBarrier_eV(): number {
    const z = this.z;
    const nbr = this.lat.neighbours;
    const V = this.opts.repulsion_eV;
    let best = Infinity;
    for (let p = 0; p < this.N; p++) {
      const s = this.site[p];
      for (let d = 0; d < z; d++) {
        const m = nbr[s * z + d];
        if (this.occ[m] !== EMPTY) continue;
        const dRep = this.nOcc ? V * (this.nOcc[m] - 1 - this.nOcc[s]) : 0;
        best = Math.min(best, effectiveBarrier_eV(this.opts.Ea_eV, this.hopEnergy(s, d, dRep)));
      }
    }
    return best;
  }

  /** Recomputes the z hop rates of particle p and its total in the tree. */
  private refresh(p: number): void {
    const z = this.z;
    const s = this.site[p];
    const nbr = this.lat.neighbours;
    const occ = this.occ;
    const rates = this.rates!;
    let total = 0;
    const st = this.staticRates;
    if (st) {
      for (let d = 0; d < z; d++) {
        const r = occ[nbr[s * z + d]] === EMPTY ? st[s * z + d] : 0;
        rates[p * z + d] = r;
        total += r;
      }
    } else {
      const nOcc = this.nOcc!;
      const V = this.opts.repulsion_eV;
      for (let d = 0; d < z; d++) {
        const m = nbr[s * z + d];
        const r = occ[m] === EMPTY ? this.rateBetween(s, d, V * (nOcc[m] - 1 - nOcc[s])) : 0;
        rates[p * z + d] = r;
        total += r;
      }
    }
    this.tree!.setFast(p, total);
  }

  /** Re-adds the z stored rates of particle p (no drift in the leaf) and stores the total in the tree. */
  private resum(p: number): void {
    const rates = this.rates!;
    const z = this.z;
    let total = 0;
    for (let d = p * z, e = d + z; d < e; d++) total += rates[d];
    this.tree!.setFast(p, total);
  }

  /** Total rate of all possible hops, s⁻¹ (general algorithm), or N·z·Γ (uniform attempts). */
  totalRate(): number {
    if (this.uniform) return this.N * this.z * this.gamma;
    const tree = this.tree!;
    if (!(tree.total() > RELATIVE_FLOOR * this.peakTotal)) {
      tree.rebuild();
      this.sinceRebuild = 0;
      this.peakTotal = tree.total();
    }
    return tree.total();
  }

  /** Moves particle p along direction d (target must be empty) and updates the bookkeeping. */
  private move(p: number, d: number): void {
    const lat = this.lat;
    const z = this.z;
    const s = this.site[p];
    const t = lat.neighbours[s * z + d];
    const h = lat.siteBasis[s] * z + d;
    const hv = lat.hopVectors;
    this.occ[s] = EMPTY;
    this.occ[t] = OCCUPIED;
    this.particleAt[s] = -1;
    this.particleAt[t] = p;
    this.site[p] = t;
    const hx = hv[h * 3];
    const hy = hv[h * 3 + 1];
    const hz = hv[h * 3 + 2];
    this.ux[p] += hx;
    this.uy[p] += hy;
    this.uz[p] += hz;
    this.sumX += hx;
    this.sumY += hy;
    this.sumZ += hz;
    this.hopCount[p]++;
    this.hops++;
    const last = this.lastHop[p];
    const rest = 1 - (this.time - this.lastHopAt[p]) * this.invPairWindow;
    if (last >= 0 && rest > 0) {
      const w = 1 / rest;
      this.cosSum += w * (hv[last * 3] * hx + hv[last * 3 + 1] * hy + hv[last * 3 + 2] * hz);
      this.pairWeight += w;
    }
    this.lastHop[p] = h;
    this.lastHopAt[p] = this.time;
  }

  /**
   * Uniform algorithm: `count` attempts, each a uniformly chosen (particle, direction) pair, accepted
   * when the target is empty; then the clock advances by Gamma(count)/(N z Γ). Inline xoshiro128**
   * (same generator and stream as core Rng) and no allocation inside the loop.
   */
  runUniform(count: number): void {
    if (!this.uniform) throw new Error('runUniform needs uniform rates');
    if (count <= 0) return;
    const lat = this.lat;
    const z = this.z;
    const nbr = lat.neighbours;
    const basis = lat.siteBasis;
    const hv = lat.hopVectors;
    const occ = this.occ;
    const particleAt = this.particleAt;
    const site = this.site;
    const ux = this.ux;
    const uy = this.uy;
    const uz = this.uz;
    const hopCount = this.hopCount;
    const lastHop = this.lastHop;
    const lastHopAt = this.lastHopAt;
    const invW = this.invPairWindow;
    const step0 = this.steps;
    const scale = (this.N * z) / 4294967296;
    let [a, b, c, dd] = this.rng.getState();
    let sx = this.sumX;
    let sy = this.sumY;
    let sz = this.sumZ;
    let cosSum = this.cosSum;
    let pairWeight = this.pairWeight;
    let hops = 0;
    for (let i = 0; i < count; i++) {
      const m5 = Math.imul(b, 5);
      const r = Math.imul((m5 << 7) | (m5 >>> 25), 9) >>> 0;
      const t9 = b << 9;
      c ^= a;
      dd ^= b;
      b ^= c;
      a ^= dd;
      c ^= t9;
      dd = (dd << 11) | (dd >>> 21);
      const k = Math.floor(r * scale);
      const p = Math.floor(k / z);
      const dir = k - p * z;
      const s = site[p];
      const tgt = nbr[s * z + dir];
      if (occ[tgt] !== EMPTY) continue;
      occ[s] = EMPTY;
      occ[tgt] = OCCUPIED;
      particleAt[s] = -1;
      particleAt[tgt] = p;
      site[p] = tgt;
      const h = basis[s] * z + dir;
      const hx = hv[h * 3];
      const hy = hv[h * 3 + 1];
      const hz = hv[h * 3 + 2];
      ux[p] += hx;
      uy[p] += hy;
      uz[p] += hz;
      sx += hx;
      sy += hy;
      sz += hz;
      hopCount[p]++;
      hops++;
      const last = lastHop[p];
      const at = step0 + i;
      if (last >= 0) {
        const w = 1 / (1 - (at - lastHopAt[p]) * invW);
        cosSum += w * (hv[last * 3] * hx + hv[last * 3 + 1] * hy + hv[last * 3 + 2] * hz);
        pairWeight += w;
      }
      lastHop[p] = h;
      lastHopAt[p] = at;
    }
    this.rng.setState([a, b, c, dd]);
    this.sumX = sx;
    this.sumY = sy;
    this.sumZ = sz;
    this.cosSum = cosSum;
    this.pairWeight = pairWeight;
    this.hops += hops;
    this.steps += count;
    this.time += gammaVariate(this.rng, count) / (this.N * z * this.gamma);
  }

  /**
   * General algorithm (BKL): executes events until `maxEvents` are done or the next event would
   * fall after `tStop` (s); in that case the clock is set to tStop (waiting times are memoryless).
   * With no possible hop (jammed system) the clock jumps to tStop.
   */
  runGeneral(tStop: number, maxEvents: number): void {
    if (this.uniform) throw new Error('runGeneral needs the general algorithm');
    const tree = this.tree!;
    const rates = this.rates!;
    const rng = this.rng;
    const z = this.z;
    const nbr = this.lat.neighbours;
    const particleAt = this.particleAt;
    const basis = this.lat.siteBasis;
    const reverse = this.lat.reverse;
    let done = 0;
    while (done < maxEvents) {
      // the tree's inner sums drift by rounding under fast updates: recompute them now and then
      if (++this.sinceRebuild >= REBUILD_EVERY) {
        tree.rebuild();
        this.sinceRebuild = 0;
        this.peakTotal = tree.total();
      }
      let R = tree.total();
      if (R > this.peakTotal) this.peakTotal = R;
      else if (!(R > RELATIVE_FLOOR * this.peakTotal)) {
        // the total fell far below its peak (ions settling into deep sites): the rounding left by
        // the additive updates is now comparable to it, so recompute the sums exactly
        tree.rebuild();
        this.sinceRebuild = 0;
        R = tree.total();
        this.peakTotal = R;
      }
      if (!(R > 0)) {
        this.time = tStop;
        return;
      }
      const dt = -Math.log(rng.nextOpen()) / R;
      if (this.time + dt > tStop) {
        this.time = tStop;
        return;
      }
      const p = tree.find(rng.next() * R);
      // Choose the direction within particle p (fresh uniform over its total keeps it exact).
      const tot = tree.get(p);
      if (!(tot > 0)) {
        // a drifted inner sum led to a leaf that cannot move: recompute the sums and draw again
        tree.rebuild();
        this.sinceRebuild = 0;
        this.peakTotal = tree.total();
        continue;
      }
      this.time += dt;
      let y = rng.next() * tot;
      let dir = -1;
      for (let d = 0; d < z; d++) {
        const r = rates[p * z + d];
        if (r <= 0) continue;
        dir = d;
        y -= r;
        if (y < 0) break;
      }
      const s = this.site[p];
      const t = nbr[s * z + dir];
      this.move(p, dir);
      this.steps++;
      done++;
      if (this.nOcc) this.updateRepulsive(s, t);
      else {
        this.refresh(p);
        const st = this.staticRates!;
        const bs = basis[s] * z;
        const bt = basis[t] * z;
        for (let d = 0; d < z; d++) {
          // Ions next to the vacated site s may now hop into it (for p itself, now on t, this rewrites
          // the rate refresh gave it, and its total does not change) …
          const m1 = nbr[s * z + d];
          const q1 = particleAt[m1];
          if (q1 >= 0) {
            const rd = reverse[bs + d];
            rates[q1 * z + rd] = st[m1 * z + rd];
            this.resum(q1);
          }
          // … and ions next to the newly filled site t no longer can (p is on t, not next to it).
          const m2 = nbr[t * z + d];
          const q2 = particleAt[m2];
          if (q2 >= 0) {
            rates[q2 * z + reverse[bt + d]] = 0;
            this.resum(q2);
          }
        }
      }
    }
  }

  /** After a hop s→t with repulsion: update neighbour counts, refresh ions within two hops of s or t. */
  private updateRepulsive(s: number, t: number): void {
    const z = this.z;
    const nbr = this.lat.neighbours;
    const nOcc = this.nOcc!;
    const stamp = this.stamp!;
    for (let d = 0; d < z; d++) {
      nOcc[nbr[s * z + d]]--;
      nOcc[nbr[t * z + d]]++;
    }
    const mark = ++this.stampValue;
    const visit = (m: number) => {
      if (stamp[m] === mark) return;
      stamp[m] = mark;
      const q = this.particleAt[m];
      if (q >= 0) this.refresh(q);
    };
    for (const centre of [s, t]) {
      visit(centre);
      for (let d1 = 0; d1 < z; d1++) {
        const m1 = nbr[centre * z + d1];
        visit(m1);
        for (let d2 = 0; d2 < z; d2++) visit(nbr[m1 * z + d2]);
      }
    }
  }
}
