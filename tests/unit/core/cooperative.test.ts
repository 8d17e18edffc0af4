import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chunker, yieldToEventLoop } from '../../../src/core/cooperative';
import { CancelledError } from '../../../src/core/model';
import wave from '../../fixtures/wave-model';
import { defaultsOf } from '../../../src/core/model';

describe('cooperative scheduling', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets a pending macrotask run while a loop yields', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    for (let i = 0; i < 5 && !ran; i++) await yieldToEventLoop();
    await new Promise((r) => setTimeout(r, 1));
    expect(ran).toBe(true);
  });

  it('reports progress first one interval after the start, then at most once per interval (on a fake clock)', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const chunker = new Chunker({ progressIntervalMs: 20 });
    const reports: number[] = [];
    for (let t = 0; t <= 100; t++) {
      if (chunker.shouldReport()) reports.push(t);
      vi.advanceTimersByTime(1);
    }
    expect(reports).toEqual([20, 40, 60, 80, 100]);
  });

  it('says a chunk is due once its time budget is used, and starts a new chunk at each pause (on a fake clock)', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const chunker = new Chunker({ budgetMs: 25 });
    vi.advanceTimersByTime(24);
    expect(chunker.due(), '24 ms into a 25 ms budget').toBe(false);
    vi.advanceTimersByTime(1);
    expect(chunker.due(), '25 ms into a 25 ms budget').toBe(true);
    await chunker.pause();
    expect(chunker.due(), 'right after a pause').toBe(false);
  });

  it('throws CancelledError at the next pause after abort', async () => {
    const controller = new AbortController();
    const chunker = new Chunker({ signal: controller.signal });
    await chunker.pause();
    controller.abort();
    await expect(chunker.pause()).rejects.toBeInstanceOf(CancelledError);
  });

  it('stops a model run at its next pause once its signal is aborted, with no report after the abort', async () => {
    const controller = new AbortController();
    const fractions: number[] = [];
    let afterAbort = 0;
    const run = wave.run(
      { ...defaultsOf(wave), steps: 2000, workMs: 1 },
      {
        signal: controller.signal,
        onProgress: (p) => {
          if (controller.signal.aborted) afterAbort++;
          fractions.push(p.fraction);
          if (fractions.length === 2) controller.abort();
        },
      },
    );
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(afterAbort, 'progress reports after the abort').toBe(0);
    expect(fractions.at(-1), 'the run stopped before its end').toBeLessThan(1);
  });
});
