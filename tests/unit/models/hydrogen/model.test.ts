import { describe, it, expect } from 'vitest';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { CancelledError, defaultsOf } from '../../../../src/core/model';
import { validateParams } from '../../../../src/core/params';
import { vantHoffLnF } from '../../../../src/models/hydrogen/lattice';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { expectClose, expectRel } from './helpers';

const base = defaultsOf(model);
const runWith = (v: Partial<HydrogenParams>, signal?: { aborted: boolean }) => model.run({ ...base, ...v } as HydrogenParams, { signal });
const issuesOf = async (raw: Record<string, unknown>) => {
  const r = await validateParams<HydrogenParams>(model.params, raw, model.crossChecks);
  return r.ok ? [] : r.issues;
};

describe('hydrogen model: validation', () => {
  it('rejects zero/negative pressure and temperature, naming the field', async () => {
    expect((await issuesOf({ pMin: 0 })).map((i) => i.field)).toContain('pMin');
    expect((await issuesOf({ pMax: -1 })).map((i) => i.field)).toContain('pMax');
    expect((await issuesOf({ T: -5 })).map((i) => i.field)).toContain('T');
    expect((await issuesOf({ T: 0 })).map((i) => i.field)).toContain('T');
  });

  it('rejects pMin ≥ pMax and pMax above the H2 melting pressure (field pMax)', async () => {
    const a = await issuesOf({ pMin: 1e6, pMax: 1e5 });
    expect(a.map((i) => i.field)).toEqual(['pMax']);
    const b = await issuesOf({ T: 100, pMax: 2e9 });
    expect(b[0].field).toBe('pMax');
    expect(b[0].message).toMatch(/melting/);
    await expect(runWith({ T: 100, pMax: 2e9 })).rejects.toThrow(/pMax: .*melting pressure of H₂ at 100 K/);
  });

  it('rejects an unknown material and a malformed CSV with the line number', async () => {
    expect((await issuesOf({ material: 'unobtainium' }))[0].field).toBe('material');
    await expect(runWith({ data: '300,1e5,0.5,des\n300,oops,0.5,des' })).rejects.toThrow(/data: line 2/);
  });
});

describe('hydrogen model: run', () => {
  it('summary carries every contract key; ideal gas plateau equals van \'t Hoff exactly (rel 1e-9); no NaN anywhere', async () => {
    const r = await runWith({ gas: 'ideal', pMax: 1e7 });
    for (const k of ['plateauPressureAbs', 'plateauPressureDes', 'plateauStart', 'plateauEnd', 'capacityMass', 'criticalT', 'fugacityCoefficient', 'dH', 'dS', 'dHStdErr', 'dSStdErr']) {
      expect(r.summary, k).toHaveProperty(k);
    }
    const m = MATERIALS.LaNi5;
    expectRel(r.summary.plateauPressureDes as number, 1e5 * Math.exp(vantHoffLnF(m.dH, m.dS, 298.15)), 1e-9, 'p_des');
    expectRel(r.summary.plateauPressureAbs as number, (r.summary.plateauPressureDes as number) * Math.exp(m.hysteresis), 1e-9, 'p_abs');
    expect(r.summary.fugacityCoefficient).toBe(1);
    expect(r.summary.dH).toBeNull();
    for (const [k, v] of Object.entries(r.summary)) if (typeof v === 'number') expect(Number.isFinite(v), k).toBe(true);
    for (const [k, s] of Object.entries(r.series)) for (const v of s) expect(Number.isNaN(v), k).toBe(false);
    expect(r.series.surface_log10p.length).toBeGreaterThanOrEqual(100 * 100);
    expect(r.series.surface_log10p.length).toBe(r.series.surface_x.length * r.series.surface_T.length);
  });

  it('real gas: the plateau pressure is the fugacity plateau divided by φ; capacity rises above 1 GPa (LaNi5 > 1.8 mass% at 2 GPa, ≈1.4 at 10 bar)', async () => {
    const r = await runWith({ gas: 'real', pMax: 2e9 });
    expect(r.summary.capacityMass as number).toBeGreaterThan(1.8);
    expect(r.summary.fugacityCoefficient as number).toBeGreaterThan(1e4);
    const low = await runWith({ gas: 'real', pMax: 1e6 });
    expectClose(low.summary.capacityMass as number, 1.4, 0.1, 'LaNi5 at 10 bar');
  });

  it('lattice model: Pd–H gives T_c = 566 K, plateau ends from Maxwell, no plateau above T_c (null, not NaN)', async () => {
    const r = await runWith({ material: 'PdH', model: 'lattice', T: 298.15, pMin: 1, pMax: 1e7 });
    expect(r.summary.criticalT).toBe(566);
    expect(r.summary.plateauStart as number).toBeLessThan(r.summary.plateauEnd as number);
    const hot = await runWith({ material: 'PdH', model: 'lattice', T: 600, pMin: 1, pMax: 1e7 });
    expect(hot.summary.plateauPressureDes).toBeNull();
    expect(hot.summary.plateauStart).toBeNull();
  });

  it('fits pasted data: van \'t Hoff ΔH, ΔS from synthetic flat plateaus (rel 1e-3) with standard errors', async () => {
    const dH = -30000;
    const dS = -105;
    const lines = ['T,p[Pa],HM,dir'];
    for (const T of [290, 310, 330, 350]) for (const x of [0.3, 0.5, 0.7]) lines.push(`${T},${1e5 * Math.exp(vantHoffLnF(dH, dS, T))},${x},des`);
    const r = await runWith({ gas: 'ideal', pMax: 1e7, data: lines.join('\n') });
    expectRel(r.summary.dH as number, dH, 1e-3, 'dH');
    expectRel(r.summary.dS as number, dS, 1e-3, 'dS');
    expect(typeof r.summary.dHStdErr).toBe('number');
    expect(r.series.fitResiduals.length).toBe(12);
  });

  it('an aborted signal makes run reject with CancelledError', async () => {
    await expect(runWith({}, { aborted: true })).rejects.toBeInstanceOf(CancelledError);
  });

  it('every preset validates and names a source', async () => {
    for (const p of model.presets) {
      expect(p.source.length).toBeGreaterThan(20);
      expect(await issuesOf(p.values)).toEqual([]);
    }
  });
});
