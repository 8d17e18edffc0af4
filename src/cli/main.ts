/**
 * The headless runner: validates parameters exactly as the app does (same specs, same
 * validateParams), runs the model and prints JSON or CSV. Exit codes: 0 ok, 2 invalid input
 * (one line on stderr naming the field), 1 a model error.
 */
import { defaultsOf, InvalidParamsError, type ModelDefinition } from '../core/model';
import { applyImplications, validateParams } from '../core/params';
import { toJson } from '../core/json';
import { parseArgs, UsageError, type CliArgs } from './args';
import { generalHelp, modelHelp } from './help';
import { seriesToCsv } from '../export/seriesCsv';
import { provenance, type BuildInfo } from '../export/provenance';

/** Where the CLI writes and reads (injected so tests need no process). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => string;
  /** The build named in each JSON document (default: version unknown, no commit). */
  build?: BuildInfo;
}

type Loaders = Record<string, () => Promise<ModelDefinition>>;

class InputError extends Error {}

async function resolveParams(model: ModelDefinition, args: CliArgs, sets: Record<string, unknown>, io: CliIo) {
  const raw: Record<string, unknown> = {};
  if (args.preset !== null) {
    const preset = model.presets.find((p) => p.id === args.preset);
    if (!preset) throw new InputError(`--preset: unknown preset "${args.preset}" (allowed: ${model.presets.map((p) => p.id).join(', ')})`);
    Object.assign(raw, preset.values);
  }
  Object.assign(raw, applyImplications(model.params, sets));
  for (const spec of model.params) {
    if (spec.kind === 'text' && spec.file && typeof raw[spec.key] === 'string' && raw[spec.key] !== '') {
      const path = raw[spec.key] as string;
      try {
        raw[spec.key] = io.readFile(path);
      } catch {
        throw new InputError(`${spec.key}: cannot read file "${path}"`);
      }
    }
  }
  const checked = await validateParams(model.params, raw, model.crossChecks ?? []);
  if (!checked.ok) {
    const first = checked.issues[0];
    const more = checked.issues.length > 1 ? ` (+${checked.issues.length - 1} more)` : '';
    throw new InputError(`invalid ${first.message}; allowed: ${first.allowed}${more}`);
  }
  return checked.values;
}

async function runOne(model: ModelDefinition, args: CliArgs, sets: Record<string, unknown>, io: CliIo): Promise<string> {
  const params = await resolveParams(model, args, sets, io);
  const result = await model.run(params);
  if (args.format === 'csv') return seriesToCsv(model.id, result.series, 'si');
  const changed = Object.fromEntries(Object.entries(params).filter(([k, v]) => defaultsOf(model)[k] !== v));
  const build = io.build ?? { version: 'unknown', commit: null };
  return toJson({ ...provenance(build, model.id, params, false), changed, summary: result.summary, series: result.series }) + '\n';
}

function parseSweep(text: string, shard: CliArgs['shard']): Record<string, unknown>[] {
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
    return obj as Record<string, unknown>;
  });
}

/** Runs the CLI with `argv` and returns the process exit code. */
export async function runCli(argv: string[], io: CliIo, loaders: Loaders): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sim: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const ids = Object.keys(loaders);
  if (args.model === null) {
    (args.help ? io.stdout : io.stderr)(generalHelp(ids) + '\n');
    return args.help ? 0 : 2;
  }
  const load = loaders[args.model];
  if (!load) {
    io.stderr(`sim: unknown model "${args.model}" (allowed: ${ids.join(', ')})\n`);
    return 2;
  }
  const model = await load();
  if (args.help) {
    io.stdout(modelHelp(model) + '\n');
    return 0;
  }
  try {
    if (args.sweep === null) {
      io.stdout(await runOne(model, args, args.sets, io));
      return 0;
    }
    let text: string;
    try {
      text = io.readFile(args.sweep);
    } catch {
      throw new InputError(`--sweep: cannot read file "${args.sweep}"`);
    }
    for (const sets of parseSweep(text, args.shard)) {
      io.stdout(await runOne(model, { ...args, format: 'json' }, { ...sets, ...args.sets }, io));
    }
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof InvalidParamsError) {
      io.stderr(`sim: ${e instanceof InvalidParamsError ? 'invalid ' : ''}${e.message}\n`);
      return 2;
    }
    io.stderr(`sim: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
