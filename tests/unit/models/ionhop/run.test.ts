/**
 * `run` on the tiniest lattices (sc L = 4, 10³ attempts, one or two replicas; milliseconds each):
 * the summary's set-up numbers against their definitions (Γ = ν₀e^{−Eₐ/k_BT}, D₀ = zΓa²/(2d),
 * densities), step totals, the measured time per replica, the algorithm; the series in metres
 * (sites, supercell, ions on distinct open sites, blocked sites, trails that start on their start
 * site and end on the ion's final site up to whole supercell translations, snapshot times), MSD
 * errors only with several replicas, occupancy series only with disorder, equilibration only when
 * asked for; σ = n q² D_σ/(k_BT) for Li⁺ and Mg²⁺; D* equals the running D of the whole run (plus
 * D_σ/N about the mean under a field); the events-per-second figure consistent with the time the
 * call took (no speed threshold) and null for a clock that did not advance; a partial result
 * carries the run's fixed numbers.
 */
import { describe, expect, it, vi } from 'vitest';
import { BOLTZMANN, BOLTZMANN_EV, ELEMENTARY_CHARGE } from '../../../../src/core/constants';
import { CancelledError, type ModelResult, type Progress } from '../../../../src/core/model';
import { expectWithin, numberOf, runWith } from './helpers';

const A = 2e-10;
const TINY = { lattice: 'sc', L: 4, a: A, occupancy: 0.5, steps: 1000, replicas: 2, seed: 3, Ea: 0.3, T: 300, nu0: 1e13 } as const;

function series(r: ModelResult, key: string): Float64Array {
  const s = r.series[key];
  expect(s, `series ${key}`).toBeInstanceOf(Float64Array);
  return s as Float64Array;
}

describe('ionhop run on sc L = 4', () => {
  it('summary: 32 ions on 64 sites, z = 6, d = 3, uniform algorithm, Γ, D₀ = zΓa²/(2d) and densities', async () => {
    const r = await runWith(TINY);
    const gamma = 1e13 * Math.exp(-0.3 / (BOLTZMANN_EV * 300));
    expect(r.summary).toMatchObject({ ions: 32, sites: 64, coordination: 6, dimension: 3, algorithm: 'uniform' });
    expectWithin('hopRate', numberOf(r, 'hopRate') / gamma, 1, 1e-12);
    expectWithin('D0', numberOf(r, 'D0') / (gamma * A * A), 1, 1e-12);
    expectWithin('siteDensity', numberOf(r, 'siteDensity') * A ** 3, 1, 1e-12);
    expectWithin('carrierDensity', numberOf(r, 'carrierDensity') * A ** 3, 0.5, 1e-12);
    expect(numberOf(r, 'steps')).toBe(2000);
    const hops = numberOf(r, 'hops');
    expect(hops).toBeGreaterThan(0);
    expect(hops).toBeLessThan(2000);
    expect(numberOf(r, 'eventsPerSecond')).toBeGreaterThan(0);
    for (const key of ['tracerD', 'chargeD', 'havenRatio', 'conductivity', 'correlationFactor']) expect(numberOf(r, key)).toBeGreaterThan(0);
    expect(r.summary.conductivityFromDrift).toBeNull();
  });

  it('simulated time per replica: 10³ attempts at total rate N·z·Γ take 1000/(192Γ) on average (within 5σ of the Gamma(1000) spread)', async () => {
    const r = await runWith(TINY);
    const expected = 1000 / (32 * 6 * numberOf(r, 'hopRate'));
    expectWithin('simulatedTime', numberOf(r, 'simulatedTime'), expected, (5 * expected) / Math.sqrt(2000));
  });

  it('a set simulated time is the measured time of every replica, so also their mean', async () => {
    const r = await runWith({ ...TINY, algorithm: 'general', time: 3e-9, replicas: 2 });
    expect(r.summary.algorithm).toBe('general');
    expectWithin('simulatedTime', numberOf(r, 'simulatedTime'), 3e-9, 1e-21);
  });

  it('series: sites and supercell in metres, distinct ion sites, snapshot times from 0, MSD errors with two replicas', async () => {
    const r = await runWith(TINY);
    const xyz = series(r, 'siteXYZ');
    expect(xyz.length).toBe(64 * 3);
    expect(Math.max(...xyz)).toBeCloseTo(3 * A, 22);
    expect([...series(r, 'supercell')].map((v) => v / A)).toEqual([4, 0, 0, 0, 4, 0, 0, 0, 4].map((v) => expect.closeTo(v, 12)));
    const ions = series(r, 'ionSites');
    expect(new Set(ions).size).toBe(32);
    expect(ions.every((s) => Number.isInteger(s) && s >= 0 && s < 64)).toBe(true);
    expect(series(r, 'blockedSites').length).toBe(0);
    const t = series(r, 'trail_t');
    expect(t.length).toBe(101);
    expect(t[0]).toBe(0);
    expect(t.every((v, i) => i === 0 || v > t[i - 1])).toBe(true);
    expect(series(r, 'msd_t').length).toBeGreaterThan(10);
    expect(series(r, 'msdTracerErr').length).toBe(series(r, 'msd_t').length);
    expect(r.series.occupancyVsEnergy).toBeUndefined();
  });

  it('trails: four ions, 101 snapshots, from their start site to their final site up to whole supercell translations', async () => {
    const r = await runWith({ ...TINY, replicas: 1 });
    const trails = series(r, 'trails');
    const xyz = series(r, 'siteXYZ');
    const ions = series(r, 'ionSites');
    expect(trails.length).toBe(4 * 101 * 3);
    for (let i = 0; i < 4; i++)
      for (let c = 0; c < 3; c++) {
        const end = trails[(i * 101 + 100) * 3 + c];
        const shift = (end - xyz[ions[i] * 3 + c]) / (4 * A);
        expect(Math.abs(shift - Math.round(shift)), `ion ${i} component ${c}: shift ${shift} supercells`).toBeLessThan(1e-9);
      }
    // the start is a site
    const start = [0, 1, 2].map((c) => trails[c] / A);
    expect(start.every((v) => Math.abs(v - Math.round(v)) < 1e-9 && v >= 0 && v < 4)).toBe(true);
    expect(r.series.msdTracerErr).toBeUndefined();
  });

  it('blocked sites: round(25 % of 64) = 16 listed, no ion on them', async () => {
    const r = await runWith({ ...TINY, blocked: 0.25, replicas: 1 });
    const blocked = new Set(series(r, 'blockedSites'));
    expect(blocked.size).toBe(16);
    expect(numberOf(r, 'ions')).toBe(24);
    expect([...series(r, 'ionSites')].some((s) => blocked.has(s))).toBe(false);
  });

  it('a field gives a drift conductivity; disorder gives the occupancy series on 24 bins over ±4σ', async () => {
    const f = await runWith({ ...TINY, field: 1e7 });
    expect(typeof f.summary.conductivityFromDrift).toBe('number');
    expect(f.summary.algorithm).toBe('general');
    const d = await runWith({ ...TINY, disorder: 0.05, warmup: 0, replicas: 1 });
    const E = series(d, 'occupancyVsEnergy_E_eV');
    expect(E.length).toBeGreaterThan(3);
    for (const e of E) {
      const bin = (e + 0.2) / (0.4 / 24) - 0.5;
      expect(Math.abs(bin - Math.round(bin)), `centre ${e}`).toBeLessThan(1e-9);
      expect(Math.abs(e)).toBeLessThan(0.2);
    }
    expect(series(d, 'occupancyFermiDirac').length).toBe(E.length);
  });

  it('equilibration: with disorder or repulsion, warmup 0.5 adds at least a fifth more events (half the time, faster while unsettled; ~10³ events, sd ~3 %); none without them', async () => {
    const timed = { ...TINY, algorithm: 'general', time: 2e-7, replicas: 1 } as const;
    for (const v of [{ disorder: 0.05 }, { repulsion: 0.05 }]) {
      const cold = numberOf(await runWith({ ...timed, ...v, warmup: 0 }), 'steps');
      const warm = numberOf(await runWith({ ...timed, ...v, warmup: 0.5 }), 'steps');
      expect(warm / cold, `${JSON.stringify(v)}: ${warm} events with warmup, ${cold} without`).toBeGreaterThan(1.2);
    }
    const plain = numberOf(await runWith({ ...timed, warmup: 0 }), 'steps');
    expect(numberOf(await runWith({ ...timed, warmup: 0.5 }), 'steps')).toBe(plain);
  });

  it('σ = n q² D_σ/(k_BT): e² for Li⁺, (2e)² for Mg²⁺', async () => {
    for (const [ion, charge] of [['Li', 1], ['Mg', 2]] as const) {
      const r = await runWith({ ...TINY, ion });
      const q = charge * ELEMENTARY_CHARGE;
      const want = (numberOf(r, 'carrierDensity') * q * q * numberOf(r, 'chargeD')) / (BOLTZMANN * 300);
      expectWithin(`σ ${ion}`, numberOf(r, 'conductivity') / want, 1, 1e-12);
    }
  });

  it('after equilibration the measured time still starts at the end of it: simulatedTime = time', async () => {
    const r = await runWith({ ...TINY, disorder: 0.05, warmup: 0.5, time: 3e-9, replicas: 1 });
    expectWithin('simulatedTime', numberOf(r, 'simulatedTime'), 3e-9, 1e-21);
  });

  it('D* is the running tracer D of the whole run, plus D_σ/N about the mean under a field (one replica)', async () => {
    for (const field of [0, 3e8]) {
      const r = await runWith({ ...TINY, field, replicas: 1 });
      const d = series(r, 'dLagTracer');
      const extra = field !== 0 ? numberOf(r, 'chargeD') / numberOf(r, 'ions') : 0;
      expectWithin(`field ${field}`, numberOf(r, 'tracerD') / (d[d.length - 1] + extra), 1, 1e-9);
    }
  });

  it('events per second: at least steps over the time the whole call took; null when the clock did not advance', async () => {
    const t0 = performance.now();
    const r = await runWith(TINY);
    const outer = (performance.now() - t0) / 1000;
    expect(numberOf(r, 'eventsPerSecond')).toBeGreaterThanOrEqual(2000 / outer);
    const frozen = vi.spyOn(performance, 'now').mockReturnValue(1000);
    try {
      expect((await runWith(TINY)).summary.eventsPerSecond).toBeNull();
    } finally {
      frozen.mockRestore();
    }
  });

  it('a partial result carries the fixed numbers of the run (ions, sites, d, z, Γ, D₀, n)', async () => {
    const values = { ...TINY, steps: 1e10, replicas: 1 };
    const done = await runWith({ ...TINY, replicas: 1 });
    const controller = new AbortController();
    let first: Progress | undefined;
    const run = runWith(values, {
      signal: controller.signal,
      onProgress: (p) => {
        first ??= p;
        controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    const summary = first?.partial?.summary;
    expect(summary).toMatchObject({ ions: 32, sites: 64, dimension: 3, coordination: 6 });
    for (const key of ['hopRate', 'D0', 'carrierDensity']) expect(summary?.[key], key).toBe(done.summary[key]);
  }, 20_000);
});
