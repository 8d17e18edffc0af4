/**
 * In-process "workers" for the Node tests of the worker client, the pool and the session: each is
 * one `MessageChannel`, its page side standing in for the `Worker` (with a fake `terminate` that
 * closes the channel) and its worker side wired by the real `workers/expose.ts` to a model (the
 * test file mocks `comlink` with exposeOn.ts's `redirectExpose`). The model runs on the test's
 * own thread, so it must yield (the wave fixture does, unless told to ignore cancel), and a
 * "runaway" worker is a model that never settles and ignores its abort signal. `FakeLocks` stands
 * in for the Web Locks API where a test wants the lock-based death notice.
 */
import type { Endpoint } from 'comlink';
import type { ModelDefinition, ModelResult, ParamValues, Progress } from '../../../../src/core/model';
import { exposeModel } from '../../../../workers/expose';
import wave, { type WaveParams } from '../../../fixtures/wave-model';
import { exposeTarget } from './exposeOn';

/** One in-process worker as a test sees it. */
export interface InProcessWorker {
  /** The page side, as the client gets it. */
  worker: Worker;
  terminated: boolean;
  /** The API methods the page called on this worker, in order (`run`, `cancel`, `ping`, `hold`). */
  calls: string[];
  /** Locks this worker holds (taken while it handled a message), released when it ends. */
  locks: Set<string>;
  /** The worker ends without an error event (as if it closed itself): no more answers, its locks released. */
  vanish: () => void;
  /** Fires an `error` event on the page side (a worker that failed to start or threw at top level). */
  fireError: (message: string) => void;
  /** Fires a `messageerror` event on the page side (a message that could not be deserialised). */
  fireMessageError: () => void;
}

/** The in-process worker whose message is being handled right now (its lock requests are its own). */
let handling: InProcessWorker | null = null;

/** Every lock manager made by {@link fakeLocks}: a worker's end releases its locks in them. */
const lockManagers = new Set<FakeLocks>();

/**
 * A worker factory for `model` (or for the model of the n-th worker made), counting the workers
 * made and terminated; `workers` lists them in order.
 */
export function inProcessWorkers(model: ModelDefinition<WaveParams> | ((n: number) => ModelDefinition<WaveParams>) = wave) {
  const stats = { created: 0, terminated: 0 };
  const workers: InProcessWorker[] = [];
  const factory = (): Worker => {
    const { port1, port2 } = new MessageChannel();
    const end = () => {
      port1.close();
      for (const m of lockManagers) m.releaseOwnedBy(me);
    };
    const me: InProcessWorker = {
      worker: port1 as unknown as Worker,
      terminated: false,
      calls: [],
      locks: new Set(),
      vanish: end,
      fireError: (message) => port1.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message })),
      fireMessageError: () => port1.dispatchEvent(new Event('messageerror')),
    };
    const endpoint: Endpoint = {
      postMessage: (message: unknown, transfer?: Transferable[]) => port2.postMessage(message, transfer ?? []),
      addEventListener: (type: string, listener: EventListenerOrEventListenerObject) =>
        port2.addEventListener(type, (ev) => {
          const data = (ev as MessageEvent<{ type?: string; path?: string[] } | null>).data;
          if (data?.type === 'APPLY') me.calls.push((data.path ?? []).join('.'));
          handling = me;
          try {
            if (typeof listener === 'function') listener(ev);
            else listener.handleEvent(ev);
          } finally {
            handling = null;
          }
        }),
      removeEventListener: () => {},
      start: () => port2.start(),
    };
    exposeTarget.current = endpoint;
    try {
      exposeModel((typeof model === 'function' ? model(stats.created) : model) as unknown as ModelDefinition<ParamValues>);
    } finally {
      exposeTarget.current = undefined;
    }
    stats.created++;
    (port1 as unknown as { terminate: () => void }).terminate = () => {
      me.terminated = true;
      stats.terminated++;
      end();
    };
    workers.push(me);
    return me.worker;
  };
  return { stats, workers, factory };
}

/**
 * A wave model that reports one partial result (its `samples` = `partialSamples`, fraction 0.25,
 * time 0.5) once `gate` has resolved and then never settles, ignoring cancel.
 */
export function runawayWave(partialSamples = 3, gate: Promise<unknown> = Promise.resolve()): ModelDefinition<WaveParams> {
  return {
    ...wave,
    run: (p, ctx = {}) => {
      const x = Float64Array.from({ length: partialSamples }, (_, i) => i);
      void gate.then(() => ctx.onProgress?.({ fraction: 0.25, partial: { summary: { samples: partialSamples, time: 0.5, amplitude: p.amplitude }, series: { x, y: x } } }));
      return new Promise(() => {});
    },
  };
}

/** A minimal Web Locks manager: one holder per name, waiters granted in order, a worker's locks freed when it ends. */
export class FakeLocks {
  private readonly state = new Map<string, { holder: object | null; owner: InProcessWorker | null; queue: (() => void)[] }>();

  request(name: string, callback: () => unknown): Promise<unknown> {
    const owner = handling;
    const s = this.state.get(name) ?? { holder: null, owner: null, queue: [] };
    this.state.set(name, s);
    return new Promise((resolve, reject) => {
      const grant = () => {
        const token = {};
        s.holder = token;
        s.owner = owner;
        owner?.locks.add(name);
        Promise.resolve()
          .then(callback)
          .then(resolve, reject)
          .finally(() => {
            if (s.holder === token) this.free(name);
          });
      };
      if (s.holder) s.queue.push(grant);
      else grant();
    });
  }

  /** Frees every lock `worker` holds (its end), granting each to the next waiter. */
  releaseOwnedBy(worker: InProcessWorker): void {
    for (const name of [...worker.locks]) if (this.state.get(name)?.owner === worker) this.free(name);
  }

  private free(name: string): void {
    const s = this.state.get(name);
    if (!s) return;
    s.holder = null;
    s.owner?.locks.delete(name);
    s.owner = null;
    s.queue.shift()?.();
  }
}

/** A {@link FakeLocks} that in-process workers release when they end. */
export function fakeLocks(): FakeLocks {
  const m = new FakeLocks();
  lockManagers.add(m);
  return m;
}

/** A partial result of `samples` samples whose summary also holds `extra`. */
export function partialOf(samples: number, extra: Record<string, number> = {}): ModelResult {
  const x = Float64Array.from({ length: samples }, (_, i) => i);
  return { summary: { samples, ...extra }, series: { x, y: x } };
}

/**
 * A wave model that sends `reports` in order, then, 30 ms later, rejects with `end` — or, without
 * one, never settles (ignoring cancel).
 */
export function scriptedWave(reports: Progress[], end?: Error): ModelDefinition<WaveParams> {
  return {
    ...wave,
    run: async (_p, ctx = {}) => {
      for (const r of reports) ctx.onProgress?.(r);
      await new Promise((resolve) => setTimeout(resolve, 30));
      if (end) throw end;
      return new Promise<ModelResult>(() => {});
    },
  };
}

/** The first worker made runs away (see {@link runawayWave}); the ones after it run the wave model. */
export const runawayThenWave = (n: number): ModelDefinition<WaveParams> => (n === 0 ? runawayWave() : wave);

/** How many times the page called `method` on a worker. */
export const callsOf = (w: InProcessWorker, method: string): number => w.calls.filter((c) => c === method).length;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
