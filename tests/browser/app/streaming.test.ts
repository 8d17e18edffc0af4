/**
 * Partial results of long runs of the real models reach the page, from the first second on and
 * at least twice a second, carrying the simulated time the status line shows after a Cancel; and
 * the run controls offer a time-left estimate within the first three seconds.
 * (Hydrogen runs end within tens of milliseconds, before a model's first report is due, so they
 * have no partials to stream.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import App from '../../../src/app/App.svelte';
import { modelEntries } from '../../../src/app/models/entries';
import { probe, probed } from './probe';

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
  history.replaceState(null, '', '#/');
});

const LONG_RUNS: Record<string, string> = {
  solidification: '#/solidification?V=0.001&meltLength=1&tEnd=1000000',
  ionhop: '#/ionhop?steps=200000000',
};

describe('partial results of the real models reach the page', () => {
  for (const [id, hash] of Object.entries(LONG_RUNS)) {
    it(`${id}: from the first second, at least twice a second, with a time-left estimate`, { timeout: 60_000 }, async () => {
      const entry = modelEntries.find((e) => e.id === id)!;
      history.replaceState(null, '', hash);
      const screen = await render(App, { entries: [probed(entry)] });
      unmount = () => screen.unmount();
      // the run starts once the model and view have loaded: the progress bar appears
      await expect.poll(() => document.querySelector('progress') !== null, { timeout: 30_000 }).toBe(true);
      const started = performance.now();
      await new Promise((r) => setTimeout(r, 3000));
      expect(document.querySelector('progress'), 'still running').not.toBeNull();
      const arrivals = probe.partials.filter((p) => p.at >= started).map((p) => p.at - started);
      const first = probe.partials.length ? probe.partials[0].at - started : Infinity;
      expect(first, `first partial after the run started, ms (allowed 1000)`).toBeLessThan(1000);
      expect(arrivals.length, `partials in 3 s: ${arrivals.length} at ${arrivals.map(Math.round).join(', ')} ms`).toBeGreaterThanOrEqual(6);
      const status = document.querySelector('[data-testid="run-status"]')?.textContent ?? '';
      expect(status, 'a time-left estimate after 3 s of a steady run').toMatch(/About [\d.,]+ (s|min|h) left/);
      const key = entry.partialTimeKey!;
      const last = probe.partials.at(-1)!.partial;
      expect(typeof last.summary[key], `partial summary "${key}"`).toBe('number');
      expect(Object.values(last.series).some((s) => s.length > 0), 'partial series').toBe(true);
    });
  }
});
