/**
 * Worker threads for `--jobs N`: each thread (`sweepWorker.ts`) loads the same model code and runs
 * one sweep point at a time. Under tsx (`npm run sim`) a thread cannot load TypeScript by itself,
 * so it starts with a two-line bootstrap that registers tsx's loader and then imports the worker.
 * Errors cross the thread boundary as plain data and are rebuilt as the same error kinds, so exit
 * codes and messages match the serial run.
 */
import { Worker } from 'node:worker_threads';
import { CancelledError, InvalidParamsError } from '../core/model';
import type { BuildInfo } from '../export/provenance';
import type { PoolWorker } from './pool';
import { InputError } from './runItem';
import type { WorkerFactory } from './sweep';

/** One sweep point as sent to a thread (structured-clonable). */
export interface SweepTask {
  index: number;
  points: number;
  sweep: string;
  sets: Record<string, unknown>;
  deriveSeed: boolean;
}

/** What every thread of one sweep is started with. */
export interface WorkerSetup {
  modelId: string;
  preset: string | null;
  build: BuildInfo;
  /** ISO time written in each document, or null for the time each run ends. */
  fixedTime: string | null;
}

/** A thread's answer to one task: the output line, or the error as data. */
export type WorkerReply = { ok: true; output: string } | { ok: false; kind: 'input' | 'invalid' | 'cancelled' | 'model'; field: string; message: string };

/** `error` as a WorkerReply (its kind decides the exit code the main thread gives). */
export function encodeError(error: unknown): WorkerReply {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidParamsError) return { ok: false, kind: 'invalid', field: error.field, message };
  const kind = error instanceof InputError ? 'input' : error instanceof CancelledError ? 'cancelled' : 'model';
  return { ok: false, kind, field: '', message };
}

/** The error a failed WorkerReply stands for. */
export function decodeError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.kind === 'invalid') return new InvalidParamsError(reply.field, reply.message);
  if (reply.kind === 'input') return new InputError(reply.message);
  if (reply.kind === 'cancelled') return new CancelledError();
  return new Error(reply.message);
}

/**
 * A Worker running the CLI module `name` (e.g. 'sweepWorker') with `workerData`: directly when
 * compiled to JavaScript, through tsx's loader when it is TypeScript.
 */
export function startThread(name: string, workerData: unknown): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./${name}.${typescript ? 'ts' : 'js'}`, import.meta.url);
  if (!typescript) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/** `count` worker threads for a sweep, each running one task at a time. */
export function threadWorkers(setup: WorkerSetup, count: number): PoolWorker<SweepTask, string>[] {
  return Array.from({ length: count }, () => {
    const thread = startThread('sweepWorker', setup);
    let pending: { resolve: (output: string) => void; reject: (e: Error) => void } | null = null;
    let stopping = false;
    const settle = (f: (p: NonNullable<typeof pending>) => void) => {
      const p = pending;
      pending = null;
      if (p) f(p);
    };
    // The first error or exit, kept: a thread that died between tasks (e.g. its start-up threw)
    // would silently drop the next task's message and leave its run waiting forever.
    let gone: Error | null = null;
    const fail = (e: Error) => {
      const first = gone ?? e;
      gone = first;
      settle((p) => p.reject(first));
    };
    thread.on('message', (reply: WorkerReply) => settle((p) => (reply.ok ? p.resolve(reply.output) : p.reject(decodeError(reply)))));
    thread.on('error', (e) => fail(new Error(`sweep worker thread failed: ${e.message}`)));
    thread.on('exit', (code) => fail(stopping ? new CancelledError() : new Error(`sweep worker thread exited with code ${code}`)));
    return {
      run: (task) =>
        gone
          ? Promise.reject(gone)
          : new Promise<string>((resolve, reject) => {
              pending = { resolve, reject };
              thread.postMessage(task);
            }),
      terminate: async () => {
        stopping = true;
        await thread.terminate();
      },
    };
  });
}

/** The sweep's worker factory on real threads: each thread runs `model` with the run settings of the command line. */
export const sweepThreads: WorkerFactory = (model, settings, count) =>
  threadWorkers({ modelId: model.id, preset: settings.preset, build: settings.build, fixedTime: settings.fixedTime?.toISOString() ?? null }, count);
