/**
 * Runs the ion-hopping model: builds the lattice, places ions, runs independent replicas in
 * time-budgeted chunks (cooperative cancellation), records S + 1 snapshots per replica, and turns
 * them into the headless summary (SI units) and the plot series. Replica r uses a seed derived from
 * `seed`; each replica runs the full `steps` (or `time`), after an equilibration stretch when
 * disorder or repulsion is on. Progress (at most every PROGRESS_MS) carries a fraction that counts
 * the equilibration work too and a partial result: running key results with errors (from the
 * finished replicas and live samples of the running one), its MSD, and the supercell with the
 * current ion positions.
 */
import { Chunker } from '../../core/cooperative';
import type { ModelResult, RunContext, SummaryValue } from '../../core/model';
import { BOLTZMANN, ELEMENTARY_CHARGE } from '../../core/constants';
import { buildLattice, type Lattice } from './lattice';
import { BLOCKED, HopEngine, OCCUPIED } from './engine';
import { arrheniusRate, diluteDiffusivity, ION_CHARGE } from './rates';
import { replicaSeeds } from './random';
import { TrajectoryRecorder, logLags, meanAndError, msdAtLag, windowsOf } from './observables';
import { OccupancyHistogram, chemicalPotential, fermiDirac } from './equilibrium';
import type { IonhopParams } from './params';
import { InvalidParamsError } from '../../core/model';
import { keyEstimates, type EstimateContext, type ReplicaData } from './estimates';
import { MIN_HOP_RATE, checkHopRate, clockError, settledError, stuckError } from './limits';

/** Snapshots per replica after the initial one. */
export const SNAPSHOTS = 100;
/** Non-overlapping windows per replica for D estimates and their errors. */
export const WINDOWS = 10;
/** Most ions whose trajectories are stored for the tracer MSD. */
export const MAX_TAGGED = 2048;
/** Ions whose unwrapped paths are returned as trails. */
export const TRAIL_IONS = 4;
/** Fewest uniform attempts per replica (one per snapshot at least). */
const MIN_ATTEMPTS = 1000;
/** Shortest interval between two progress reports, ms. */
const PROGRESS_MS = 200;
/** Live samples kept of the running replica (halved, and the sampling interval doubled, when full). */
const LIVE_SAMPLES = 64;
/** Above this many sites a partial carries the supercell only in every GEOMETRY_EVERY-th report (and the first of each replica). */
const LARGE_SUPERCELL = 1 << 16;
const GEOMETRY_EVERY = 10;

/** Derived quantities of a parameter set, before any simulation. */
export interface IonhopSetup {
  lattice: Lattice;
  /** Ions. */
  N: number;
  blockedSites: number;
  /** Ion charge number. */
  charge: number;
  /** Γ per direction, s⁻¹. */
  gamma: number;
  /** Dilute-limit D₀ = zΓa²/(2d), m²/s. */
  D0: number;
  /** Site density, m⁻³ (2-D: per area divided by the layer spacing a). */
  siteDensity: number;
  /** Ion density N/V, m⁻³. */
  carrierDensity: number;
  /** True when the rejection-free BKL algorithm is used. */
  general: boolean;
}

/** Builds the lattice and derived numbers; throws an Error naming the field for impossible inputs. */
export function setupOf(p: IonhopParams): IonhopSetup {
  const lattice = buildLattice(p.lattice, p.L);
  const blockedSites = Math.round(p.blocked * lattice.nSites);
  const nOpen = lattice.nSites - blockedSites;
  let N: number;
  if (p.vacancies > 0) {
    if (p.vacancies >= nOpen) throw new InvalidParamsError('vacancies', `vacancies: must be below the ${nOpen} open sites`);
    N = nOpen - p.vacancies;
  } else {
    N = Math.round(p.occupancy * nOpen);
    if (N < 1) throw new InvalidParamsError('occupancy', `occupancy: ${p.occupancy} of ${nOpen} open sites is less than one ion; raise occupancy or L`);
    if (N >= nOpen) throw new InvalidParamsError('occupancy', `occupancy: ${p.occupancy} of ${nOpen} open sites leaves no vacancy; lower occupancy or use vacancies`);
  }
  const charge = ION_CHARGE[p.ion];
  checkHopRate(p);
  const gamma = arrheniusRate(p.nu0, p.Ea, p.T);
  const siteDensity = lattice.siteDensity / p.a ** 3;
  const uniformRates = p.disorder === 0 && p.repulsion === 0 && p.field === 0;
  // The attempt algorithm wastes a fraction c of its attempts; BKL wins once vacancies are scarce.
  const general = p.algorithm === 'general' || (p.algorithm === 'auto' && (!uniformRates || 1 - N / nOpen < 0.05));
  return {
    lattice,
    N,
    blockedSites,
    charge,
    gamma,
    D0: diluteDiffusivity(lattice.z, gamma, p.a, lattice.dim),
    siteDensity,
    carrierDensity: (N / lattice.nSites) * siteDensity,
    general,
  };
}

/**
 * MSD against lag time (m²) and the running diffusivity MSD/(2d·t) (m²/s), tracer and charge, from
 * lag series in units of the hop distance squared (`a2` = a², m²; `dim` = d).
 */
function msdSeries(lag: { t: ArrayLike<number>; tr: ArrayLike<number>; ch: ArrayLike<number> }, a2: number, dim: number): ModelResult['series'] {
  return {
    msd_t: Float64Array.from(lag.t),
    msdTracer: Float64Array.from(lag.tr, (v) => v * a2),
    msdCharge: Float64Array.from(lag.ch, (v) => v * a2),
    dLag_t: Float64Array.from(lag.t),
    dLagTracer: Float64Array.from(lag.tr, (v, i) => (v * a2) / (2 * dim * lag.t[i])),
    dLagCharge: Float64Array.from(lag.ch, (v, i) => (v * a2) / (2 * dim * lag.t[i])),
  };
}

/** MSD series over lags averaged over replicas (units of a² and s; errors 0 for one replica; drift taken out when `aboutMean`). */
function lagSeries(recs: readonly TrajectoryRecorder[], maxOrigins: number, aboutMean: boolean) {
  const S = Math.max(1, recs[0].count - 1);
  const lags = logLags(S);
  const t: number[] = [];
  const tr: number[] = [];
  const ch: number[] = [];
  const trErr: number[] = [];
  const chErr: number[] = [];
  for (const k of lags) {
    const pts = recs.filter((r) => r.count > k).map((r) => msdAtLag(r, k, maxOrigins, aboutMean));
    if (pts.length === 0) continue;
    const mt = meanAndError(pts.map((q) => q.t));
    const a = meanAndError(pts.map((q) => q.tracer));
    const b = meanAndError(pts.map((q) => q.charge));
    t.push(mt.mean);
    tr.push(a.mean);
    ch.push(b.mean);
    trErr.push(a.err ?? 0);
    chErr.push(b.err ?? 0);
  }
  return { t, tr, ch, trErr, chErr };
}

/** Σᵢ|ΔRᵢ|² and Σᵢ|ΔRᵢ − ū|² (units of a²), Σ hops and |ΣΔR|² (a²) over all ions of an engine. */
function displacementSums(engine: HopEngine): { sqDisp: number; sqDispAboutMean: number; hops: number; sqSumDisp: number } {
  const N = engine.N;
  const mx = engine.sumX / N;
  const my = engine.sumY / N;
  const mz = engine.sumZ / N;
  let sqDisp = 0;
  let about = 0;
  let hops = 0;
  for (let i = 0; i < N; i++) {
    const x = engine.ux[i];
    const y = engine.uy[i];
    const z = engine.uz[i];
    sqDisp += x * x + y * y + z * z;
    about += (x - mx) ** 2 + (y - my) ** 2 + (z - mz) ** 2;
    hops += engine.hopCount[i];
  }
  return { sqDisp, sqDispAboutMean: about, hops, sqSumDisp: engine.sumX ** 2 + engine.sumY ** 2 + engine.sumZ ** 2 };
}

/** What a replica measured so far, from its recorder (snapshots since `t0`, s). */
function replicaData(engine: HopEngine, rec: TrajectoryRecorder, t0: number): ReplicaData {
  return {
    rec,
    windows: windowsOf(rec, WINDOWS),
    ...displacementSums(engine),
    time: engine.time - t0,
    cosSum: engine.cosSum,
    pairWeight: engine.pairWeight,
  };
}

/** Runs the model (see the file comment). */
export async function simulate(p: IonhopParams, ctx: RunContext = {}): Promise<ModelResult> {
  const setup = setupOf(p);
  const { lattice, N, gamma } = setup;
  const z = lattice.z;
  const dim = lattice.dim;
  const a = p.a;
  const q = setup.charge * ELEMENTARY_CHARGE;
  const chunker = new Chunker({ signal: ctx.signal, progressIntervalMs: PROGRESS_MS });
  const seeds = replicaSeeds(p.seed, p.replicas);
  const M = Math.min(N, MAX_TAGGED);
  const needsWarmup = (p.disorder > 0 || p.repulsion !== 0) && p.warmup > 0;
  const warmShare = needsWarmup && setup.general ? p.warmup : 0;
  // BKL events per chunk: with repulsion an event refreshes the ions within two hops (about
  // z(1 + z + z²) rates), so chunks shrink with z to stay a few ms long and partials keep flowing.
  const chunkEvents = p.repulsion !== 0 ? Math.min(1 << 14, Math.max(64, Math.floor((1 << 19) / (z * (1 + z + z * z))))) : 1 << 14;
  const histogram = p.disorder > 0 ? new OccupancyHistogram(-4 * p.disorder, 4 * p.disorder, 24) : null;
  const est: EstimateContext = { a, dim, N, field: p.field, carrierDensity: setup.carrierDensity, q, kT: BOLTZMANN * p.T };
  const recs: TrajectoryRecorder[] = [];
  const done: ReplicaData[] = [];
  let hops = 0;
  let steps = 0;
  let measuredTime = 0;
  let first: HopEngine | null = null;
  const siteXYZ = Float64Array.from(lattice.positions, (v) => v * a);
  const supercell = Float64Array.from(lattice.supercell, (v) => v * a);
  const fixed = { ions: N, sites: lattice.nSites, dimension: dim, coordination: z, hopRate: gamma, D0: setup.D0, carrierDensity: setup.carrierDensity };
  const wall0 = performance.now();

  for (let r = 0; r < p.replicas; r++) {
    const engine = new HopEngine(lattice, {
      particles: N,
      blockedSites: setup.blockedSites,
      nu0: p.nu0,
      Ea_eV: p.Ea,
      T: p.T,
      disorder_eV: p.disorder,
      repulsion_eV: p.repulsion,
      fieldDrop_eV: setup.charge * p.field * a,
      general: setup.general,
      seed: seeds[r],
    });
    if (r === 0) first = engine;
    const blockedSites = blockedOf(engine);
    const rec = new TrajectoryRecorder(SNAPSHOTS + 1, M, N);
    recs.push(rec);
    // Live samples of this replica (one per chunk of work, thinned when full) for the running estimates and MSD.
    let live = new TrajectoryRecorder(LIVE_SAMPLES, M, N);
    let liveStride = 1;
    let liveTicks = 0;
    let liveT0 = engine.time;
    let measuring = false;
    let t0 = 0;
    let reports = 0;
    const sample = () => {
      if (live.count === live.capacity) {
        live.compact();
        liveStride *= 2;
      }
      if (liveTicks++ % liveStride === 0) live.record(engine, engine.time - liveT0);
    };
    const report = (replicaFraction: number) => {
      if (!ctx.onProgress || !chunker.shouldReport()) return;
      // The running replica counts once it has a few samples; while the first replica equilibrates
      // its (unequilibrated) samples are all there is, and the partial says so.
      const useLive = live.count >= 3 && (measuring || done.length === 0);
      const reps = useLive ? [...done, replicaData(engine, live, liveT0)] : done;
      const lag = lagSeries([live], 8, p.field !== 0);
      const a2 = a * a;
      const withGeometry = lattice.nSites <= LARGE_SUPERCELL || reports++ % GEOMETRY_EVERY === 0;
      ctx.onProgress({
        fraction: (r + replicaFraction) / p.replicas,
        partial: {
          summary: {
            ...(reps.length > 0 ? keyEstimates(reps, est) : {}),
            ...fixed,
            replica: r,
            replicas: p.replicas,
            equilibrating: !measuring,
            hops: hops + engine.hops,
            steps: steps + engine.steps,
            simulatedTime: engine.time - liveT0,
          },
          series: {
            ionSites: Float64Array.from(engine.site),
            ...(withGeometry ? { siteXYZ, supercell, blockedSites } : {}),
            ...msdSeries(lag, a2, dim),
          },
        },
      });
    };
    const tick = async (replicaFraction: number) => {
      if (chunker.due()) {
        sample();
        await chunker.pause();
        report(replicaFraction);
      }
    };

    // Equilibration (general algorithm only: uniform rates start in equilibrium).
    if (warmShare > 0) {
      const tWarm = p.time > 0 ? p.warmup * p.time : Infinity;
      const warmSteps = Math.round(p.warmup * p.steps);
      let left = p.time > 0 ? Infinity : warmSteps;
      while (left > 0 && engine.time < tWarm) {
        if (!(engine.totalRate() >= MIN_HOP_RATE)) throw stuckError(engine, p);
        const before = engine.steps;
        engine.runGeneral(tWarm, Math.min(left, chunkEvents));
        left -= engine.steps - before;
        if (!(engine.time <= engine.steps / MIN_HOP_RATE)) throw settledError(p, engine.steps, engine.time);
        const warmDone = p.time > 0 ? engine.time / tWarm : 1 - left / warmSteps;
        await tick((warmShare * warmDone) / (warmShare + 1));
      }
    }
    const R0 = engine.totalRate();
    if (setup.general && !(R0 >= MIN_HOP_RATE)) throw stuckError(engine, p);
    const K = p.time > 0 ? Math.round(N * z * gamma * p.time) : p.steps;
    const span = setup.general ? (p.time > 0 ? p.time : p.steps / R0) : K;
    if (setup.general && !(engine.time + span / SNAPSHOTS > engine.time)) throw clockError(p, engine.time, span);
    if (!setup.general && K < MIN_ATTEMPTS) throw new InvalidParamsError('time', `time: too short, only ${K} hop attempts (need ${MIN_ATTEMPTS}); raise time or T`);
    engine.resetObservables(span);
    t0 = engine.time;
    measuring = true;
    live = new TrajectoryRecorder(LIVE_SAMPLES, M, N);
    liveStride = 1;
    liveTicks = 0;
    liveT0 = t0;
    let fd: Float64Array | null = null;
    if (histogram) {
      const open = lattice.nSites - setup.blockedSites;
      const energies = new Float64Array(open);
      let k = 0;
      for (let s = 0; s < lattice.nSites; s++) if (engine.occ[s] !== BLOCKED) energies[k++] = engine.siteEnergy[s];
      const mu = chemicalPotential(energies, N, p.T);
      fd = Float64Array.from(engine.siteEnergy, (E) => fermiDirac(E, mu, p.T));
    }
    const snap = () => {
      rec.record(engine, engine.time - t0);
      if (histogram && fd) histogram.sample(engine.siteEnergy, engine.occ, fd, OCCUPIED, BLOCKED);
    };
    snap();
    const measured = (f: number) => (warmShare + f) / (warmShare + 1);
    if (!setup.general) {
      let doneAttempts = 0;
      for (let j = 1; j <= SNAPSHOTS; j++) {
        const target = Math.round((j * K) / SNAPSHOTS);
        while (doneAttempts < target) {
          const n = Math.min(target - doneAttempts, 1 << 18);
          engine.runUniform(n);
          doneAttempts += n;
          await tick(measured(doneAttempts / K));
        }
        snap();
      }
    } else {
      for (let j = 1; j <= SNAPSHOTS; j++) {
        const tSnap = t0 + (j * span) / SNAPSHOTS;
        while (engine.time < tSnap) {
          engine.runGeneral(tSnap, chunkEvents);
          await tick(measured((engine.time - t0) / span));
        }
        snap();
      }
    }
    done.push(replicaData(engine, rec, t0));
    hops += engine.hops;
    steps += engine.steps;
    measuredTime += engine.time - t0;
  }
  const wallSeconds = (performance.now() - wall0) / 1000;

  const summary: Record<string, SummaryValue> = {
    ...keyEstimates(done, est),
    carrierDensity: setup.carrierDensity,
    siteDensity: setup.siteDensity,
    hops,
    steps,
    simulatedTime: measuredTime / p.replicas,
    eventsPerSecond: wallSeconds > 0 ? steps / wallSeconds : null,
    hopRate: gamma,
    D0: setup.D0,
    ions: N,
    sites: lattice.nSites,
    coordination: z,
    dimension: dim,
    algorithm: setup.general ? 'general' : 'uniform',
  };

  // Series.
  const lag = lagSeries(recs, Infinity, p.field !== 0);
  const a2 = a * a;
  const series: ModelResult['series'] = {
    ...msdSeries(lag, a2, dim),
  };
  if (p.replicas > 1) {
    series.msdTracerErr = Float64Array.from(lag.trErr, (v) => v * a2);
    series.msdChargeErr = Float64Array.from(lag.chErr, (v) => v * a2);
    series.dLagTracerErr = Float64Array.from(lag.trErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
    series.dLagChargeErr = Float64Array.from(lag.chErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
  }
  const eng = first!;
  series.siteXYZ = siteXYZ;
  series.supercell = supercell;
  series.ionSites = Float64Array.from(eng.site);
  series.blockedSites = blockedOf(eng);
  const rec0 = recs[0];
  const nTrail = Math.min(TRAIL_IONS, M);
  const trails = new Float64Array(nTrail * rec0.count * 3);
  for (let i = 0; i < nTrail; i++) {
    const s0 = eng.startSite[i];
    for (let j = 0; j < rec0.count; j++)
      for (let c = 0; c < 3; c++)
        trails[(i * rec0.count + j) * 3 + c] = (lattice.positions[s0 * 3 + c] + rec0.tagged[(j * M + i) * 3 + c]) * a;
  }
  series.trails = trails;
  series.trail_t = rec0.times.slice(0, rec0.count);
  if (histogram) {
    const h = histogram.result();
    series.occupancyVsEnergy_E_eV = Float64Array.from(h.centres);
    series.occupancyVsEnergy = Float64Array.from(h.occupancy);
    series.occupancyFermiDirac = Float64Array.from(h.predicted);
    series.occupancyVsEnergy_samples = Float64Array.from(h.samples);
  }
  return { summary, series };
}

/** Indices of the blocked sites of an engine. */
function blockedOf(engine: HopEngine): Float64Array {
  const list: number[] = [];
  for (let s = 0; s < engine.occ.length; s++) if (engine.occ[s] === BLOCKED) list.push(s);
  return Float64Array.from(list);
}
