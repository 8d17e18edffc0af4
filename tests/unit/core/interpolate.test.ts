import { describe, expect, it } from 'vitest';
import { interpolateLinear, linspace, logspace } from '../../../src/core/interpolate';

describe('interpolateLinear on a non-uniform grid', () => {
  it('finds the right interval by bisection at every knot and between', () => {
    const xs = [0, 1, 2, 4, 8, 16, 32];
    const ys = xs.map((x) => 3 * x - 1);
    for (let x = 0; x <= 32; x += 0.25) expect(interpolateLinear(xs, ys, x)).toBeCloseTo(3 * x - 1, 12);
    // a kinked function: the value between knots comes from its own interval only
    const ks = [0, 1, 2, 3];
    const vs = [0, 10, 0, 10];
    expect(interpolateLinear(ks, vs, 0.5)).toBe(5);
    expect(interpolateLinear(ks, vs, 1.25)).toBe(7.5);
    expect(interpolateLinear(ks, vs, 2.75)).toBe(7.5);
  });

  it('returns the end values at the ends and refuses an empty grid', () => {
    expect(interpolateLinear([1, 2], [7, 9], 1)).toBe(7);
    expect(interpolateLinear([1, 2], [7, 9], 2)).toBe(9);
    expect(interpolateLinear([5], [3], 4)).toBe(3);
    expect(() => interpolateLinear([], [], 0)).toThrow('empty grid');
  });
});

describe('grids', () => {
  it('linspace: one point is the start; steps are equal', () => {
    expect(Array.from(linspace(2, 9, 1))).toEqual([2]);
    expect(Array.from(linspace(1, 3, 5))).toEqual([1, 1.5, 2, 2.5, 3]);
    expect(linspace(0, 1, 0).length).toBe(0);
  });

  it('logspace: equal ratios, exact ends, and empty for n = 0', () => {
    const g = logspace(1, 1e4, 5);
    for (let i = 0; i < 5; i++) expect(g[i] / 10 ** i).toBeCloseTo(1, 12);
    expect(logspace(1, 10, 0).length).toBe(0);
    expect(Array.from(logspace(3, 3, 1))).toEqual([3]);
  });
});
