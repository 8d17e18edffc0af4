/**
 * Command-line argument parsing for the headless runner:
 * `<model> [--preset NAME] [--set key=value ...] [--format json|csv]
 *  [--sweep FILE.jsonl] [--shard i/n] [--help]`.
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
}

/** Thrown for malformed command lines; the message is one line for stderr. */
export class UsageError extends Error {}

/** Options that take one value and may be given once. */
const singleOptions = ['--preset', '--format', '--sweep', '--shard'] as const;

function needValue(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

/** Parses argv (without the node and script entries). */
export function parseArgs(argv: string[]): CliArgs {
  // A prototype-free map: a key such as "__proto__" is stored as a key, never as the prototype.
  const sets = Object.create(null) as Record<string, string>;
  const args: CliArgs = { model: null, help: false, preset: null, sets, format: 'json', sweep: null, shard: null };
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
        const m = /^(\d+)\/(\d+)$/.exec(needValue(argv, i++, a));
        if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new UsageError('--shard must be i/n with 0 ≤ i < n');
        args.shard = { index: Number(m[1]), count: Number(m[2]) };
        break;
      }
      default:
        if (a.startsWith('-')) throw new UsageError(`unknown option ${quoteInput(a)}`);
        if (args.model !== null) throw new UsageError(`unexpected argument ${quoteInput(a)}`);
        args.model = a;
    }
  }
  if (args.shard !== null && args.sweep === null) throw new UsageError('--shard needs --sweep (it picks lines of the sweep file)');
  if (args.sweep !== null && args.format === 'csv') {
    throw new UsageError('--format csv cannot be used with --sweep (a sweep prints one JSON document per line)');
  }
  return args;
}
