import { describe, expect, it } from 'vitest';
import { linearFit } from '../../../src/core/regression';

describe('linearFit boundaries', () => {
  it('fits two points exactly with no standard errors', () => {
    const f = linearFit([1, 3], [2, 8]);
    expect(f).toEqual({ slope: 3, intercept: -1, slopeStdErr: null, interceptStdErr: null, r2: 1, n: 2 });
  });

  it('gives R² = 1 for constant y and the textbook R² otherwise', () => {
    expect(linearFit([1, 2, 3], [4, 4, 4]).r2).toBe(1);
    // y = 0, 2, 1 on x = 0, 1, 2: slope 0.5, residuals −0.5, 1, −0.5 → SSR 1.5, SYY 2 → R² = 0.25
    const f = linearFit([0, 1, 2], [0, 2, 1]);
    expect(f.slope).toBeCloseTo(0.5, 14);
    expect(f.intercept).toBeCloseTo(0.5, 14);
    expect(f.r2).toBeCloseTo(0.25, 14);
    // s² = 1.5, Sxx = 2 → se(slope) = √0.75; se(intercept) = √(1.5·(1/3 + 1/2))
    expect(f.slopeStdErr).toBeCloseTo(Math.sqrt(0.75), 14);
    expect(f.interceptStdErr).toBeCloseTo(Math.sqrt(1.5 * (1 / 3 + 1 / 2)), 14);
  });

  it('refuses x and y of different lengths', () => {
    expect(() => linearFit([1, 2, 3], [1, 2])).toThrow('differ in length');
    expect(() => linearFit([], [])).toThrow('at least two points');
  });
});
