/**
 * A queue of redraws run one per animation frame, so that a result which changes several plots
 * at once is drawn over several short frames instead of one long one. Each job has a key (its
 * plot); queuing a job for a key that is still waiting replaces it in place, so a plot that
 * follows a stream draws only its newest data.
 */
const waiting = new Map<object, () => void>();
let frame = 0;

function runNext(): void {
  frame = 0;
  const next = waiting.entries().next();
  if (next.done) return;
  const [key, job] = next.value;
  waiting.delete(key);
  if (waiting.size > 0) frame = requestAnimationFrame(runNext);
  job();
}

/** Runs `job` in a coming animation frame, after the jobs queued before it (replacing a waiting job of `key`). */
export function queueFrameJob(key: object, job: () => void): void {
  waiting.set(key, job);
  if (frame === 0) frame = requestAnimationFrame(runNext);
}

/** Drops the waiting job of `key`, if any. */
export function cancelFrameJob(key: object): void {
  waiting.delete(key);
}
