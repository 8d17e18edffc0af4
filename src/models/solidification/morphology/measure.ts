/**
 * Measurements on an interface profile h(x) sampled at cell centres x_i = (i + ½)·Δx of a
 * domain with mirror side walls (width L = n·Δx): cosine-mode amplitudes, the amplitude
 * (max − min)/2, the dominant wavelength, and a least-squares growth rate of ln|A(t)|.
 * Units are whatever the caller passes (the solver's W and τ₀, or SI).
 */
import { linearFit } from '../../../core/regression';

/** Amplitude of mode cos(nπx/L) in h: (2/N)·Σ h_i cos(nπx_i/L) (NaN entries count as 0). */
export function modeAmplitude(h: ArrayLike<number>, n: number): number {
  const N = h.length;
  let s = 0;
  // Stryker disable next-line EqualityOperator: i <= N reads h[N], undefined, which the finiteness test below skips
  for (let i = 0; i < N; i++) {
    const v = h[i];
    if (Number.isFinite(v)) s += v * Math.cos((n * Math.PI * (i + 0.5)) / N);
  }
  return (2 * s) / N;
}

/** Half the peak-to-valley height (max − min)/2 of the finite entries of h (0 when none). */
export function peakToValley(h: ArrayLike<number>): number {
  let lo = Infinity;
  let hi = -Infinity;
  // Stryker disable next-line EqualityOperator: i <= h.length reads h[h.length], undefined, which the finiteness test skips
  for (let i = 0; i < h.length; i++) {
    const v = h[i];
    if (Number.isFinite(v)) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  // no finite entry leaves hi − lo = −∞
  return Math.max(0, (hi - lo) / 2);
}

/**
 * Mode number n ≥ 1 (of cos(nπx/L)) with the largest |amplitude| in h, for n up to N/2.
 * Its wavelength is 2L/n: for cells, the primary spacing.
 */
export function dominantMode(h: ArrayLike<number>): number {
  let best = 1;
  let bestA = -1;
  for (let n = 1; n <= h.length / 2; n++) {
    const a = Math.abs(modeAmplitude(h, n));
    if (a > bestA) {
      bestA = a;
      best = n;
    }
  }
  return best;
}

/**
 * Primary spacing of a front h (mirror-walled domain `width` wide, any length unit): the
 * wavelength 2L/n of its dominant mode, or null while (max − min)/2 of h is within `cell`
 * (h and `cell` in the same unit).
 */
export function primarySpacing(h: ArrayLike<number>, cell: number, width: number): number | null {
  return peakToValley(h) > cell ? (2 * width) / dominantMode(h) : null;
}

/**
 * Growth rate of a mode from its amplitude history: the slope of ln|A| over the later half of
 * the samples taken while |A| stays below `linearLimit` (the linear stage); NaN when fewer than
 * four such samples exist.
 */
export function linearGrowthRate(t: ArrayLike<number>, A: ArrayLike<number>, linearLimit: number): number {
  // the first sample at or above the limit, or zero (no logarithm), ends the linear stage
  let end = Array.from(A).findIndex((a) => !(Math.abs(a) < linearLimit) || a === 0);
  if (end < 0) end = A.length;
  const start = Math.floor(end / 2);
  if (end - start < 4) return NaN;
  const ts: number[] = [];
  const ls: number[] = [];
  for (let i = start; i < end; i++) {
    ts.push(t[i]);
    ls.push(Math.log(Math.abs(A[i])));
  }
  return ts[ts.length - 1] > ts[0] ? linearFit(ts, ls).slope : NaN;
}
