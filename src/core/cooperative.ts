/**
 * Cooperative scheduling for long model runs: work in time-budgeted chunks, yield to the
 * event loop between chunks (so a worker can receive a cancel message), report progress at a
 * bounded rate, and stop with `CancelledError` once the run is aborted.
 * Yields with `setImmediate` where it exists (Node: MessagePort messages there would starve
 * timers) and with a `MessageChannel` in browsers and workers (no 4 ms timer clamping).
 */
import { CancelledError, type AbortSignalLike } from './model';

const immediate = (globalThis as { setImmediate?: (fn: () => void) => unknown }).setImmediate;
const channel = !immediate && typeof MessageChannel === 'function' ? new MessageChannel() : null;
const waiting: Array<() => void> = [];
if (channel) {
  channel.port1.onmessage = () => waiting.shift()?.();
  (channel.port1 as { unref?: () => void }).unref?.();
}

/** Resolves on the next macrotask, letting pending messages (e.g. cancel) be handled. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    if (immediate) {
      immediate(resolve);
    } else if (channel) {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/** Milliseconds since an arbitrary origin (monotonic). */
export function nowMs(): number {
  return performance.now();
}

/** Throws `CancelledError` when the signal is aborted. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Options of {@link Chunker}. */
export interface ChunkerOptions {
  signal?: AbortSignalLike;
  /** Longest stretch of work between yields, in ms (default 25). */
  budgetMs?: number;
  /** Shortest interval between progress reports, in ms (default 100). */
  progressIntervalMs?: number;
}

/**
 * Tracks a time budget for a compute loop. Call `due()` cheaply inside the loop; when it is
 * true, `await pause()` to yield and check for cancellation. `shouldReport()` rate-limits progress.
 */
export class Chunker {
  private readonly signal?: AbortSignalLike;
  private readonly budgetMs: number;
  private readonly progressIntervalMs: number;
  private chunkStart = nowMs();
  /** The first report comes one interval after the start: a run shorter than that sends only its result. */
  private lastReport = nowMs();

  constructor(options: ChunkerOptions = {}) {
    this.signal = options.signal;
    this.budgetMs = options.budgetMs ?? 25;
    this.progressIntervalMs = options.progressIntervalMs ?? 100;
  }

  /** True when the current chunk has used up its time budget. */
  due(): boolean {
    return nowMs() - this.chunkStart >= this.budgetMs;
  }

  /** Yields to the event loop, then throws `CancelledError` if the run was aborted. */
  async pause(): Promise<void> {
    throwIfAborted(this.signal);
    await yieldToEventLoop();
    throwIfAborted(this.signal);
    this.chunkStart = nowMs();
  }

  /** True at most once per progress interval. */
  shouldReport(): boolean {
    const t = nowMs();
    if (t - this.lastReport < this.progressIntervalMs) return false;
    this.lastReport = t;
    return true;
  }
}
