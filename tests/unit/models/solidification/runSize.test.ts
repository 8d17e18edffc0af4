/**
 * The up-front size of a transient run (runSize.ts): the step estimate 400 + 2·V·ℓ/D with the melt
 * room and growth length it uses, the largest drive velocity that fits MAX_STEPS (the estimate at
 * it is MAX_STEPS), and the refusal message with its suggestions. The message figures below were
 * worked out by hand from the formulas in runSize.ts' header and function comments.
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf, InvalidParamsError } from '../../../../src/core/model';
import model from '../../../../src/models/solidification';
import type { SolidificationParams } from '../../../../src/models/solidification/params';
import { checkRunSize, estimateRunSize, largestVelocity, MAX_STEPS } from '../../../../src/models/solidification/runSize';
import { HARD_STEP_LIMIT } from '../../../../src/models/solidification/transient';
import { expectClose } from './helpers';

const defaults = defaultsOf(model);
const pulling = (over: Partial<SolidificationParams>) => ({ ...defaults, drive: 'pulling', ...over }) as SolidificationParams;
const cooling = (over: Partial<SolidificationParams>) => ({ ...defaults, drive: 'cooling', ...over }) as SolidificationParams;

/** The InvalidParamsError checkRunSize throws. */
function refusal(p: SolidificationParams): InvalidParamsError {
  try {
    checkRunSize(p);
  } catch (e) {
    if (e instanceof InvalidParamsError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('estimateRunSize', () => {
  it('pulling, melt-limited: room 0.995·L, growth = room, steps 400 + 2·V·room/D', () => {
    const r = estimateRunSize(pulling({ V: 1e-5, D: 1e-8, meltLength: 0.02, tEnd: 1e6, delta: 0 }));
    expect(r.V).toBe(1e-5);
    expectClose(r.room, 0.0199, 1e-15, 'room');
    expectClose(r.growth, 0.0199, 1e-15, 'growth');
    expectClose(r.steps, 400 + (2 * 1e-5 * 0.0199) / 1e-8, 1e-9, 'steps');
  });

  it('cooling, time-limited: V = R/G, growth = V·tEnd', () => {
    const r = estimateRunSize(cooling({ R: 0.1, G: 1e4, D: 1e-8, meltLength: 0.02, tEnd: 100, delta: 0 }));
    expectClose(r.V, 1e-5, 1e-20, 'V');
    expectClose(r.growth, 1e-3, 1e-15, 'growth');
    expectClose(r.steps, 400 + (2 * 1e-5 * 1e-3) / 1e-8, 1e-9, 'steps');
  });

  it('stirred: the room stops 2δ below the top when that is shorter than 99.5 % of the melt', () => {
    expectClose(estimateRunSize(pulling({ meltLength: 0.02, delta: 0.005 })).room, 0.01, 1e-15, 'thick layer');
    expectClose(estimateRunSize(pulling({ meltLength: 0.02, delta: 1e-5 })).room, 0.0199, 1e-15, 'thin layer');
  });
});

describe('largestVelocity', () => {
  it('the estimate at the largest velocity is exactly MAX_STEPS, melt-limited (long run) and time-limited (short run)', () => {
    for (const tEnd of [1e6, 100]) {
      const p = pulling({ D: 1e-8, meltLength: 1, tEnd });
      const v = largestVelocity(p);
      const at = estimateRunSize({ ...p, V: v });
      expectClose(at.steps, MAX_STEPS, 1e-6, `steps at V = ${v} (tEnd ${tEnd})`);
      if (tEnd === 100) expect(at.growth).toBeLessThan(at.room);
      else expect(at.growth).toBe(at.room);
    }
    expect(MAX_STEPS).toBe(HARD_STEP_LIMIT / 2);
  });
});

describe('checkRunSize', () => {
  it('returns the estimate when it fits, also at exactly MAX_STEPS', () => {
    const p = pulling({ V: 1e-5, D: 1e-8, meltLength: 0.02, tEnd: 1e6 });
    expect(checkRunSize(p)).toBe(estimateRunSize(p).steps);
    // V·ℓ = (MAX_STEPS − 400)·D/2 with ℓ = V·tEnd: V = 0.5 m/s, D = 1e-6, tEnd = 0.5992 s gives 299 600 + 400 steps
    const edge = pulling({ V: 0.5, D: 1e-6, meltLength: 1, tEnd: 0.5992 });
    expect(estimateRunSize(edge).steps).toBe(MAX_STEPS);
    expect(checkRunSize(edge)).toBe(MAX_STEPS);
  });

  it('pulling, no shorter run can fit (D = 1e-10, V = 1 m/s): names V, suggests V ≤ 7.45e-4 m/s or raising D', () => {
    const e = refusal(pulling({ V: 1, D: 1e-10, meltLength: 0.02, tEnd: 3000 }));
    expect(e.field).toBe('V');
    expect(e.message).toBe(
      'V: at V = 1 m/s the solute layer D/V = 1e-10 m must be followed over 0.0199 m of growth: about 3.98e+8 time steps, more than the 300000 a run may take. Use V ≤ 7.45e-4 m/s, or raise D; steady mode has no such limit.',
    );
  });

  it('pulling, a shorter growth would fit (V = 3 mm/s, 1 m melt): also suggests limiting the growth to 0.494 m', () => {
    const e = refusal(pulling({ V: 3e-3, D: 1e-8, meltLength: 1, tEnd: 1e6 }));
    expect(e.message).toBe(
      'V: at V = 0.003 m/s the solute layer D/V = 3.33e-6 m must be followed over 0.995 m of growth: about 5.97e+5 time steps, more than the 300000 a run may take. Use V ≤ 0.00149 m/s, or limit the growth to 0.494 m (meltLength or tEnd), or raise D; steady mode has no such limit.',
    );
  });

  it('a shorter growth is suggested when the 1 mm melt could reach it, even if a 1 s run at V could not (V = 0.1 m/s, D = 1e-9: up to 0.00148 m)', () => {
    const e = refusal(pulling({ V: 0.1, D: 1e-9, meltLength: 0.02, tEnd: 3000 }));
    expect(e.message).toContain('or limit the growth to 0.00148 m (meltLength or tEnd), ');
  });

  it('cooling names R and suggests a lower R or a steeper G (R = 0.3 K/s, G = 100 K/m)', () => {
    const e = refusal(cooling({ R: 0.3, G: 100, D: 1e-8, meltLength: 1, tEnd: 1e6 }));
    expect(e.field).toBe('R');
    expect(e.message).toBe(
      'R: at R/G = 0.003 m/s the solute layer D/V = 3.33e-6 m must be followed over 0.995 m of growth: about 5.97e+5 time steps, more than the 300000 a run may take. Use R ≤ 0.149 K/s (or G ≥ 201 K/m), or limit the growth to 0.494 m (meltLength or tEnd), or raise D; steady mode has no such limit.',
    );
  });

  it('large figures in exponent form from 1e5 on: a 2e5 m/s layer ratio', () => {
    const e = refusal(pulling({ V: 1, D: 1e-8, meltLength: 1, tEnd: 1e6 }));
    expect(e.message).toContain('about 1.99e+8 time steps');
    expect(e.message).toContain('D/V = 1e-8 m');
  });
});
