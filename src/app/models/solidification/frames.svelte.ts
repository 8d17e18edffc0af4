/**
 * Frame pacing of the solidification view while partial results stream: the newest partial is
 * applied at most once per animation frame, and the plot cards take turns to redraw (one chart
 * every other frame), so no frame carries every chart's redraw.
 */

/** The latest pushed value, applied at most once per animation frame (only the newest waiting one is shown). */
export class LatestPerFrame<T> {
  /** The value to show. */
  value = $state.raw<T | null>(null);
  private waiting: T | null = null;
  private frame = 0;

  /** Shows `next` now, or on the next frame when one was shown in this frame; null clears at once. */
  push(next: T | null): void {
    if (next !== null && this.frame !== 0) {
      this.waiting = next;
      return;
    }
    this.waiting = null;
    this.value = next;
    if (next !== null) this.frame = requestAnimationFrame(() => this.nextFrame());
  }

  /** Cancels a pending frame. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
  }

  private nextFrame(): void {
    this.frame = 0;
    if (this.waiting === null) return;
    this.value = this.waiting;
    this.waiting = null;
    this.frame = requestAnimationFrame(() => this.nextFrame());
  }
}

/**
 * Cards that take turns to pick up new props while a run streams: each call of `schedule` lets the
 * next card whose props changed take them, then waits a frame without a chart before the next one
 * (each still refreshes about four times a second). When not live, `mirror` shows every card's
 * current props at once.
 */
export class TakeTurns<K extends string, V> {
  private staged = $state.raw<Record<K, V> | null>(null);
  private turn = 0;
  private frame = 0;

  constructor(
    private readonly keys: readonly K[],
    /** Every card's current props. */
    private readonly current: () => Record<K, V>,
    /** True while partial results stream. */
    private readonly live: () => boolean,
  ) {}

  /** Shows `cards` as they are (after a run, so the next run starts from the charts drawn). */
  mirror(cards: Record<K, V>): void {
    this.staged = cards;
  }

  /** Starts a round of turns unless one is under way. */
  schedule(): void {
    if (this.frame === 0) this.frame = requestAnimationFrame(() => this.next());
  }

  /** The props card `key` draws now. */
  card(key: K): V {
    return (this.live() && this.staged ? this.staged[key] : null) ?? this.current()[key];
  }

  /** Cancels a pending frame. */
  dispose(): void {
    cancelAnimationFrame(this.frame);
  }

  private next(): void {
    this.frame = 0;
    const staged = this.staged;
    if (!this.live() || staged === null) return;
    const cards = this.current();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[(this.turn + i) % this.keys.length];
      if (staged[key] === cards[key]) continue;
      this.staged = { ...staged, [key]: cards[key] };
      this.turn = (this.turn + i + 1) % this.keys.length;
      // skip a frame between charts, so frames with a chart redraw alternate with light ones
      this.frame = requestAnimationFrame(() => (this.frame = requestAnimationFrame(() => this.next())));
      return;
    }
  }
}
