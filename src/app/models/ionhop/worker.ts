/**
 * Starts ionhop model workers: for the page's runs (entry.ts) and the view's sweep pool, kept
 * apart from entry.ts so the view does not import its own entry (no import cycle).
 */

/** Starts one ionhop model worker. */
export function createIonhopWorker(): Worker {
  return new Worker(new URL('../../../../workers/ionhop.worker.ts', import.meta.url), { type: 'module' });
}
