/**
 * Tick labels of the line plots: plain numbers on linear axes, and on logarithmic axes powers of
 * ten written as 10ⁿ (superscript exponent) when the axis leaves the range 0.001 … 10 000, plain
 * numbers (0.01, 1, 100) inside it; never d3's "1e+2". The exponent is written as by the one
 * number formatter (src/core/format.ts); linear ticks use d3's step-aware format (Unicode minus).
 */
import type { ScaleContinuousNumeric } from 'd3-scale';
import { format } from 'd3-format';
import { powerOfTen } from '../../core/format';

const plain = format('~g');

/**
 * Formats a positive value of a log axis: plain (`~g`) when `plainRange`, else a power of ten as
 * 10ⁿ and any other value as m×10ⁿ (m to one significant digit, as log ticks are).
 */
export function formatLogValue(value: number, plainRange: boolean): string {
  if (plainRange) return plain(value);
  const exponent = Math.floor(Math.log10(value) + 1e-9);
  const mantissa = Math.round(value / 10 ** exponent);
  return mantissa === 1 ? powerOfTen(exponent) : `${mantissa}×${powerOfTen(exponent)}`;
}

/** Whether every value of a log domain is written plainly (within 0.001 … 10 000). */
function plainLogDomain(domain: number[]): boolean {
  const lo = Math.min(...domain);
  const hi = Math.max(...domain);
  return lo >= 1e-3 * 0.999 && hi <= 1e4 * 1.001;
}

/**
 * The tick-label formatter of an axis with about `count` ticks: `custom` when given; on a log
 * axis, labels on the ticks d3 keeps labelled (the others are blank) written by `formatLogValue`;
 * on a linear axis, d3's default for the tick step.
 */
export function tickFormatOf(scale: ScaleContinuousNumeric<number, number>, log: boolean, count: number, custom?: (value: number) => string): (value: number) => string {
  if (custom) return custom;
  if (log) {
    const plainRange = plainLogDomain(scale.domain());
    // as d3's log tickFormat: with many ticks per decade only mantissas up to k are labelled
    const k = Math.max(1, (10 * count) / Math.max(1, scale.ticks(count).length));
    return (v) => {
      let m = v / 10 ** Math.round(Math.log10(v));
      if (m * 10 < 9.5) m *= 10;
      return m <= k + 1e-9 ? formatLogValue(v, plainRange) : '';
    };
  }
  return scale.tickFormat(count);
}
