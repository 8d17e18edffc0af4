/**
 * The van 't Hoff lines and coexistence dome of the lattice (Lacher) model against closed forms:
 * with one sublattice and no hysteresis, the Maxwell plateau sits at θ = ½ by symmetry, so its
 * fugacity is the van 't Hoff line ln(f/p°) = ΔH/RT − ΔS/R, the α and β limits are symmetric
 * (x_α + x_β = r), and the dome closes at T_c with x = r/2; hysteresis h lifts the absorption line
 * by h. Ideal gas: p = f.
 */
import { describe, expect, it } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { defaultsOf } from '../../../../src/core/model';
import { GAS_CONSTANT, STANDARD_PRESSURE } from '../../../../src/core/constants';
import { expectClose, expectRel } from './helpers';

const dH = -39000;
const dS = -92.5;
const Tc = 566;
const r = 0.8;
const params: HydrogenParams = { ...defaultsOf(model), material: 'custom', model: 'lattice', gas: 'ideal', T: 298.15, pMin: 1, pMax: 1e7, dH, dS, criticalT: Tc, maxHM: r, hysteresis: 0 };

describe("lattice model: van 't Hoff line and coexistence dome (closed forms)", () => {
  it('plateau pressure along the dome is the van \'t Hoff line, limits are symmetric, and the dome closes at T_c with x = r/2', async () => {
    const { series } = await model.run(params);
    const T = series.dome_T;
    expect(T.length, 'dome points').toBeGreaterThan(10);
    for (let i = 0; i < T.length; i++) {
      const lnf = dH / (GAS_CONSTANT * T[i]) - dS / GAS_CONSTANT;
      expectRel(series.dome_p[i], STANDARD_PRESSURE * Math.exp(lnf), 1e-6, `dome_p at ${T[i]} K`);
      expectClose(series.dome_xAlpha[i] + series.dome_xBeta[i], r, 1e-6 * r, `x_α + x_β at ${T[i]} K`);
    }
    const last = T.length - 1;
    expect(T[last], 'the dome ends at T_c').toBe(Tc);
    expectClose(series.dome_xAlpha[last], r / 2, 1e-12, 'x_α at T_c');
    expectClose(series.dome_xBeta[last], r / 2, 1e-12, 'x_β at T_c');
    for (let i = 0; i < series.vantHoff_invT.length; i++) {
      const invT = series.vantHoff_invT[i];
      expectClose(series.vantHoff_lnFdes[i], (dH / GAS_CONSTANT) * invT - dS / GAS_CONSTANT, 1e-9, `ln f_des at 1/T = ${invT}`);
      expectClose(series.vantHoff_lnPdes[i], series.vantHoff_lnFdes[i], 1e-9, 'ideal gas: ln p = ln f');
    }
  });

  it('hysteresis h shifts the absorption line by h in ln f at every temperature', async () => {
    const h = 0.3;
    const { series } = await model.run({ ...params, hysteresis: h });
    expect(series.vantHoff_invT.length).toBeGreaterThan(10);
    for (let i = 0; i < series.vantHoff_invT.length; i++) {
      expectClose(series.vantHoff_lnFabs[i] - series.vantHoff_lnFdes[i], h, 1e-9, `ln f_abs − ln f_des at 1/T = ${series.vantHoff_invT[i]}`);
      expectClose(series.vantHoff_lnPabs[i] - series.vantHoff_lnPdes[i], h, 1e-9, 'ideal gas: the same in ln p');
    }
  });
});
