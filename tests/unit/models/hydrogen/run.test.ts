/**
 * The hydrogen run (run.ts) on the ideal gas, where f = p: inputs refused before any work (pressure
 * order, solid H₂ at each pressure's temperature, an impossible custom plateau, a cancelled run);
 * the summary read off the equilibrium at T (plateau pressures and ends, capacity at pMax in H/M,
 * mass% and kg/m³, the gas figures); the reversible capacity between charge and discharge; the
 * isotherm, per-plateau and family series; the fit keys null without data and filled with it;
 * progress after each stage with snapshots of the results so far, a pause between stages when the
 * chunker is due, and cancellation at the first stage boundary after an abort. The chunker's clock
 * is overridden (`chunker` below), so no test depends on how long a stage takes.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultsOf, InvalidParamsError } from '../../../../src/core/model';
import model, { type HydrogenParams } from '../../../../src/models/hydrogen';
import { massPercent, reversibleMassPercent, volumetricCapacity } from '../../../../src/models/hydrogen/capacity';
import { compositionAtPressure, isothermPair } from '../../../../src/models/hydrogen/curves';
import { NO_FIT } from '../../../../src/models/hydrogen/dataFit';
import { equilibriumAt } from '../../../../src/models/hydrogen/equilibrium';
import { lnPhi } from '../../../../src/models/hydrogen/gas';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { meltingPressure } from '../../../../src/models/hydrogen/melting';
import { familyTemperatures, ISOTHERM_POINTS, run } from '../../../../src/models/hydrogen/run';
import { vantHoffAndDome } from '../../../../src/models/hydrogen/dome';
import { Chunker } from '../../../../src/core/cooperative';
import { syntheticSet } from './fitSynthetic';
import { expectClose, expectRel } from './helpers';

/** Overrides of the run's Chunker (undefined: its own clock) and a log of its pauses and the progress reports. */
const chunker = vi.hoisted(() => ({ due: undefined as boolean | undefined, report: undefined as boolean | undefined, log: [] as string[] }));
vi.mock('../../../../src/core/cooperative', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../../src/core/cooperative')>();
  class Chunker extends real.Chunker {
    override due(): boolean {
      return chunker.due ?? super.due();
    }
    override shouldReport(): boolean {
      return chunker.report ?? super.shouldReport();
    }
    override async pause(): Promise<void> {
      chunker.log.push('pause');
      await super.pause();
    }
  }
  return { ...real, Chunker };
});

const base: HydrogenParams = { ...defaultsOf(model), gas: 'ideal', pMax: 1e7 };
const TIMEOUT = 60_000;
const lani5 = MATERIALS.LaNi5;

/** The refusal of `run` with `over`: field and message. */
async function refusal(over: Partial<HydrogenParams>) {
  const e: unknown = await run({ ...base, ...over } as HydrogenParams).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InvalidParamsError);
  return { field: (e as InvalidParamsError).field, message: (e as Error).message };
}

describe('run: inputs refused before any work', () => {
  it('pMax not above pMin', async () => {
    expect(await refusal({ pMin: 1e6, pMax: 1e6 })).toEqual({ field: 'pMax', message: 'pMax: must be greater than pMin' });
  });

  it('a pressure above the melting pressure at its temperature, named with both pressures in GPa; at the melting pressure it runs on', async () => {
    const pm = meltingPressure(150);
    expect(await refusal({ gas: 'real', T: 150, pMax: 2e9 })).toEqual({
      field: 'pMax',
      message: `pMax: 2.00 GPa exceeds the melting pressure of H₂ at 150 K (${(pm / 1e9).toPrecision(3)} GPa, Datchi et al. 2000); hydrogen would be solid`,
    });
    expect((await refusal({ TCharge: 150, pCharge: 2e9 })).field).toBe('pCharge');
    expect((await refusal({ TDischarge: 150, pDischarge: 2e9 })).message).toMatch(/^pDischarge: 2\.00 GPa exceeds the melting pressure of H₂ at 150 K/);
    // refused at the check, not by a later stage: pMin above pMax is reported first
    expect((await refusal({ pMin: 1e8, pMax: 1e7, TCharge: 150, pCharge: 2e9 })).field).toBe('pMax');
  });

  it('a custom plateau material the plateau model cannot draw: refused on the field its problem names', async () => {
    const bad = await refusal({ material: 'custom', model: 'plateau', alphaMax: 0.5, betaMin: 0.4 });
    expect(bad).toEqual({ field: 'alphaMax', message: 'alphaMax: the α limit must be positive and below betaMin' });
    expect(await refusal({ material: 'custom', model: 'plateau', alphaMax: 0.1, betaMin: 1.3, maxHM: 1.2 })).toEqual({ field: 'betaMin', message: 'betaMin: the β onset must lie below maxHM' });
  }, TIMEOUT);

  it('the same limits are no concern of the lattice model; a valid custom plateau material runs', async () => {
    const lat = await run({ ...base, material: 'custom', model: 'lattice', alphaMax: 0.5, betaMin: 0.4 });
    expect(lat.summary.criticalT).toBe(base.criticalT);
    const ok = await run({ ...base, material: 'custom', model: 'plateau', alphaMax: 0.1, betaMin: 0.9, maxHM: 1.2 });
    expect(ok.summary.plateauStart).toBe(0.1);
  }, TIMEOUT);

  it('pMax at the melting pressure exactly is allowed', async () => {
    const r = await run({ ...base, gas: 'real', T: 150, TCharge: 150, TDischarge: 150, pMin: 1e5, pMax: meltingPressure(150) });
    expect(r.summary.meltingPressure).toBe(meltingPressure(150));
  }, TIMEOUT);

  it('an aborted signal: cancelled before anything is computed', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(run(base, { signal: ac.signal })).rejects.toMatchObject({ name: 'CancelledError' });
  });
});

describe('run: results (ideal gas, LaNi₅, plateau model)', () => {
  it('summary at T: plateau pressures and ends, capacity at pMax, gas figures; fit keys null without data', async () => {
    const r = await run({ ...base, data: ' \n ' });
    const eq = equilibriumAt('plateau', lani5, base.T);
    const q = eq.plateau!;
    const s = r.summary;
    expectRel(s.plateauPressureDes as number, 1e5 * Math.exp(q.lnfDes), 1e-12, 'plateauPressureDes');
    expectRel(s.plateauPressureAbs as number, 1e5 * Math.exp(q.lnfAbs), 1e-12, 'plateauPressureAbs');
    expect([s.plateauStart, s.plateauEnd, s.plateauStartAbs, s.plateauEndAbs]).toEqual([q.xDesStart, q.xDesEnd, q.xAbsStart, q.xAbsEnd]);
    expect(s.plateauCount).toBe(1);
    expect(s.plateausJoined).toBe(false);
    expectRel((s.plateaus as number[])[0], 1e5 * Math.exp(q.lnfDes), 1e-12, 'plateaus[0]');
    expectRel((s.plateausAbs as number[])[0], 1e5 * Math.exp(q.lnfAbs), 1e-12, 'plateausAbs[0]');
    const x = eq.composition(Math.log(100), true);
    expectClose(s.capacityHM as number, x, 1e-12, 'capacityHM');
    expectClose(s.capacityMass as number, massPercent(x, lani5), 1e-12, 'capacityMass');
    expectClose(s.capacityVolumetric as number, volumetricCapacity(x, lani5), 1e-9, 'capacityVolumetric');
    expect(s.criticalT).toBeNull();
    expect(s.fugacityCoefficient).toBe(1);
    expectRel(s.meltingPressure as number, meltingPressure(base.T), 1e-12, 'meltingPressure');
    expect(s.gasValidUpTo).toBeNull();
    // the ideal gas is extrapolated above 1 MPa
    expect(s.extrapolated).toBe(true);
    for (const k of Object.keys(NO_FIT)) expect(s[k], k).toBeNull();
  }, TIMEOUT);

  it('reversible capacity: absorption at pCharge, TCharge minus desorption at pDischarge, TDischarge; none when discharge holds more', async () => {
    const over = { pCharge: 3e6, TCharge: 290, pDischarge: 5e4, TDischarge: 330 };
    const r = await run({ ...base, ...over });
    const xc = compositionAtPressure(equilibriumAt('plateau', lani5, 290), 'ideal', 3e6, true);
    const xd = compositionAtPressure(equilibriumAt('plateau', lani5, 330), 'ideal', 5e4, false);
    expect(r.summary.chargeHM).toBe(xc);
    expect(r.summary.dischargeHM).toBe(xd);
    expectClose(r.summary.reversibleCapacityHM as number, xc - xd, 1e-12, 'H/M');
    expectClose(r.summary.reversibleCapacityMass as number, reversibleMassPercent(xc, xd, lani5), 1e-12, 'mass%');
    expectClose(r.summary.reversibleCapacityVolumetric as number, volumetricCapacity(xc - xd, lani5), 1e-9, 'kg/m³');
    expect(xc - xd).toBeGreaterThan(0.5);
    const none = await run({ ...base, pCharge: 1e3, TCharge: 330, pDischarge: 1e6, TDischarge: 290 });
    expect(none.summary.reversibleCapacityHM).toBe(0);
    expect(none.summary.reversibleCapacityMass).toBe(0);
    expect(none.summary.reversibleCapacityVolumetric).toBe(0);
  }, TIMEOUT);

  it('series: the isotherm pair at T, mass% of the desorption branch, per-plateau figures, the family at T ± 20, ± 40 K within 100–1200 K', async () => {
    const T = 130;
    const r = await run({ ...base, T, TCharge: T, TDischarge: T, pMin: 1e-3, pMax: 1e3 });
    const pair = isothermPair('plateau', lani5, 'ideal', T, 1e-3, 1e3, ISOTHERM_POINTS);
    expect([...r.series.isotherm_des_x]).toEqual([...pair.des.x]);
    expect([...r.series.isotherm_abs_p]).toEqual([...pair.abs.p]);
    expect([...r.series.isotherm_abs_extrapolated]).toEqual([...pair.abs.extrapolated]);
    expect([...r.series.isotherm_des_massPercent]).toEqual([...pair.des.x].map((x) => massPercent(x, lani5)));
    const q = pair.eq.plateau!;
    expectRel(r.series.plateau_pDes[0], 1e5 * Math.exp(q.lnfDes), 1e-12, 'plateau_pDes');
    expectRel(r.series.plateau_pAbs[0], 1e5 * Math.exp(q.lnfAbs), 1e-12, 'plateau_pAbs');
    expect([r.series.plateau_xDesStart[0], r.series.plateau_xDesEnd[0], r.series.plateau_xAbsStart[0], r.series.plateau_xAbsEnd[0]]).toEqual([q.xDesStart, q.xDesEnd, q.xAbsStart, q.xAbsEnd]);
    // 130 − 40 = 90 K is below the range
    expect([...r.series.familyTemperatures]).toEqual([110, 150, 170]);
    const f0 = isothermPair('plateau', lani5, 'ideal', 110, 1e-3, 1e3, ISOTHERM_POINTS);
    expect([...r.series.family0_des_x]).toEqual([...f0.des.x]);
    expect([...r.series.family0_des_p]).toEqual([...f0.des.p]);
    expect([...r.series.family0_abs_x]).toEqual([...f0.abs.x]);
    expect([...r.series.family0_abs_p]).toEqual([...f0.abs.p]);
    expect(r.series.family2_abs_x.length).toBeGreaterThan(0);
    expect(r.series.family3_des_x).toBeUndefined();
    expect(r.series.surface_log10p.length).toBe(r.series.surface_x.length * r.series.surface_T.length);
    // below 1 MPa the ideal gas is not extrapolated
    expect(r.summary.extrapolated).toBe(false);
  }, TIMEOUT);

  it('family temperatures: T ± 20 K and ± 40 K, 100 K and 1200 K included, beyond them left out', () => {
    expect(familyTemperatures(140)).toEqual([100, 120, 160, 180]);
    expect(familyTemperatures(130)).toEqual([110, 150, 170]);
    expect(familyTemperatures(1160)).toEqual([1120, 1140, 1180, 1200]);
    expect(familyTemperatures(1170)).toEqual([1130, 1150, 1190]);
  });

  it('at low pressure: extrapolated above 1000 K only (1000 K itself is not), for the reference EOS and the ideal gas', async () => {
    const at = await run({ ...base, gas: 'real', T: 1000, TCharge: 1000, TDischarge: 1000, pMax: 1e5 });
    expect(at.summary.extrapolated).toBe(false);
    const above = await run({ ...base, gas: 'real', T: 1001, TCharge: 1001, TDischarge: 1001, pMax: 1e5 });
    expect(above.summary.extrapolated).toBe(true);
    // the ideal gas at 1 bar is within its own range, but the run's temperature is still beyond 1000 K
    const ideal = await run({ ...base, T: 1001, TCharge: 1001, TDischarge: 1001, pMax: 1e5 });
    expect(ideal.summary.extrapolated).toBe(true);
  }, TIMEOUT);

  it('inside the hysteresis loop the capacity at pMax and the charge are read on absorption, the discharge on desorption', async () => {
    const q = equilibriumAt('plateau', lani5, base.T).plateau!;
    const pMid = 1e5 * Math.exp(0.5 * (q.lnfDes + q.lnfAbs));
    const r = await run({ ...base, pMax: pMid, pCharge: pMid, pDischarge: pMid });
    expect(r.summary.capacityHM).toBeLessThan(q.xAbsStart + 1e-9);
    expect(r.summary.chargeHM).toBe(r.summary.capacityHM);
    expect(r.summary.dischargeHM as number).toBeGreaterThan(q.xDesEnd - 1e-9);
    expect(r.summary.reversibleCapacityHM).toBe(0);
  }, TIMEOUT);
});

describe('run: gas and model figures', () => {
  it('reference EOS: fugacity coefficient at pMax from the exact EOS, valid up to 2 GPa, not extrapolated at 100 MPa; lattice model: T_c reported', async () => {
    const r = await run({ ...base, gas: 'real', pMax: 1e8 });
    expectRel(r.summary.fugacityCoefficient as number, Math.exp(lnPhi('real', 1e8, base.T, true)), 1e-12, 'φ');
    expect(r.summary.gasValidUpTo).toBe(2e9);
    expect(r.summary.extrapolated).toBe(false);
    const lat = await run({ ...base, model: 'lattice' });
    expect(lat.summary.criticalT).toBe(lani5.criticalT);
    expect(lat.summary.plateauCount).toBe(1);
  }, TIMEOUT);

  it('no plateau (lattice above T_c): plateau figures null, empty plateau series; above the melting curve maximum the melting pressure is null', async () => {
    const r = await run({ ...base, model: 'lattice', T: 1150, TCharge: 1150, TDischarge: 1150, pMax: 1e5 });
    for (const k of ['plateauPressureAbs', 'plateauPressureDes', 'plateauStart', 'plateauEnd', 'plateauStartAbs', 'plateauEndAbs']) expect(r.summary[k], k).toBeNull();
    expect(r.summary.plateauCount).toBe(0);
    expect(r.series.plateau_pDes.length).toBe(0);
    expect(r.summary.meltingPressure).toBeNull();
  }, TIMEOUT);

  it('with data: the fit summary and series join the result', async () => {
    const pts = syntheticSet(3, { temperatures: [293, 313], compositions: [0.04, 0.2, 0.35, 0.5, 0.65, 0.8, 1.1], sigma: 0.02 });
    const data = pts.map((p) => `${p.T},${1e5 * Math.exp(p.v)},${p.x}`).join('\n');
    const r = await run({ ...base, data });
    expect(r.summary.fitDirection).toBe('des');
    expect(r.summary.dH as number).toBeLessThan(0);
    expect(r.series.data_T.length).toBe(pts.length);
    expect(r.series.isotherm_des_x.length).toBeGreaterThan(0);
  }, TIMEOUT);
});

describe('run: progress, pauses and cancellation (chunker clock overridden)', () => {
  it('reports 0.2 after the isotherm at T, one step per family isotherm up to 0.5, 0.6 after the dome, 0.75 after the surface; each a snapshot', async () => {
    Object.assign(chunker, { due: false, report: true, log: [] });
    const seen: { fraction: number; summary: string[]; series: string[] }[] = [];
    try {
      await run(base, { onProgress: (p) => seen.push({ fraction: p.fraction, summary: Object.keys(p.partial!.summary), series: Object.keys(p.partial!.series) }) });
    } finally {
      Object.assign(chunker, { due: undefined, report: undefined });
    }
    seen.map((p) => p.fraction).forEach((f, i) => expect(f).toBeCloseTo([0.2, 0.275, 0.35, 0.425, 0.5, 0.6, 0.75][i], 12));
    expect(seen.length).toBe(7);
    expect(seen[0].summary).toEqual(expect.arrayContaining(['plateauPressureDes', 'capacityHM', 'reversibleCapacityHM']));
    expect(seen[0].series).toContain('isotherm_des_x');
    expect(seen[0].series).not.toContain('family0_des_x');
    expect(seen[1].series).toContain('family0_des_x');
    expect(seen[1].series).not.toContain('family1_des_x');
    expect(seen[4].series).toContain('family3_abs_p');
    expect(seen[4].series.some((k) => k.startsWith('vantHoff_'))).toBe(false);
    expect(seen[5].series.some((k) => k.startsWith('vantHoff_'))).toBe(true);
    expect(seen[5].series).not.toContain('surface_x');
    expect(seen[6].series).toContain('surface_x');
    expect(seen[6].summary).not.toContain('dH');
    expect(chunker.log).toEqual([]);
  }, TIMEOUT);

  it('when the chunker is due: one pause before each family isotherm, one after the dome and one after the surface', async () => {
    Object.assign(chunker, { due: true, report: true, log: [] });
    try {
      await run(base, { onProgress: (p) => chunker.log.push(String(p.fraction)) });
    } finally {
      Object.assign(chunker, { due: undefined, report: undefined });
    }
    // the dome pauses once per temperature of its own when due; the run once more after it
    const domeLog: string[] = [];
    const counting = new Chunker();
    counting.due = () => true;
    counting.pause = () => (domeLog.push('pause'), Promise.resolve());
    await vantHoffAndDome('plateau', lani5, 'ideal', base.T, counting);
    const log = chunker.log.join(' ');
    expect(log).toBe(`0.2 pause 0.275 pause 0.35 pause 0.425 pause 0.5 ${[...domeLog, 'pause'].join(' ')} 0.6 pause 0.75`);
    expect(domeLog.length).toBeGreaterThan(1);
  }, TIMEOUT);

  /** Runs with the chunker forced to `due` and reporting, aborts at the `abortAt`-th report, expects a cancel; returns the fractions reported. */
  async function abortedAt(due: boolean, abortAt: number): Promise<number[]> {
    Object.assign(chunker, { due, report: true, log: [] });
    const ac = new AbortController();
    const fractions: number[] = [];
    try {
      const onProgress = (p: { fraction: number }) => {
        fractions.push(p.fraction);
        if (fractions.length === abortAt) ac.abort();
      };
      await expect(run(base, { signal: ac.signal, onProgress })).rejects.toMatchObject({ name: 'CancelledError' });
    } finally {
      Object.assign(chunker, { due: undefined, report: undefined });
    }
    return fractions;
  }

  it('an abort during the first report cancels the run at the next stage boundary, even when no pause is due', async () => {
    expect(await abortedAt(false, 1)).toEqual([0.2]);
  }, TIMEOUT);

  it('an abort during a family report with the chunker due: the next pause cancels the run (the chunker watches the run’s signal)', async () => {
    expect(await abortedAt(true, 2)).toEqual([0.2, 0.275]);
  }, TIMEOUT);

  it('no report without an onProgress callback, even when the chunker would report', async () => {
    Object.assign(chunker, { due: false, report: true, log: [] });
    try {
      const r = await run(base, {});
      expect(r.series.surface_x.length).toBeGreaterThan(0);
    } finally {
      Object.assign(chunker, { due: undefined, report: undefined });
    }
  }, TIMEOUT);
});
