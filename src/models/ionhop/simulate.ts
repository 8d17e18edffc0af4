/**
 * Runs the ion-hopping model: builds the lattice, places ions, runs independent replicas in
 * time-budgeted chunks (cooperative cancellation, rate-limited progress with live positions and
 * MSD), records S + 1 snapshots per replica, and turns them into the headless summary (SI units)
 * and the plot series. Replica r uses a seed derived from `seed`; each replica runs the full
 * `steps` (or `time`), after an equilibration stretch when disorder or repulsion is on.
 */
import { Chunker } from '../../core/cooperative';
import type { ModelResult, RunContext, SummaryValue } from '../../core/model';
import { BOLTZMANN, ELEMENTARY_CHARGE } from '../../core/constants';
import { buildLattice, type Lattice } from './lattice';
import { BLOCKED, HopEngine, OCCUPIED } from './engine';
import { arrheniusRate, diluteDiffusivity, ION_CHARGE } from './rates';
import { replicaSeeds } from './random';
import { TrajectoryRecorder, estimateCharge, estimateTracer, logLags, meanAndError, msdAtLag, windowsOf, type Window } from './observables';
import { OccupancyHistogram, chemicalPotential, fermiDirac } from './equilibrium';
import type { IonhopParams } from './params';
import { InvalidParamsError } from '../../core/model';

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

/** A finite number or null (summaries never carry NaN). */
function num(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}

/** MSD series over lags averaged over replicas (units of a² and s). */
function lagSeries(recs: readonly TrajectoryRecorder[], maxOrigins: number) {
  const S = Math.max(1, recs[0].count - 1);
  const lags = logLags(S);
  const t: number[] = [];
  const tr: number[] = [];
  const ch: number[] = [];
  const trErr: number[] = [];
  const chErr: number[] = [];
  for (const k of lags) {
    const pts = recs.filter((r) => r.count > k).map((r) => msdAtLag(r, k, maxOrigins));
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

/** Runs the model (see the file comment). */
export async function simulate(p: IonhopParams, ctx: RunContext = {}): Promise<ModelResult> {
  const setup = setupOf(p);
  const { lattice, N, gamma } = setup;
  const z = lattice.z;
  const dim = lattice.dim;
  const a = p.a;
  const q = setup.charge * ELEMENTARY_CHARGE;
  const chunker = new Chunker({ signal: ctx.signal });
  const seeds = replicaSeeds(p.seed, p.replicas);
  const M = Math.min(N, MAX_TAGGED);
  const needsWarmup = (p.disorder > 0 || p.repulsion !== 0) && p.warmup > 0;
  const histogram = p.disorder > 0 ? new OccupancyHistogram(-4 * p.disorder, 4 * p.disorder, 24) : null;
  const recs: TrajectoryRecorder[] = [];
  const windows: Window[] = [];
  let hops = 0;
  let steps = 0;
  let measuredTime = 0;
  let sqDisp = 0;
  let hopSum = 0;
  let cosSum = 0;
  let cosCount = 0;
  let first: HopEngine | null = null;
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
    const rec = new TrajectoryRecorder(SNAPSHOTS + 1, M, N);
    recs.push(rec);
    const report = (fraction: number) => {
      if (!ctx.onProgress || !chunker.shouldReport()) return;
      const live = lagSeries([rec], 8);
      ctx.onProgress({
        fraction,
        partial: {
          summary: { replica: r, hops: hops + engine.hops, simulatedTime: engine.time },
          series: {
            ionSites: Float64Array.from(engine.site),
            msd_t: Float64Array.from(live.t),
            msdTracer: Float64Array.from(live.tr, (v) => v * a * a),
            msdCharge: Float64Array.from(live.ch, (v) => v * a * a),
          },
        },
      });
    };
    const tick = async (fraction: number) => {
      if (chunker.due()) {
        await chunker.pause();
        report(fraction);
      }
    };

    // Equilibration (general algorithm only: uniform rates start in equilibrium).
    if (needsWarmup) {
      const tWarm = p.time > 0 ? p.warmup * p.time : Infinity;
      let left = p.time > 0 ? Infinity : Math.round(p.warmup * p.steps);
      while (left > 0 && engine.time < tWarm) {
        const before = engine.steps;
        engine.runGeneral(tWarm, Math.min(left, 1 << 14));
        left -= engine.steps - before;
        await tick(r / p.replicas);
      }
    }
    engine.resetObservables();
    const t0 = engine.time;
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
    if (!setup.general) {
      const K = p.time > 0 ? Math.round(N * z * gamma * p.time) : p.steps;
      if (K < MIN_ATTEMPTS) throw new InvalidParamsError('time', `time: too short, only ${K} hop attempts (need ${MIN_ATTEMPTS}); raise time or T`);
      let done = 0;
      for (let j = 1; j <= SNAPSHOTS; j++) {
        const target = Math.round((j * K) / SNAPSHOTS);
        while (done < target) {
          const n = Math.min(target - done, 1 << 18);
          engine.runUniform(n);
          done += n;
          await tick((r + done / K) / p.replicas);
        }
        snap();
      }
    } else {
      const R0 = engine.totalRate();
      if (!(R0 > 0)) throw new Error('blocked: no ion can move (blocked sites or repulsion jam every ion)');
      const span = p.time > 0 ? p.time : p.steps / R0;
      for (let j = 1; j <= SNAPSHOTS; j++) {
        const tSnap = t0 + (j * span) / SNAPSHOTS;
        while (engine.time < tSnap) {
          engine.runGeneral(tSnap, 1 << 14);
          await tick((r + (engine.time - t0) / span) / p.replicas);
        }
        snap();
      }
    }
    windows.push(...windowsOf(rec, WINDOWS));
    hops += engine.hops;
    steps += engine.steps;
    measuredTime += engine.time - t0;
    for (let i = 0; i < N; i++) {
      sqDisp += engine.ux[i] ** 2 + engine.uy[i] ** 2 + engine.uz[i] ** 2;
      hopSum += engine.hopCount[i];
    }
    cosSum += engine.cosSum;
    cosCount += engine.cosCount;
  }
  const wallSeconds = (performance.now() - wall0) / 1000;

  // Diffusion, conductivity and ratios.
  const est = { ...estimateCharge(windows, a, dim, N, p.field !== 0), ...estimateTracer(recs, a, dim) };
  const kT = BOLTZMANN * p.T;
  const n = setup.carrierDensity;
  const neFactor = (n * q * q) / kT;
  const conductivity = est.chargeD * neFactor;
  const haven = est.chargeD > 0 ? est.tracerD / est.chargeD : null;
  const havenErr =
    haven !== null && est.tracerDErr !== null && est.chargeDErr !== null
      ? haven * Math.hypot(est.tracerDErr / est.tracerD, est.chargeDErr / est.chargeD)
      : null;
  const meanCos = cosCount > 0 ? cosSum / cosCount : null;
  const drift = p.field !== 0 ? (n * q * est.driftVx) / p.field : null;
  const driftErr = p.field !== 0 && est.driftVxErr !== null ? Math.abs((n * q * est.driftVxErr) / p.field) : null;

  const summary: Record<string, SummaryValue> = {
    tracerD: num(est.tracerD),
    tracerDErr: num(est.tracerDErr),
    chargeD: num(est.chargeD),
    chargeDErr: num(est.chargeDErr),
    havenRatio: num(haven),
    havenRatioErr: num(havenErr),
    correlationFactor: hopSum > 0 ? num(sqDisp / hopSum) : null,
    correlationFactorCosTheta: meanCos !== null ? num((1 + meanCos) / (1 - meanCos)) : null,
    conductivity: num(conductivity),
    conductivityErr: est.chargeDErr !== null ? num(est.chargeDErr * neFactor) : null,
    conductivityFromDrift: num(drift),
    conductivityFromDriftErr: num(driftErr),
    carrierDensity: n,
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
  const lag = lagSeries(recs, Infinity);
  const a2 = a * a;
  const series: ModelResult['series'] = {
    msd_t: Float64Array.from(lag.t),
    msdTracer: Float64Array.from(lag.tr, (v) => v * a2),
    msdCharge: Float64Array.from(lag.ch, (v) => v * a2),
    dLag_t: Float64Array.from(lag.t),
    dLagTracer: Float64Array.from(lag.tr, (v, i) => (v * a2) / (2 * dim * lag.t[i])),
    dLagCharge: Float64Array.from(lag.ch, (v, i) => (v * a2) / (2 * dim * lag.t[i])),
  };
  if (p.replicas > 1) {
    series.msdTracerErr = Float64Array.from(lag.trErr, (v) => v * a2);
    series.msdChargeErr = Float64Array.from(lag.chErr, (v) => v * a2);
    series.dLagTracerErr = Float64Array.from(lag.trErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
    series.dLagChargeErr = Float64Array.from(lag.chErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
  }
  const eng = first!;
  series.siteXYZ = Float64Array.from(lattice.positions, (v) => v * a);
  series.supercell = Float64Array.from(lattice.supercell, (v) => v * a);
  series.ionSites = Float64Array.from(eng.site);
  const blockedList: number[] = [];
  for (let s = 0; s < lattice.nSites; s++) if (eng.occ[s] === BLOCKED) blockedList.push(s);
  series.blockedSites = Float64Array.from(blockedList);
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
