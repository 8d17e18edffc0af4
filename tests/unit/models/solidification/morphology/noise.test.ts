/**
 * The cell noise hash: uniform on [0, 1) (mean 1/2 and variance 1/12 over 200 000 draws, within
 * 5 standard errors; ten equal bins within 5 % of each other's expected count), no correlation
 * between neighbouring cells, reproducible, and different for another seed, step or cell; and
 * equal to an independent BigInt implementation of the documented hash (murmur3's 32-bit
 * finaliser after adding the golden-ratio constant, seed high part folded into the low word).
 */
import { describe, expect, it } from 'vitest';
import { cellNoise } from '../../../../../src/models/solidification/morphology/noise';

describe('cellNoise', () => {
  const N = 200_000;
  const draws = Float64Array.from({ length: N }, (_, i) => cellNoise(7, i >> 10, i & 1023));

  it('is uniform on [0, 1)', () => {
    let mean = 0;
    let outside = 0;
    for (const x of draws) {
      if (!(x >= 0 && x < 1)) outside++;
      mean += x / N;
    }
    expect(outside).toBe(0);
    let variance = 0;
    for (const x of draws) variance += (x - mean) ** 2 / N;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / N));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(5 * Math.sqrt(1 / 180 / N));
    const bins = new Array<number>(10).fill(0);
    for (const x of draws) bins[Math.floor(x * 10)]++;
    for (const b of bins) expect(Math.abs(b - N / 10) / (N / 10)).toBeLessThan(0.05);
  });

  it('has no correlation between neighbouring cells', () => {
    let cov = 0;
    for (let i = 0; i + 1 < N; i++) cov += ((draws[i] - 0.5) * (draws[i + 1] - 0.5)) / (N - 1);
    // correlation coefficient cov/(1/12) within 5 standard errors (1/√N) of 0
    expect(Math.abs(cov * 12)).toBeLessThan(5 / Math.sqrt(N));
  });

  it('is reproducible and changes with seed, step and cell', () => {
    expect(cellNoise(3, 10, 99)).toBe(cellNoise(3, 10, 99));
    const base = cellNoise(3, 10, 99);
    expect(cellNoise(4, 10, 99)).not.toBe(base);
    expect(cellNoise(3, 11, 99)).not.toBe(base);
    expect(cellNoise(3, 10, 100)).not.toBe(base);
    expect(cellNoise(3 + 2 ** 32, 10, 99)).not.toBe(base);
  });

  it('is murmur3 fmix32(x + 0x9e3779b9) chained over seed, step and cell, divided by 2³²', () => {
    const M = 0xffffffffn;
    const fmix = (x: bigint) => {
      let z = (x + 0x9e3779b9n) & M;
      z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
      z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
      return z ^ (z >> 16n);
    };
    const reference = (seed: number, step: number, cell: number) => {
      const s = fmix((BigInt(seed) & M) ^ (BigInt(seed) >> 32n));
      return Number(fmix(fmix(s ^ BigInt(step)) ^ BigInt(cell))) / 2 ** 32;
    };
    for (const [seed, step, cell] of [
      [0, 0, 0],
      [1, 2, 3],
      [4294967295, 17, 1023],
      [2 ** 40 + 5, 123456, 98765],
    ]) {
      const x = cellNoise(seed, step, cell);
      expect(x).toBe(reference(seed, step, cell));
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
