/**
 * The current language, persisted in localStorage, and the translation function `t`.
 * Catalogs are flat maps from keys to strings with `{name}` placeholders. A missing key in the
 * chosen language falls back to English, then to the key itself (tests check none is missing).
 * Numbers are formatted with Intl for the chosen locale.
 */
import { en } from './en';
import { ja } from './ja';

export const catalogs = { en, ja } as const;
export type Locale = keyof typeof catalogs;
export const locales = Object.keys(catalogs) as Locale[];

const STORAGE_KEY = 'crucible.locale';

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && Object.hasOwn(catalogs, stored)) return stored as Locale;
  } catch {
    /* storage may be unavailable (private mode); fall back below */
  }
  const nav = typeof navigator !== 'undefined' ? navigator.language.slice(0, 2) : 'en';
  return Object.hasOwn(catalogs, nav) ? (nav as Locale) : 'en';
}

export const localeState = $state({ current: initialLocale() });

/** Switches the language and remembers the choice. */
export function setLocale(locale: Locale): void {
  localeState.current = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* not persisted; the choice still holds for this page */
  }
  document.documentElement.lang = locale;
}

/** True when the current catalog (or English) has the key. */
export function hasKey(key: string): boolean {
  return Object.hasOwn(catalogs[localeState.current], key) || Object.hasOwn(en, key);
}

/** Translates `key`, replacing `{name}` placeholders from `vars`. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const catalog = catalogs[localeState.current] as Record<string, string>;
  const template = Object.hasOwn(catalog, key) ? catalog[key] : Object.hasOwn(en, key) ? (en as Record<string, string>)[key] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : `{${name}}`));
}

/** Translates `key` if the catalog has it, else returns `fallback` (e.g. a model's English label). */
export function tOr(key: string, fallback: string, vars: Record<string, string | number> = {}): string {
  return hasKey(key) ? t(key, vars) : fallback;
}

const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Number formats by locale and significant digits (making one costs far more than using it). */
const numberFormats: Record<string, Intl.NumberFormat> = {};

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  return (numberFormats[`${locale}:${digits}`] ??= new Intl.NumberFormat(locale, { maximumSignificantDigits: digits }));
}

/**
 * Formats a number for the current locale with `digits` significant digits; tiny and huge
 * magnitudes as "1.56 × 10⁻⁸". Null, NaN and ±∞ show as an em dash.
 */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const plain = numberFormat(localeState.current === 'ja' ? 'ja-JP' : 'en-US', digits);
  if (abs === 0 || (abs >= 1e-3 && abs < 1e6)) return plain.format(value);
  let exponent = Math.floor(Math.log10(abs));
  let mantissa = Number((value / 10 ** exponent).toPrecision(digits));
  if (Math.abs(mantissa) >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  const power = String(exponent).replace(/[-0-9]/g, (c) => superscripts[c]);
  return `${plain.format(mantissa)} × 10${power}`;
}
