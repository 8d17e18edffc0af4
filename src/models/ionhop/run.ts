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
import { BOLTZMANN, ELEMENTARY_CHARGE } from '../../core/constants';
import type { ModelResult, RunContext, SummaryValue } from '../../core/model';
import { OccupancyHistogram } from './equilibrium';
import { keyEstimates } from './estimates';
import type { IonhopParams } from './params';
import { replicaSeeds } from './random';
import { ReplicaRun, type RunShared } from './replica';
import { blockedOf, finalMsdSeries, occupancySeries, trailsOf } from './results';
import { MAX_TAGGED, setupOf, type IonhopSetup } from './setup';

/** Shortest interval between two progress reports, ms. */
const PROGRESS_MS = 200;

/** BKL events per chunk: with repulsion an event refreshes the ions within two hops (about z(1 + z + z²) rates), so chunks shrink with z to stay a few ms long and partials keep flowing. */
function chunkEventsFor(p: IonhopParams, z: number): number {
  // Stryker disable next-line all: equivalent: the chunk size only sets how often the loop yields between BKL events (runGeneral draws nothing at a chunk end), so no result depends on it
  return p.repulsion !== 0 ? Math.min(1 << 14, Math.max(64, Math.floor((1 << 19) / (z * (1 + z + z * z))))) : 1 << 14;
}

/** What the replicas of one run share, before the first replica starts. */
function sharedOf(p: IonhopParams, setup: IonhopSetup, ctx: RunContext): RunShared {
  const { lattice, N, gamma } = setup;
  const needsWarmup = p.disorder > 0 || p.repulsion !== 0;
  return {
    p,
    setup,
    ctx,
    chunker: new Chunker({ signal: ctx.signal, progressIntervalMs: PROGRESS_MS }),
    est: { a: p.a, dim: lattice.dim, N, field: p.field, carrierDensity: setup.carrierDensity, q: setup.charge * ELEMENTARY_CHARGE, kT: BOLTZMANN * p.T },
    tagged: Math.min(N, MAX_TAGGED),
    warmShare: needsWarmup && setup.general ? p.warmup : 0,
    chunkEvents: chunkEventsFor(p, lattice.z),
    histogram: p.disorder > 0 ? new OccupancyHistogram(-4 * p.disorder, 4 * p.disorder, 24) : null,
    siteXYZ: Float64Array.from(lattice.positions, (v) => v * p.a),
    supercell: Float64Array.from(lattice.supercell, (v) => v * p.a),
    fixed: { ions: N, sites: lattice.nSites, dimension: lattice.dim, coordination: lattice.z, hopRate: gamma, D0: setup.D0, carrierDensity: setup.carrierDensity },
    done: [],
    hops: 0,
    steps: 0,
  };
}

/** Runs the model (see the file comment). */
export async function run(p: IonhopParams, ctx: RunContext = {}): Promise<ModelResult> {
  const setup = setupOf(p);
  const shared = sharedOf(p, setup, ctx);
  const seeds = replicaSeeds(p.seed, p.replicas);
  const replicas: ReplicaRun[] = [];
  let measuredTime = 0;
  const wall0 = performance.now();
  for (let r = 0; r < p.replicas; r++) {
    const replica = new ReplicaRun(shared, r, seeds[r]);
    replicas.push(replica);
    shared.done.push(await replica.execute());
    shared.hops += replica.engine.hops;
    shared.steps += replica.engine.steps;
    measuredTime += replica.engine.time - replica.t0;
  }
  const wallSeconds = (performance.now() - wall0) / 1000;
  const { lattice } = setup;
  const summary: Record<string, SummaryValue> = {
    ...keyEstimates(shared.done, shared.est),
    carrierDensity: setup.carrierDensity,
    siteDensity: setup.siteDensity,
    hops: shared.hops,
    steps: shared.steps,
    simulatedTime: measuredTime / p.replicas,
    eventsPerSecond: wallSeconds > 0 ? shared.steps / wallSeconds : null,
    hopRate: setup.gamma,
    D0: setup.D0,
    ions: setup.N,
    sites: lattice.nSites,
    coordination: lattice.z,
    dimension: lattice.dim,
    algorithm: setup.general ? 'general' : 'uniform',
  };
  const first = replicas[0];
  const series: ModelResult['series'] = {
    ...finalMsdSeries(
      replicas.map((x) => x.rec),
      p.a,
      lattice.dim,
      p.field !== 0,
      p.replicas,
    ),
    siteXYZ: shared.siteXYZ,
    supercell: shared.supercell,
    ionSites: Float64Array.from(first.engine.site),
    blockedSites: blockedOf(first.engine),
    trails: trailsOf(first.engine, first.rec, lattice, p.a, shared.tagged),
    // Stryker disable next-line MethodExpression: equivalent: the recorder of a finished replica is full (count = capacity = SNAPSHOTS + 1)
    trail_t: first.rec.times.slice(0, first.rec.count),
    ...(shared.histogram ? occupancySeries(shared.histogram) : {}),
  };
  return { summary, series };
}
