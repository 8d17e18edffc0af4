/**
 * The morphology card's worker: one dedicated worker holding the live phase-field run, spawned on
 * first use and ended with the card.
 */
import * as Comlink from 'comlink';
import type { MorphologyWorkerApi } from '../../../../workers/morphology.worker';

export type { MorphologyStart } from '../../../../workers/morphology.worker';

/** A live run's worker and its Comlink proxy. */
export interface MorphologyWorker {
  api: Comlink.Remote<MorphologyWorkerApi>;
  terminate(): void;
}

/** Spawns the morphology worker. */
export function spawnMorphologyWorker(): MorphologyWorker {
  const worker = new Worker(new URL('../../../../workers/morphology.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<MorphologyWorkerApi>(worker), terminate: () => worker.terminate() };
}
