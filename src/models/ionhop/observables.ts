/**
 * Trajectory recording and diffusion estimators. A run stores S + 1 snapshots (time, unwrapped
 * positions of up to a few thousand tagged ions, and the collective displacement Σᵢ ΔRᵢ). From them:
 * MSD(t) at log-spaced lags averaged over all time origins; and diffusion coefficients from
 * non-overlapping windows, pooled over replicas, whose scatter gives the error bar. The collective
 * (charge) estimate needs this averaging: one trajectory gives one d-dimensional vector whose
 * relative scatter is about √(2/d) (physics.md C.1). Lengths are in units of a unless stated.
 */
import type { HopEngine } from './engine';

/** Snapshots of one replica. */
export class TrajectoryRecorder {
  readonly times: Float64Array;
  /** Tagged-ion displacements, (snapshot·M + i)·3 + component, units of a. */
  readonly tagged: Float64Array;
  /** Collective displacement Σᵢ ΔRᵢ per snapshot (3 per snapshot), units of a. */
  readonly collective: Float64Array;
  count = 0;

  constructor(
    readonly capacity: number,
    /** Number of tagged ions (the first M; ions are placed at random, so these are a fair sample). */
    readonly M: number,
    /** Number of ions. */
    readonly N: number,
  ) {
    this.times = new Float64Array(capacity);
    this.tagged = new Float64Array(capacity * M * 3);
    this.collective = new Float64Array(capacity * 3);
  }

  /** Stores the engine's state at time `t` (s, measured from the start of recording). */
  record(engine: HopEngine, t: number): void {
    const j = this.count++;
    this.times[j] = t;
    const M = this.M;
    const base = j * M * 3;
    for (let i = 0; i < M; i++) {
      this.tagged[base + i * 3] = engine.ux[i];
      this.tagged[base + i * 3 + 1] = engine.uy[i];
      this.tagged[base + i * 3 + 2] = engine.uz[i];
    }
    this.collective[j * 3] = engine.sumX;
    this.collective[j * 3 + 1] = engine.sumY;
    this.collective[j * 3 + 2] = engine.sumZ;
  }

  /** Keeps every second snapshot (0, 2, 4, …), freeing half the capacity of a live recorder. */
  compact(): void {
    const M = this.M;
    let k = 0;
    for (let j = 0; j < this.count; j += 2, k++) {
      this.times[k] = this.times[j];
      this.tagged.copyWithin(k * M * 3, j * M * 3, (j + 1) * M * 3);
      this.collective.copyWithin(k * 3, j * 3, j * 3 + 3);
    }
    this.count = k;
  }
}

/** Log-spaced distinct integer lags 1 … maxLag (about `perDecade` per decade, plus maxLag). */
export function logLags(maxLag: number, perDecade = 10): number[] {
  const lags = new Set<number>();
  for (let e = 0; ; e++) {
    const k = Math.round(Math.pow(10, e / perDecade));
    // Stryker disable next-line EqualityOperator: equivalent: maxLag itself is added below
    if (k > maxLag) break;
    lags.add(k);
  }
  // every k added is at most maxLag and they rise, so the set is in ascending order
  lags.add(maxLag);
  return [...lags];
}

/** MSD at one lag: mean lag time (s), tracer MSD and charge MSD |ΔΣR|²/N (units of a²). */
export interface LagPoint {
  t: number;
  tracer: number;
  charge: number;
}

/**
 * MSD at snapshot lag k averaged over time origins (at most `maxOrigins`, evenly spread):
 * tracer ⟨|Rᵢ(t₀+τ) − Rᵢ(t₀)|²⟩ over tagged ions, charge ⟨|ΣΔR(t₀+τ) − ΣΔR(t₀)|²⟩/N. With
 * `aboutMean` (under a field) the tracer displacements are taken about the mean displacement of
 * all ions over the same interval, so the drift does not enter. The charge MSD keeps the drift: a
 * mean drift estimated from the same run would cancel its own fluctuation at long lags.
 */
export function msdAtLag(rec: TrajectoryRecorder, k: number, maxOrigins = Infinity, aboutMean = false): LagPoint {
  const origins = rec.count - k;
  if (origins <= 0) return { t: 0, tracer: 0, charge: 0 };
  const stride = Math.max(1, Math.ceil(origins / maxOrigins));
  const M = rec.M;
  let tSum = 0;
  let tr = 0;
  let ch = 0;
  let n = 0;
  for (let i = 0; i < origins; i += stride) {
    const j = i + k;
    tSum += rec.times[j] - rec.times[i];
    const dc = [0, 1, 2].map((q) => rec.collective[j * 3 + q] - rec.collective[i * 3 + q]);
    const mean = aboutMean ? dc.map((x) => x / rec.N) : [0, 0, 0];
    const a = i * M * 3;
    const b = j * M * 3;
    let s = 0;
    for (let q = 0; q < M * 3; q++) {
      const d = rec.tagged[b + q] - rec.tagged[a + q] - mean[q % 3];
      s += d * d;
    }
    tr += s / M;
    let c = 0;
    for (let q = 0; q < 3; q++) {
      c += dc[q] * dc[q];
    }
    ch += c / rec.N;
    n++;
  }
  return { t: tSum / n, tracer: tr / n, charge: ch / n };
}

/** One non-overlapping window: duration τ (s) and collective displacement ΔΣR (units of a). */
export interface Window {
  tau: number;
  dx: number;
  dy: number;
  dz: number;
}

/** Splits the recorded trajectory into `count` equal non-overlapping windows. */
export function windowsOf(rec: TrajectoryRecorder, count: number): Window[] {
  const S = rec.count - 1;
  const out: Window[] = [];
  for (let w = 0; w < count; w++) {
    const i = Math.round((w * S) / count);
    const j = Math.round(((w + 1) * S) / count);
    if (j <= i) continue;
    out.push({
      tau: rec.times[j] - rec.times[i],
      dx: rec.collective[j * 3] - rec.collective[i * 3],
      dy: rec.collective[j * 3 + 1] - rec.collective[i * 3 + 1],
      dz: rec.collective[j * 3 + 2] - rec.collective[i * 3 + 2],
    });
  }
  return out;
}

/**
 * Mean and standard error of the mean (null error for fewer than two values). The squares are
 * taken of values scaled to the largest magnitude, so tiny values (1e-165) do not underflow.
 */
export function meanAndError(values: readonly number[]): { mean: number; err: number | null } {
  const n = values.length;
  // no values: m = 0/0 = NaN below, and no error
  let m = 0;
  let scale = 0;
  for (const v of values) {
    m += v;
    scale = Math.max(scale, Math.abs(v));
  }
  m /= n;
  if (n < 2) return { mean: m, err: null };
  if (!(scale > 0 && Number.isFinite(scale))) return { mean: m, err: scale === 0 ? 0 : NaN };
  let s = 0;
  for (const v of values) s += ((v - m) / scale) ** 2;
  return { mean: m, err: scale * Math.sqrt(s / (n - 1) / n) };
}

/** Collective diffusion estimates in m²/s (and drift in m/s) with standard errors over windows. */
export interface ChargeEstimate {
  chargeD: number;
  chargeDErr: number | null;
  /** Mean collective drift velocity along x per ion, m/s, and its standard error. */
  driftVx: number;
  driftVxErr: number | null;
}

/**
 * Collective (charge) diffusion from windows pooled over replicas:
 * D_σ = |ΔΣR − v̄τ|²a²/(2dNτ) averaged over windows. The mean drift v̄ (units of a per s) is
 * subtracted, with the W/(W−1) degrees-of-freedom correction, only when `subtractDrift`
 * (i.e. under a field). `a` is the hop distance in m, `dim` the dimension, `N` the number of ions.
 */
export function estimateCharge(windows: readonly Window[], a: number, dim: number, N: number, subtractDrift: boolean): ChargeEstimate {
  const a2 = a * a;
  let sx = 0;
  let sy = 0;
  let sz = 0;
  let st = 0;
  for (const w of windows) {
    sx += w.dx;
    sy += w.dy;
    sz += w.dz;
    st += w.tau;
  }
  const W = windows.length;
  const vx = subtractDrift ? sx / st : 0;
  const vy = subtractDrift ? sy / st : 0;
  const vz = subtractDrift ? sz / st : 0;
  const dof = subtractDrift && W > 1 ? W / (W - 1) : 1;
  const charge = windows.map((w) => {
    const ex = w.dx - vx * w.tau;
    const ey = w.dy - vy * w.tau;
    const ez = w.dz - vz * w.tau;
    return (dof * (ex * ex + ey * ey + ez * ez) * a2) / (2 * dim * N * w.tau);
  });
  const drift = windows.map((w) => (w.dx * a) / (N * w.tau));
  const c = meanAndError(charge);
  const v = meanAndError(drift);
  return { chargeD: c.mean, chargeDErr: c.err, driftVx: v.mean, driftVxErr: v.err };
}

/**
 * Tracer diffusion D* = ⟨|ΔRᵢ|²⟩a²/(2dt) over the whole recorded run of each replica (long times
 * suppress the short-time excess of correlated motion), averaged over replicas. The error is the
 * scatter between replicas, or with one replica the scatter between ions divided by √M.
 * With `aboutMean` (under a field) each replica uses the displacements about its mean ū = ΣΔR/N,
 * removing the drift v²t²; since ⟨|ΔRᵢ − ū|²⟩ = ⟨|δRᵢ|²⟩ − ⟨|δū|²⟩ and ⟨|δū|²⟩ = 2dD_σt/N, the
 * given collective D_σ/N (m²/s) is added back. Returns m²/s.
 */
export function estimateTracer(
  recs: readonly TrajectoryRecorder[],
  a: number,
  dim: number,
  aboutMean: { chargeDPerIon: number } | null = null,
): { tracerD: number; tracerDErr: number | null } {
  const values: number[] = [];
  let particleErr: number | null = null;
  for (const rec of recs) {
    const j = rec.count - 1;
    const t = rec.times[j] - rec.times[0];
    const M = rec.M;
    const mean = [0, 1, 2].map((c) => (aboutMean ? (rec.collective[j * 3 + c] - rec.collective[c]) / rec.N : 0));
    const extra = aboutMean ? aboutMean.chargeDPerIon : 0;
    const perIon: number[] = [];
    for (let i = 0; i < M; i++) {
      let s = 0;
      for (let c = 0; c < 3; c++) {
        const d = rec.tagged[(j * M + i) * 3 + c] - rec.tagged[i * 3 + c] - mean[c];
        s += d * d;
      }
      perIon.push((s * a * a) / (2 * dim * t) + extra);
    }
    const m = meanAndError(perIon);
    values.push(m.mean);
    particleErr = m.err;
  }
  const r = meanAndError(values);
  return { tracerD: r.mean, tracerDErr: recs.length > 1 ? r.err : particleErr };
}
