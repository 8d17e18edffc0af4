/**
 * `keyEstimates` on synthetic replica data with hand-computed answers: tracer D* and charge D_σ
 * pooled over replicas, the Haven ratio and its propagated error, the MSD correlation factor
 * ΣΔR²/Σhops and the cos θ factor (1 + ⟨cos θ⟩)/(1 − ⟨cos θ⟩) pooled over replicas with the
 * scatter of the per-replica values as error, Nernst–Einstein and drift conductivities; under a
 * field the corrections about the mean (collective term added back, mean hop taken out of cos θ);
 * missing quantities are null, never NaN (`num`).
 */
import { describe, expect, it } from 'vitest';
import { keyEstimates, num, type EstimateContext, type ReplicaData } from '../../../../src/models/ionhop/estimates';
import { estimateCharge, estimateTracer, meanAndError, type Window } from '../../../../src/models/ionhop/observables';
import { expectWithin, recorderOf, SNAPS, TIMES } from './helpers';

/** Windows of the two replicas; with a = 2 m, d = 3, N = 3: D_σ = |Δ|²·4/(18τ) = 8/9, 10/9 and 2/9. */
const WA: Window[] = [
  { tau: 2, dx: 2, dy: 0, dz: -2 },
  { tau: 1, dx: 2, dy: 1, dz: 0 },
];
const WB: Window[] = [{ tau: 4, dx: 0, dy: 2, dz: 0 }];

function replicas(): ReplicaData[] {
  return [
    { rec: recorderOf(TIMES, SNAPS, 2), windows: WA, sqDisp: 20, sqDispAboutMean: 12, hops: 10, sqSumDisp: 36, time: 10, cosSum: -2, pairWeight: 8 },
    { rec: recorderOf(TIMES.map((t) => 4 * t), SNAPS, 2), windows: WB, sqDisp: 30, sqDispAboutMean: 18, hops: 20, sqSumDisp: 16, time: 40, cosSum: -6, pairWeight: 12 },
  ];
}

/** a = 2 m, d = 3, N = 3, n q²/k_BT = 5·2²/4 = 5. */
const CTX: EstimateContext = { a: 2, dim: 3, N: 3, field: 0, carrierDensity: 5, q: 2, kT: 4 };

function value(r: Record<string, unknown>, key: string): number {
  expect(typeof r[key], `${key} = ${String(r[key])}`).toBe('number');
  return r[key] as number;
}

describe('num', () => {
  it('keeps finite numbers (0 and negatives too), turns null, undefined, NaN and ±Infinity into null', () => {
    expect(num(0)).toBe(0);
    expect(num(-3.5)).toBe(-3.5);
    expect(num(null)).toBeNull();
    expect(num(undefined)).toBeNull();
    expect(num(NaN)).toBeNull();
    expect(num(Infinity)).toBeNull();
    expect(num(-Infinity)).toBeNull();
  });
});

describe('keyEstimates without a field', () => {
  // computed inside each test: a value computed while the tests are collected would not see a mutant
  const est = () => keyEstimates(replicas(), CTX);
  const chargeD = 20 / 27;
  const chargeDErr = meanAndError([8 / 9, 10 / 9, 2 / 9]).err!;

  it('charge D_σ over the windows of all replicas (20/27) and tracer D* over replicas (1/3 ± 1/5)', () => {
    const r = est();
    expectWithin('chargeD', value(r, 'chargeD'), chargeD, 1e-14);
    expectWithin('chargeDErr', value(r, 'chargeDErr'), chargeDErr, 1e-14);
    expectWithin('tracerD', value(r, 'tracerD'), 1 / 3, 1e-14);
    expectWithin('tracerDErr', value(r, 'tracerDErr'), 1 / 5, 1e-14);
  });

  it('Haven ratio D*/D_σ = 0.45 with the relative errors added in quadrature', () => {
    const r = est();
    expectWithin('havenRatio', value(r, 'havenRatio'), 0.45, 1e-14);
    expectWithin('havenRatioErr', value(r, 'havenRatioErr'), 0.45 * Math.hypot(0.6, chargeDErr / chargeD), 1e-14);
  });

  it('MSD correlation factor (20 + 30)/(10 + 20) = 5/3, error the scatter of 2 and 1.5 (0.25)', () => {
    const r = est();
    expectWithin('f', value(r, 'correlationFactor'), 5 / 3, 1e-14);
    expectWithin('fErr', value(r, 'correlationFactorErr'), 0.25, 1e-14);
  });

  it('cos θ factor from the pooled ⟨cos θ⟩ = −8/20 (3/7), error the scatter of 0.6 and 1/3 (2/15)', () => {
    const r = est();
    expectWithin('fcos', value(r, 'correlationFactorCosTheta'), 3 / 7, 1e-14);
    expectWithin('fcosErr', value(r, 'correlationFactorCosThetaErr'), 2 / 15, 1e-14);
  });

  it('Nernst–Einstein conductivity n q² D_σ/k_BT = 5 D_σ with its error; no drift conductivity', () => {
    const r = est();
    expectWithin('σ', value(r, 'conductivity'), 5 * chargeD, 1e-13);
    expectWithin('σErr', value(r, 'conductivityErr'), 5 * chargeDErr, 1e-13);
    expect(r.conductivityFromDrift).toBeNull();
    expect(r.conductivityFromDriftErr).toBeNull();
  });
});

describe('keyEstimates under a field', () => {
  const ctx = { ...CTX, field: -10 };
  const reps = replicas();
  const est = () => keyEstimates(reps, ctx);
  const charge = estimateCharge([...WA, ...WB], 2, 3, 3, true);

  it('charge D_σ with the drift taken out; tracer D* about each replica’s mean plus D_σ/N', () => {
    const r = est();
    // v̄ = (4, 3, −2)/7 over τ = 7 s; residual |e|² = 172/49, 120/49, 324/49; W/(W − 1) = 3/2 → 41/63 (by hand)
    expectWithin('chargeD by hand', value(r, 'chargeD'), 41 / 63, 1e-14);
    expectWithin('chargeD', value(r, 'chargeD'), charge.chargeD, 1e-14);
    const tracer = estimateTracer(reps.map((x) => x.rec), 2, 3, { chargeDPerIon: charge.chargeD / 3 });
    expectWithin('tracerD', value(r, 'tracerD'), tracer.tracerD, 1e-14);
    expect(charge.chargeD).not.toBeCloseTo(estimateCharge([...WA, ...WB], 2, 3, 3, false).chargeD, 3);
  });

  it('MSD factor from Σ|ΔR − ū|² plus the collective term 2dD_σt/a² per replica', () => {
    const r = est();
    const fA = (12 + (6 * charge.chargeD * 10) / 4) / 10;
    const fB = (18 + (6 * charge.chargeD * 40) / 4) / 20;
    const pooled = (12 + (6 * charge.chargeD * 10) / 4 + 18 + (6 * charge.chargeD * 40) / 4) / 30;
    expectWithin('f', value(r, 'correlationFactor'), pooled, 1e-13);
    expectWithin('fErr', value(r, 'correlationFactorErr'), Math.abs(fA - fB) / 2, 1e-13);
  });

  it('cos θ about the mean hop: |m|² = 36/10² and 16/20² taken out of ⟨cos θ⟩', () => {
    const r = est();
    const cosA = (-2 - 0.36 * 8) / (8 * 0.64);
    const cosB = (-6 - 0.04 * 12) / (12 * 0.96);
    const cos = (-2 - 0.36 * 8 - 6 - 0.04 * 12) / (8 * 0.64 + 12 * 0.96);
    const f = (c: number) => (1 + c) / (1 - c);
    expectWithin('fcos', value(r, 'correlationFactorCosTheta'), f(cos), 1e-13);
    expectWithin('fcosErr', value(r, 'correlationFactorCosThetaErr'), Math.abs(f(cosA) - f(cosB)) / 2, 1e-13);
  });

  it('drift conductivity n q v̄/E (sign of the field kept) and a positive error', () => {
    const r = est();
    expectWithin('σ drift', value(r, 'conductivityFromDrift'), (5 * 2 * charge.driftVx) / -10, 1e-14);
    expectWithin('σ drift err', value(r, 'conductivityFromDriftErr'), Math.abs((5 * 2 * charge.driftVxErr!) / 10), 1e-14);
    expect(value(r, 'conductivityFromDrift')).toBeLessThan(0);
  });

  it('a replica without hops adds no mean hop (no 0/0) and leaves the cos θ factor to the other', () => {
    const idle: ReplicaData = { ...reps[1], hops: 0, sqSumDisp: 0, cosSum: 0, pairWeight: 0 };
    const one = keyEstimates([reps[0], idle], ctx);
    const cosA = (-2 - 0.36 * 8) / (8 * 0.64);
    expectWithin('fcos', value(one, 'correlationFactorCosTheta'), (1 + cosA) / (1 - cosA), 1e-13);
    expect(one.correlationFactorCosThetaErr).toBeNull();
    expect(one.correlationFactorErr).toBeNull();
    // its MSD term under a field (Σ|ΔR − ū|² + 2dD_σt/a²) has no hops to divide: f from the first replica alone
    const charge1 = estimateCharge([...WA, ...WB], 2, 3, 3, true).chargeD;
    expectWithin('f', value(one, 'correlationFactor'), (12 + (6 * charge1 * 10) / 4) / 10, 1e-13);
  });

  it('two replicas with jump pairs and one without: errors from the scatter of the two', () => {
    const idle: ReplicaData = { ...reps[1], hops: 0, sqSumDisp: 0, cosSum: 0, pairWeight: 0 };
    const three = keyEstimates([...reps, idle], ctx);
    const cosA = (-2 - 0.36 * 8) / (8 * 0.64);
    const cosB = (-6 - 0.04 * 12) / (12 * 0.96);
    const f = (c: number) => (1 + c) / (1 - c);
    expectWithin('fcosErr', value(three, 'correlationFactorCosThetaErr'), Math.abs(f(cosA) - f(cosB)) / 2, 1e-13);
    expect(value(three, 'correlationFactorErr')).toBeGreaterThan(0);
  });

  it('one window under a field: no drift error', () => {
    const r = keyEstimates([{ ...reps[0], windows: [WA[0]] }], ctx);
    expect(typeof r.conductivityFromDrift).toBe('number');
    expect(r.conductivityFromDriftErr).toBeNull();
  });
});

describe('keyEstimates where quantities are undefined', () => {
  it('one replica with one window: values, but no errors of D_σ, H_R, f, cos θ or σ', () => {
    const [a] = replicas();
    const r = keyEstimates([{ ...a, windows: [WA[0]] }], CTX);
    expect(value(r, 'chargeD')).toBeGreaterThan(0);
    expect(value(r, 'tracerDErr')).toBeGreaterThan(0);
    for (const key of ['chargeDErr', 'havenRatioErr', 'correlationFactorErr', 'correlationFactorCosThetaErr', 'conductivityErr']) expect(r[key], key).toBeNull();
    expectWithin('f', value(r, 'correlationFactor'), 2, 1e-14);
    expectWithin('fcos', value(r, 'correlationFactorCosTheta'), 0.6, 1e-14);
  });

  it('one tagged ion in one replica: no tracer error, so no Haven-ratio error (D_σ has one)', () => {
    const [a] = replicas();
    const r = keyEstimates([{ ...a, rec: recorderOf(TIMES, SNAPS, 1) }], CTX);
    expect(r.tracerDErr).toBeNull();
    expect(value(r, 'chargeDErr')).toBeGreaterThan(0);
    expect(value(r, 'havenRatio')).toBeGreaterThan(0);
    expect(r.havenRatioErr).toBeNull();
  });

  it('no collective motion (D_σ = 0): no Haven ratio; no hops or jump pairs: no correlation factors', () => {
    const still: Window[] = [
      { tau: 1, dx: 0, dy: 0, dz: 0 },
      { tau: 1, dx: 0, dy: 0, dz: 0 },
    ];
    const [a, b] = replicas();
    const r = keyEstimates(
      [
        { ...a, windows: still, hops: 0, pairWeight: 0 },
        { ...b, windows: still, hops: 0, pairWeight: 0 },
      ],
      CTX,
    );
    expect(r.chargeD).toBe(0);
    expect(r.conductivity).toBe(0);
    for (const key of ['havenRatio', 'havenRatioErr', 'correlationFactor', 'correlationFactorErr', 'correlationFactorCosTheta', 'correlationFactorCosThetaErr']) expect(r[key], key).toBeNull();
  });
});
