/**
 * Owns the lifetime of one model worker: starts it, runs parameter sets, forwards progress,
 * cancels cooperatively (and terminates and respawns the worker when the model does not stop
 * within a grace period), and turns worker exceptions into readable messages. After any outcome
 * the client is ready for the next run, so no spinner is ever left running.
 */
import * as Comlink from 'comlink';
import type { ModelResult, Progress } from '../../core/model';
import type { ParamIssue } from '../../core/params';
import type { ModelWorkerApi, WorkerOutcome } from '../../../workers/expose';

/** Everything a run can end in, as seen by the page. */
export type RunOutcome =
  | { kind: 'result'; result: ModelResult; params: Record<string, unknown> }
  | { kind: 'invalid'; issues: ParamIssue[] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** Options of {@link ModelWorkerClient}. */
export interface ClientOptions {
  /** How long a cancelled model may take to stop before the worker is terminated, ms (default 400). */
  graceMs?: number;
}

/** A handle on a running model. */
export interface RunHandle {
  done: Promise<RunOutcome>;
  cancel: () => void;
}

interface Live {
  worker: Worker;
  api: Comlink.Remote<ModelWorkerApi>;
  errors: Promise<string>;
}

/** A run the worker is executing; `done` resolves when the worker has finished with it. */
interface Inflight {
  live: Live;
  done: Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs one model in a dedicated module worker. */
export class ModelWorkerClient {
  private live: Live | null = null;
  private inflight: Inflight | null = null;
  private current: { settle: (o: RunOutcome) => void } | null = null;
  private readonly graceMs: number;

  constructor(
    private readonly createWorker: () => Worker,
    options: ClientOptions = {},
  ) {
    this.graceMs = options.graceMs ?? 400;
  }

  private ensure(): Live {
    if (this.live) return this.live;
    const worker = this.createWorker();
    const errors = new Promise<string>((resolve) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        resolve(e.message || 'the worker failed to start');
      });
      worker.addEventListener('messageerror', () => resolve('a message from the worker could not be read'));
    });
    this.live = { worker, api: Comlink.wrap<ModelWorkerApi>(worker), errors };
    return this.live;
  }

  private respawn(): void {
    if (!this.live) return;
    this.live.api[Comlink.releaseProxy]();
    this.live.worker.terminate();
    this.live = null;
    this.inflight = null;
  }

  /** True when the worker finished `run` within the grace period. */
  private async stoppedInTime(run: Inflight): Promise<boolean> {
    return Promise.race([run.done.then(() => true), sleep(this.graceMs).then(() => false)]);
  }

  /**
   * Starts a run. A run still going is superseded: its handle settles as cancelled at once, the
   * worker is asked to stop it, and the new run starts on the same worker as soon as it has (or
   * on a fresh worker if it has not stopped within the grace period).
   */
  run(raw: Record<string, unknown>, onProgress?: (p: Progress) => void): RunHandle {
    this.current?.settle({ kind: 'cancelled' });
    const previous = this.inflight;
    if (previous) void previous.live.api.cancel();
    let settled = false;
    let settle!: (o: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => {
      settle = (o) => {
        if (settled) return;
        settled = true;
        if (this.current === token) this.current = null;
        resolve(o);
      };
    });
    const token = { settle };
    this.current = token;
    let mine: Inflight | null = null;

    const start = async () => {
      if (previous && !(await this.stoppedInTime(previous)) && this.live === previous.live) this.respawn();
      if (settled) return;
      const live = this.ensure();
      let finish!: () => void;
      mine = { live, done: new Promise<void>((resolve) => (finish = resolve)) };
      const self = mine;
      this.inflight = self;
      const progress = onProgress ? Comlink.proxy((p: Progress) => !settled && onProgress(p)) : undefined;
      live.api
        .run(raw, progress)
        .then((o: WorkerOutcome) => settle(o))
        .catch((e: unknown) => settle({ kind: 'error', message: describeError(e) }))
        .finally(() => {
          finish();
          if (this.inflight === self) this.inflight = null;
        });
      void live.errors.then((message) => {
        finish();
        if (this.live === live) this.respawn();
        settle({ kind: 'error', message });
      });
    };
    void start();

    const cancel = () => {
      if (settled) return;
      const run = mine;
      if (!run) {
        settle({ kind: 'cancelled' });
        return;
      }
      void run.live.api.cancel();
      void this.stoppedInTime(run).then((stopped) => {
        if (!stopped && this.live === run.live) this.respawn();
        settle({ kind: 'cancelled' });
      });
    };
    return { done, cancel };
  }

  /** Terminates the worker; the next run starts a fresh one. */
  dispose(): void {
    this.current?.settle({ kind: 'cancelled' });
    this.respawn();
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
