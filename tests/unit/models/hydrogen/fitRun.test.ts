/** The fit inside a model run: header units reach the fit, and the summary carries the errors' degrees of freedom. */
import { describe, it, expect } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf } from '../../../../src/core/model';
import { syntheticSet } from './fitSynthetic';
import { expectRel } from './helpers';

const base: HydrogenParams = defaultsOf(model);
const TIMEOUT = 60_000;

/** Seeded synthetic points (ideal gas, ln p/1 bar = v) at four temperatures, 3 % noise. */
const points = syntheticSet(5, { temperatures: [293, 313, 333, 353], compositions: [0.04, 0.2, 0.35, 0.5, 0.65, 0.8, 1.1], sigma: 0.03 });

describe('fit in a run', () => {
  it('the same points in K/Pa and in °C/hPa give the same ΔH, ΔS (1e-9) and report dof and plateau points', async () => {
    const si = ['T,p,H/M', ...points.map((p) => `${p.T},${1e5 * Math.exp(p.v)},${p.x}`)].join('\n');
    const other = ['T [degC], p [hPa], x [H/M]', ...points.map((p) => `${p.T - 273.15},${1e3 * Math.exp(p.v)},${p.x}`)].join('\n');
    const a = await model.run({ ...base, gas: 'ideal', pMax: 1e7, data: si });
    const b = await model.run({ ...base, gas: 'ideal', pMax: 1e7, data: other });
    expectRel(b.summary.dH as number, a.summary.dH as number, 1e-9, 'dH');
    expectRel(b.summary.dS as number, a.summary.dS as number, 1e-9, 'dS');
    // five plateau points per temperature (0.2–0.8 H/M), slope fitted: 20 − 3 = 17 dof, or k − 2 = 2 if lack of fit
    expect(a.summary.vantHoffPoints).toBe(20);
    expect([17, 2]).toContain(a.summary.vantHoffDof);
    expect(a.summary.vantHoffErrorSource).toBe(a.summary.vantHoffDof === 17 ? 'points' : 'means');
    expect(a.summary.dHStdErr as number).toBeGreaterThan(0);
    // within 3 standard errors of the truth (ΔH −30.8 kJ/mol)
    expect(Math.abs((a.summary.dH as number) + 30800), `dH ${a.summary.dH} ± ${a.summary.dHStdErr}`).toBeLessThanOrEqual(3 * (a.summary.dHStdErr as number));
  }, TIMEOUT);
});

describe('too few data rows for the isotherm fit', () => {
  it.each([1, 2])('%i row(s): refused on `data` with the number of rows needed, not a library error', async (rows) => {
    const data = ['T,p,H/M', ...[0.3, 0.5].slice(0, rows).map((x) => `298,1.8e5,${x}`)].join('\n');
    await expect(model.run({ ...base, gas: 'ideal', data })).rejects.toMatchObject({
      name: 'InvalidParamsError',
      field: 'data',
      message: expect.stringMatching(/needs at least \d+ rows/),
    });
  }, TIMEOUT);
});
