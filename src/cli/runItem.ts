/**
 * One run of the headless runner, shared by the main thread and the sweep worker threads:
 * validate the raw values exactly as the app does, run the model, and write the result as one
 * JSON document (or CSV). A sweep point also carries its place in the sweep (index, points) and,
 * unless it gives its own seed, runs with the seed derived from the base seed and its index.
 */
import { defaultsOf, type AbortSignalLike, type ModelDefinition, type ParamValues } from '../core/model';
import { applyImplications, validateParams } from '../core/params';
import { toJson } from '../core/json';
import { quoteInput } from '../core/quote';
import { deriveSeed } from '../core/rng';
import { seriesToCsv } from '../export/seriesCsv';
import { provenance, type BuildInfo } from '../export/provenance';
import type { ProgressLine } from './progress';

/** Input the run cannot use (exit code 2); the message is one line naming the field or option. */
export class InputError extends Error {}

/** How every run of one command line is done and written. */
export interface RunSettings {
  preset: string | null;
  format: 'json' | 'csv';
  build: BuildInfo;
  /** Time written in each document; null: the time the run ends. */
  fixedTime: Date | null;
}

/** A sweep point's place: its input index (0-based), the sweep's number of points and id (plan.ts), and whether it derives its seed. */
export interface SweepPlace {
  index: number;
  points: number;
  sweep: string;
  deriveSeed: boolean;
}

/** Reads a file named in a parameter (hydrogen `data`), as text. */
export type ReadFile = (path: string) => string;

/** The preset's values, then `sets`, validated; file parameters are read with `readFile`. Throws InputError. */
export async function resolveParams(model: ModelDefinition, preset: string | null, sets: Record<string, unknown>, readFile: ReadFile): Promise<ParamValues> {
  // Prototype-free: a "__proto__" key from --set or a sweep line stays a key (and is refused as unknown).
  const raw = Object.create(null) as Record<string, unknown>;
  if (preset !== null) {
    const found = model.presets.find((p) => p.id === preset);
    if (!found) throw new InputError(`--preset: unknown preset ${quoteInput(preset)} (allowed: ${model.presets.map((p) => p.id).join(', ')})`);
    Object.assign(raw, found.values);
  }
  Object.assign(raw, applyImplications(model.params, sets));
  for (const spec of model.params) {
    if (spec.kind === 'text' && spec.file && typeof raw[spec.key] === 'string' && raw[spec.key] !== '') {
      const path = raw[spec.key] as string;
      try {
        raw[spec.key] = readFile(path);
      } catch {
        throw new InputError(`${spec.key}: cannot read file ${quoteInput(path)}`);
      }
    }
  }
  const checked = await validateParams(model.params, raw, model.crossChecks ?? []);
  if (!checked.ok) {
    const first = checked.issues[0];
    const more = checked.issues.length > 1 ? ` (+${checked.issues.length - 1} more)` : '';
    // a cross-field rule's message already says what is allowed
    const allowed = first.allowed !== '' && !first.message.endsWith(first.allowed) ? `; allowed: ${first.allowed}` : '';
    throw new InputError(`invalid ${first.message}${allowed}${more}`);
  }
  return checked.values;
}

/**
 * Sweep point `index` of a stochastic model (one with a `seed`) that gives no seed of its own runs
 * with deriveSeed(base seed, index) — as the app's sweeps do —, the base being `--set seed`, the
 * preset's or the default: its own reproducible stream, printed in its `params` so it can be rerun alone.
 */
function withIndexSeed(params: ParamValues, place: SweepPlace | null): ParamValues {
  return place?.deriveSeed && typeof params.seed === 'number' ? { ...params, seed: deriveSeed(params.seed, place.index) } : params;
}

/** What a run may be given besides its values: a cancel signal and a progress line. */
export interface RunHooks {
  signal?: AbortSignalLike;
  progress?: ProgressLine;
}

/**
 * Runs `model` with the raw values `sets` and returns its output: one JSON document and a newline
 * (SI units; a sweep point's document starts with `index`, `points` and `sweep`), or the series as CSV.
 */
export async function runOne(model: ModelDefinition, settings: RunSettings, sets: Record<string, unknown>, readFile: ReadFile, place: SweepPlace | null, hooks: RunHooks = {}): Promise<string> {
  const params = withIndexSeed(await resolveParams(model, settings.preset, sets, readFile), place);
  const line = hooks.progress;
  const ctx = { signal: hooks.signal, ...(line ? { onProgress: line.onProgress } : {}) };
  const result = await model.run(params, ctx).finally(() => line?.end());
  if (settings.format === 'csv') return seriesToCsv(model.id, result.series, 'si');
  // echo only the parameters that take part in this run (those the panel would show)
  const used = Object.fromEntries(model.params.filter((s) => !s.visibleWhen || s.visibleWhen(params)).map((s) => [s.key, params[s.key]]));
  const changed = Object.fromEntries(Object.entries(used).filter(([k, v]) => defaultsOf(model)[k] !== v));
  const head = place ? { index: place.index, points: place.points, sweep: place.sweep } : {};
  const time = settings.fixedTime ?? new Date();
  return toJson({ ...head, ...provenance(settings.build, model.id, used, false, time), changed, summary: result.summary, series: result.series }) + '\n';
}
