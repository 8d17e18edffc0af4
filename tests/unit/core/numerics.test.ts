import { describe, expect, it } from 'vitest';
import { solveTridiagonal } from '../../../src/core/tridiagonal';
import { brent } from '../../../src/core/roots';
import { linearFit } from '../../../src/core/regression';
import { interpolateLinear, linspace, logspace } from '../../../src/core/interpolate';
import { toJson } from '../../../src/core/json';

describe('solveTridiagonal', () => {
  it('solves a random diagonally dominant system to 1e-12 (residual check)', () => {
    const n = 50;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const c = new Float64Array(n);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = Math.sin(i + 1);
      c[i] = Math.cos(2 * i + 1);
      b[i] = 3 + Math.abs(a[i]) + Math.abs(c[i]);
      x[i] = i % 7 - 3;
    }
    const d = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = (i > 0 ? a[i] * x[i - 1] : 0) + b[i] * x[i] + (i < n - 1 ? c[i] * x[i + 1] : 0);
    const got = solveTridiagonal(a, b, c, d);
    for (let i = 0; i < n; i++) expect(Math.abs(got[i] - x[i])).toBeLessThan(1e-12);
  });

  it('throws on a zero pivot instead of returning NaN', () => {
    expect(() => solveTridiagonal([0, 1], [0, 1], [1, 0], [1, 1])).toThrow(/zero pivot/);
  });
});

describe('brent', () => {
  it('finds √2 and the root of cos x − x to 1e-12', () => {
    expect(Math.abs(brent((x) => x * x - 2, 0, 2) - Math.SQRT2)).toBeLessThan(1e-12);
    expect(Math.abs(brent((x) => Math.cos(x) - x, 0, 1) - 0.7390851332151607)).toBeLessThan(1e-12);
  });

  it('refuses a bracket without a sign change', () => {
    expect(() => brent((x) => x * x + 1, -1, 1)).toThrow(/no sign change/);
  });
});

describe('linearFit', () => {
  it('recovers an exact line with zero standard errors', () => {
    const f = linearFit([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(f.slope).toBeCloseTo(2, 12);
    expect(f.intercept).toBeCloseTo(1, 12);
    expect(f.slopeStdErr).toBeCloseTo(0, 12);
    expect(f.r2).toBeCloseTo(1, 12);
  });

  it('matches hand-computed standard errors (NIST-style textbook example)', () => {
    const x = [1, 2, 3, 4, 5];
    const y = [2.1, 3.9, 6.2, 7.8, 10.1];
    const f = linearFit(x, y);
    // Sxx = 10, slope = Sxy/Sxx = 19.9/10 = 1.99; residual SS = 0.107; s² = 0.107/3.
    expect(f.slope).toBeCloseTo(1.99, 12);
    expect(f.intercept).toBeCloseTo(0.05, 12);
    expect(f.slopeStdErr!).toBeCloseTo(Math.sqrt(0.107 / 3 / 10), 10);
    expect(f.interceptStdErr!).toBeCloseTo(Math.sqrt((0.107 / 3) * (1 / 5 + 9 / 10)), 10);
  });

  it('rejects degenerate input', () => {
    expect(() => linearFit([1], [1])).toThrow();
    expect(() => linearFit([2, 2, 2], [1, 2, 3])).toThrow(/equal/);
  });
});

describe('interpolation and grids', () => {
  it('interpolates linearly and clamps outside', () => {
    expect(interpolateLinear([0, 1, 3], [0, 10, 30], 2)).toBe(20);
    expect(interpolateLinear([0, 1], [5, 6], -1)).toBe(5);
    expect(interpolateLinear([0, 1], [5, 6], 9)).toBe(6);
  });

  it('builds exact end points', () => {
    const l = linspace(0, 1, 11);
    expect(l[10]).toBe(1);
    expect(l[5]).toBeCloseTo(0.5, 15);
    const g = logspace(1e-3, 1e3, 7);
    expect(g[0]).toBe(1e-3);
    expect(g[6]).toBe(1e3);
    expect(g[3]).toBeCloseTo(1, 12);
  });
});

describe('result serialisation', () => {
  it('writes NaN and infinities as null and typed arrays as arrays', () => {
    expect(toJson({ a: NaN, b: [1, Infinity], c: new Float64Array([1, NaN]) })).toBe('{"a":null,"b":[1,null],"c":[1,null]}');
  });
});

describe('finiteExtent', () => {
  it('skips NaN and infinities, and is null when nothing is finite', async () => {
    const { finiteExtent } = await import('../../../src/core/extent');
    expect(finiteExtent([3, NaN, -2, Infinity, 5])).toEqual([-2, 5]);
    expect(finiteExtent(new Float64Array([NaN, -Infinity]))).toBeNull();
    expect(finiteExtent([])).toBeNull();
  });
});
