/**
 * Bounded record of the interface history of a transient run. Every step is kept until the
 * record holds `capacity` rows; then every other row is dropped and only every second step is
 * kept from then on (the stride doubles each time the record fills up). The first row (t = 0)
 * stays, and the last row is always the latest state, so a run of any length keeps at most
 * `capacity` + 1 rows spread evenly over its steps.
 */

/** One row: time (s), front position (m), V (m/s), interface temperature (K), x_L*, x_S. */
export interface HistoryRow {
  t: number;
  s: number;
  V: number;
  T: number;
  xL: number;
  xS: number;
}

const KEYS = ['t', 's', 'V', 'T', 'xL', 'xS'] as const;

/** Default largest number of kept rows (plus the latest state). */
export const HISTORY_CAPACITY = 4096;

/** The interface history, thinned to a bounded number of rows. */
export class BoundedHistory {
  readonly t: number[] = [];
  readonly s: number[] = [];
  readonly V: number[] = [];
  readonly T: number[] = [];
  readonly xL: number[] = [];
  readonly xS: number[] = [];
  /** Steps between kept rows. */
  stride = 1;
  private recorded = 0;
  /** True when the last row is the latest state of a step that is not on the stride. */
  private provisional = false;

  constructor(readonly capacity = HISTORY_CAPACITY) {}

  /** Number of rows held. */
  get length(): number {
    return this.t.length;
  }

  /** Records the state after a step (the first call records t = 0). */
  push(row: HistoryRow): void {
    if (this.provisional) this.dropLast();
    const keep = this.recorded % this.stride === 0;
    this.recorded++;
    for (const key of KEYS) this[key].push(row[key]);
    this.provisional = !keep;
    if (!this.provisional && this.t.length > this.capacity) this.thin();
  }

  private dropLast(): void {
    for (const key of KEYS) this[key].pop();
    this.provisional = false;
  }

  /**
   * Keeps rows 0, 2, 4, … and doubles the stride (rows stay on multiples of the stride); the
   * latest row stays as a provisional one when it falls between.
   */
  private thin(): void {
    const lastDropped = (this.t.length - 1) % 2 === 1;
    for (const key of KEYS) {
      const a = this[key];
      const last = a[a.length - 1];
      let j = 0;
      for (let i = 0; i < a.length; i += 2) a[j++] = a[i];
      a.length = j;
      if (lastDropped) a.push(last);
    }
    this.provisional = lastDropped;
    this.stride *= 2;
  }
}
