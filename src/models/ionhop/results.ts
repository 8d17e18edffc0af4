/**
 * What a run of the ion-hopping model reports: per-replica measurements, the MSD and running-D
 * series (m², m²/s) averaged over replicas, and the final series for plots and the 3D view
 * (sites, supercell, ions, blocked sites, trails, occupancy against site energy).
 */
import type { ModelResult } from '../../core/model';
import { BLOCKED, type HopEngine } from './engine';
import type { OccupancyHistogram } from './equilibrium';
import type { ReplicaData } from './estimates';
import type { Lattice } from './lattice';
import { TrajectoryRecorder, logLags, meanAndError, msdAtLag, windowsOf } from './observables';
import { TRAIL_IONS, WINDOWS } from './setup';

/**
 * MSD against lag time (m²) and the running diffusivity MSD/(2d·t) (m²/s), tracer and charge, from
 * lag series in units of the hop distance squared (`a2` = a², m²; `dim` = d).
 */
export function msdSeries(lag: { t: ArrayLike<number>; tr: ArrayLike<number>; ch: ArrayLike<number> }, a2: number, dim: number): ModelResult['series'] {
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
export function lagSeries(recs: readonly TrajectoryRecorder[], maxOrigins: number, aboutMean: boolean) {
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
export function replicaData(engine: HopEngine, rec: TrajectoryRecorder, t0: number): ReplicaData {
  return {
    rec,
    windows: windowsOf(rec, WINDOWS),
    ...displacementSums(engine),
    time: engine.time - t0,
    cosSum: engine.cosSum,
    pairWeight: engine.pairWeight,
  };
}

/** Indices of the blocked sites of an engine. */
export function blockedOf(engine: HopEngine): Float64Array {
  const list: number[] = [];
  engine.occ.forEach((state, s) => {
    if (state === BLOCKED) list.push(s);
  });
  return Float64Array.from(list);
}

/** The MSD and running-D series of the final result, with their standard errors (m², m²/s) when there are several replicas. */
export function finalMsdSeries(recs: readonly TrajectoryRecorder[], a: number, dim: number, aboutMean: boolean, replicas: number): ModelResult['series'] {
  const lag = lagSeries(recs, Infinity, aboutMean);
  const a2 = a * a;
  const series = msdSeries(lag, a2, dim);
  if (replicas > 1) {
    series.msdTracerErr = Float64Array.from(lag.trErr, (v) => v * a2);
    series.msdChargeErr = Float64Array.from(lag.chErr, (v) => v * a2);
    series.dLagTracerErr = Float64Array.from(lag.trErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
    series.dLagChargeErr = Float64Array.from(lag.chErr, (v, i) => (v * a2) / (2 * dim * lag.t[i]));
  }
  return series;
}

/**
 * Unwrapped paths (m) of the first `TRAIL_IONS` tagged ions of replica 0 as [ion][snapshot][xyz],
 * from their start sites on `lattice` (cell length a, m) and the recorded displacements.
 */
export function trailsOf(engine: HopEngine, rec: TrajectoryRecorder, lattice: Lattice, a: number, tagged: number): Float64Array {
  const nTrail = Math.min(TRAIL_IONS, tagged);
  return Float64Array.from({ length: nTrail * rec.count * 3 }, (_, k) => {
    const c = k % 3;
    const j = Math.floor(k / 3) % rec.count;
    const i = Math.floor(k / 3 / rec.count);
    return (lattice.positions[engine.startSite[i] * 3 + c] + rec.tagged[(j * tagged + i) * 3 + c]) * a;
  });
}

/** Occupancy against site energy (eV): measured, Fermi–Dirac, and samples per bin. */
export function occupancySeries(histogram: OccupancyHistogram): ModelResult['series'] {
  const h = histogram.result();
  return {
    occupancyVsEnergy_E_eV: Float64Array.from(h.centres),
    occupancyVsEnergy: Float64Array.from(h.occupancy),
    occupancyFermiDirac: Float64Array.from(h.predicted),
    occupancyVsEnergy_samples: Float64Array.from(h.samples),
  };
}
