import { describe, expect, it } from 'vitest';
import { Rng } from '../../../src/core/rng';

describe('Rng (xoshiro128**)', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const sa = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(sa);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(sa);
  });

  it('saves and restores its state exactly', () => {
    const r = new Rng(7);
    r.next();
    const state = r.getState();
    const first = [r.next(), r.next()];
    r.setState(state);
    expect([r.next(), r.next()]).toEqual(first);
  });

  it('has the mean and variance of U(0,1) within 5 standard errors (n = 200 000)', () => {
    const r = new Rng(1);
    const n = 200_000;
    let s = 0;
    let s2 = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      s += u;
      s2 += u * u;
    }
    // one aggregate check of the range instead of 200 000 expects: every draw in [0, 1)
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = s / n;
    const variance = s2 / n - mean * mean;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * Math.sqrt(1 / 180 / n));
  });

  it('gives standard normal deviates (mean 0, variance 1 within 5 standard errors)', () => {
    const r = new Rng(3);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('nextOpen never returns 0, so −ln(u) is finite', () => {
    const r = new Rng(9);
    let min = Infinity;
    for (let i = 0; i < 10_000; i++) min = Math.min(min, r.nextOpen());
    expect(min).toBeGreaterThan(0);
    expect(Number.isFinite(-Math.log(min))).toBe(true);
  });
});
