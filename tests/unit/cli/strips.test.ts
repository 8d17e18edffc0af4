/**
 * The CPU engine on real worker threads (SharedArrayBuffer fields, Atomics barriers): 2 and 3
 * strips give the same fields, bit for bit, and the same ledger as one thread, with noise,
 * anisotropy and frame shifts.
 */
import { describe, expect, it } from 'vitest';
import { PhaseFieldSolver, setupMorphology } from '../../../src/models/solidification/morphology';
import { StripEngine } from '../../../src/cli/strips';
import { teaching } from '../models/solidification/morphology/fixtures';

const setup = setupMorphology(teaching(0.25, { nx: 20, nz: 41, noise: 0.05, epsilon4: 0.03, amplitude: 1, seed: 5 }));
const STEPS = 1200;

describe('StripEngine on worker threads', () => {
  const whole = new PhaseFieldSolver(setup.problem);
  whole.advance(STEPS);

  for (const threads of [2, 3]) {
    it(`${threads} threads: identical φ, c̃, U and ledger`, { timeout: 120_000 }, async () => {
      const engine = await StripEngine.start(setup.problem, threads);
      try {
        engine.advance(STEPS / 2);
        engine.advance(STEPS / 2);
        const s = engine.solver;
        let differing = 0;
        for (const key of ['phi', 'c', 'U'] as const) {
          for (let i = 0; i < s[key].length; i++) if (!Object.is(s[key][i], whole[key][i])) differing++;
        }
        expect(differing).toBe(0);
        expect(s.shifts).toBe(whole.shifts);
        expect(s.shifts).toBeGreaterThan(0);
        expect(engine.ledger()).toEqual(whole.ledger());
      } finally {
        await engine.close();
      }
    });
  }

  it('a strip thread that is gone makes advance throw a clear error instead of hanging', { timeout: 120_000 }, async () => {
    const engine = await StripEngine.start(setup.problem, 2, 300);
    try {
      engine.advance(2);
      await engine['workers'][0].terminate();
      expect(() => engine.advance(1)).toThrow(/1 of 1 strip threads did not finish a step within 0\.3 s: a strip thread has crashed or hangs/);
    } finally {
      await engine.close();
    }
  });

  it('refuses a thread count that leaves a strip under two rows', async () => {
    await expect(StripEngine.start(setup.problem, 21)).rejects.toThrow(/threads must be an integer from 1 to nz\/2 = 20, got 21/);
  });
});
