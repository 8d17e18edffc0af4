import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaleLinear, scaleLog } from 'd3-scale';
import { formatLogValue, tickFormatOf } from '../../../src/viz/plot/ticks';
import { powerOfTen } from '../../../src/core/format';

const SUP = '⁻⁰¹²³⁴⁵⁶⁷⁸⁹';
const ASCII = '-0123456789';

/** Reads a tick label back as a number: plain, 10ⁿ or m×10ⁿ. */
function parseLabel(label: string): number {
  const m = /^(?:(\d+)×)?10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(label);
  if (!m) return Number(label.replace(/,/g, ''));
  const exponent = Number([...m[2]].map((c) => ASCII[SUP.indexOf(c)]).join(''));
  return Number(m[1] ?? 1) * 10 ** exponent;
}

describe('tick labels', () => {
  it('writes powers of ten with superscript exponents', () => {
    expect(powerOfTen(-8)).toBe('10⁻⁸');
    expect(powerOfTen(12)).toBe('10¹²');
    expect(formatLogValue(1e-8, false)).toBe('10⁻⁸');
    expect(formatLogValue(2e-8, false)).toBe('2×10⁻⁸');
    expect(formatLogValue(100, true)).toBe('100');
    expect(formatLogValue(0.01, true)).toBe('0.01');
  });

  it('labels log axes of any range with values that read back as the tick (never "1e+2")', () => {
    fc.assert(
      fc.property(fc.integer({ min: -15, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 10 }), (e0, decades, count) => {
        const scale = scaleLog().domain([10 ** e0, 10 ** (e0 + decades)]);
        const format = tickFormatOf(scale, true, count);
        const labels = scale.ticks(count).map((v) => [v, format(v)] as const);
        // the decades are always labelled
        const decadeLabels = labels.filter(([v]) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
        expect(decadeLabels.every(([, l]) => l !== '')).toBe(true);
        for (const [v, l] of labels) {
          if (l === '') continue;
          expect(l).not.toMatch(/e/);
          const got = parseLabel(l);
          // expected v, got the label read back, tolerance 1e-9 relative
          expect(Math.abs(got - v) / v, `tick ${v} labelled "${l}" reads ${got}`).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('keeps d3 defaults on linear axes and uses a custom formatter when given', () => {
    const scale = scaleLinear().domain([0, 1]);
    expect(scale.ticks(5).map(tickFormatOf(scale, false, 5))).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    expect(tickFormatOf(scale, false, 5, (v) => `${v} K`)(1)).toBe('1 K');
  });
});
