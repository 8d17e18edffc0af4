/**
 * The contract every simulation model fulfils (see docs/architecture.md, "Contracts").
 * A model is pure TypeScript: it receives validated SI parameters and returns a typed
 * result with named scalar `summary` values (SI) and named `series` (arrays for plots).
 * The same definition runs in a Web Worker, in the Node CLI and in unit tests.
 */
import type { ParamSpec } from './params';

/**
 * A value reported in a result summary: SI number, flag, label, null when undefined, or a short
 * list of SI numbers (one per item, e.g. per plateau; null where undefined).
 */
export type SummaryValue = number | boolean | string | null | readonly (number | null)[];

/** A summary value as a finite number, or null when it is missing, not a number or not finite. */
export function summaryNumber(v: SummaryValue | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Named numeric arrays for plots; typed arrays are transferred, not copied, across workers. */
export type Series = Record<string, Float64Array | number[]>;

/** What a model run produces. Numbers are SI unless the key ends in `_eV` or says otherwise. */
export interface ModelResult {
  summary: Record<string, SummaryValue>;
  series: Series;
}

/** A progress report: `fraction` in [0, 1] and optionally the latest partial result. */
export interface Progress {
  fraction: number;
  partial?: ModelResult;
}

/** The minimal part of an AbortSignal the models read (works with DOM and Node signals). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

/**
 * Per-run context: progress callback (rate-limited by the model) and cancellation.
 * Stochastic models take their seed as an ordinary parameter named `seed`, so a link or a CLI
 * call reproduces a run exactly.
 */
export interface RunContext {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignalLike;
}

/** A named parameter set with the source it comes from (shown to users, cited in the CLI). */
export interface Preset<P> {
  id: string;
  /** Short human label (English; the app may translate via the catalog key `preset.<model>.<id>`). */
  label: string;
  /** Bibliographic source or the reasoning behind the values. */
  source: string;
  /** Parameter values in SI (only those that differ from the defaults need be given). */
  values: Partial<P>;
}

/** Scalar parameter values after validation: numbers in SI, choices as strings, flags as booleans. */
export type ParamValues = Record<string, number | string | boolean>;

/** A cross-field rule checked after every field is valid; returns a message per offending field. */
export interface CrossCheck<P> {
  /** The field the message is shown beside (a parameter key; `defineModel` checks it exists). */
  field: string;
  /** English message when the rule fails (also the i18n fallback). */
  message: string;
  /** True when the rule holds. */
  holds(params: P): boolean;
}

/** One simulation model: its parameters, presets and solver. */
export interface ModelDefinition<P extends ParamValues = ParamValues> {
  id: string;
  /** English title; the app shows `model.<id>.title` from its catalog. */
  title: string;
  /** Parameter specifications in panel order (labels, units, ranges, defaults, help). */
  params: readonly ParamSpec[];
  /** Rules spanning several fields (e.g. pMin < pMax). */
  crossChecks?: readonly CrossCheck<P>[];
  presets: readonly Preset<P>[];
  /**
   * Runs the model on validated SI parameters. Long runs call `ctx.onProgress` at a bounded rate,
   * yield to the event loop between time-budgeted chunks and throw `CancelledError` soon after
   * `ctx.signal.aborted` becomes true.
   */
  run(params: P, ctx?: RunContext): Promise<ModelResult>;
}

/** Thrown by a model that stopped because its run was cancelled. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Thrown by a model run that finds its input unusable in a way the parameter ranges could not
 * express (a malformed data file, more ions than sites). The app shows it beside `field`; the CLI
 * exits with code 2. `message` starts with the field name, like a validation issue's message.
 */
export class InvalidParamsError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidParamsError';
  }
}

/**
 * Declares a model: returns `definition` unchanged, typed so that it is also a plain
 * `ModelDefinition` (what the registry, the CLI and the workers hold), with no cast. It checks the
 * parts the type system cannot: parameter keys are unique, every cross-check names a parameter,
 * every preset id is unique and sets only known parameters. Throws an `Error` naming the model and
 * the offending key at load time, so a malformed model never reaches a user.
 */
export function defineModel<P extends ParamValues>(definition: ModelDefinition<P>): ModelDefinition<P> {
  const keys = new Set<string>();
  for (const spec of definition.params) {
    if (keys.has(spec.key)) throw new Error(`model ${definition.id}: parameter "${spec.key}" is declared twice`);
    keys.add(spec.key);
  }
  for (const check of definition.crossChecks ?? []) {
    if (!keys.has(check.field)) throw new Error(`model ${definition.id}: cross-check names unknown parameter "${check.field}"`);
  }
  const presetIds = new Set<string>();
  for (const preset of definition.presets) {
    if (presetIds.has(preset.id)) throw new Error(`model ${definition.id}: preset "${preset.id}" is declared twice`);
    presetIds.add(preset.id);
    for (const key of Object.keys(preset.values)) {
      if (!keys.has(key)) throw new Error(`model ${definition.id}: preset "${preset.id}" sets unknown parameter "${key}"`);
    }
  }
  return definition;
}

/** Defaults of a model, read off its parameter specifications. */
export function defaultsOf<P extends ParamValues>(model: ModelDefinition<P>): P {
  const out: ParamValues = {};
  for (const spec of model.params) out[spec.key] = spec.default;
  return out as P;
}
