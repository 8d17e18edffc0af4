/**
 * Trajectory recording and the diffusion estimators of `observables.ts`, on synthetic trajectories
 * with known answers: the recorder stores tagged displacements and collective sums where the
 * estimators read them and thins by two; log-spaced lags; MSD at a lag (ballistic and drift-only
 * motion, an independent re-computation over time origins, strided origins, displacements about the
 * mean); non-overlapping windows; mean and standard error (hand values, scale invariance down to
 * 1e-165, degenerate inputs); collective and tracer diffusion with and without drift (hand values).
 */
import { describe, expect, it } from 'vitest';
import { estimateCharge, estimateTracer, logLags, meanAndError, msdAtLag, windowsOf, type Window } from '../../../../src/models/ionhop/observables';
import { expectWithin, recorderOf, SNAPS, TIMES } from './helpers';


const sq = (v: readonly number[]) => v.reduce((s, x) => s + x * x, 0);
const diff = (u: readonly number[], v: readonly number[]) => u.map((x, c) => x - v[c]);
const sumOf = (ions: readonly (readonly number[])[]) => [0, 1, 2].map((c) => ions.reduce((s, d) => s + d[c], 0));

/** MSD at lag k straight from the nested snapshots (origins 0, stride, 2·stride, …). */
function referenceMsd(k: number, stride: number, M: number, aboutMean: boolean): { t: number; tracer: number; charge: number } {
  const N = SNAPS[0].length;
  let t = 0;
  let tracer = 0;
  let charge = 0;
  let n = 0;
  for (let i = 0; i + k < SNAPS.length; i += stride) {
    const dc = diff(sumOf(SNAPS[i + k]), sumOf(SNAPS[i]));
    const mean = aboutMean ? dc.map((x) => x / N) : [0, 0, 0];
    t += TIMES[i + k] - TIMES[i];
    let s = 0;
    for (let ion = 0; ion < M; ion++) s += sq(diff(diff(SNAPS[i + k][ion], SNAPS[i][ion]), mean));
    tracer += s / M;
    charge += sq(dc) / N;
    n++;
  }
  return { t: t / n, tracer: tracer / n, charge: charge / n };
}

function expectClose(what: string, got: { t: number; tracer: number; charge: number }, want: { t: number; tracer: number; charge: number }): void {
  expectWithin(`${what} t`, got.t, want.t, 1e-12);
  expectWithin(`${what} tracer`, got.tracer, want.tracer, 1e-12);
  expectWithin(`${what} charge`, got.charge, want.charge, 1e-12);
}

describe('TrajectoryRecorder', () => {
  it('stores time, tagged displacements (snapshot·M + ion)·3 + component and the collective sum per snapshot', () => {
    const rec = recorderOf(TIMES.slice(0, 2), SNAPS.slice(0, 2), 2);
    expect(rec.count).toBe(2);
    expect([...rec.times]).toEqual([1, 2]);
    expect([...rec.tagged]).toEqual([1, 0, 0, 0, 0, 1, 2, 0, 0, 0, 1, 1]);
    expect([...rec.collective]).toEqual([1, 1, 1, 2, 2, 0]);
    expect(rec.M).toBe(2);
    expect(rec.N).toBe(3);
  });

  it('compact keeps snapshots 0, 2, 4 of five (and 0, 2 of four), then records after them', () => {
    const rec = recorderOf(TIMES, SNAPS, 2);
    rec.compact();
    expect(rec.count).toBe(3);
    expect([...rec.times.slice(0, 3)]).toEqual([1, 4, 11]);
    const full = recorderOf(TIMES, SNAPS, 2);
    for (const [k, j] of [[0, 0], [1, 2], [2, 4]]) {
      expect([...rec.tagged.slice(k * 6, k * 6 + 6)]).toEqual([...full.tagged.slice(j * 6, j * 6 + 6)]);
      expect([...rec.collective.slice(k * 3, k * 3 + 3)]).toEqual([...full.collective.slice(j * 3, j * 3 + 3)]);
    }
    const four = recorderOf(TIMES.slice(0, 4), SNAPS.slice(0, 4), 2);
    four.compact();
    expect(four.count).toBe(2);
    expect([...four.times.slice(0, 2)]).toEqual([1, 4]);
    expect([...four.collective.slice(0, 6)]).toEqual([1, 1, 1, 4, 2, 1]);
  });
});

describe('logLags', () => {
  it('ten per decade up to 10: distinct rounded powers 1, 2, 3, 4, 5, 6, 8, 10', () => {
    expect(logLags(10)).toEqual([1, 2, 3, 4, 5, 6, 8, 10]);
  });

  it('two per decade, sorted, ending at maxLag: 100 → 1, 3, 10, 32, 100; 50 → 1, 3, 10, 32, 50; 1 → 1', () => {
    expect(logLags(100, 2)).toEqual([1, 3, 10, 32, 100]);
    expect(logLags(50, 2)).toEqual([1, 3, 10, 32, 50]);
    expect(logLags(1)).toEqual([1]);
    expect(logLags(7, 1)).toEqual([1, 7]);
  });
});

describe('msdAtLag', () => {
  it('ballistic motion (one step of (1, 2, 2) per snapshot, unit times): tracer (3k)², charge N(3k)²', () => {
    const step = [1, 2, 2];
    const snaps = [0, 1, 2, 3].map((j) => [step.map((x) => x * j), step.map((x) => x * j)]);
    const rec = recorderOf([0, 1, 2, 3], snaps);
    for (const k of [1, 2, 3]) expectClose(`lag ${k}`, msdAtLag(rec, k), { t: k, tracer: 9 * k * k, charge: 2 * 9 * k * k });
  });

  it('matches the re-computation over all origins at every lag, tagged ions only', () => {
    const rec = recorderOf(TIMES, SNAPS, 2);
    for (const k of [1, 2, 3, 4]) expectClose(`lag ${k}`, msdAtLag(rec, k), referenceMsd(k, 1, 2, false));
  });

  it('hand values at lag 4 (one origin): t = 10 s, tracer (10 + 6)/2 = 8, charge |(3, 4, 1)|²/3 = 26/3', () => {
    expectClose('lag 4', msdAtLag(recorderOf(TIMES, SNAPS, 2), 4), { t: 10, tracer: 8, charge: 26 / 3 });
  });

  it('spreads at most maxOrigins origins evenly: lag 1 with 2 of 4 origins uses origins 0 and 2', () => {
    const rec = recorderOf(TIMES, SNAPS, 2);
    expectClose('2 origins', msdAtLag(rec, 1, 2), referenceMsd(1, 2, 2, false));
    expectClose('3 origins', msdAtLag(rec, 1, 3), referenceMsd(1, 2, 2, false));
    expectClose('4 origins', msdAtLag(rec, 1, 4), referenceMsd(1, 1, 2, false));
    expectClose('1 origin', msdAtLag(rec, 1, 1), referenceMsd(1, 4, 2, false));
  });

  it('about the mean: tracer displacements lose the mean of all ions, the charge MSD keeps it', () => {
    const rec = recorderOf(TIMES, SNAPS, 2);
    for (const k of [1, 3]) expectClose(`lag ${k}`, msdAtLag(rec, k, Infinity, true), referenceMsd(k, 1, 2, true));
    // all ions drifting alike: nothing left about the mean
    const drift = [0, 1, 2].map((j) => [[j, -j, 2 * j], [j, -j, 2 * j]]);
    expectClose('pure drift', msdAtLag(recorderOf([0, 1, 2], drift), 2, Infinity, true), { t: 2, tracer: 0, charge: 2 * 24 });
  });

  it('a lag as long as the record has one origin; no origin left gives zeros', () => {
    const rec = recorderOf(TIMES, SNAPS, 2);
    expect(msdAtLag(rec, 4).t).toBe(10);
    expect(msdAtLag(rec, 5)).toEqual({ t: 0, tracer: 0, charge: 0 });
    expect(msdAtLag(rec, 6)).toEqual({ t: 0, tracer: 0, charge: 0 });
  });
});

describe('windowsOf', () => {
  const rec = recorderOf(TIMES, SNAPS, 2);
  const window = (i: number, j: number): Window => {
    const d = diff(sumOf(SNAPS[j]), sumOf(SNAPS[i]));
    return { tau: TIMES[j] - TIMES[i], dx: d[0], dy: d[1], dz: d[2] };
  };

  it('two windows of four intervals: snapshots 0–2 and 2–4', () => {
    expect(windowsOf(rec, 2)).toEqual([window(0, 2), window(2, 4)]);
    expect(windowsOf(rec, 1)).toEqual([window(0, 4)]);
  });

  it('three windows split at the rounded thirds 0–1, 1–3, 3–4', () => {
    expect(windowsOf(rec, 3)).toEqual([window(0, 1), window(1, 3), window(3, 4)]);
  });

  it('more windows than intervals: empty ones are skipped, the rest tile the record', () => {
    expect(windowsOf(rec, 8)).toEqual([window(0, 1), window(1, 2), window(2, 3), window(3, 4)]);
  });
});

describe('meanAndError', () => {
  it('hand values: [1, 2, 3, 4] has mean 2.5 and standard error √(5/12)', () => {
    const r = meanAndError([1, 2, 3, 4]);
    expect(r.mean).toBe(2.5);
    expectWithin('err', r.err!, Math.sqrt(5 / 12), 1e-15);
    const neg = meanAndError([-1, -2, -3, -4]);
    expect(neg.mean).toBe(-2.5);
    expectWithin('err of negatives', neg.err!, Math.sqrt(5 / 12), 1e-15);
    expectWithin('two values', meanAndError([3, 7]).err!, 2, 1e-15);
  });

  it('scales: values of 1e-165 give the same relative error (no underflow of the squares)', () => {
    const r = meanAndError([1e-165, 2e-165, 3e-165, 4e-165]);
    expectWithin('mean', r.mean / 1e-165, 2.5, 1e-12);
    expectWithin('err', r.err! / 1e-165, Math.sqrt(5 / 12), 1e-12);
    const big = meanAndError([1e150, 3e150]);
    expectWithin('large', big.err! / 1e150, 1, 1e-12);
  });

  it('no values: NaN and no error; one value: itself and no error; all zero: error 0; not finite: error NaN', () => {
    const empty = meanAndError([]);
    expect(empty.mean).toBeNaN();
    expect(empty.err).toBeNull();
    expect(meanAndError([5])).toEqual({ mean: 5, err: null });
    expect(meanAndError([0, 0, 0])).toEqual({ mean: 0, err: 0 });
    const inf = meanAndError([1, Infinity]);
    expect(inf.mean).toBe(Infinity);
    expect(inf.err).toBeNaN();
    expect(meanAndError([1, NaN]).err).toBeNaN();
  });
});

describe('estimateCharge', () => {
  // a = 2 m, d = 3, N = 2: D_σ = dof·|e|²·4/(12τ) per window
  const W: Window[] = [
    { tau: 2, dx: 2, dy: 0, dz: -2 },
    { tau: 1, dx: 2, dy: 1, dz: 0 },
  ];

  it('without drift subtraction: D_σ per window 4/3 and 5/3 (mean 3/2 ± 1/6), drift per ion 1 and 2 m/s (1.5 ± 0.5)', () => {
    const r = estimateCharge(W, 2, 3, 2, false);
    expectWithin('chargeD', r.chargeD, 1.5, 1e-14);
    expectWithin('chargeDErr', r.chargeDErr!, 1 / 6, 1e-14);
    expectWithin('driftVx', r.driftVx, 1.5, 1e-14);
    expectWithin('driftVxErr', r.driftVxErr!, 0.5, 1e-14);
  });

  it('with drift subtraction: v̄ = (4/3, 1/3, −2/3), residuals |e|² = 4/3 each, W/(W−1) = 2 → D_σ 4/9 and 8/9 (2/3 ± 2/9)', () => {
    const r = estimateCharge(W, 2, 3, 2, true);
    expectWithin('chargeD', r.chargeD, 2 / 3, 1e-14);
    expectWithin('chargeDErr', r.chargeDErr!, 2 / 9, 1e-14);
    expectWithin('driftVx', r.driftVx, 1.5, 1e-14);
  });

  it('scales as 1/(d·N): 2-D and N = 4 give 3/2 × 3/2 × 1/2 of the 3-D, N = 2 value', () => {
    expectWithin('chargeD', estimateCharge(W, 2, 2, 4, false).chargeD, 1.5 * 0.75, 1e-14);
    expectWithin('drift', estimateCharge(W, 2, 2, 4, false).driftVx, 0.75, 1e-14);
  });

  it('one window with drift subtraction: nothing left (D_σ = 0, no degrees-of-freedom blow-up) and no error', () => {
    const r = estimateCharge([W[0]], 2, 3, 2, true);
    expect(r.chargeD).toBe(0);
    expect(r.chargeDErr).toBeNull();
    expect(r.driftVx).toBe(1);
  });
});

describe('estimateTracer', () => {
  // t = 10 s, a = 2 m, d = 3: D = |ΔR|²·4/60 per ion; ion 0 moved (3, 1, 0), ion 1 (−1, 2, 1)
  const recA = recorderOf(TIMES, SNAPS, 2);
  const recB = recorderOf(TIMES.map((t) => 4 * t), SNAPS, 2);

  it('one replica: mean over ions 8/15 m²/s, error the scatter between ions 2/15', () => {
    const r = estimateTracer([recA], 2, 3);
    expectWithin('tracerD', r.tracerD, 8 / 15, 1e-14);
    expectWithin('tracerDErr', r.tracerDErr!, 2 / 15, 1e-14);
    expectWithin('2-D', estimateTracer([recA], 2, 2).tracerD, 0.8, 1e-14);
  });

  it('two replicas (the second four times slower): mean 1/3, error the scatter between replicas 1/5', () => {
    const r = estimateTracer([recA, recB], 2, 3);
    expectWithin('tracerD', r.tracerD, 1 / 3, 1e-14);
    expectWithin('tracerDErr', r.tracerDErr!, 1 / 5, 1e-14);
  });

  it('about the mean ū = (1, 4/3, 1/3): |ΔR − ū|² = 38/9 and 44/9, plus the given D_σ/N', () => {
    const r = estimateTracer([recA], 2, 3, { chargeDPerIon: 0.1 });
    expectWithin('tracerD', r.tracerD, 41 / 135 + 0.1, 1e-14);
    expectWithin('tracerDErr', r.tracerDErr!, 1 / 45, 1e-14);
  });
});
