/**
 * Partial results of long runs of the real models reach the page, one after another, carrying the
 * simulated time the status line shows after a Cancel; and the run controls offer a time-left
 * estimate while the run goes on. How often partials arrive is a time figure, measured by
 * `npm run bench` (bench/steer.bench.ts), not asserted here.
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
    it(`${id}: partial after partial, further on each time, with a time-left estimate`, { timeout: 60_000 }, async () => {
      const entry = modelEntries.find((e) => e.id === id)!;
      history.replaceState(null, '', hash);
      const screen = await render(App, { entries: [probed(entry)] });
      unmount = () => screen.unmount();
      await expect.poll(() => probe.partials.length, { timeout: 45_000 }).toBeGreaterThanOrEqual(6);
      expect(document.querySelector('progress'), 'still running').not.toBeNull();
      await expect.poll(() => document.querySelector('[data-testid="run-status"]')?.textContent ?? '', { timeout: 30_000 }).toMatch(/About [\d.,]+ (s|min|h) left/);
      const key = entry.partialTimeKey!;
      const last = probe.partials.at(-1)!.partial;
      expect(typeof last.summary[key], `partial summary "${key}"`).toBe('number');
      expect(Object.values(last.series).some((s) => s.length > 0), 'partial series').toBe(true);
      const times = probe.partials.map((p) => p.partial.summary[key] as number);
      expect(times.every((t, i) => i === 0 || t > times[i - 1]), `simulated ${key} of the partials, in order: ${times.join(', ')}`).toBe(true);
    });
  }
});
