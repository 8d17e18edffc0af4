import { describe, expect, it } from 'vitest';
import { decimateIndices } from '../../../src/viz/plot/decimate';
import { samePlotSnapshot, snapshotPlot } from '../../../src/viz/plot/snapshot';

/** Decimates a series drawn with x in pixels = index / perPx and y in pixels = ys[k]. */
function run(ys: ArrayLike<number>, perPx: number): number[] {
  return decimateIndices({ n: ys.length, px: (k) => k / perPx, py: [(k) => ys[k]] });
}

describe('decimateIndices', () => {
  it('keeps every point when no column holds more than two', () => {
    const ys = [5, 1, 7, 3, 9, 2];
    expect(run(ys, 1)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(run(ys, 2)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps first, last, minimum and maximum of each column, in order', () => {
    // 10 points per pixel column: column 0 holds 0…9, column 1 holds 10…19
    const ys = Float64Array.from({ length: 20 }, (_, k) => [3, 4, 9, 5, 5, -2, 5, 5, 5, 6][k % 10] + (k >= 10 ? 100 : 0));
    expect(run(ys, 10)).toEqual([0, 2, 5, 9, 10, 12, 15, 19]);
  });

  it('keeps at most four points per column of a long series, and its extremes', () => {
    const n = 100_000;
    const ys = Float64Array.from({ length: n }, (_, k) => Math.sin(k / 50) * 100 + (k === 54_321 ? 1e4 : 0));
    const out = run(ys, n / 500);
    expect(out.length).toBeLessThanOrEqual(4 * 500);
    expect(out).toContain(54_321);
    expect(out[0]).toBe(0);
    expect(out[out.length - 1]).toBe(n - 1);
    expect(out.every((k, i) => i === 0 || k > out[i - 1])).toBe(true);
    const kept = out.map((k) => ys[k]);
    expect(Math.max(...kept)).toBe(ys.reduce((a, b) => Math.max(a, b)));
    expect(Math.min(...kept)).toBe(ys.reduce((a, b) => Math.min(a, b)));
  });

  it('keeps one undefined point per gap so the line still breaks there', () => {
    const ys = Float64Array.from({ length: 1000 }, (_, k) => (k >= 400 && k < 450 ? NaN : k % 7));
    const out = run(ys, 100);
    const gaps = out.filter((k) => Number.isNaN(ys[k]));
    expect(gaps).toEqual([400]);
    expect(out).toContain(399);
    expect(out).toContain(450);
  });

  it('keeps the extremes of every curve of a band', () => {
    const n = 1000;
    const y0 = Float64Array.from({ length: n }, (_, k) => (k === 123 ? -50 : 0));
    const y1 = Float64Array.from({ length: n }, (_, k) => (k === 456 ? 50 : 1));
    const out = decimateIndices({ n, px: (k) => k / 1000, py: [(k) => y0[k], (k) => y1[k]] });
    expect(out).toEqual([0, 123, 456, 999]);
  });

  it('handles an empty series and columns revisited by non-monotonic x', () => {
    expect(decimateIndices({ n: 0, px: (k) => k, py: [(k) => k] })).toEqual([]);
    const xs = [0, 0.2, 0.4, 5, 0.1, 0.3];
    expect(decimateIndices({ n: xs.length, px: (k) => xs[k], py: [(k) => k] })).toEqual([0, 2, 3, 4, 5]);
  });
});

describe('plot snapshots', () => {
  const data = { lines: [{ x: Float64Array.of(1, 2, NaN), y: [3, 4, 5], label: 'a' }], rules: [] };
  const options = { title: 't', xLabel: 'x', yLabel: 'y', width: 400, height: 250, xDomain: [0, 1] };

  it('are equal for new but equal data and options', () => {
    const copy = { lines: [{ x: [1, 2, NaN], y: Float64Array.of(3, 4, 5), label: 'a' }], rules: [] };
    expect(samePlotSnapshot(snapshotPlot(data, options), snapshotPlot(copy, { ...options, xDomain: [0, 1] }))).toBe(true);
  });

  it('differ when a value, a label, a length or an option differs, or data changed in place', () => {
    const before = snapshotPlot(data, options);
    expect(samePlotSnapshot(before, snapshotPlot({ ...data, lines: [{ ...data.lines[0], label: 'b' }] }, options))).toBe(false);
    expect(samePlotSnapshot(before, snapshotPlot({ ...data, lines: [{ ...data.lines[0], y: [3, 4] }] }, options))).toBe(false);
    expect(samePlotSnapshot(before, snapshotPlot(data, { ...options, width: 401 }))).toBe(false);
    expect(samePlotSnapshot(before, snapshotPlot(data, { ...options, xDomain: [0, 2] }))).toBe(false);
    data.lines[0].y[1] = 40;
    expect(samePlotSnapshot(before, snapshotPlot(data, options))).toBe(false);
  });
});
