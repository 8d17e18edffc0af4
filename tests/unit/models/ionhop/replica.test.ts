/**
 * One replica's run loop on tiny lattices, with a chunker that pauses and reports after every
 * chunk (budget 0 ms, no report interval), so the pauses are a function of the work, not of the
 * clock: the uniform run makes exactly K attempts (K = steps, or round(NzΓ·time); fewer than 1000
 * refused naming time) in 100 snapshot intervals; the BKL run snapshots every span/100 and ends at
 * t0 + span (span = time, or steps/R₀); equilibration runs round(warmup·steps) events or up to
 * warmup·time first; the progress fraction follows the work done; partials carry the counters, the
 * geometry (a large supercell only every tenth time) and running results (from the live samples
 * once there are three, from the finished replicas while a later one equilibrates); the occupancy
 * histogram gets one sample of every open site per snapshot; a cancelled run stops.
 */
import { describe, it, expect } from 'vitest';
import model from '../../../../src/models/ionhop';
import { CancelledError, defaultsOf, type Progress } from '../../../../src/core/model';
import { Chunker } from '../../../../src/core/cooperative';
import { BOLTZMANN, ELEMENTARY_CHARGE } from '../../../../src/core/constants';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import { setupOf } from '../../../../src/models/ionhop/setup';
import { ReplicaRun, type RunShared } from '../../../../src/models/ionhop/replica';
import { OccupancyHistogram } from '../../../../src/models/ionhop/equilibrium';
import { expectWithin } from './helpers';

/** What a replica shares with its run, for parameters `values`, reporting into `reports`. */
function sharedFor(values: Partial<IonhopParams>, reports: Progress[], extra: Partial<RunShared> = {}): RunShared {
  const p = { ...defaultsOf(model), replicas: 1, ...values } as IonhopParams;
  const setup = setupOf(p);
  const lat = setup.lattice;
  return {
    p,
    setup,
    ctx: { onProgress: (x) => reports.push(x) },
    // a zero budget and no report interval: every chunk pauses and reports
    chunker: new Chunker({ budgetMs: 0, progressIntervalMs: 0 }),
    est: { a: p.a, dim: lat.dim, N: setup.N, field: p.field, carrierDensity: setup.carrierDensity, q: setup.charge * ELEMENTARY_CHARGE, kT: BOLTZMANN * p.T },
    tagged: Math.min(setup.N, 16),
    warmShare: 0,
    chunkEvents: 64,
    histogram: null,
    siteXYZ: Float64Array.from(lat.positions),
    supercell: Float64Array.from(lat.supercell),
    fixed: { ions: setup.N },
    done: [],
    hops: 0,
    steps: 0,
    ...extra,
  };
}

/** Summary value `key` of a report's partial. */
const summaryOf = (r: Progress, key: string) => r.partial!.summary[key];

describe('ionhop replica: uniform attempts', () => {
  it('K = steps attempts in 100 snapshot intervals, one report per interval with the fraction of attempts done', async () => {
    const reports: Progress[] = [];
    const shared = sharedFor({ lattice: 'square', L: 4, steps: 2000, replicas: 2 }, reports, { hops: 1000, steps: 5000 });
    const replica = new ReplicaRun(shared, 1, 77);
    const data = await replica.execute();
    const e = replica.engine;
    expect(e.steps).toBe(2000);
    expect(replica.t0).toBe(0);
    expect(replica.rec.count).toBe(101);
    expect(replica.rec.times[0]).toBe(0);
    expectWithin('last snapshot time', replica.rec.times[100], e.time, 1e-12 * e.time);
    for (let j = 1; j <= 100; j++) expect(replica.rec.times[j]).toBeGreaterThan(replica.rec.times[j - 1]);
    expect(data.time).toBe(e.time);
    expect(data.hops).toBe(e.hops);
    expect(reports).toHaveLength(100);
    reports.forEach((r, i) => {
      expectWithin(`fraction of report ${i}`, r.fraction, (1 + (20 * (i + 1)) / 2000) / 2, 1e-12);
      expect(summaryOf(r, 'replica')).toBe(1);
      expect(summaryOf(r, 'replicas')).toBe(2);
      expect(summaryOf(r, 'equilibrating')).toBe(false);
      expect(summaryOf(r, 'ions')).toBe(8);
      expect(r.partial!.series.ionSites).toHaveLength(8);
      expect(r.partial!.series.siteXYZ).toBe(shared.siteXYZ);
    });
    // counters: this replica's on top of the finished ones'; the clock since measuring started
    const last = reports[99];
    expect(summaryOf(last, 'steps')).toBe(5000 + 2000);
    expect(summaryOf(last, 'hops')).toBe(1000 + e.hops);
    expectWithin('simulated time', summaryOf(last, 'simulatedTime') as number, e.time, 1e-12 * e.time);
    expect(reports.map((r) => summaryOf(r, 'steps'))).toEqual(reports.map((_, i) => 5000 + 20 * (i + 1)));
    // running results once the live samples number three (none finished before)
    expect(reports.map((r) => 'conductivity' in r.partial!.summary).slice(0, 4)).toEqual([false, false, true, true]);
    // the live samples are thinned, not overrun: every MSD point is finite and they span the run
    for (const r of reports) {
      const s = r.partial!.series;
      expect(s.msd_t.length).toBe(s.msdTracer.length);
      expect([...s.msd_t, ...s.msdTracer, ...s.msdCharge].every(Number.isFinite), 'finite MSD').toBe(true);
    }
    // MSD in m²: a few hop distances squared at most in 2000 attempts (a = 2 Å)
    const msdMax = Math.max(...last.partial!.series.msdTracer);
    expect(msdMax).toBeGreaterThan(0);
    expect(msdMax).toBeLessThan(1000 * shared.p.a ** 2);
    const tMax = Math.max(...last.partial!.series.msd_t);
    expect(tMax).toBeLessThanOrEqual(e.time * (1 + 1e-12));
    expect(tMax).toBeGreaterThan(0.5 * e.time);
  });

  it('K = round(NzΓ·time) for a simulated time; below 1000 attempts the run is refused naming time', async () => {
    const values = { lattice: 'square' as const, L: 4, steps: 123 };
    const R = 8 * 4 * setupOf({ ...defaultsOf(model), ...values } as IonhopParams).gamma;
    const ok = new ReplicaRun(sharedFor({ ...values, time: 1000 / R }, []), 0, 1);
    await ok.execute();
    expect(ok.engine.steps).toBe(1000);
    const short = new ReplicaRun(sharedFor({ ...values, time: 999 / R }, []), 0, 1);
    await expect(short.execute()).rejects.toThrow('time: too short, only 999 hop attempts (need 1000); raise time or T');
    await expect(new ReplicaRun(sharedFor({ ...values, steps: 999 }, []), 0, 1).execute()).rejects.toMatchObject({ field: 'time' });
  });

  it('large supercells (more than 65 536 sites) carry the geometry in the first partial and then every tenth; 65 536 sites in every one', async () => {
    for (const [L, every] of [
      [257, 10],
      [256, 1],
    ]) {
      const reports: Progress[] = [];
      await new ReplicaRun(sharedFor({ lattice: 'square', L, occupancy: 0.001, steps: 2000 }, reports), 0, 3).execute();
      expect(reports.length).toBe(100);
      const flags = reports.map((r) => r.partial!.series.siteXYZ !== undefined);
      expect(flags, `L = ${L}`).toEqual(flags.map((_, i) => i % every === 0));
      expect(reports.every((r, i) => (r.partial!.series.blockedSites !== undefined) === flags[i])).toBe(true);
    }
  });

  it('reports nothing without a progress callback or before the report interval, and stops when cancelled', async () => {
    const quiet = sharedFor({ lattice: 'square', L: 4, steps: 2000 }, [], { ctx: {} });
    await new ReplicaRun(quiet, 0, 1).execute();
    const reports: Progress[] = [];
    const slow = sharedFor({ lattice: 'square', L: 4, steps: 2000 }, reports, { chunker: new Chunker({ budgetMs: 0, progressIntervalMs: 1e9 }) });
    await new ReplicaRun(slow, 0, 1).execute();
    expect(reports).toHaveLength(0);
    const cancelled = sharedFor({ lattice: 'square', L: 4, steps: 2000 }, reports, { chunker: new Chunker({ signal: { aborted: true }, budgetMs: 0 }) });
    await expect(new ReplicaRun(cancelled, 0, 1).execute()).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('ionhop replica: engine options', () => {
  it('the field enters as q·E·a (eV): one Mg²⁺ ion on an empty lattice has the lowest barrier Eₐ − qEa/2', () => {
    const a = 2.5e-10;
    const field = 2e7; // V/m: q·E·a = 2 · 2e7 V/m · 2.5e-10 m = 0.01 eV
    const shared = sharedFor({ lattice: 'square', L: 4, occupancy: 0.05, ion: 'Mg', a, field, Ea: 0.3 }, []);
    expect(shared.setup.N).toBe(1);
    const engine = new ReplicaRun(shared, 0, 1).engine;
    expect(engine.uniform).toBe(false);
    expectWithin('lowest barrier', engine.lowestBarrier_eV(), 0.3 - 0.005, 1e-12);
  });
});

describe('ionhop replica: BKL events', () => {
  it('snapshots every span/100 and ends at t0 + span, span = steps/R₀ (steps given) or the time given', async () => {
    for (const mode of ['steps', 'time'] as const) {
      const reports: Progress[] = [];
      const base = { lattice: 'square' as const, L: 4, disorder: 0.03, warmup: 0, steps: 500 };
      const probe = new ReplicaRun(sharedFor(base, []), 0, 5);
      const R0 = probe.engine.totalRate();
      const span = mode === 'steps' ? 500 / R0 : 321 / R0;
      const shared = sharedFor(mode === 'steps' ? base : { ...base, time: span }, reports);
      const replica = new ReplicaRun(shared, 0, 5);
      const data = await replica.execute();
      expect(replica.t0).toBe(0);
      expect(replica.rec.count).toBe(101);
      for (let j = 0; j <= 100; j++) expectWithin(`${mode}: snapshot ${j}`, replica.rec.times[j], (j * span) / 100, 1e-9 * span);
      expectWithin(`${mode}: measured time`, data.time, span, 1e-9 * span);
      expect(reports.length).toBeGreaterThan(0);
      for (const r of reports) expectWithin(`${mode}: fraction`, r.fraction, (summaryOf(r, 'simulatedTime') as number) / span, 1e-9);
    }
  });

  it('equilibrates first: round(warmup·steps) events (or up to warmup·time), reported as equilibrating with fraction w·done/(w + 1)', async () => {
    const base = { lattice: 'square' as const, L: 4, disorder: 0.03, steps: 401, warmup: 0.5 };
    const reports: Progress[] = [];
    const shared = sharedFor(base, reports, { warmShare: 0.5 });
    const replica = new ReplicaRun(shared, 0, 8);
    await replica.execute();
    // the same replica's engine afresh, run for round(0.5 · 401) events in one go
    const twin = new ReplicaRun(sharedFor(base, [], { warmShare: 0.5 }), 0, 8).engine;
    twin.runGeneral(Infinity, 201);
    expect(replica.t0).toBe(twin.time);
    const warm = reports.filter((r) => summaryOf(r, 'equilibrating') === true);
    // chunks of 64 events: 64, 128, 192, 201 done
    expect(warm.map((r) => r.fraction)).toEqual([64, 128, 192, 201].map((k) => (0.5 * (k / 201)) / 1.5));
    expect(warm.map((r) => summaryOf(r, 'steps'))).toEqual([64, 128, 192, 201]);
    const measuring = reports.filter((r) => summaryOf(r, 'equilibrating') === false);
    expect(measuring.length).toBeGreaterThan(0);
    for (const r of measuring) expect(r.fraction).toBeGreaterThanOrEqual(0.5 / 1.5);
    expectWithin('last fraction', measuring[measuring.length - 1].fraction, 1, 1e-9);

    // snapshot times and the partials' clock count from the start of measuring, not from the start of the run
    expect(replica.rec.times[0]).toBe(0);
    expectWithin('measured span', replica.rec.times[100], replica.engine.time - replica.t0, 1e-9 * replica.engine.time);
    const lastReport = measuring[measuring.length - 1];
    expect(summaryOf(lastReport, 'simulatedTime') as number).toBeLessThanOrEqual((replica.engine.time - replica.t0) * (1 + 1e-9));

    const timedReports: Progress[] = [];
    const timed = sharedFor({ ...base, time: 300 / twin.totalRate() }, timedReports, { warmShare: 0.5 });
    const r2 = new ReplicaRun(timed, 0, 8);
    await r2.execute();
    expect(r2.t0).toBe(0.5 * timed.p.time);
    // equilibrating by time: the fraction is w·(clock / warm-up time)/(w + 1)
    const warmTimed = timedReports.filter((r) => summaryOf(r, 'equilibrating') === true);
    expect(warmTimed.length).toBeGreaterThan(0);
    for (const r of warmTimed) expectWithin('fraction while equilibrating by time', r.fraction, (0.5 * ((summaryOf(r, 'simulatedTime') as number) / r2.t0)) / 1.5, 1e-9);
  });

  it('while a later replica equilibrates, running results come from the finished replicas only', async () => {
    const base = { lattice: 'square' as const, L: 4, disorder: 0.03, steps: 400, warmup: 2, replicas: 2 };
    const first = new ReplicaRun(sharedFor(base, [], { warmShare: 2 }), 0, 1);
    const done = [await first.execute()];
    const reports: Progress[] = [];
    await new ReplicaRun(sharedFor(base, reports, { warmShare: 2, done }), 1, 2).execute();
    const warm = reports.filter((r) => summaryOf(r, 'equilibrating') === true).map((r) => summaryOf(r, 'conductivity'));
    expect(warm.length).toBeGreaterThan(5);
    expect(new Set(warm).size, 'the same value from the finished replica in every equilibrating partial').toBe(1);
    const measuring = reports.filter((r) => summaryOf(r, 'equilibrating') === false).map((r) => summaryOf(r, 'conductivity'));
    expect(measuring.some((c) => c !== warm[0])).toBe(true);
  });

  it('with disorder every snapshot samples each open site once against Fermi–Dirac: 101·N ions and 101·N predicted', async () => {
    const histogram = new OccupancyHistogram(-2, 2, 16);
    const shared = sharedFor({ lattice: 'square', L: 4, disorder: 0.05, blocked: 0.25, steps: 300, warmup: 0 }, [], { histogram });
    await new ReplicaRun(shared, 0, 4).execute();
    const sum = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
    const N = shared.setup.N;
    expect(sum(histogram.sites)).toBe(101 * 12);
    expect(sum(histogram.occupied)).toBe(101 * N);
    expectWithin('Σ predicted occupancy', sum(histogram.expected), 101 * N, 1e-6 * N);
  });
});
