import { describe, expect, it } from 'vitest';
import { Chunker, yieldToEventLoop } from '../../../src/core/cooperative';
import { CancelledError } from '../../../src/core/model';
import wave from '../../fixtures/wave-model';
import { defaultsOf } from '../../../src/core/model';

describe('cooperative scheduling', () => {
  it('lets a pending macrotask run while a loop yields', async () => {
    let ran = false;
    setTimeout(() => (ran = true), 0);
    for (let i = 0; i < 5 && !ran; i++) await yieldToEventLoop();
    await new Promise((r) => setTimeout(r, 1));
    expect(ran).toBe(true);
  });

  it('reports progress first one interval after the start, then at most once per interval', () => {
    const chunker = new Chunker({ progressIntervalMs: 20 });
    const waitMs = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        /* wait */
      }
    };
    expect(chunker.shouldReport()).toBe(false);
    waitMs(25);
    expect(chunker.shouldReport()).toBe(true);
    expect(chunker.shouldReport()).toBe(false);
    waitMs(25);
    expect(chunker.shouldReport()).toBe(true);
  });

  it('throws CancelledError at the next pause after abort', async () => {
    const controller = new AbortController();
    const chunker = new Chunker({ signal: controller.signal });
    await chunker.pause();
    controller.abort();
    await expect(chunker.pause()).rejects.toBeInstanceOf(CancelledError);
  });

  it('stops a model run promptly when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = wave.run({ ...defaultsOf(wave), steps: 2000, workMs: 1 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const t0 = performance.now();
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
