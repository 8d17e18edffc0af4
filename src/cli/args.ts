/**
 * Command-line argument parsing for the headless runner:
 * `<model> [--preset NAME] [--set key=value ...] [--format json|csv]
 *  [--sweep FILE.jsonl] [--grid key=values ...] [--repeat K] [--shard i/n] [--jobs N] [--threads N] [--help]`.
 */

import { quoteInput } from '../core/quote';

/** Parsed command line. */
export interface CliArgs {
  model: string | null;
  help: boolean;
  preset: string | null;
  sets: Record<string, string>;
  format: 'json' | 'csv';
  sweep: string | null;
  shard: { index: number; count: number } | null;
  /** `--grid key=values` texts, in the order given (the first varies slowest). */
  grids: string[];
  /** Runs per point (`--repeat K`), 1 when not given. */
  repeat: number;
  /** Worker threads for a sweep (`--jobs N`); null: one per core. */
  jobs: number | null;
  /** Threads on strips of one morphology run (`--threads N`); null: one. */
  threads: number | null;
}

/** Largest `--repeat`. */
const MAX_REPEAT = 100_000;
/** Largest `--jobs`. */
const MAX_JOBS = 1024;
/** Largest `--threads`. */
const MAX_THREADS = 64;

/** True when the command line asks for a sweep (several points, one JSON document per line). */
export function isSweep(args: CliArgs): boolean {
  return args.sweep !== null || args.grids.length > 0 || args.repeat > 1;
}

/** Thrown for malformed command lines; the message is one line for stderr. */
export class UsageError extends Error {}

/** Options that take one value and may be given once. */
const singleOptions = ['--preset', '--format', '--sweep', '--shard', '--repeat', '--jobs', '--threads'] as const;

function needValue(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

/** The value of `flag` as a whole number from 1 to `max`. */
function countValue(argv: string[], i: number, flag: string, max: number): number {
  const text = needValue(argv, i, flag);
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= max)) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got ${quoteInput(text)}`);
  return n;
}

/** Parses argv (without the node and script entries). */
export function parseArgs(argv: string[]): CliArgs {
  // A prototype-free map: a key such as "__proto__" is stored as a key, never as the prototype.
  const sets = Object.create(null) as Record<string, string>;
  const args: CliArgs = { model: null, help: false, preset: null, sets, format: 'json', sweep: null, shard: null, grids: [], repeat: 1, jobs: null, threads: null };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((singleOptions as readonly string[]).includes(a)) {
      if (seen.has(a)) throw new UsageError(`${a} may be given only once`);
      seen.add(a);
    }
    switch (a) {
      case '--help':
      case '-h':
        args.help = true;
        break;
      case '--preset':
        args.preset = needValue(argv, i++, a);
        break;
      case '--set': {
        const pair = needValue(argv, i++, a);
        const eq = pair.indexOf('=');
        if (eq <= 0) throw new UsageError(`--set expects key=value, got ${quoteInput(pair)}`);
        const key = pair.slice(0, eq).trim();
        if (Object.hasOwn(sets, key)) throw new UsageError(`--set ${quoteInput(key)} is given twice`);
        sets[key] = pair.slice(eq + 1);
        break;
      }
      case '--format': {
        const f = needValue(argv, i++, a);
        if (f !== 'json' && f !== 'csv') throw new UsageError(`--format must be json or csv, got ${quoteInput(f)}`);
        args.format = f;
        break;
      }
      case '--sweep':
        args.sweep = needValue(argv, i++, a);
        break;
      case '--shard': {
        const text = needValue(argv, i++, a);
        const m = /^(\d+)\/(\d+)$/.exec(text);
        if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError(`--shard must be i/n, whole numbers with 0 ≤ i < n, got ${quoteInput(text)}`);
        args.shard = { index: Number(m[1]), count: Number(m[2]) };
        break;
      }
      case '--grid':
        args.grids.push(needValue(argv, i++, a));
        break;
      case '--repeat':
        args.repeat = countValue(argv, i++, a, MAX_REPEAT);
        break;
      case '--jobs':
        args.jobs = countValue(argv, i++, a, MAX_JOBS);
        break;
      case '--threads':
        args.threads = countValue(argv, i++, a, MAX_THREADS);
        break;
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${quoteInput(a)}`);
        if (args.model !== null) throw new UsageError(`unexpected argument ${quoteInput(a)}`);
        args.model = a;
    }
  }
  const sweeping = isSweep(args);
  if (args.shard !== null && !sweeping) throw new UsageError('--shard needs --sweep, --grid or --repeat (it picks points of the sweep)');
  if (args.jobs !== null && !sweeping) throw new UsageError('--jobs needs --sweep, --grid or --repeat (it spreads the points of a sweep)');
  if (args.threads !== null && sweeping) throw new UsageError('--threads splits one run; a sweep spreads its points with --jobs');
  if (args.threads !== null && args.model !== null && args.model !== 'morphology') {
    throw new UsageError(`--threads is for the morphology model only (it steps the phase-field grid on strips), got ${quoteInput(args.model)}`);
  }
  if (sweeping && args.format === 'csv') {
    throw new UsageError('--format csv cannot be used with --sweep, --grid or --repeat (a sweep prints one JSON document per line)');
  }
  return args;
}
