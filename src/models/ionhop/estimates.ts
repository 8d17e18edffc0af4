/**
 * The key numbers of a run from the measured data of its replicas, with standard errors: tracer
 * and charge diffusion, Haven ratio, the two correlation factors, and the Nernst–Einstein and drift
 * conductivities. The same function serves the final summary and the running estimates streamed
 * while a run is in progress (then the last replica is the one still running).
 * Under a field every tracer quantity uses displacements about the replica's mean, so the drift
 * v²t² does not enter (it would make them grow with the run length), and the cos θ factor uses the
 * jump-pair cosine about the mean hop.
 */
import type { SummaryValue } from '../../core/model';
import { estimateCharge, estimateTracer, meanAndError, type TrajectoryRecorder, type Window } from './observables';

/** What one replica measured (lengths in units of the hop distance a). */
export interface ReplicaData {
  /** Snapshots of the measured stretch. */
  rec: TrajectoryRecorder;
  /** Non-overlapping windows of the collective displacement. */
  windows: Window[];
  /** Σᵢ |ΔRᵢ|² over all ions, a². */
  sqDisp: number;
  /** Σᵢ |ΔRᵢ − ū|² with ū = ΣᵢΔRᵢ/N the replica's mean displacement, a². */
  sqDispAboutMean: number;
  /** Hops made, all ions. */
  hops: number;
  /** |Σᵢ ΔRᵢ|², the squared sum of all hop vectors, a². */
  sqSumDisp: number;
  /** Measured simulated time, s. */
  time: number;
  /** Edge-corrected jump-pair sums of cos θ and of the weights (see HopEngine.cosSum). */
  cosSum: number;
  pairWeight: number;
}

/** Constants of the run the estimates need (SI). */
export interface EstimateContext {
  /** Hop distance, m. */
  a: number;
  dim: number;
  /** Ions. */
  N: number;
  /** Electric field, V/m (0 = none). */
  field: number;
  /** Carrier density, m⁻³. */
  carrierDensity: number;
  /** Ion charge, C. */
  q: number;
  /** k_BT, J. */
  kT: number;
}

/** A finite number or null (summaries never carry NaN). */
export function num(x: number | null | undefined): number | null {
  return Number.isFinite(x) ? (x as number) : null;
}

/** Pooled ratio Σnum/Σden with the standard error of the per-replica ratios (null for one replica). */
function pooledRatio(parts: readonly { num: number; den: number }[]): { value: number | null; err: number | null } {
  const used = parts.filter((x) => x.den > 0);
  if (used.length === 0) return { value: null, err: null };
  const value = used.reduce((s, x) => s + x.num, 0) / used.reduce((s, x) => s + x.den, 0);
  // one replica: meanAndError gives no error
  const err = meanAndError(used.map((x) => x.num / x.den)).err;
  return { value, err };
}

/** f = (1 + ⟨cos θ⟩)/(1 − ⟨cos θ⟩) of a mean cosine. */
function fromCos(c: number): number {
  return (1 + c) / (1 - c);
}

/** Key results (SI) with standard errors from the replicas' data; null where undefined. */
export function keyEstimates(reps: readonly ReplicaData[], k: EstimateContext): Record<string, SummaryValue> {
  const withField = k.field !== 0;
  const windows = reps.flatMap((r) => r.windows);
  const charge = estimateCharge(windows, k.a, k.dim, k.N, withField);
  const tracer = estimateTracer(
    reps.map((r) => r.rec),
    k.a,
    k.dim,
    withField ? { chargeDPerIon: charge.chargeD / k.N } : null,
  );
  const neFactor = (k.carrierDensity * k.q * k.q) / k.kT;
  // D_σ = 0 makes H_R and its error infinite or NaN, which num() reports as null
  const haven = tracer.tracerD / charge.chargeD;
  const havenErr =
    tracer.tracerDErr !== null && charge.chargeDErr !== null ? haven * Math.hypot(tracer.tracerDErr / tracer.tracerD, charge.chargeDErr / charge.chargeD) : null;
  // Σ|δRᵢ|² = Σ|ΔRᵢ − ū|² + N|δū|², and N⟨|δū|²⟩ = 2dD_σt/a² (units of a²).
  const f = pooledRatio(
    reps.map((r) => ({
      num: withField ? r.sqDispAboutMean + (2 * k.dim * charge.chargeD * r.time) / (k.a * k.a) : r.sqDisp,
      den: r.hops,
    })),
  );
  // Under a field successive hops share the mean hop m = ΣΔR/hops (units of a), which adds |m|² to
  // ⟨cos θ⟩; the cosine about the mean is (⟨cos θ⟩ − |m|²)/(1 − |m|²).
  const cosParts = reps.map((r) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: without hops there are no pairs (den = 0), and 0/0 would make den NaN: excluded either way
    const m2 = withField && r.hops > 0 ? r.sqSumDisp / (r.hops * r.hops) : 0;
    return { num: r.cosSum - m2 * r.pairWeight, den: r.pairWeight * (1 - m2) };
  });
  const cos = pooledRatio(cosParts);
  const perReplicaCosF = cosParts.filter((x) => x.den > 0).map((x) => fromCos(x.num / x.den));
  const cosErr = meanAndError(perReplicaCosF).err;
  const drift = withField ? (k.carrierDensity * k.q * charge.driftVx) / k.field : null;
  // without a field the division by 0 gives Infinity or NaN, which num() reports as null
  const driftErr = charge.driftVxErr !== null ? Math.abs((k.carrierDensity * k.q * charge.driftVxErr) / k.field) : null;
  return {
    tracerD: num(tracer.tracerD),
    tracerDErr: num(tracer.tracerDErr),
    chargeD: num(charge.chargeD),
    chargeDErr: num(charge.chargeDErr),
    havenRatio: num(haven),
    havenRatioErr: num(havenErr),
    correlationFactor: num(f.value),
    correlationFactorErr: num(f.err),
    correlationFactorCosTheta: cos.value === null ? null : num(fromCos(cos.value)),
    correlationFactorCosThetaErr: num(cosErr),
    conductivity: num(charge.chargeD * neFactor),
    conductivityErr: charge.chargeDErr !== null ? num(charge.chargeDErr * neFactor) : null,
    conductivityFromDrift: num(drift),
    conductivityFromDriftErr: num(driftErr),
  };
}
