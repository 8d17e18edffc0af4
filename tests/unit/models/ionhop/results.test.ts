/**
 * The result series of `results.ts` on synthetic trajectories and engine states: MSD and running
 * D = MSD/(2d·t) in SI from lag series (hand values), lag series averaged over replicas of unequal
 * length (each lag from the replicas long enough, errors only where two replicas contribute), the
 * per-replica displacement sums (Σ|ΔR|², Σ|ΔR − ū|², hops, |ΣΔR|²), blocked-site lists, final MSD
 * series with errors only for several replicas, trails from start sites plus displacements, and
 * the occupancy series of a histogram.
 */
import { describe, expect, it } from 'vitest';
import { BLOCKED, type HopEngine } from '../../../../src/models/ionhop/engine';
import { OccupancyHistogram } from '../../../../src/models/ionhop/equilibrium';
import type { Lattice } from '../../../../src/models/ionhop/lattice';
import { meanAndError, msdAtLag, windowsOf } from '../../../../src/models/ionhop/observables';
import { blockedOf, finalMsdSeries, lagSeries, msdSeries, occupancySeries, replicaData, trailsOf } from '../../../../src/models/ionhop/results';
import { WINDOWS } from '../../../../src/models/ionhop/setup';
import { engineState, expectWithin, recorderOf, SNAPS, TIMES } from './helpers';

const recA = () => recorderOf(TIMES, SNAPS, 2);
/** A shorter, different replica: three snapshots, ions moving along y and z. */
const recB = () => recorderOf([0, 3, 5], [SNAPS[0], SNAPS[1].map(([x, y, z]) => [z, x, y]), SNAPS[3].map(([x, y, z]) => [y, z, x])], 2);

const close = (what: string, got: ArrayLike<number>, want: readonly number[], tol = 1e-12) => {
  expect(got.length, `${what} length`).toBe(want.length);
  want.forEach((w, i) => expectWithin(`${what}[${i}]`, got[i], w, tol * Math.max(1, Math.abs(w))));
};

describe('msdSeries', () => {
  it('scales MSDs by a² and divides by 2d·t for the running D (a² = 4 m², d = 2)', () => {
    const s = msdSeries({ t: [1, 2], tr: [3, 8], ch: [6, 10] }, 4, 2);
    close('msd_t', s.msd_t, [1, 2]);
    close('dLag_t', s.dLag_t, [1, 2]);
    close('msdTracer', s.msdTracer, [12, 32]);
    close('msdCharge', s.msdCharge, [24, 40]);
    close('dLagTracer', s.dLagTracer, [3, 4]);
    close('dLagCharge', s.dLagCharge, [6, 5]);
  });
});

describe('lagSeries', () => {
  it('lags 1–4 of the first replica; lags 1–2 average both replicas (with their scatter), 3–4 the first alone (error 0)', () => {
    const [a, b] = [recA(), recB()];
    const s = lagSeries([a, b], Infinity, false);
    const both = [1, 2].map((k) => [msdAtLag(a, k), msdAtLag(b, k)]);
    const one = [3, 4].map((k) => msdAtLag(a, k));
    close('t', s.t, [...both.map(([x, y]) => (x.t + y.t) / 2), ...one.map((x) => x.t)]);
    close('tr', s.tr, [...both.map(([x, y]) => (x.tracer + y.tracer) / 2), ...one.map((x) => x.tracer)]);
    close('ch', s.ch, [...both.map(([x, y]) => (x.charge + y.charge) / 2), ...one.map((x) => x.charge)]);
    close('trErr', s.trErr, [...both.map(([x, y]) => meanAndError([x.tracer, y.tracer]).err!), 0, 0]);
    close('chErr', s.chErr, [...both.map(([x, y]) => meanAndError([x.charge, y.charge]).err!), 0, 0]);
    expect(both[0][0].tracer).not.toBe(both[0][1].tracer);
  });

  it('passes the origin limit and the about-the-mean choice on to every lag', () => {
    const a = recA();
    const s = lagSeries([a], 1, true);
    close('tr', s.tr, [1, 2, 3, 4].map((k) => msdAtLag(a, k, 1, true).tracer));
    close('t', s.t, [1, 2, 3, 4].map((k) => msdAtLag(a, k, 1, true).t));
  });

  it('eight snapshots: every lag 1–7 (the longest one too, though not on the log grid past 6)', () => {
    const times = [0, 1, 2, 3, 4, 5, 6, 7];
    const rec = recorderOf(times, times.map((t) => [[t, 0, 0], [0, t * t, 0]]));
    expect(lagSeries([rec], Infinity, false).t).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a single snapshot gives empty series', () => {
    const s = lagSeries([recorderOf([0], [SNAPS[0]])], Infinity, false);
    expect(s).toEqual({ t: [], tr: [], ch: [], trErr: [], chErr: [] });
  });
});

describe('replicaData', () => {
  it('sums over all ions: Σ|ΔR|² = 31, Σ|ΔR − ū|² = 31 − |ΣΔR|²/N = 16, hops, |ΣΔR|² = 45; windows of the recorder', () => {
    const disp = [[4, 1, 0], [-1, 2, 2], [1, 2, 0]];
    const engine = { ...engineState(disp), N: 3, hopCount: Float64Array.from([5, 7, 1]), time: 12.5, cosSum: -1.5, pairWeight: 6 } as unknown as HopEngine;
    const rec = recA();
    const d = replicaData(engine, rec, 2.5);
    expect(d.rec).toBe(rec);
    expect(d.windows).toEqual(windowsOf(rec, WINDOWS));
    expect(d.sqDisp).toBe(17 + 9 + 5);
    expectWithin('about mean', d.sqDispAboutMean, 16, 1e-12);
    expect(d.hops).toBe(13);
    expect(d.sqSumDisp).toBe(45);
    expect(d.time).toBe(10);
    expect(d.cosSum).toBe(-1.5);
    expect(d.pairWeight).toBe(6);
  });
});

describe('blockedOf', () => {
  it('lists the indices of the blocked sites, in order', () => {
    const occ = Uint8Array.from([0, BLOCKED, 1, BLOCKED, BLOCKED, 0]);
    expect([...blockedOf({ occ } as unknown as HopEngine)]).toEqual([1, 3, 4]);
    expect([...blockedOf({ occ: new Uint8Array(3) } as unknown as HopEngine)]).toEqual([]);
  });
});

describe('finalMsdSeries', () => {
  it('one replica: MSD in m² and running D, no error series', () => {
    const a = recA();
    const s = finalMsdSeries([a], 2, 3, false, 1);
    close('msdTracer', s.msdTracer, [1, 2, 3, 4].map((k) => msdAtLag(a, k).tracer * 4));
    expect(Object.keys(s).filter((k) => k.endsWith('Err'))).toEqual([]);
  });

  it('several replicas: error series of the MSD (×a²) and of the running D (÷2d·t); about the mean under a field', () => {
    const [a, b] = [recA(), recB()];
    const lag = lagSeries([a, b], Infinity, true);
    const s = finalMsdSeries([a, b], 2, 3, true, 2);
    close('msdTracer', s.msdTracer, lag.tr.map((v) => v * 4));
    close('msdTracerErr', s.msdTracerErr, lag.trErr.map((v) => v * 4));
    close('msdChargeErr', s.msdChargeErr, lag.chErr.map((v) => v * 4));
    close('dLagTracerErr', s.dLagTracerErr, lag.trErr.map((v, i) => (v * 4) / (6 * lag.t[i])));
    close('dLagChargeErr', s.dLagChargeErr, lag.chErr.map((v, i) => (v * 4) / (6 * lag.t[i])));
    expect(lag.trErr[0]).toBeGreaterThan(0);
  });
});

describe('trailsOf', () => {
  // six ions, five tagged, on sites with positions (s, 2s, 3s) in units of a
  const positions = Float64Array.from({ length: 30 }, (_, k) => Math.floor(k / 3) * ((k % 3) + 1));
  const lattice = { positions } as unknown as Lattice;
  const snaps = [0, 1, 2].map((j) => Array.from({ length: 6 }, (_, i) => [i * j, -j, 0.5 * i]));
  const rec = recorderOf([0, 1, 2], snaps, 5);
  const engine = { startSite: Int32Array.from([3, 7, 1, 0, 9, 2]) } as unknown as HopEngine;

  it('the first four tagged ions: (start site + displacement)·a, laid out [ion][snapshot][xyz]', () => {
    const trails = trailsOf(engine, rec, lattice, 2, 5);
    expect(trails.length).toBe(4 * 3 * 3);
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 3; j++) {
        const s = engine.startSite[i];
        const want = [s + i * j, 2 * s - j, 3 * s + 0.5 * i].map((v) => v * 2);
        expect([...trails.slice((i * 3 + j) * 3, (i * 3 + j) * 3 + 3)], `ion ${i} snapshot ${j}`).toEqual(want);
      }
  });

  it('fewer tagged ions than trails: one trail per tagged ion', () => {
    const two = recorderOf([0, 1, 2], snaps, 2);
    const trails = trailsOf(engine, two, lattice, 1, 2);
    expect(trails.length).toBe(2 * 3 * 3);
    expect([...trails.slice(15, 18)]).toEqual([7 + 2, 14 - 2, 21.5]);
  });
});

describe('occupancySeries', () => {
  it('copies centres, measured and Fermi–Dirac occupancy and samples of the sampled bins', () => {
    const h = new OccupancyHistogram(0, 1, 2);
    h.sample(Float64Array.from([0.2, 0.7, 0.8]), Uint8Array.from([1, 1, 0]), Float64Array.from([0.6, 0.3, 0.1]), 1, 2);
    const s = occupancySeries(h);
    close('E', s.occupancyVsEnergy_E_eV, [0.25, 0.75]);
    close('occupancy', s.occupancyVsEnergy, [1, 0.5]);
    close('FD', s.occupancyFermiDirac, [0.6, 0.2]);
    close('samples', s.occupancyVsEnergy_samples, [1, 2]);
  });
});
