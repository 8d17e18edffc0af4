/**
 * The current language, persisted in localStorage, and the translation function `t`.
 * Catalogs are flat maps from keys to strings with `{name}` placeholders; code loaded on demand
 * adds its own entries (`addCatalogs`, the lessons' texts). A missing key in the
 * chosen language falls back to English, then to the key itself (tests check none is missing).
 * Numbers are formatted with Intl for the chosen locale.
 */
import { formatSignificant } from '../../core/format';
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

/**
 * Entries added at run time by code loaded on demand (the lessons' texts), per language; reactive,
 * so text shown before they arrive is translated once they do.
 */
const added: Record<Locale, Record<string, string>> = $state({ en: {}, ja: {} });

/** Adds catalog entries loaded on demand (English and every other language, typed alike by their module). */
export function addCatalogs(entries: Record<Locale, Record<string, string>>): void {
  for (const l of locales) Object.assign(added[l], entries[l]);
}

/** The template of `key` in `locale`: its catalog, then the entries added at run time; undefined when neither has it. */
function lookup(locale: Locale, key: string): string | undefined {
  const catalog = catalogs[locale] as Record<string, string>;
  if (Object.hasOwn(catalog, key)) return catalog[key];
  return Object.hasOwn(added[locale], key) ? added[locale][key] : undefined;
}

/** True when the current catalog (or English) has the key. */
export function hasKey(key: string): boolean {
  return lookup(localeState.current, key) !== undefined || lookup('en', key) !== undefined;
}

/** Translates `key`, replacing `{name}` placeholders from `vars`. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const template = lookup(localeState.current, key) ?? lookup('en', key) ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : `{${name}}`));
}

/** Translates `key` if the catalog has it, else returns `fallback` (e.g. a model's English label). */
export function tOr(key: string, fallback: string, vars: Record<string, string | number> = {}): string {
  return hasKey(key) ? t(key, vars) : fallback;
}

/**
 * Formats a number for the current locale with `digits` significant digits; tiny and huge
 * magnitudes as "1.56 × 10⁻⁸" (see src/core/format.ts). Null, NaN and ±∞ show as an em dash.
 */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  return formatSignificant(value, digits, numberLocale());
}

/** The BCP 47 locale numbers are written in for the current language ("en-US" or "ja-JP"). */
export function numberLocale(): string {
  return localeState.current === 'ja' ? 'ja-JP' : 'en-US';
}
