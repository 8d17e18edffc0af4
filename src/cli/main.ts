/**
 * The headless runner: validates parameters exactly as the app does (same specs, same
 * validateParams), runs the model and prints JSON or CSV. Exit codes: 0 ok, 2 invalid input
 * (one line on stderr naming the field), 1 a model error.
 */
import { defaultsOf, InvalidParamsError, type ModelDefinition, type ParamValues } from '../core/model';
import { applyImplications, validateParams } from '../core/params';
import { toJson } from '../core/json';
import { parseArgs, UsageError, type CliArgs } from './args';
import { generalHelp, modelHelp } from './help';
import { seriesToCsv } from '../export/seriesCsv';
import { provenance, type BuildInfo } from '../export/provenance';
import { quoteInput } from '../core/quote';
import type { ProgressLine } from './progress';
import { deriveSeed } from '../core/rng';
import { cliOnlyLoaders } from './morphology';

/** Where the CLI writes and reads (injected so tests need no process). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  /** Starts a progress line for a run (given only when stderr is a terminal). */
  progress?: (label: string) => ProgressLine;
  /** The build named in each JSON document (default: version unknown, no commit). */
  build?: BuildInfo;
}

type Loaders = Record<string, () => Promise<ModelDefinition>>;

class InputError extends Error {}

/** Longest stderr line, in characters: messages never echo a whole input. */
const MAX_MESSAGE_CHARS = 1000;

/** `text` as one line of at most MAX_MESSAGE_CHARS characters. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return flat.length > MAX_MESSAGE_CHARS ? flat.slice(0, MAX_MESSAGE_CHARS - 1) + '…' : flat;
}

async function resolveParams(model: ModelDefinition, args: CliArgs, sets: Record<string, unknown>, io: CliIo) {
  // Prototype-free: a "__proto__" key from --set or a sweep line stays a key (and is refused as unknown).
  const raw = Object.create(null) as Record<string, unknown>;
  if (args.preset !== null) {
    const preset = model.presets.find((p) => p.id === args.preset);
    if (!preset) throw new InputError(`--preset: unknown preset ${quoteInput(args.preset)} (allowed: ${model.presets.map((p) => p.id).join(', ')})`);
    Object.assign(raw, preset.values);
  }
  Object.assign(raw, applyImplications(model.params, sets));
  for (const spec of model.params) {
    if (spec.kind === 'text' && spec.file && typeof raw[spec.key] === 'string' && raw[spec.key] !== '') {
      const path = raw[spec.key] as string;
      try {
        raw[spec.key] = io.readFile(path);
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
 * Sweep line `line` (1-based) of a stochastic model (one with a `seed`) that gives no seed of its
 * own runs with deriveSeed(base seed, line), the base being `--set seed`, the preset's or the
 * default: its own reproducible stream, printed in its `params` so the line can be rerun alone.
 */
function withLineSeed(params: ParamValues, line: number | null): ParamValues {
  return line !== null && typeof params.seed === 'number' ? { ...params, seed: deriveSeed(params.seed, line) } : params;
}

async function runOne(model: ModelDefinition, args: CliArgs, sets: Record<string, unknown>, io: CliIo, seedLine: number | null = null): Promise<string> {
  const params = withLineSeed(await resolveParams(model, args, sets, io), seedLine);
  const line = io.progress?.(model.id);
  const result = await model.run(params, line ? { onProgress: line.onProgress } : undefined).finally(() => line?.end());
  if (args.format === 'csv') return seriesToCsv(model.id, result.series, 'si');
  // echo only the parameters that take part in this run (those the panel would show)
  const used = Object.fromEntries(model.params.filter((s) => !s.visibleWhen || s.visibleWhen(params)).map((s) => [s.key, params[s.key]]));
  const changed = Object.fromEntries(Object.entries(used).filter(([k, v]) => defaultsOf(model)[k] !== v));
  const build = io.build ?? { version: 'unknown', commit: null };
  return toJson({ ...provenance(build, model.id, used, false), changed, summary: result.summary, series: result.series }) + '\n';
}

function parseSweep(text: string, shard: CliArgs['shard']): { line: number; sets: Record<string, unknown> }[] {
  const lines = text.split(/\r?\n/).map((l, i) => ({ l: l.trim(), n: i + 1 })).filter((x) => x.l !== '');
  const picked = shard ? lines.filter((_, i) => i % shard.count === shard.index) : lines;
  return picked.map(({ l, n }) => {
    let obj: unknown;
    try {
      obj = JSON.parse(l);
    } catch {
      throw new InputError(`--sweep line ${n}: not valid JSON`);
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new InputError(`--sweep line ${n}: expected a JSON object of parameters`);
    return { line: n, sets: obj as Record<string, unknown> };
  });
}

/** Runs the CLI with `argv` and returns the process exit code (0 ok, 2 invalid input, 1 model error). */
export async function runCli(argv: string[], io: CliIo, loaders: Loaders): Promise<number> {
  try {
    return await runChecked(argv, io, loaders);
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof InvalidParamsError) {
      io.stderr(`sim: ${oneLine((e instanceof InvalidParamsError ? 'invalid ' : '') + e.message)}\n`);
      return 2;
    }
    io.stderr(`sim: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** The error of one sweep line, its message prefixed with the line number (invalid input stays exit 2). */
function atSweepLine(e: unknown, line: number): Error {
  if (e instanceof InvalidParamsError) return new InputError(`--sweep line ${line}: invalid ${e.message}`);
  if (e instanceof InputError) return new InputError(`--sweep line ${line}: ${e.message}`);
  return new Error(`--sweep line ${line}: ${e instanceof Error ? e.message : String(e)}`);
}

async function runChecked(argv: string[], io: CliIo, registered: Loaders): Promise<number> {
  const loaders: Loaders = { ...registered, ...cliOnlyLoaders };
  const args = parseArgs(argv);
  const ids = Object.keys(loaders);
  if (args.model === null) {
    (args.help ? io.stdout : io.stderr)(generalHelp(ids) + '\n');
    return args.help ? 0 : 2;
  }
  if (!Object.hasOwn(loaders, args.model)) throw new UsageError(`unknown model ${quoteInput(args.model)} (allowed: ${ids.join(', ')})`);
  const model = await loaders[args.model]();
  if (args.help) {
    io.stdout(modelHelp(model) + '\n');
    return 0;
  }
  if (args.sweep === null) {
    io.stdout(await runOne(model, args, args.sets, io));
    return 0;
  }
  let text: string;
  try {
    text = io.readFile(args.sweep);
  } catch {
    throw new InputError(`--sweep: cannot read file ${quoteInput(args.sweep)}`);
  }
  for (const { line, sets } of parseSweep(text, args.shard)) {
    const own = Object.hasOwn(sets, 'seed');
    const merged = own ? { ...sets, ...args.sets, seed: sets.seed } : { ...sets, ...args.sets };
    try {
      io.stdout(await runOne(model, args, merged, io, own ? null : line));
    } catch (e) {
      throw atSweepLine(e, line);
    }
  }
  return 0;
}
