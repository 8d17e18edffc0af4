/**
 * An app entry for the test-only wave model, so the shell and model page can be tested in the
 * browser without depending on a real model.
 */
import type { ModelEntry } from '../../../src/app/models/types';
import wave from '../../fixtures/wave-model';

/** The wave model's page entry (partial results carry their "time" reached). */
export const waveEntry: ModelEntry = {
  id: 'wave',
  loadModel: async () => wave,
  createWorker: () => new Worker(new URL('../../fixtures/wave-model.worker.ts', import.meta.url), { type: 'module' }),
  loadView: () => import('./WaveView.svelte'),
  equations: [{ tex: 'y = A \\sin(6\\pi x)\\,e^{-2x}', captionKey: 'explain.title' }],
  assumptionKeys: ['explain.assumptions'],
  partialTimeKey: 'time',
  thumbnail: 'M2 20 Q 12 2 22 20 T 42 20 T 62 20',
};
