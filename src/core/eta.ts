/**
 * An honest estimate of the wall-clock time a run has left, from its progress reports: the rate
 * (fraction per ms) is the least-squares slope of the reports in a recent window, so a run whose
 * pace changes is followed; the estimate is offered only once it is stable — enough elapsed time
 * and reports, and the finish times predicted by the last few reports agree — and withdrawn when
 * the run stalls or its pace swings. Times in ms, progress as a fraction in [0, 1].
 */

/** Options of {@link RemainingTime}. */
export interface RemainingTimeOptions {
  /** Reports older than this (relative to the newest) no longer set the rate, ms (default 6000). */
  windowMs?: number;
  /** No estimate before this much of the run has elapsed, ms (default 1000). */
  minElapsedMs?: number;
  /** Predictions that must agree before an estimate is shown (default 4). */
  agreeing?: number;
  /** Largest spread of those predicted finish times, relative to the time left, to show an estimate (default 0.25). */
  tolerance?: number;
}

interface Sample {
  t: number;
  f: number;
}

/** Accumulates progress reports of one run and estimates its time left. */
export class RemainingTime {
  private readonly windowMs: number;
  private readonly minElapsedMs: number;
  private readonly agreeing: number;
  private readonly tolerance: number;
  private samples: Sample[] = [];
  /** Predicted finish times (ms since the start) of the most recent reports. */
  private finishes: number[] = [];
  private shown = false;
  private estimate: number | null = null;

  constructor(options: RemainingTimeOptions = {}) {
    this.windowMs = options.windowMs ?? 6000;
    this.minElapsedMs = options.minElapsedMs ?? 1000;
    this.agreeing = Math.max(2, options.agreeing ?? 4);
    this.tolerance = options.tolerance ?? 0.25;
  }

  /** Adds a report: `elapsedMs` since the run started and the `fraction` done then. Non-finite or backward reports are ignored. */
  add(elapsedMs: number, fraction: number): void {
    if (!Number.isFinite(elapsedMs) || !Number.isFinite(fraction)) return;
    const last = this.samples.at(-1);
    if (last && elapsedMs <= last.t) return;
    const f = Math.min(1, Math.max(0, fraction));
    this.samples.push({ t: elapsedMs, f });
    const from = elapsedMs - this.windowMs;
    while (this.samples.length > 3 && this.samples[0].t < from) this.samples.shift();
    const rate = this.rate();
    if (!(rate > 0)) {
      this.finishes = [];
      this.shown = false;
      this.estimate = null;
      return;
    }
    const left = (1 - f) / rate;
    this.finishes.push(elapsedMs + left);
    if (this.finishes.length > this.agreeing) this.finishes.shift();
    this.estimate = left;
    this.shown = this.stable(elapsedMs, left);
  }

  /** Time left, ms, or null while no stable estimate exists. */
  remainingMs(): number | null {
    return this.shown ? this.estimate : null;
  }

  /** Least-squares slope of fraction against time over the window, per ms (NaN with fewer than two reports). */
  private rate(): number {
    const n = this.samples.length;
    if (n < 2) return NaN;
    let mt = 0;
    let mf = 0;
    for (const s of this.samples) {
      mt += s.t / n;
      mf += s.f / n;
    }
    let stf = 0;
    let stt = 0;
    for (const s of this.samples) {
      stf += (s.t - mt) * (s.f - mf);
      stt += (s.t - mt) ** 2;
    }
    return stt > 0 ? stf / stt : NaN;
  }

  /**
   * Stable: enough time elapsed and the last `agreeing` predicted finish times lie within
   * `tolerance` of the time left (twice that to keep an estimate already shown, so it does not
   * flicker). The time left is floored at one second, so the last moments of a run stay shown.
   */
  private stable(elapsedMs: number, left: number): boolean {
    if (elapsedMs < this.minElapsedMs || this.finishes.length < this.agreeing) return false;
    const spread = Math.max(...this.finishes) - Math.min(...this.finishes);
    const allowed = (this.shown ? 2 : 1) * this.tolerance * Math.max(left, 1000);
    return spread <= allowed;
  }
}
