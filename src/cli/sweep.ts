/**
 * Runs the points of a CLI sweep in this thread (`--jobs 1`, or without worker threads) or on a
 * pool of worker threads, and writes one JSON line per point in input order: the same lines as
 * the serial run. A failing point stops the sweep where the serial run would stop, with its
 * message and exit code. On Ctrl-C (the signal aborts) the lines already computed are written
 * in index order, one line on stderr says how many, and the exit code is 130.
 */
import { CancelledError, InvalidParamsError, type ModelDefinition } from '../core/model';
import type { PoolWorker } from './pool';
import { runOrdered } from './pool';
import type { SweepPlan } from './plan';
import type { ProgressLine } from './progress';
import { InputError, runOne, type ReadFile, type RunSettings } from './runItem';
import type { SweepTask } from './threads';

/** Starts `count` workers that run sweep points of `model` (worker threads in the real CLI). */
export type WorkerFactory = (model: ModelDefinition, settings: RunSettings, count: number) => PoolWorker<SweepTask, string>[];

/** What a sweep reads and writes, and how it may spread out. */
export interface SweepIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: ReadFile;
  /** Starts a progress line (given only when stderr is a terminal). */
  progress?: (label: string) => ProgressLine;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
  /** Worker factory for `--jobs` > 1; without it every point runs in this thread. */
  workers?: WorkerFactory;
  /** Default `--jobs` (the number of cores); 1 when not given. */
  cores?: number;
}

/** Exit code after Ctrl-C (128 + SIGINT). */
export const INTERRUPTED = 130;

/** A worker running points in this thread; `terminate` cancels the point it runs. */
function localWorker(model: ModelDefinition, settings: RunSettings, readFile: ReadFile): PoolWorker<SweepTask, string> {
  const stop = new AbortController();
  return {
    run: (t) => runOne(model, settings, t.sets, readFile, { index: t.index, points: t.points, sweep: t.sweep, deriveSeed: t.deriveSeed }, { signal: stop.signal }),
    terminate: async () => stop.abort(),
  };
}

/** The error of one sweep point, its message prefixed with where the point comes from (invalid input stays exit 2). */
function atPoint(e: unknown, where: string): Error {
  if (e instanceof InvalidParamsError) return new InputError(`${where}: invalid ${e.message}`);
  if (e instanceof InputError) return new InputError(`${where}: ${e.message}`);
  return new Error(`${where}: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * Runs `plan` with `jobs` workers (null: `io.cores`) and returns the exit code: 0 when every point
 * ran, INTERRUPTED after Ctrl-C. Throws the first failing point's error, named by its place.
 */
export async function runSweep(model: ModelDefinition, plan: SweepPlan, settings: RunSettings, jobs: number | null, io: SweepIo): Promise<number> {
  const n = plan.items.length;
  const count = Math.max(1, Math.min(jobs ?? io.cores ?? 1, n));
  const workers = count > 1 && io.workers ? io.workers(model, settings, count) : [localWorker(model, settings, io.readFile)];
  const progress = io.progress?.(`${model.id}, ${n} points`);
  let finished = 0;
  const counted = workers.map<PoolWorker<SweepTask, string>>((w) => ({
    run: async (task) => {
      const line = await w.run(task);
      progress?.onProgress({ fraction: ++finished / n });
      return line;
    },
    terminate: () => w.terminate(),
  }));
  const tasks = plan.items.map<SweepTask>(({ index, sets, deriveSeed }) => ({ index, points: plan.points, sweep: plan.sweep, sets, deriveSeed }));
  let written = 0;
  const outcome = await runOrdered(tasks, counted, (line) => {
    io.stdout(line);
    written++;
  }, io.signal).finally(() => progress?.end());
  await Promise.all(workers.map((w) => w.terminate()));
  if (outcome.aborted) {
    for (const { result } of outcome.unsent) io.stdout(result);
    written += outcome.unsent.length;
    io.stderr(`sim: interrupted: ${written} of ${n} points written (each line carries its index; \`merge\` lists the missing ones)\n`);
    return INTERRUPTED;
  }
  if (outcome.failure) {
    const { position, error } = outcome.failure;
    if (error instanceof CancelledError) throw error;
    throw atPoint(error, plan.items[position].where);
  }
  return 0;
}
