import { describe, expect, it } from 'vitest';
import { solveTridiagonal } from '../../../src/core/tridiagonal';

describe('solveTridiagonal boundaries', () => {
  it('solves 1×1 and 2×2 systems exactly and ignores a[0] and c[n−1]', () => {
    expect(Array.from(solveTridiagonal([99], [4], [99], [2]))).toEqual([0.5]);
    // [2 1; 1 3] x = [5, 10] → x = [1, 3]; a[0] and c[1] are junk that must not be read
    const x = solveTridiagonal([1e9, 1], [2, 3], [1, 1e9], [5, 10]);
    expect(x[0]).toBeCloseTo(1, 14);
    expect(x[1]).toBeCloseTo(3, 14);
  });

  it('returns the empty output for n = 0 and writes into the arrays it is given', () => {
    expect(solveTridiagonal([], [], [], []).length).toBe(0);
    const out = new Float64Array(3);
    const scratch = new Float64Array(3);
    const got = solveTridiagonal([0, -1, -1], [2, 2, 2], [-1, -1, 0], [1, 0, 1], out, scratch);
    expect(got).toBe(out);
    // [2 −1 0; −1 2 −1; 0 −1 2] x = [1, 0, 1] → x = [1, 1, 1]
    for (const v of got) expect(v).toBeCloseTo(1, 14);
  });

  it('names the row of a zero pivot found during elimination', () => {
    // row 1: b − a·c/b = 1 − 1·1/1 = 0
    expect(() => solveTridiagonal([0, 1, 0], [1, 1, 1], [1, 0, 0], [1, 1, 1])).toThrow('zero pivot at row 1');
    expect(() => solveTridiagonal([0], [0], [0], [1])).toThrow('zero pivot at row 0');
  });
});
