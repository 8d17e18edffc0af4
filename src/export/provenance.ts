/**
 * Provenance of an exported result (JSON from the app, documents from the CLI): which Crucible
 * build, which model, every parameter in SI, the seed, when, and whether the run was cut short.
 */
import type { ParamValues } from '../core/model';

/** The build that produced a result. */
export interface BuildInfo {
  /** Crucible version (package.json). */
  version: string;
  /** Short git commit of the build, or null when it was not known at build time. */
  commit: string | null;
}

/** The provenance fields every JSON export and CLI document starts with. */
export interface Provenance {
  crucible: string;
  commit: string | null;
  model: string;
  /** All parameters, numbers in SI. */
  params: ParamValues;
  /** The random seed (stochastic models), else null. */
  seed: number | null;
  /** ISO 8601 time of the export. */
  time: string;
  /** True when the run was cancelled or is still running and the numbers are an intermediate state. */
  partial: boolean;
}

/** The provenance of a result of `model` with `params` (SI), exported at `time`. */
export function provenance(build: BuildInfo, model: string, params: ParamValues, partial: boolean, time: Date = new Date()): Provenance {
  return {
    crucible: build.version,
    commit: build.commit,
    model,
    params,
    seed: typeof params.seed === 'number' ? params.seed : null,
    time: time.toISOString(),
    partial,
  };
}
