import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digitsApart, formatSignificant, MINUS, powerOfTen, roundSignificant, superscript } from '../../../src/core/format';

const FROM_SUPER: Record<string, string> = { '⁻': '-', '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** Reads back an en-US text of formatSignificant: group commas, Unicode minus and "× 10ⁿ". */
function readBack(text: string): number {
  const m = /^([^×]+?)(?: × 10([⁻⁰-⁹¹²³]+))?$/.exec(text);
  if (!m) return NaN;
  const mantissa = Number(m[1].replaceAll(',', '').replace(MINUS, '-'));
  const exponent = m[2] ? Number([...m[2]].map((c) => FROM_SUPER[c]).join('')) : 0;
  return Number(`${mantissa}e${exponent}`);
}

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
const digits = fc.integer({ min: 1, max: 15 });

describe('formatSignificant', () => {
  it('keeps the outputs the app pinned (grouping, exponent, rounding up a decade, dash)', () => {
    expect(formatSignificant(1234.5678)).toBe('1,235');
    expect(formatSignificant(1.5587e-8, 3)).toBe('1.56 × 10⁻⁸');
    expect(formatSignificant(6.25e28, 3)).toBe('6.25 × 10²⁸');
    expect(formatSignificant(9.9996e-5, 4)).toBe('1 × 10⁻⁴');
    expect(formatSignificant(0)).toBe('0');
    expect(formatSignificant(-0)).toBe('0');
    expect(formatSignificant(NaN)).toBe('—');
    expect(formatSignificant(Infinity)).toBe('—');
    expect(formatSignificant(null)).toBe('—');
    expect(formatSignificant(undefined)).toBe('—');
  });

  it('writes negatives with a Unicode minus, like the tick labels', () => {
    expect(formatSignificant(-2.5)).toBe(`${MINUS}2.5`);
    expect(formatSignificant(-3.2e-7, 2)).toBe(`${MINUS}3.2 × 10⁻⁷`);
  });

  it('uses the locale given (Japanese grouping is the same as English; German uses a decimal comma)', () => {
    expect(formatSignificant(12345.6, 6, 'ja-JP')).toBe('12,345.6');
    expect(formatSignificant(1.5, 2, 'de-DE')).toBe('1,5');
  });

  it('round-trips: reading the text back gives the value to `digits` significant digits', () => {
    fc.assert(
      fc.property(finite, digits, (v, d) => {
        const text = formatSignificant(v, d);
        const back = readBack(text);
        const expected = roundSignificant(v, d);
        // relative tolerance: the digits kept plus float error of mantissa × 10ⁿ
        const tol = Math.abs(expected) * 1e-12;
        if (!(Math.abs(back - expected) <= tol)) throw new Error(`v=${v} digits=${d}: text "${text}", expected ${expected}, got ${back}, tolerance ${tol}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes d3/JS exponent forms, and writes only plain numbers within 0.001 … 10⁶', () => {
    fc.assert(
      fc.property(finite, digits, (v, d) => {
        const text = formatSignificant(v, d);
        if (/e[+-]?\d/i.test(text) || text.includes('-')) throw new Error(`"${text}" for ${v}`);
        const abs = Math.abs(v);
        const plain = abs === 0 || (abs >= 1e-3 && abs < 1e6);
        if (plain === text.includes('×')) throw new Error(`"${text}" for ${v} should be ${plain ? 'plain' : 'scientific'}`);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('exponents', () => {
  it('superscripts any integer and reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (n) => {
        const s = superscript(n);
        expect(Number([...s].map((c) => FROM_SUPER[c]).join(''))).toBe(n);
        expect(powerOfTen(n)).toBe(`10${s}`);
      }),
    );
  });
});

describe('digitsApart', () => {
  it('adds digits until the two numbers round apart, keeping their order', () => {
    expect(digitsApart(163, 163.333)).toBe(4);
    expect(roundSignificant(163, 4)).toBeLessThan(roundSignificant(163.333, 4));
    expect(digitsApart(7.7, 153.5)).toBe(3);
    expect(digitsApart(1.00001, 1.00002)).toBe(6);
    expect(digitsApart(1.00001, 1.00002, 2)).toBe(6);
  });
  it('equal or non-finite numbers: the minimum', () => {
    expect(digitsApart(5, 5)).toBe(3);
    expect(digitsApart(5, NaN, 4)).toBe(4);
  });
  it('numbers no 14-digit rounding separates: 15', () => {
    expect(digitsApart(1, 1 + 1e-15)).toBe(15);
  });
});
