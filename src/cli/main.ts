/**
 * The headless runner: validates parameters exactly as the app does (same specs, same
 * validateParams), runs the model and prints JSON or CSV; runs sweeps (plan.ts, sweep.ts) and
 * merges sweep shards (`merge`, merge.ts). Exit codes: 0 ok, 2 invalid input (one line on stderr
 * naming the field), 1 a model error, 130 interrupted (Ctrl-C).
 */
import { CancelledError, InvalidParamsError, type ModelDefinition } from '../core/model';
import { parseArgs, UsageError, isSweep } from './args';
import { morphologyOnStrips } from './strips';
import { generalHelp, modelHelp } from './help';
import type { BuildInfo } from '../export/provenance';
import { quoteInput } from '../core/quote';
import { InputError, runOne, type RunSettings } from './runItem';
import { planSweep } from './plan';
import { INTERRUPTED, runSweep, type SweepIo } from './sweep';
import { mergeSweeps } from './merge';

/** Where the CLI writes and reads (injected so tests need no process). */
export interface CliIo extends SweepIo {
  /** The build named in each JSON document (default: version unknown, no commit). */
  build?: BuildInfo;
  /** Time written in every document (SOURCE_DATE_EPOCH); default: the time each run ends. */
  fixedTime?: Date;
}

type Loaders = Record<string, () => Promise<ModelDefinition>>;

const MERGE_USAGE = 'usage: npm run -s sim -- merge FILE.jsonl ... (sweep shard outputs; prints them sorted by index, exit 2 if an index is missing or repeated)';

/** Longest stderr line, in characters: messages never echo a whole input. */
const MAX_MESSAGE_CHARS = 1000;

/** `text` as one line of at most MAX_MESSAGE_CHARS characters. */
function oneLine(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return flat.length > MAX_MESSAGE_CHARS ? flat.slice(0, MAX_MESSAGE_CHARS - 1) + '…' : flat;
}

/** Runs the CLI with `argv` and returns the process exit code (0 ok, 2 invalid input, 1 model error, 130 interrupted). */
export async function runCli(argv: string[], io: CliIo, loaders: Loaders): Promise<number> {
  try {
    return await runChecked(argv, io, loaders);
  } catch (e) {
    if (e instanceof CancelledError) {
      io.stderr('sim: interrupted\n');
      return INTERRUPTED;
    }
    if (e instanceof UsageError || e instanceof InputError || e instanceof InvalidParamsError) {
      io.stderr(`sim: ${oneLine((e instanceof InvalidParamsError ? 'invalid ' : '') + e.message)}\n`);
      return 2;
    }
    io.stderr(`sim: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    return 1;
  }
}

/** Reads the files of `merge FILE...` and prints them merged (merge.ts). */
function runMerge(files: string[], io: CliIo): number {
  if (files.length === 1 && (files[0] === '--help' || files[0] === '-h')) {
    io.stdout(`${MERGE_USAGE}\n`);
    return 0;
  }
  const option = files.find((f) => f.startsWith('-'));
  if (option !== undefined) throw new UsageError(`merge takes file names only, got ${quoteInput(option)}; ${MERGE_USAGE}`);
  const inputs = files.map((name) => {
    try {
      return { name, text: io.readFile(name) };
    } catch {
      throw new InputError(`merge: cannot read file ${quoteInput(name)}`);
    }
  });
  io.stdout(mergeSweeps(inputs));
  return 0;
}

async function runChecked(argv: string[], io: CliIo, loaders: Loaders): Promise<number> {
  if (argv[0] === 'merge') return runMerge(argv.slice(1), io);
  const args = parseArgs(argv);
  const ids = Object.keys(loaders);
  if (args.model === null) {
    (args.help ? io.stdout : io.stderr)(generalHelp(ids) + '\n');
    return args.help ? 0 : 2;
  }
  if (!Object.hasOwn(loaders, args.model)) throw new UsageError(`unknown model ${quoteInput(args.model)} (allowed: ${ids.join(', ')})`);
  const model = args.threads === null ? await loaders[args.model]() : morphologyOnStrips(args.threads);
  if (args.help) {
    io.stdout(modelHelp(model) + '\n');
    return 0;
  }
  const settings: RunSettings = { preset: args.preset, format: args.format, build: io.build ?? { version: 'unknown', commit: null }, fixedTime: io.fixedTime ?? null };
  if (!isSweep(args)) {
    io.stdout(await runOne(model, settings, args.sets, io.readFile, null, { signal: io.signal, progress: io.progress?.(model.id) }));
    return 0;
  }
  let text: string | null = null;
  if (args.sweep !== null) {
    try {
      text = io.readFile(args.sweep);
    } catch {
      throw new InputError(`--sweep: cannot read file ${quoteInput(args.sweep)}`);
    }
  }
  return runSweep(model, await planSweep(model, args, text), settings, args.jobs, io);
}
