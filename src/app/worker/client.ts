/**
 * Owns the lifetime of one model worker: starts it, runs parameter sets, forwards progress,
 * cancels cooperatively (and terminates and replaces the worker when the model does not stop
 * within a grace period), notices a worker that dies without an error event (it holds a Web Lock
 * for its lifetime; the lock's release is the death notice; without Web Locks, an unanswered
 * ping during a run), and turns worker exceptions into
 * readable messages. After any outcome the client is ready for the next run, so no spinner is
 * ever left running. After `dispose()` nothing starts a worker again.
 */
import * as Comlink from 'comlink';
import type { ModelResult, Progress } from '../../core/model';
import type { ParamIssue } from '../../core/params';
import type { ModelWorkerApi, WorkerOutcome } from '../../../workers/expose';

/** Why a run failed outside the model: the worker vanished (closed itself, crashed) without an error event. */
export type FailureCode = 'worker-lost';

/** Everything a run can end in, as seen by the page. */
export type RunOutcome =
  | { kind: 'result'; result: ModelResult; params: Record<string, unknown> }
  | { kind: 'invalid'; issues: ParamIssue[] }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string; code?: FailureCode };

/** Options of {@link ModelWorkerClient}. */
export interface ClientOptions {
  /** How long a cancelled model may take to stop before the worker is terminated, ms (default 250). */
  graceMs?: number;
  /**
   * Where Web Locks are missing: a worker that answers no ping for this long during a run is
   * taken as gone, ms (default 15000; models yield every 25 ms, so a live one answers at once).
   */
  silenceMs?: number;
}

/** Default grace period of a cancel, ms: ten chunks of a model's default time budget (25 ms). */
export const DEFAULT_GRACE_MS = 250;

/** A handle on a running model. */
export interface RunHandle {
  done: Promise<RunOutcome>;
  cancel: () => void;
}

interface Failure {
  message: string;
  code?: FailureCode;
}

interface Live {
  worker: Worker;
  api: Comlink.Remote<ModelWorkerApi>;
  /** True once the worker holds the Web Lock that watches its lifetime (until then runs ping it). */
  locked: boolean;
  fail: (failure: Failure) => void;
  /** Told when the worker fails (error event, unreadable message) or vanishes; set by the run in progress. */
  onFailure: ((failure: Failure) => void) | null;
}

/** A run the worker is executing; `done` resolves when the worker has finished with it. */
interface Inflight {
  live: Live;
  done: Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let lockCounter = 0;

/** Runs one model in a dedicated module worker. */
export class ModelWorkerClient {
  private live: Live | null = null;
  private inflight: Inflight | null = null;
  private current: { settle: (o: RunOutcome) => void } | null = null;
  private disposed = false;
  private readonly graceMs: number;
  private readonly silenceMs: number;

  constructor(
    private readonly createWorker: () => Worker,
    options: ClientOptions = {},
  ) {
    this.graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
    this.silenceMs = options.silenceMs ?? 15_000;
  }

  private ensure(): Live {
    if (this.live) return this.live;
    const worker = this.createWorker();
    // a second failure of the same worker finds it replaced (or discarded) and its run settled: nothing happens
    const fail = (failure: Failure) => {
      if (live.onFailure) live.onFailure(failure);
      else if (this.live === live) this.discard();
    };
    const live: Live = { worker, api: Comlink.wrap<ModelWorkerApi>(worker), locked: false, fail, onFailure: null };
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      fail({ message: e.message || 'the worker failed to start' });
    });
    worker.addEventListener('messageerror', () => fail({ message: 'a message from the worker could not be read' }));
    this.live = live;
    this.watchLifetime(live, () => fail({ message: 'the worker stopped unexpectedly', code: 'worker-lost' }));
    return live;
  }

  /**
   * Calls `lost` when the worker ends without being terminated by this client: the worker holds
   * a uniquely named Web Lock for its lifetime, and the lock is granted here once it is released.
   * Until the worker says it holds the lock — and where Web Locks are missing (non-secure contexts) —
   * runs ping the worker instead ({@link watchSilence}), so one that dies before it answers is noticed too.
   */
  private watchLifetime(live: Live, lost: () => void): void {
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    if (!locks) return;
    // Stryker disable next-line UpdateOperator,MethodExpression: the name only has to be unique (counting down, or a longer random part, keeps it so)
    const name = `crucible-worker-${Date.now().toString(36)}-${++lockCounter}-${Math.random().toString(36).slice(2)}`;
    live.api
      .hold(name)
      .then(() => {
        live.locked = true;
        return locks.request(name, () => {
          if (this.live === live) lost();
        });
      })
      .catch(() => {
        /* the worker was replaced before it answered: nothing to watch */
      });
  }

  /** Terminates the worker; the next run starts a fresh one. */
  private discard(): void {
    const old = this.live;
    if (!old) return;
    this.live = null;
    this.inflight = null;
    old.api[Comlink.releaseProxy]();
    old.worker.terminate();
  }

  /** Terminates the worker and, unless disposed, starts its replacement at once (so the next run need not wait for it). */
  private respawn(): void {
    // Stryker disable next-line ConditionalExpression: defensive; every caller has checked that `live` is the worker to replace
    if (!this.live) return;
    this.discard();
    // Stryker disable next-line ConditionalExpression: defensive; after dispose `live` is null, so the line above has returned
    if (!this.disposed) this.ensure();
  }

  /**
   * Without Web Locks: pings the worker during a run (every third of `silenceMs`) and takes it as
   * gone when a ping goes unanswered for `silenceMs`.
   */
  private watchSilence(live: Live, running: Promise<unknown>): void {
    // nothing to do once the worker holds its lock: the loop below does not start then
    let over = false;
    void running.then(() => (over = true));
    const beat = async () => {
      while (!over && this.live === live && !live.locked) {
        // a ping rejected because the worker was just replaced is no sign of death (and the check below returns then,
        // whatever the race gave); `undefined` from a mutated handler is as falsy as the timer's `false`
        // Stryker disable next-line BooleanLiteral,ArrowFunction: a ping rejects only once the worker is replaced; see above
        const answered = await Promise.race([live.api.ping().then(() => true, () => true), sleep(this.silenceMs).then(() => false)]);
        if (over || this.live !== live || live.locked) return;
        if (!answered) {
          live.fail({ message: 'the worker stopped unexpectedly', code: 'worker-lost' });
          return;
        }
        await sleep(this.silenceMs / 3);
      }
    };
    void beat();
  }

  /** True when the worker finished `run` within the grace period. */
  private async stoppedInTime(run: Inflight): Promise<boolean> {
    // Stryker disable next-line ArrowFunction: `undefined` is as falsy as `false`
    return Promise.race([run.done.then(() => true), sleep(this.graceMs).then(() => false)]);
  }

  /**
   * Starts a run. A run still going is superseded: its handle settles as cancelled at once, the
   * worker is asked to stop it, and the new run starts on the same worker as soon as it has (or
   * on a fresh worker if it has not stopped within the grace period).
   */
  run(raw: Record<string, unknown>, onProgress?: (p: Progress) => void): RunHandle {
    if (this.disposed) return { done: Promise.resolve({ kind: 'cancelled' }), cancel: () => {} };
    this.current?.settle({ kind: 'cancelled' });
    const previous = this.inflight;
    if (previous) void previous.live.api.cancel();
    let settled = false;
    let settle!: (o: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => {
      settle = (o) => {
        // Stryker disable next-line ConditionalExpression: resolving a settled promise again changes nothing
        if (settled) return;
        settled = true;
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
          // Stryker disable next-line ConditionalExpression: a later run on this worker waits for this `finish()`, so it is not yet in flight here
          if (this.inflight === self) this.inflight = null;
        });
      const onFailure = (failure: Failure) => {
        finish();
        if (this.live === live) this.respawn();
        settle({ kind: 'error', ...failure });
      };
      live.onFailure = onFailure;
      void done.then(() => {
        if (live.onFailure === onFailure) live.onFailure = null;
      });
      this.watchSilence(live, self.done);
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

  /** Terminates the worker for good: the run in progress settles as cancelled, and no run starts a worker again. */
  dispose(): void {
    this.disposed = true;
    this.current?.settle({ kind: 'cancelled' });
    this.discard();
  }
}

function describeError(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
