/**
 * Settings shared by the fuzz suite. CI runs a modest number of cases per property; set
 * FUZZ_RUNS (e.g. FUZZ_RUNS=5000) to run that many random cases per property instead, FUZZ_SEED
 * to replay a run (fast-check prints the seed and the shrunk counterexample of a failure), and
 * FUZZ_BOUND_MS to change the time bound a single model run gets before it must have stopped.
 */
import fc from 'fast-check';
import type { NumberSpec, ParamSpec } from '../../../src/core/params';

const envRuns = Number(process.env.FUZZ_RUNS);
const envSeed = Number(process.env.FUZZ_SEED);
const envBound = Number(process.env.FUZZ_BOUND_MS);

/** True when FUZZ_RUNS asks for a long run. */
export const LONG_FUZZ = Number.isInteger(envRuns) && envRuns > 0;

/** Cases per property: `ci` normally, FUZZ_RUNS when given. */
export function fuzzRuns(ci: number): number {
  return LONG_FUZZ ? envRuns : ci;
}

/** fast-check parameters: fixed seed in CI (reproducible), FUZZ_SEED when given, else a fresh one in long runs. */
export function fcParams(ciRuns: number): fc.Parameters<unknown> {
  const seed = Number.isInteger(envSeed) ? envSeed : LONG_FUZZ ? Date.now() % 2 ** 31 : 20261202;
  return { numRuns: fuzzRuns(ciRuns), seed, endOnFailure: true };
}

/** Wall-clock bound of one model run before it is cancelled (generous: the test machine is shared). */
export const RUN_BOUND_MS = Number.isFinite(envBound) && envBound > 0 ? envBound : 2000;

/** A random valid value of a numeric spec, SI (log-uniform on logarithmic specs, edges likely). */
export function numberArb(spec: NumberSpec): fc.Arbitrary<number> {
  const logScale = spec.min > 0 && spec.max / spec.min > 1e3;
  const raw = logScale
    ? fc.double({ min: Math.log(spec.min), max: Math.log(spec.max), noNaN: true }).map((x) => Math.exp(x))
    : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
  const clamped = raw.map((x) => Math.min(spec.max, Math.max(spec.min, x)));
  return spec.kind === 'integer' ? clamped.map((x) => Math.min(spec.max, Math.max(spec.min, Math.round(x)))) : clamped;
}

/** A random valid value of any spec (text specs: the empty default). */
export function valueArb(spec: ParamSpec): fc.Arbitrary<number | string | boolean> {
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return numberArb(spec);
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
    case 'boolean':
      return fc.boolean();
    case 'text':
      return fc.constant(spec.default);
  }
}

/** Edge values of a spec: both limits of a number, every choice, both flags. */
export function edgeValues(spec: ParamSpec): (number | string | boolean)[] {
  switch (spec.kind) {
    case 'number':
    case 'integer':
      return [spec.min, spec.max];
    case 'choice':
      return spec.choices.map((c) => c.value);
    case 'boolean':
      return [false, true];
    case 'text':
      return [];
  }
}

/** Names that reach the object prototype when used as plain-object keys. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];
