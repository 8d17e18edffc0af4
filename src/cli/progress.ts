/**
 * The CLI's progress line on stderr, used only when stderr is a terminal: the percentage done
 * and, once the estimate is stable (see `src/core/eta.ts`), the time left, redrawn in place at
 * most four times a second and erased when the run ends, so stdout and the terminal stay clean.
 */
import type { Progress } from '../core/model';
import { RemainingTime } from '../core/eta';

/** A progress line for one run: feed it the model's reports, then end it. */
export interface ProgressLine {
  onProgress: (p: Progress) => void;
  /** Erases the line (call when the run ends, however it ends). */
  end: () => void;
}

/** Shortest interval between two redraws of the line, ms. */
const REDRAW_MS = 250;
/** Carriage return and "erase line" (ANSI EL 2). */
const ERASE = '\r\x1b[2K';

/** Wall-clock time left in words: whole seconds (rounded up) below a minute, then the nearest minute, then hours. */
export function formatRemaining(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `about ${Math.max(1, Math.ceil(s))} s left`;
  if (s < 5400) return `about ${Math.round(s / 60)} min left`;
  return `about ${(s / 3600).toPrecision(2)} h left`;
}

/**
 * Starts a progress line labelled `label`, written with `write` (e.g. to process.stderr);
 * `now` gives the time in ms (injected for tests).
 */
export function progressLine(write: (text: string) => void, label: string, now: () => number = () => performance.now()): ProgressLine {
  const started = now();
  const eta = new RemainingTime();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    onProgress(p) {
      const t = now();
      const fraction = Math.min(1, Math.max(0, p.fraction));
      eta.add(t - started, fraction);
      if (t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      drawn = true;
      const left = eta.remainingMs();
      write(`${ERASE}${label}: ${(fraction * 100).toFixed(1)} %${left !== null ? ` · ${formatRemaining(left)}` : ''}`);
    },
    end() {
      if (drawn) write(ERASE);
      drawn = false;
    },
  };
}
