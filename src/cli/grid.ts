/**
 * `--grid key=values` for the CLI: one parameter's values as a linear range `a:b:n`, a
 * logarithmic range `log:a:b:n` (n points, both ends included) or a list `v1,v2,...`, and the
 * cartesian product of several grids. Range ends are numbers in SI or quantities with units
 * ("1 K/mm:10 K/mm:4"), read exactly as `--set` reads them; list items are passed on as given,
 * so they may also be choices ("lattice=sc,bcc") and are validated with the other parameters.
 */
import type { ParamSpec } from '../core/params';
import { quantityToSi } from '../core/params';
import { quoteInput, quoteName } from '../core/quote';

/** One `--grid`: the parameter and its values (SI numbers from a range, texts from a list). */
export interface Grid {
  key: string;
  values: (number | string)[];
}

/** Thrown for a `--grid` that cannot be read; the message names the option and says what is allowed. */
export class GridError extends Error {}

/** Most points of one range. */
const MAX_RANGE_POINTS = 100_000;

const SYNTAX = 'allowed: key=a:b:n (linear), key=log:a:b:n (logarithmic) or key=v1,v2,... (list)';

/**
 * `n` numbers from `a` to `b` (SI) inclusive, evenly spaced, or evenly spaced in log10 when `log`.
 * The ends are exactly `a` and `b`; the points between are rounded to 15 significant digits
 * (a relative change below 1e-15), so `log:1e-6:1e-3:4` gives 1e-5 and 1e-4, not 9.999999999999999e-6.
 */
export function rangeValues(a: number, b: number, n: number, log: boolean): number[] {
  const la = Math.log10(a);
  const lb = Math.log10(b);
  // weights t and 1 − t: no intermediate overflows, even for ends near the largest double
  const between = (i: number, t = i / (n - 1)) => (log ? 10 ** (la * (1 - t) + lb * t) : a * (1 - t) + b * t);
  return Array.from({ length: n }, (_, i) => (i === 0 ? a : i === n - 1 ? b : Number(between(i).toPrecision(15))));
}

async function endToSi(key: string, spec: ParamSpec | undefined, text: string): Promise<number> {
  if (spec === undefined || (spec.kind !== 'number' && spec.kind !== 'integer')) {
    throw new GridError(`--grid ${quoteName(key)}: a range needs a numeric parameter; list the values instead (key=v1,v2,...)`);
  }
  const parsed = await quantityToSi(spec, text);
  if (!parsed.ok || !Number.isFinite(parsed.value)) {
    throw new GridError(`--grid ${quoteName(key)}: cannot read ${quoteInput(text.trim())} as a number or a quantity in ${spec.unit || 'no unit'}`);
  }
  return parsed.value;
}

/**
 * Reads one `--grid` text `key=spec` for a model with parameters `specs`. Throws GridError for an
 * unknown key, a malformed range, an empty list item, or log range ends that are not positive.
 */
export async function parseGrid(text: string, specs: readonly ParamSpec[]): Promise<Grid> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new GridError(`--grid expects key=values, got ${quoteInput(text)}; ${SYNTAX}`);
  const key = text.slice(0, eq).trim();
  const body = text.slice(eq + 1).trim();
  const spec = specs.find((s) => s.key === key);
  if (spec === undefined) throw new GridError(`--grid ${quoteName(key)}: unknown parameter (allowed: ${specs.map((s) => s.key).join(', ')})`);
  if (!body.includes(':')) {
    const items = body.split(',').map((v) => v.trim());
    if (items.some((v) => v === '')) throw new GridError(`--grid ${quoteName(key)}: empty value in the list ${quoteInput(body)}; ${SYNTAX}`);
    return { key, values: items };
  }
  const log = body.startsWith('log:');
  const parts = (log ? body.slice(4) : body).split(':');
  const count = parts.length === 3 && /^\s*\d{1,6}\s*$/.test(parts[2]) ? Number(parts[2]) : NaN;
  if (!(count >= 2 && count <= MAX_RANGE_POINTS)) {
    throw new GridError(`--grid ${quoteName(key)}: ${quoteInput(body)} is not a range of 2 to ${MAX_RANGE_POINTS} points; ${SYNTAX}`);
  }
  const a = await endToSi(key, spec, parts[0]);
  const b = await endToSi(key, spec, parts[1]);
  if (log && !(a > 0 && b > 0)) throw new GridError(`--grid ${quoteName(key)}: a log range needs both ends above 0, got ${a} and ${b} (SI)`);
  return { key, values: rangeValues(a, b, count, log) };
}

/**
 * The cartesian product of `grids`: every combination of their values as `{ key: value }`, the
 * first grid varying slowest (as nested loops in the order given). No grids give one empty point.
 */
export function gridPoints(grids: readonly Grid[]): Record<string, number | string>[] {
  let points: Record<string, number | string>[] = [{}];
  for (const g of grids) points = points.flatMap((p) => g.values.map((v) => ({ ...p, [g.key]: v })));
  return points;
}

/** Number of points of the product of `grids` (1 without grids). */
export function gridSize(grids: readonly Grid[]): number {
  return grids.reduce((n, g) => n * g.values.length, 1);
}
