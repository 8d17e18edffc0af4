/**
 * Whether a transient run says honestly that it has (not) reached steady state: `reachedSteadyState`
 * (V within 5 % of R/G or the imposed V, and the solid forming within 5 % of x0), `velocityRatio`
 * (V/V_steady at the end) and `steadyRegime` (the regime of the analytic steady state).
 */
import { describe, expect, it } from 'vitest';
import model from '../../../../src/models/solidification';
import { defaultsOf } from '../../../../src/core/model';
import type { SolidificationParams } from '../../../../src/models/solidification/params';
import { expectClose } from './helpers';

const defaults = defaultsOf(model);
const run = (over: Partial<SolidificationParams>) => model.run({ ...defaults, ...over } as SolidificationParams);

describe('steady-state honesty of transient runs', () => {
  it('issue case 7.7 K/mm, R = 0.5 K/min: not steady, V ≈ 0.51 of R/G, labelled planar while the steady state is cellular', async () => {
    const p = { G: 7700, R: 0.5 / 60 };
    const r = await run(p);
    const steady = await run({ ...p, mode: 'steady' });
    const s = r.summary;
    expect(s.reachedSteadyState).toBe(false);
    expectClose(s.velocityRatio as number, ((s.V as number) * p.G) / p.R, 1e-12, 'velocityRatio = V/(R/G)');
    expect(s.velocityRatio as number).toBeLessThan(0.6);
    expect(s.regime).toBe('planar');
    expect(steady.summary.regime).toBe('cellular');
    expect(s.steadyRegime, 'steadyRegime is the steady mode’s regime').toBe(steady.summary.regime);
  });

  it('a furnace run long enough to settle (dilute, V = R/G = 10 µm/s, 50 mm) is steady: ratio within 5 %, regime = steady regime', async () => {
    const r = await run({ phaseDiagram: 'dilute', k: 0.3, m: -350, Tm: 1687, x0: 0.2, G: 1e5, R: 1, meltLength: 0.05, tEnd: 2500 });
    const s = r.summary;
    expect(s.reachedSteadyState).toBe(true);
    expectClose(s.velocityRatio as number, 1, 0.05, 'velocityRatio');
    expectClose(s.interfaceSolidX as number, 0.2, 0.05 * 0.2, 'x_S');
    expect(s.regime).toBe(s.steadyRegime);
  });

  it('pulled: V is the imposed V from the start, but the initial transient (x_S < 0.95·x0) is not steady; after ~9 D/(kV) it is', async () => {
    const pulled = { drive: 'pulling', V: 1e-5, phaseDiagram: 'dilute', k: 0.3, m: -350, Tm: 1687, x0: 0.2, meltLength: 0.1 };
    const early = (await run({ ...pulled, tEnd: 300 })).summary;
    expectClose(early.velocityRatio as number, 1, 1e-12, 'velocityRatio');
    expect(early.interfaceSolidX as number).toBeLessThan(0.95 * 0.2);
    expect(early.reachedSteadyState).toBe(false);
    const late = (await run({ ...pulled, tEnd: 3000 })).summary;
    expect(late.reachedSteadyState).toBe(true);
  });

  it('steady mode is steady by construction: ratio 1, steadyRegime = regime', async () => {
    const s = (await run({ mode: 'steady' })).summary;
    expect(s.reachedSteadyState).toBe(true);
    expect(s.velocityRatio).toBe(1);
    expect(s.steadyRegime).toBe(s.regime);
  });
});
