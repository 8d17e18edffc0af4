/**
 * The points of a CLI sweep: the lines of a `--sweep` file (or one line of nothing), times the
 * cartesian product of the `--grid`s, times `--repeat K` runs. Point `index` (0-based) is
 * (line · gridPoints + gridPoint) · K + repeat; `--shard i/n` keeps the points whose index is
 * i modulo n. A point without a seed of its own runs with deriveSeed(base, index) (runItem.ts).
 */
import { createHash } from 'node:crypto';
import type { ModelDefinition } from '../core/model';
import { quoteName } from '../core/quote';
import type { CliArgs } from './args';
import { gridPoints, parseGrid, GridError, type Grid } from './grid';
import { InputError } from './runItem';

/** One point of a sweep: its index, its raw values, whether it derives its seed, and where it comes from (for messages). */
export interface SweepItem {
  index: number;
  sets: Record<string, unknown>;
  deriveSeed: boolean;
  where: string;
}

/** The whole sweep's number of points, its id, and this process's points (its shard), in index order. */
export interface SweepPlan {
  points: number;
  /** What makes the sweep (model, preset, --set, --grid, --repeat, the --sweep file), hashed: 16 hex digits, the same in every shard. */
  sweep: string;
  items: SweepItem[];
}

/** Most points of one sweep. */
export const MAX_POINTS = 1_000_000;

interface SweepLine {
  line: number;
  text: string;
}

/** Non-empty lines of a `--sweep` file with their 1-based line numbers. */
function sweepLines(text: string): SweepLine[] {
  return text
    .split(/\r?\n/)
    .map((l, i) => ({ text: l.trim(), line: i + 1 }))
    .filter((x) => x.text !== '');
}

function parseLine({ line, text }: SweepLine): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    throw new InputError(`--sweep line ${line}: not valid JSON`);
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new InputError(`--sweep line ${line}: expected a JSON object of parameters`);
  return obj as Record<string, unknown>;
}

async function readGrids(model: ModelDefinition, args: CliArgs): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const text of args.grids) {
    let grid: Grid;
    try {
      grid = await parseGrid(text, model.params);
    } catch (e) {
      if (e instanceof GridError) throw new InputError(e.message);
      throw e;
    }
    if (grids.some((g) => g.key === grid.key)) throw new InputError(`--grid ${quoteName(grid.key)} is given twice`);
    if (Object.hasOwn(args.sets, grid.key)) throw new InputError(`--grid ${quoteName(grid.key)}: ${quoteName(grid.key)} is also given with --set`);
    grids.push(grid);
  }
  return grids;
}

function gridText(point: Record<string, number | string>): string {
  return Object.entries(point)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
}

/**
 * The sweep of `args` for `model`: `sweepText` is the `--sweep` file's text (null without one).
 * Throws InputError for unreadable lines, grids, values given twice, a repeated point that would
 * run with one seed, `--repeat` on a model without a seed, or more than MAX_POINTS points.
 */
export async function planSweep(model: ModelDefinition, args: CliArgs, sweepText: string | null): Promise<SweepPlan> {
  const lines: (SweepLine | null)[] = sweepText === null ? [null] : sweepLines(sweepText);
  const grids = await readGrids(model, args);
  const gridPts = gridPoints(grids);
  const K = args.repeat;
  const stochastic = model.params.some((s) => s.key === 'seed');
  if (K > 1 && !stochastic) throw new InputError(`--repeat: ${model.id} has no random seed, so its repeated runs would be identical`);
  const points = lines.length * gridPts.length * K;
  if (points > MAX_POINTS) throw new InputError(`the sweep has ${points} points; at most ${MAX_POINTS} are allowed (split it, e.g. over several --sweep files)`);
  const parsed = new Map<number, Record<string, unknown>>();
  const items: SweepItem[] = [];
  const shard = args.shard ?? { index: 0, count: 1 };
  for (let index = shard.index; index < points; index += shard.count) {
    const r = index % K;
    const g = Math.floor(index / K) % gridPts.length;
    const l = Math.floor(index / (K * gridPts.length));
    const line = lines[l];
    const lineSets = line === null ? {} : (parsed.get(l) ?? parsed.set(l, parseLine(line)).get(l)!);
    const where = [line ? `--sweep line ${line.line}` : '', grids.length > 0 ? `--grid ${gridText(gridPts[g])}` : '', K > 1 ? `repeat ${r + 1} of ${K}` : ''].filter((s) => s !== '').join(', ');
    const clash = grids.find((gr) => Object.hasOwn(lineSets, gr.key));
    if (clash) throw new InputError(`${where}: ${quoteName(clash.key)} is given by the line and by --grid`);
    const lineSeed = Object.hasOwn(lineSets, 'seed');
    const own = lineSeed || Object.hasOwn(gridPts[g], 'seed');
    if (own && K > 1) throw new InputError(`${where}: gives its own seed, so --repeat ${K} would run it ${K} times alike`);
    const merged = { ...lineSets, ...gridPts[g], ...args.sets };
    items.push({ index, sets: own ? { ...merged, seed: lineSeed ? lineSets.seed : gridPts[g].seed } : merged, deriveSeed: !own, where });
  }
  return { points, sweep: sweepId(model.id, args, sweepText), items };
}

/** The id of a sweep: SHA-256 of everything that makes its points (not --shard or --jobs), first 16 hex digits. */
export function sweepId(modelId: string, args: CliArgs, sweepText: string | null): string {
  const sets = Object.entries(args.sets).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const what = JSON.stringify([modelId, args.preset, sets, args.grids, args.repeat, sweepText]);
  return createHash('sha256').update(what).digest('hex').slice(0, 16);
}
