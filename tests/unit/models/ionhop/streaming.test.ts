/**
 * Progress of long runs: partial results arrive, also with disorder and repulsion, and carry running key results with error bars, the MSD series and the supercell with the current
 * ion positions; the fraction rises monotonically through the equilibration stretch too, and
 * follows the work done (checked against the hop count of a run with a known event rate).
 * How often partials arrive is a time figure, measured in `bench/steer.bench.ts`, not here.
 */
import { describe, it, expect } from 'vitest';
import { CancelledError, type Progress } from '../../../../src/core/model';
import { runWith } from './helpers';

interface Seen {
  p: Progress;
}

/** Runs until `partials` progress reports have arrived, then cancels; returns the reports in order. */
async function watch(values: Parameters<typeof runWith>[0], partials: number): Promise<Seen[]> {
  const seen: Seen[] = [];
  const controller = new AbortController();
  const run = runWith(values, {
    signal: controller.signal,
    onProgress: (p) => {
      seen.push({ p });
      if (seen.length === partials) controller.abort();
    },
  });
  await expect(run).rejects.toBeInstanceOf(CancelledError);
  return seen;
}

describe('ionhop progress partials', () => {
  for (const [what, extra] of [
    ['disorder', { disorder: 0.05 }],
    ['disorder and repulsion', { disorder: 0.03, repulsion: 0.05 }],
    ['uniform rates', {}],
  ] as const) {
    it(`stream running key results, MSD and the supercell (${what})`, async () => {
      const seen = await watch({ L: 16, steps: 1e10, replicas: 4, ...extra }, 8);
      expect(seen.length, 'partials before the cancel (the cancel stops the run at the next pause)').toBe(8);
      expect(seen.every((s) => s.p.partial !== undefined), 'every report carries a partial result').toBe(true);
      const withEstimates = seen.filter((s) => typeof s.p.partial?.summary.conductivity === 'number');
      expect(withEstimates.length, 'partials with running key results').toBeGreaterThan(0);
      const last = withEstimates[withEstimates.length - 1].p.partial!;
      for (const key of ['conductivity', 'conductivityErr', 'tracerD', 'tracerDErr', 'chargeD', 'chargeDErr', 'havenRatio', 'havenRatioErr']) {
        const v = last.summary[key];
        expect(typeof v === 'number' && Number.isFinite(v) && v > 0, `partial summary.${key} = ${String(v)}`).toBe(true);
      }
      const s = last.series;
      expect(s.msd_t.length).toBeGreaterThan(2);
      expect(s.msdTracer.length).toBe(s.msd_t.length);
      expect(s.ionSites.length).toBe(last.summary.ions);
      expect(s.siteXYZ.length).toBe(3 * (last.summary.sites as number));
      expect(s.supercell.length).toBe(9);
      expect(last.summary.replicas).toBe(4);
      const fractions = seen.map((x) => x.p.fraction);
      for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
      expect(fractions[fractions.length - 1]).toBeGreaterThan(0);
    }, 20000);
  }

  it('sends a large supercell (more than 65 536 sites) with the first partial and then every tenth', async () => {
    const seen = await watch({ lattice: 'square', L: 300, steps: 1e10, replicas: 1 }, 12);
    const flags = seen.map((s) => s.p.partial?.series.siteXYZ !== undefined);
    expect(flags[0], 'first partial carries the supercell').toBe(true);
    expect(flags.every((f, i) => f === (i % 10 === 0)), `supercell in partials: ${flags.join(',')}`).toBe(true);
    expect(seen.every((s) => s.p.partial?.series.ionSites.length === 45000)).toBe(true);
  }, 20000);

  it('moves the fraction through equilibration and measurement with the events done (within 0.03)', async () => {
    // BKL with disorder: each replica runs warmup·steps events, then about `steps` events.
    const steps = 1_000_000;
    const replicas = 2;
    const warmup = 0.9; // a long equilibration (≈ 0.9e6 events), so partials arrive during it even on a fast machine
    const seen: Progress[] = [];
    await runWith({ L: 8, steps, replicas, disorder: 0.05, warmup, seed: 3 }, { onProgress: (p) => seen.push(p) });
    expect(seen.some((p) => p.partial?.summary.equilibrating === true)).toBe(true);
    expect(seen.some((p) => p.partial?.summary.equilibrating === false)).toBe(true);
    for (const p of seen) {
      const expected = (p.partial!.summary.steps as number) / ((1 + warmup) * steps * replicas);
      if (expected > 0) expect(p.fraction, 'work done but the fraction sits at 0').toBeGreaterThan(0);
      expect(Math.abs(p.fraction - expected), `fraction ${p.fraction} vs events done ${expected}`).toBeLessThan(0.03);
    }
  }, 30000);
});
