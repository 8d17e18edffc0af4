/**
 * Growth replay of the solidification view: after a run, moves a time cursor over the stored
 * interface history, linearly in simulated time over PLAY_MS (or in eight steps with reduced
 * motion). The cursor belongs to the result it was set on; a new result or a live run resets it.
 */
import type { ModelResult } from '../../../core/model';
import { prefersReducedMotion } from './display';

/** Wall-clock length of a full replay, ms. */
const PLAY_MS = 6000;
/** Steps of a replay with reduced motion, and the interval between them, ms. */
const REDUCED_STEPS = 8;
const REDUCED_STEP_MS = 700;

/** What the replay reads from the view: the complete result, its history times (s), and whether partials stream. */
export interface ReplaySource {
  result: ModelResult | null;
  times: ArrayLike<number>;
  live: boolean;
}

/** The replay cursor and its playback. */
export class GrowthReplay {
  /** True while playing. */
  playing = $state(false);
  private cursor = $state.raw<{ of: ModelResult; t: number } | null>(null);
  private raf = 0;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly source: () => ReplaySource) {}

  /** Simulated time at the end of the stored history, s. */
  readonly tLast = $derived.by(() => {
    const h = this.source().times;
    return h.length ? h[h.length - 1] : 0;
  });

  /** Simulated time shown, s; null = the end of the run. */
  readonly time = $derived.by(() => {
    const { result, live } = this.source();
    const c = this.cursor;
    return !live && result && c && c.of === result ? Math.min(c.t, this.tLast) : null;
  });

  /** Last history index at or before the replay time (null = the end of the run). */
  readonly index = $derived.by(() => {
    const at = this.time;
    if (at === null) return null;
    const h = this.source().times;
    let lo = 0;
    let hi = h.length - 1;
    while (hi > lo) {
      const mid = (lo + hi + 1) >> 1;
      if (h[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  });

  /** Moves the cursor to `time` (s); null or the end of the history shows the end of the run. */
  set(time: number | null): void {
    const { result } = this.source();
    this.cursor = time === null || !result || time >= this.tLast ? null : { of: result, t: Math.max(0, time) };
  }

  /** Stops playing (the cursor stays). */
  stop(): void {
    this.playing = false;
    cancelAnimationFrame(this.raf);
    clearInterval(this.tick);
  }

  /** Plays from the cursor (or the start) to the end of the history. */
  play(): void {
    const { result, times } = this.source();
    const tLast = this.tLast;
    if (!result || times.length < 2 || !(tLast > 0)) return;
    this.stop();
    const from = this.time ?? 0;
    this.set(from);
    this.playing = true;
    if (prefersReducedMotion()) {
      let now = from;
      this.tick = setInterval(() => {
        now += tLast / REDUCED_STEPS;
        this.advance(now >= tLast ? null : now);
      }, REDUCED_STEP_MS);
      return;
    }
    const t0 = performance.now() - (from / tLast) * PLAY_MS;
    const frame = (now: number) => {
      const f = (now - t0) / PLAY_MS;
      if (!this.advance(f >= 1 ? null : f * tLast)) return;
      this.raf = requestAnimationFrame(frame);
    };
    this.raf = requestAnimationFrame(frame);
  }

  /** Moves a playing cursor to `time` (s), or to the end (null), which stops; true while it plays on. */
  private advance(time: number | null): boolean {
    if (time === null) this.stop();
    this.set(time);
    return time !== null;
  }
}
