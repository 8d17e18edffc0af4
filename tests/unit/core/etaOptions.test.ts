import { describe, expect, it } from 'vitest';
import { RemainingTime } from '../../../src/core/eta';

/** Feeds a steady run (fraction = t / total) every `step` ms up to `until`; returns the last estimate. */
function steady(eta: RemainingTime, total: number, step: number, until: number): number | null {
  for (let t = step; t <= until; t += step) eta.add(t, t / total);
  return eta.remainingMs();
}

describe('RemainingTime options and edges', () => {
  it('is exact for a steady run: time left = (1 − f)/rate (1e-9 relative)', () => {
    const got = steady(new RemainingTime(), 10_000, 100, 3000);
    expect(got).not.toBeNull();
    expect(Math.abs((got ?? 0) - 7000) / 7000, `got ${got}, expected 7000 ms`).toBeLessThan(1e-9);
  });

  it('needs `agreeing` predictions, at least two, and `minElapsedMs` of run', () => {
    // with minElapsedMs 0, an estimate needs exactly `agreeing` reports that set a rate
    const two = new RemainingTime({ minElapsedMs: 0, agreeing: 2 });
    two.add(10, 0.001);
    two.add(20, 0.002);
    expect(two.remainingMs(), 'one prediction').toBeNull();
    two.add(30, 0.003);
    expect(two.remainingMs(), 'two predictions').not.toBeNull();
    // agreeing: 1 is raised to 2
    const one = new RemainingTime({ minElapsedMs: 0, agreeing: 1 });
    one.add(10, 0.001);
    one.add(20, 0.002);
    expect(one.remainingMs(), 'agreeing 1 → 2: one prediction').toBeNull();
    // nothing before minElapsedMs, even with many agreeing reports
    const late = new RemainingTime({ minElapsedMs: 500, agreeing: 2 });
    expect(steady(late, 10_000, 10, 490)).toBeNull();
    late.add(500, 0.05);
    expect(late.remainingMs(), 'at minElapsedMs').not.toBeNull();
  });

  it('ignores a report at the same time as the last one', () => {
    const eta = new RemainingTime({ minElapsedMs: 0, agreeing: 2 });
    steady(eta, 10_000, 100, 1000);
    const before = eta.remainingMs();
    eta.add(1000, 0.9);
    expect(eta.remainingMs()).toBe(before);
  });

  it('withdraws the estimate when progress stands still (rate 0)', () => {
    const eta = new RemainingTime({ minElapsedMs: 0, agreeing: 2, windowMs: 300 });
    steady(eta, 10_000, 100, 1000);
    expect(eta.remainingMs()).not.toBeNull();
    for (let t = 1100; t <= 1600; t += 100) eta.add(t, 0.1);
    expect(eta.remainingMs()).toBeNull();
  });

  it('forgets reports older than the window: after a slow-down the rate is the new one (1e-9)', () => {
    // 1 %/s for 10 s, then 0.5 %/s; window 2 s: at 20 s (f = 0.15) only the new pace counts,
    // so the time left is 0.85 / (0.005 per s) = 170 s
    const eta = new RemainingTime({ windowMs: 2000, minElapsedMs: 0, agreeing: 2, tolerance: 10 });
    const f = (t: number) => (t <= 10_000 ? t / 1e5 : 0.1 + (t - 10_000) / 2e5);
    for (let t = 100; t <= 20_000; t += 100) eta.add(t, f(t));
    const got = eta.remainingMs() ?? NaN;
    expect(Math.abs(got - 170_000) / 170_000, `got ${got} ms, expected 170000 ms, tol 1e-9`).toBeLessThan(1e-9);
  });
});
