/** Profile measurements: mode amplitudes, peak-to-valley, dominant mode and the linear-stage growth fit. */
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
});
