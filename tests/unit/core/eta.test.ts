import { describe, expect, it } from 'vitest';
import { RemainingTime } from '../../../src/core/eta';
import { Rng } from '../../../src/core/rng';

/** Relative error of an estimate, with a readable failure message. */
function expectWithin(got: number | null, expected: number, tolerance: number, what: string) {
  const rel = got === null ? Infinity : Math.abs(got - expected) / expected;
  expect(rel, `${what}: expected ${expected.toFixed(0)} ms, got ${got === null ? 'no estimate' : got.toFixed(0)} ms, tolerance ${tolerance * 100} %`).toBeLessThanOrEqual(tolerance);
}

describe('RemainingTime', () => {
  it('follows a steady run to 2 % once shown, and shows nothing in the first second', () => {
    const eta = new RemainingTime();
    const total = 60_000;
    let shownAt: number | null = null;
    for (let t = 100; t < total; t += 100) {
      eta.add(t, t / total);
      const got = eta.remainingMs();
      if (t < 1000) expect(got, `estimate at ${t} ms`).toBeNull();
      if (got !== null) {
        shownAt ??= t;
        expectWithin(got, total - t, 0.02, `steady run at ${t} ms`);
      }
    }
    expect(shownAt, 'first estimate (ms)').not.toBeNull();
    expect(shownAt!).toBeLessThanOrEqual(1500);
  });

  it('never offers an estimate for a run shorter than a second', () => {
    const eta = new RemainingTime();
    for (let t = 50; t <= 900; t += 50) {
      eta.add(t, t / 900);
      expect(eta.remainingMs()).toBeNull();
    }
  });

  it('adapts to a run that slows down threefold within its window (6 s) to 10 %', () => {
    const eta = new RemainingTime();
    // 0–10 s at 1 %/s, then 1/3 %/s: the run ends at 10 s + 90 / (1/3) s = 280 s
    const fAt = (t: number) => (t <= 10_000 ? t / 1e5 : 0.1 + (t - 10_000) / 3e5);
    for (let t = 100; t <= 30_000; t += 100) {
      eta.add(t, fAt(t));
      if (t >= 17_000) expectWithin(eta.remainingMs(), 280_000 - t, 0.1, `after the slowdown, at ${t} ms`);
    }
  });

  it('withdraws the estimate when the run stalls', () => {
    const eta = new RemainingTime();
    for (let t = 100; t <= 5000; t += 100) eta.add(t, t / 20_000);
    expect(eta.remainingMs()).not.toBeNull();
    for (let t = 5100; t <= 12_000; t += 100) eta.add(t, 0.25);
    expect(eta.remainingMs()).toBeNull();
  });

  it('withholds the estimate while the predicted finish swings (a sudden leap in progress)', () => {
    const eta = new RemainingTime();
    for (let t = 100; t <= 3000; t += 100) eta.add(t, t / 100_000);
    expect(eta.remainingMs(), 'steady at 1 %/s').not.toBeNull();
    // progress leaps from 3 % to 50 % (e.g. a long stage skipped), then goes on at 1 %/s
    for (let t = 3100; t <= 3300; t += 100) {
      eta.add(t, 0.5 + (t - 3100) / 100_000);
      expect(eta.remainingMs(), `estimate ${t - 3000} ms after the leap`).toBeNull();
    }
  });

  it('ignores reports that go back in time or are not finite', () => {
    const eta = new RemainingTime();
    for (let t = 100; t <= 3000; t += 100) eta.add(t, t / 10_000);
    const before = eta.remainingMs();
    eta.add(2000, 0.9);
    eta.add(NaN, 0.5);
    eta.add(3100, NaN);
    expect(eta.remainingMs()).toBe(before);
  });

  it('is honest for runs with a noisy pace: ≥ 90 % of shown estimates within 25 % of the real time left (200 runs)', () => {
    // each 100 ms report advances by a lognormal step (σ = 0.5 per step) around the mean pace;
    // the real time left is known once the run is simulated to its end
    const rng = new Rng(7);
    let shown = 0;
    let good = 0;
    let worst = 0;
    for (let run = 0; run < 200; run++) {
      const mean = 1 / (50 + 400 * rng.next()); // 5–45 s runs
      const reports: { t: number; f: number }[] = [];
      let f = 0;
      let t = 0;
      while (f < 1) {
        t += 100;
        f = Math.min(1, f + mean * Math.exp(0.5 * rng.normal() - 0.125));
        reports.push({ t, f });
      }
      const end = t;
      const eta = new RemainingTime();
      for (const r of reports) {
        eta.add(r.t, r.f);
        const got = eta.remainingMs();
        if (got === null || r.f >= 1) continue;
        shown++;
        const actual = end - r.t;
        const rel = Math.abs(got - actual) / Math.max(actual, 1000);
        worst = Math.max(worst, rel);
        if (rel <= 0.25) good++;
      }
    }
    const share = good / shown;
    expect(shown, 'estimates shown').toBeGreaterThan(1000);
    expect(share, `share within 25 %: expected ≥ 0.9, got ${share.toFixed(3)} (worst ${worst.toFixed(2)}, ${shown} estimates)`).toBeGreaterThanOrEqual(0.9);
  });
});
