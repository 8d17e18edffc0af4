/**
 * stretchedFaces (grid.ts): faces from 0 to 1, the first cell of the asked size, a constant growth
 * ratio no larger than maxRatio, the fewest cells that allow it (at least minCells), and a uniform
 * grid when the first cell is not smaller than 1/minCells.
 */
import { describe, expect, it } from 'vitest';
import { stretchedFaces } from '../../../../src/models/solidification/grid';
import { expectClose } from './helpers';

/** Cell sizes of a face list. */
const sizes = (f: Float64Array) => Array.from(f.subarray(1), (x, i) => x - f[i]);

describe('stretchedFaces', () => {
  it('first cell 1e-4, ratio ≤ 1.06: ceil(ln(1 + 0.06/1e-4)/ln 1.06) = 110 cells, first cell 1e-4, one constant ratio ≤ 1.06, faces 0 … 1', () => {
    const f = stretchedFaces(1e-4, 10, 1.06);
    expect(f.length).toBe(111);
    expect(f[0]).toBe(0);
    expect(f[110]).toBe(1);
    const h = sizes(f);
    expectClose(h[0], 1e-4, 1e-15, 'first cell (the ratio is solved to 1e-15)');
    const r = h[1] / h[0];
    expect(r).toBeLessThanOrEqual(1.06);
    expect(r).toBeGreaterThan(1.05);
    for (let i = 1; i < h.length; i++) expectClose(h[i] / h[i - 1], r, 1e-9, `ratio ${i}`);
    // 109 cells would need a ratio above 1.06
    expect(1e-4 * ((1.06 ** 109 - 1) / 0.06)).toBeLessThan(1);
  });

  it('more cells than needed (minCells 100, first 0.005): 100 cells, first 0.005, geometric sum 1', () => {
    const f = stretchedFaces(0.005, 100, 1.06);
    expect(f.length).toBe(101);
    const h = sizes(f);
    expectClose(h[0], 0.005, 1e-12, 'first cell');
    const r = h[1] / h[0];
    expect(r).toBeGreaterThan(1);
    expect(r).toBeLessThan(1.06);
    expectClose((0.005 * (r ** 100 - 1)) / (r - 1), 1, 1e-9, 'Σ h');
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThan(h[i - 1]);
  });

  it('a first cell that needs a ratio of just below maxRatio gets it (first = 0.06/(1.06¹¹⁰ − 1)·(1 + 1e-9): 110 cells, ratio within 1e-8 of 1.06)', () => {
    const first = (0.06 / (1.06 ** 110 - 1)) * (1 + 1e-9);
    const f = stretchedFaces(first, 10, 1.06);
    expect(f.length).toBe(111);
    const h = sizes(f);
    expectClose(h[1] / h[0], 1.06, 1e-8, 'ratio');
    expect(h[1] / h[0]).toBeLessThanOrEqual(1.06);
    expectClose(h[0], first, 1e-11 * first, 'first cell (the ratio is solved to 1e-15)');
  });

  it('first cell ≥ 1/minCells: a uniform grid of minCells cells (exactly i/n)', () => {
    for (const first of [0.25, 0.5, 1]) {
      const f = stretchedFaces(first, 4, 1.06);
      expect([...f]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    }
  });
});
