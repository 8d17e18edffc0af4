/**
 * Unit-string parsing at the edges (panel fields, CLI, URL): "7.7 K/mm", "5 °C/min", "10 bar".
 * mathjs is loaded lazily on first use so it never weighs on the landing page.
 * Plain numbers ("1e-8", "0.2") are taken as already SI and need no mathjs at all.
 */

type MathUnitFn = (text: string) => { value: number | null; toNumber(unit: string): number };

let unitFnPromise: Promise<MathUnitFn> | null = null;

function loadUnit(): Promise<MathUnitFn> {
  unitFnPromise ??= import('mathjs').then((m) => m.unit as unknown as MathUnitFn);
  return unitFnPromise;
}

// Stryker disable all: module-level initialisers, evaluated once when a test worker first imports this module; the Vitest runner never re-evaluates them for a mutant, so their mutants measure the runner, not the tests (README "Mutation testing"; the unit tests do check the number syntax and every alias)
const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Spellings users type that mathjs does not know, mapped to ones it does. */
const aliases: ReadonlyArray<[RegExp, string]> = [
  [/°\s*C/g, 'degC'],
  [/°\s*F/g, 'degF'],
  [/℃/g, 'degC'],
  [/Å/g, 'angstrom'],
  [/[\u00b5\u03bc]/g, 'u'],
  [/²/g, '^2'],
  [/³/g, '^3'],
  [/·/g, ' '],
];
// Stryker restore all

/**
 * Result of parsing a quantity: the SI value, or why it failed ('number' when a unit is given
 * without a number, such as "K/mm", which would otherwise be read as 1 of that unit).
 */
export type ParsedQuantity = { ok: true; value: number } | { ok: false; reason: 'syntax' | 'dimension' | 'number' };

/** True when `text` is a plain decimal number (no unit). */
export function isPlainNumber(text: string): boolean {
  return plainNumber.test(text.trim());
}

/**
 * Parses `text` as a number in `siUnit` (a mathjs unit string, '' for dimensionless).
 * A bare number is returned as is. Unit strings are converted to `siUnit`; a string of the
 * wrong dimension yields `{ ok: false, reason: 'dimension' }`, a unit without a number
 * `{ ok: false, reason: 'number' }`. Both µ (U+00B5) and μ (U+03BC) are read as micro.
 */
export async function parseQuantity(text: string, siUnit: string): Promise<ParsedQuantity> {
  const trimmed = text.trim().replace(/−/g, '-');
  if (isPlainNumber(trimmed)) return { ok: true, value: Number(trimmed) };
  if (trimmed === '' || siUnit === '') return { ok: false, reason: 'syntax' };
  let normalised = trimmed;
  for (const [pattern, replacement] of aliases) normalised = normalised.replace(pattern, replacement);
  const unit = await loadUnit();
  let parsed;
  try {
    parsed = unit(normalised);
  } catch {
    return { ok: false, reason: 'syntax' };
  }
  if (parsed.value === null) return { ok: false, reason: 'number' };
  try {
    return { ok: true, value: parsed.toNumber(siUnit) };
  } catch {
    return { ok: false, reason: 'dimension' };
  }
}
