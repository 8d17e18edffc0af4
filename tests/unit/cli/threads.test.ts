/**
 * Sweep worker threads (threads.ts) on real threads: a thread that dies before its first task
 * (here its start-up throws: the model id is unknown to the loaders) makes every later `run`
 * reject with the thread's error instead of waiting forever for an answer that never comes.
 */
import { describe, expect, it } from 'vitest';
import { threadWorkers, type SweepTask } from '../../../src/cli/threads';

const task: SweepTask = { index: 0, points: 1, sweep: '0000000000000000', sets: {}, deriveSeed: true };

describe('threadWorkers', () => {
  it('a thread that died while idle rejects the next tasks with its error', { timeout: 120_000 }, async () => {
    const [worker] = threadWorkers({ modelId: 'no-such-model', preset: null, build: { version: 'test', commit: null }, fixedTime: null }, 1);
    try {
      // The thread's 'error' and 'exit' events can each settle one waiting run; the third run
      // is posted after both have fired, to a thread that is gone.
      for (let k = 0; k < 3; k++) await expect(worker.run(task)).rejects.toThrow(/^sweep worker thread failed: /);
    } finally {
      await worker.terminate();
    }
  });
});
