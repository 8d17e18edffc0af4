/**
 * The one number formatter of the app: significant digits, locale-aware grouping and decimal
 * marks, a Unicode minus (as d3's tick labels write it), and very small or large magnitudes in
 * SI scientific form "1.56 × 10⁻⁸" with a superscript exponent (the tick labels of log axes use
 * the same exponent writing, compactly as "2×10⁻³"). Pure: the caller passes the locale.
 */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** The Unicode minus sign U+2212 (typographic minus, as in d3-format's default locale). */
export const MINUS = '\u2212';

/** Magnitudes written plainly: from 0.001 up to (not including) one million. */
const PLAIN_MIN = 1e-3;
const PLAIN_MAX = 1e6;

/** An integer exponent written in superscript digits ("-8" → "⁻⁸"). */
export function superscript(exponent: number): string {
  return String(exponent).replace(/[-0-9]/g, (c) => SUPERSCRIPT[c]);
}

/** 10 raised to the integer `exponent`, written with a superscript exponent ("10⁻³"). */
export function powerOfTen(exponent: number): string {
  return `10${superscript(exponent)}`;
}

/** `value` rounded to `digits` significant digits, as a number (for input fields and links, not for display). */
export function roundSignificant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/**
 * The fewest significant digits, from `min` up to 15, at which `a` and `b` round to different
 * numbers, so a sentence comparing them shows the relation it states ("163.0 is below 163.3",
 * not "163 is below 163"); `min` when they are equal or not finite.
 */
export function digitsApart(a: number, b: number, min = 3): number {
  if (a === b || !Number.isFinite(a) || !Number.isFinite(b)) return min;
  for (let d = min; d < 15; d++) if (roundSignificant(a, d) !== roundSignificant(b, d)) return d;
  return 15;
}

/** Number formats by locale and significant digits (making one costs far more than using it). */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** A finite number in `locale` with at most `digits` significant digits, never in exponent form, with a Unicode minus. */
function plainNumber(value: number, digits: number, locale: string): string {
  return numberFormat(locale, digits).format(value).replace('-', MINUS);
}

/**
 * Formats `value` for reading: `digits` (1–21) significant digits in the number style of `locale`
 * (a BCP 47 tag, e.g. "en-US", "ja-JP"); magnitudes below 0.001 or from 10⁶ on as
 * "m × 10ⁿ"; negative values with a Unicode minus; null, undefined, NaN and ±∞ as an em dash.
 * Unitless: the caller converts to its display unit first.
 */
export function formatSignificant(value: number | null | undefined, digits = 4, locale = 'en-US'): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs === 0 || (abs >= PLAIN_MIN && abs < PLAIN_MAX)) return plainNumber(value === 0 ? 0 : value, digits, locale);
  // the exponent form rounds the mantissa (9.9996e-5 → 1.000e-4) and keeps subnormals exact
  const [mantissa, exponent] = value.toExponential(digits - 1).split('e');
  return `${plainNumber(Number(mantissa), digits, locale)} × ${powerOfTen(Number(exponent))}`;
}

