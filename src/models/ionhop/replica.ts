/**
 * One replica of an ion-hopping run: a hop engine with its own seed, equilibrated first when
 * disorder or repulsion is on (general algorithm), then measured over `SNAPSHOTS` snapshots, in
 * time-budgeted chunks. Between chunks it samples the live trajectory and reports progress with a
 * partial result (running key results, MSD, supercell with the current ion positions).
 */
import type { Chunker } from '../../core/cooperative';
import { InvalidParamsError, type RunContext, type SummaryValue } from '../../core/model';
import { BLOCKED, HopEngine, OCCUPIED } from './engine';
import { chemicalPotential, fermiDirac, type OccupancyHistogram } from './equilibrium';
import { keyEstimates, type EstimateContext, type ReplicaData } from './estimates';
import { MIN_HOP_RATE, clockError, settledError, stuckError } from './limits';
import { TrajectoryRecorder } from './observables';
import type { IonhopParams } from './params';
import { blockedOf, lagSeries, msdSeries, replicaData } from './results';
import { SNAPSHOTS, type IonhopSetup } from './setup';

/** Fewest uniform attempts per replica (one per snapshot at least). */
const MIN_ATTEMPTS = 1000;
/** Live samples kept of the running replica (halved, and the sampling interval doubled, when full). */
const LIVE_SAMPLES = 64;
/** Above this many sites a partial carries the supercell only in every GEOMETRY_EVERY-th report (and the first of each replica). */
const LARGE_SUPERCELL = 1 << 16;
const GEOMETRY_EVERY = 10;
/** Uniform attempts per chunk. */
const UNIFORM_CHUNK = 1 << 18;

/** What every replica of one run shares (read-only), and the totals it adds to. */
export interface RunShared {
  p: IonhopParams;
  setup: IonhopSetup;
  ctx: RunContext;
  chunker: Chunker;
  est: EstimateContext;
  /** Tagged ions (trajectories stored). */
  tagged: number;
  /** Share of the work spent equilibrating, relative to measuring (0 without equilibration). */
  warmShare: number;
  /** BKL events per chunk. */
  chunkEvents: number;
  histogram: OccupancyHistogram | null;
  /** Site positions and supercell vectors, m. */
  siteXYZ: Float64Array;
  supercell: Float64Array;
  /** Summary values known before the run (ions, sites, hop rate, …). */
  fixed: Record<string, SummaryValue>;
  /** Finished replicas' measurements, and their hop and step totals. */
  done: ReplicaData[];
  hops: number;
  steps: number;
}

/** Samples of the running replica, one per chunk, thinned by doubling the stride when full. */
class LiveSamples {
  readonly rec: TrajectoryRecorder;
  private stride = 1;
  private ticks = 0;

  constructor(
    tagged: number,
    N: number,
    /** Engine time (s) the samples count from. */
    readonly t0: number,
  ) {
    this.rec = new TrajectoryRecorder(LIVE_SAMPLES, tagged, N);
  }

  /** Records `engine` every stride-th call. */
  sample(engine: HopEngine): void {
    if (this.rec.count === this.rec.capacity) {
      this.rec.compact();
      this.stride *= 2;
    }
    if (this.ticks++ % this.stride === 0) this.rec.record(engine, engine.time - this.t0);
  }
}

/** Runs replica `r` of a run (see the file comment). */
export class ReplicaRun {
  readonly engine: HopEngine;
  /** The measured snapshots. */
  readonly rec: TrajectoryRecorder;
  /** Engine time (s) when measuring started. */
  t0 = 0;
  private live: LiveSamples;
  private measuring = false;
  private reports = 0;
  private readonly blockedSites: Float64Array;

  constructor(
    private readonly run: RunShared,
    private readonly r: number,
    seed: number,
  ) {
    const { p, setup } = run;
    this.engine = new HopEngine(setup.lattice, {
      particles: setup.N,
      blockedSites: setup.blockedSites,
      nu0: p.nu0,
      Ea_eV: p.Ea,
      T: p.T,
      disorder_eV: p.disorder,
      repulsion_eV: p.repulsion,
      fieldDrop_eV: setup.charge * p.field * p.a,
      general: setup.general,
      seed,
    });
    this.blockedSites = blockedOf(this.engine);
    this.rec = new TrajectoryRecorder(SNAPSHOTS + 1, run.tagged, setup.N);
    this.live = new LiveSamples(run.tagged, setup.N, this.engine.time);
  }

  /** Equilibrates (when needed) and measures; returns what the replica measured. */
  async execute(): Promise<ReplicaData> {
    if (this.run.warmShare > 0) await this.equilibrate();
    const { K, span, snapshot } = this.startMeasuring();
    if (this.run.setup.general) await this.measureGeneral(span, snapshot);
    else await this.measureUniform(K, snapshot);
    return replicaData(this.engine, this.rec, this.t0);
  }

  /** Pauses when the chunk's budget is spent: samples, yields (throws `CancelledError` if cancelled) and reports. */
  private async tick(replicaFraction: number): Promise<void> {
    if (!this.run.chunker.due()) return;
    this.live.sample(this.engine);
    await this.run.chunker.pause();
    this.report(replicaFraction);
  }

  /** Reports progress with a partial result, at most as often as the chunker allows. */
  private report(replicaFraction: number): void {
    const { ctx, chunker, p, setup, done } = this.run;
    if (!ctx.onProgress || !chunker.shouldReport()) return;
    const { engine, live } = this;
    // The running replica counts once it has a few samples; while the first replica equilibrates
    // its (unequilibrated) samples are all there is, and the partial says so.
    const useLive = live.rec.count >= 3 && (this.measuring || done.length === 0);
    const reps = useLive ? [...done, replicaData(engine, live.rec, live.t0)] : done;
    const lag = lagSeries([live.rec], 8, p.field !== 0);
    const withGeometry = setup.lattice.nSites <= LARGE_SUPERCELL || this.reports++ % GEOMETRY_EVERY === 0;
    ctx.onProgress({
      fraction: (this.r + replicaFraction) / p.replicas,
      partial: {
        summary: {
          ...(reps.length > 0 ? keyEstimates(reps, this.run.est) : {}),
          ...this.run.fixed,
          replica: this.r,
          replicas: p.replicas,
          equilibrating: !this.measuring,
          hops: this.run.hops + engine.hops,
          steps: this.run.steps + engine.steps,
          simulatedTime: engine.time - live.t0,
        },
        series: {
          ionSites: Float64Array.from(engine.site),
          ...(withGeometry ? { siteXYZ: this.run.siteXYZ, supercell: this.run.supercell, blockedSites: this.blockedSites } : {}),
          ...msdSeries(lag, p.a * p.a, setup.lattice.dim),
        },
      },
    });
  }

  /** Equilibration (general algorithm only: uniform rates start in equilibrium) over warmup·time or warmup·steps. */
  private async equilibrate(): Promise<void> {
    const { p, warmShare, chunkEvents } = this.run;
    const engine = this.engine;
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
      await this.tick((warmShare * warmDone) / (warmShare + 1));
    }
  }

  /**
   * Checks the measurement can run (`InvalidParamsError` otherwise), resets the observables and
   * records the first snapshot; returns the uniform attempts K, the measured span (s, or K) and
   * the function that records a snapshot.
   */
  private startMeasuring(): { K: number; span: number; snapshot: () => void } {
    const { p, setup } = this.run;
    const engine = this.engine;
    const R0 = engine.totalRate();
    if (setup.general && !(R0 >= MIN_HOP_RATE)) throw stuckError(engine, p);
    const K = p.time > 0 ? Math.round(setup.N * setup.lattice.z * setup.gamma * p.time) : p.steps;
    const span = setup.general ? (p.time > 0 ? p.time : p.steps / R0) : K;
    if (setup.general && !(engine.time + span / SNAPSHOTS > engine.time)) throw clockError(p, engine.time, span);
    if (!setup.general && K < MIN_ATTEMPTS) throw new InvalidParamsError('time', `time: too short, only ${K} hop attempts (need ${MIN_ATTEMPTS}); raise time or T`);
    engine.resetObservables(span);
    this.t0 = engine.time;
    this.measuring = true;
    this.live = new LiveSamples(this.run.tagged, setup.N, this.t0);
    const snapshot = this.snapshotter();
    snapshot();
    return { K, span, snapshot };
  }

  /** A function recording one snapshot; with disorder it also samples occupancy against the Fermi–Dirac occupancy at the start of measuring. */
  private snapshotter(): () => void {
    const { histogram, setup, p } = this.run;
    const engine = this.engine;
    if (!histogram) return () => this.rec.record(engine, engine.time - this.t0);
    const { lattice } = setup;
    const energies = new Float64Array(lattice.nSites - setup.blockedSites);
    let k = 0;
    for (let s = 0; s < lattice.nSites; s++) if (engine.occ[s] !== BLOCKED) energies[k++] = engine.siteEnergy[s];
    const mu = chemicalPotential(energies, setup.N, p.T);
    const fd = Float64Array.from(engine.siteEnergy, (E) => fermiDirac(E, mu, p.T));
    return () => {
      this.rec.record(engine, engine.time - this.t0);
      histogram.sample(engine.siteEnergy, engine.occ, fd, OCCUPIED, BLOCKED);
    };
  }

  /** Fraction of the replica's work done when a fraction f of the measurement is done. */
  private measured(f: number): number {
    return (this.run.warmShare + f) / (this.run.warmShare + 1);
  }

  /** Uniform-rate attempts: K attempts in chunks, a snapshot every K/SNAPSHOTS. */
  private async measureUniform(K: number, snapshot: () => void): Promise<void> {
    let doneAttempts = 0;
    for (let j = 1; j <= SNAPSHOTS; j++) {
      const target = Math.round((j * K) / SNAPSHOTS);
      while (doneAttempts < target) {
        const n = Math.min(target - doneAttempts, UNIFORM_CHUNK);
        this.engine.runUniform(n);
        doneAttempts += n;
        await this.tick(this.measured(doneAttempts / K));
      }
      snapshot();
    }
  }

  /** BKL events over `span` seconds, a snapshot every span/SNAPSHOTS. */
  private async measureGeneral(span: number, snapshot: () => void): Promise<void> {
    const engine = this.engine;
    for (let j = 1; j <= SNAPSHOTS; j++) {
      const tSnap = this.t0 + (j * span) / SNAPSHOTS;
      while (engine.time < tSnap) {
        engine.runGeneral(tSnap, this.run.chunkEvents);
        await this.tick(this.measured((engine.time - this.t0) / span));
      }
      snapshot();
    }
  }
}
