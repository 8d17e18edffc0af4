/**
 * Profile measurements: mode amplitudes (NaN entries as 0), peak-to-valley, the dominant mode (up
 * to N/2, the lowest of equal ones), the primary spacing threshold, and the linear-stage growth fit
 * with the edges of its stage (the limit itself, a zero sample, four samples at least, equal times).
 */
import { describe, expect, it } from 'vitest';
import { dominantMode, linearGrowthRate, modeAmplitude, peakToValley, primarySpacing } from '../../../../../src/models/solidification/morphology/measure';
import { expectClose } from '../helpers';

const N = 64;
const profile = (f: (x: number) => number) => Float64Array.from({ length: N }, (_, i) => f((i + 0.5) / N));

describe('interface measurements', () => {
  it('primary spacing: the dominant wavelength 2L/n once the front is rougher than one cell', () => {
    const h = profile((x) => 5 + 0.3 * Math.cos(4 * Math.PI * x) + 0.1 * Math.cos(9 * Math.PI * x));
    // L = 2 mm, mode 4 dominates: 2L/4 = 1 mm; (max − min)/2 ≈ 0.4 is above a 0.2 cell, below a 0.5 one
    expectClose(primarySpacing(h, 0.2, 2e-3) ?? NaN, 1e-3, 1e-15);
    expect(primarySpacing(h, 0.5, 2e-3)).toBeNull();
  });

  it('mode amplitudes of a sum of cosines', () => {
    const h = profile((x) => 5 + 0.3 * Math.cos(3 * Math.PI * x) - 0.2 * Math.cos(8 * Math.PI * x));
    expectClose(modeAmplitude(h, 3), 0.3, 1e-12);
    expectClose(modeAmplitude(h, 8), -0.2, 1e-12);
    expectClose(modeAmplitude(h, 5), 0, 1e-12);
    expect(dominantMode(h)).toBe(3);
    expect(peakToValley([1, -3, NaN, 2])).toBe(2.5);
    expect(peakToValley([NaN])).toBe(0);
  });

  it('growth rate from the linear stage only', () => {
    const t = Array.from({ length: 100 }, (_, i) => i);
    const A = t.map((x) => 0.01 * Math.exp(0.05 * x));
    // stops at |A| ≥ 0.1 (t ≈ 46); the fit uses the later half of the samples before it
    expectClose(linearGrowthRate(t, A, 0.1), 0.05, 1e-12);
    expect(Number.isNaN(linearGrowthRate(t, A, 0.011))).toBe(true);
  });

  it('a NaN entry counts as 0 in a mode amplitude', () => {
    expect(modeAmplitude([NaN, 1, 2, 3], 1)).toBe(modeAmplitude([0, 1, 2, 3], 1));
    expect(modeAmplitude([NaN, 1, 2, 3], 2)).toBe(modeAmplitude([0, 1, 2, 3], 2));
  });

  it('the dominant mode may be N/2; equal amplitudes keep the lowest mode', () => {
    const h = Float64Array.from({ length: 4 }, (_, i) => Math.cos((2 * Math.PI * (i + 0.5)) / 4));
    expect(dominantMode(h)).toBe(2);
    expect(dominantMode([0, 0, 0, 0, 0, 0])).toBe(1);
  });

  it('peak-to-valley of one finite value is 0; the spacing needs (max − min)/2 above one cell, not equal to it', () => {
    expect(peakToValley([NaN, 4, NaN])).toBe(0);
    expect(peakToValley([])).toBe(0);
    expect(primarySpacing([0, 1], 0.5, 1)).toBeNull();
    expect(primarySpacing([0, 1], 0.49, 1)).toBe(2);
  });

  it('the linear stage ends at the first sample at the limit or at zero; at least four samples in its later half', () => {
    const t = Array.from({ length: 12 }, (_, i) => i);
    const pow2 = t.map((i) => 2 ** i);
    // a sample equal to the limit (off the trend) ends the stage: samples 4–7 fit ln 2 exactly
    expectClose(linearGrowthRate(t, [...pow2.slice(0, 8), 200, 200, 200, 200], 200), Math.LN2, 1e-12);
    // a zero amplitude ends it too
    expectClose(linearGrowthRate(t, [...pow2.slice(0, 8), 0, 1, 2, 4], 1e6), Math.LN2, 1e-12);
    // a jump past the limit is not fitted
    expectClose(linearGrowthRate(t, [...pow2.slice(0, 8), 1e5, 1e5, 1e5, 1e5], 1000), Math.LN2, 1e-12);
    // the whole history in the linear stage: the later half, 6 samples
    expectClose(linearGrowthRate(t, pow2, 1e6), Math.LN2, 1e-12);
    // 7 samples: the later 4 fit; 6 samples: 3, too few
    expectClose(linearGrowthRate(t.slice(0, 7), pow2.slice(0, 7), 1e6), Math.LN2, 1e-12);
    expect(linearGrowthRate(t.slice(0, 6), pow2.slice(0, 6), 1e6)).toBeNaN();
    expect(linearGrowthRate(t, [...pow2.slice(0, 8), 1e5, 1e5, 1e5, 1e5], 0.5)).toBeNaN();
  });

  it('no growth rate from samples all taken at one time', () => {
    expect(linearGrowthRate([1, 1, 1, 1, 1, 1, 1, 1], [1, 2, 3, 4, 5, 6, 7, 8], 100)).toBeNaN();
  });
});
