/**
 * Fit of measured CSV data (dataFit.ts), with the ideal gas so ln(f/p°) = ln(p/1 bar): the data
 * series echo the rows (mass% converted to H/M), the summary and van 't Hoff series are those of
 * the plateau selection and van 't Hoff fit of the same points, desorption is used when it has
 * plateaus at two or more temperatures (else absorption), one temperature gives no van 't Hoff fit
 * and a least-squares fit with ΔH held at the material's, and the chunker is paused only when due.
 */
import { describe, expect, it } from 'vitest';
import { Chunker } from '../../../../src/core/cooperative';
import { GAS_CONSTANT } from '../../../../src/core/constants';
import { massPercent } from '../../../../src/models/hydrogen/capacity';
import { fitData, NO_FIT } from '../../../../src/models/hydrogen/dataFit';
import { fitIsotherm, type FitPoint } from '../../../../src/models/hydrogen/fit';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';
import { plateauGroups, plateauMean } from '../../../../src/models/hydrogen/plateauSelect';
import { vantHoffFit } from '../../../../src/models/hydrogen/vantHoff';
import { syntheticSet } from './fitSynthetic';
import { expectRel } from './helpers';

const mat = { ...MATERIALS.LaNi5 };
const COMPOSITIONS = [0.04, 0.2, 0.35, 0.5, 0.65, 0.8, 1.1];
/** Seeded desorption points at the given temperatures, 2 % noise in p. */
const des = (temperatures: number[], seed = 7) => syntheticSet(seed, { temperatures, compositions: COMPOSITIONS, sigma: 0.02 });
/** The same points as absorption, their plateau higher by ln-ratio h. */
const asAbs = (pts: FitPoint[], h: number) => pts.map((p) => ({ ...p, v: p.v + h, absorption: true }));
/** CSV text (K, Pa, H/M, direction) of the points: p = 1 bar · e^v. */
const csv = (pts: readonly FitPoint[]) => ['T,p,H/M,dir', ...pts.map((p) => `${p.T},${1e5 * Math.exp(p.v)},${p.x},${p.absorption ? 'abs' : 'des'}`)].join('\n');
/** A chunker that reports `due` as given and counts its pauses. */
function countingChunker(due: boolean) {
  const c = new Chunker();
  let pauses = 0;
  c.due = () => due;
  c.pause = () => {
    pauses++;
    return Promise.resolve();
  };
  return { chunker: c, pauses: () => pauses };
}
const fit = (pts: readonly FitPoint[]) => fitData(csv(pts), 'plateau', mat, 'ideal', new Chunker());

describe('fitData', () => {
  it('series data_*: the rows as given (T, p, H/M, 1 for absorption)', async () => {
    const pts = [...des([293, 313]), ...asAbs(des([293]), 0.1)];
    const r = await fit(pts);
    expect([...r.series.data_T]).toEqual(pts.map((p) => p.T));
    pts.forEach((p, i) => expectRel(r.series.data_p[i], 1e5 * Math.exp(p.v), 1e-15, `p ${i}`));
    expect([...r.series.data_x]).toEqual(pts.map((p) => p.x));
    expect([...r.series.data_abs]).toEqual(pts.map((p) => (p.absorption ? 1 : 0)));
    expect(r.series.fitResiduals.length).toBe(pts.length);
  });

  it('a mass% column is converted to H/M with the material', async () => {
    const pts = des([293, 313]);
    const text = ['T,p,wt%', ...pts.map((p) => `${p.T},${1e5 * Math.exp(p.v)},${massPercent(p.x, mat)}`)].join('\n');
    const r = await fitData(text, 'plateau', mat, 'ideal', new Chunker());
    pts.forEach((p, i) => expectRel(r.series.data_x[i], p.x, 1e-12, `x ${i}`));
  });

  it("desorption at three temperatures: the summary and van 't Hoff series are those of the plateau selection and fit of the points", async () => {
    const pts = des([293, 313, 333]);
    const r = await fit(pts);
    const groups = plateauGroups(pts);
    const vh = vantHoffFit(groups);
    const s = r.summary;
    expectRel(s.dH as number, vh.dH, 1e-9, 'dH');
    expectRel(s.dS as number, vh.dS, 1e-9, 'dS');
    expectRel(s.dHStdErr as number, vh.dHStdErr!, 1e-6, 'dHStdErr');
    expectRel(s.dSStdErr as number, vh.dSStdErr!, 1e-6, 'dSStdErr');
    expect(s.vantHoffDof).toBe(vh.dof);
    expect(s.vantHoffPoints).toBe(vh.n);
    expect(s.vantHoffErrorSource).toBe(vh.errorSource);
    expect(s.vantHoffBirge === null ? null : (s.vantHoffBirge as number).toPrecision(6)).toBe(vh.birgeRatio === null ? null : vh.birgeRatio.toPrecision(6));
    expectRel(s.vantHoffCover2 as number, vh.coverage2!, 1e-9, 'coverage');
    expectRel(s.vantHoffXMean as number, vh.xMean, 1e-12, 'xMean');
    expect(s.fitDirection).toBe('des');
    expect([...r.series.vantHoffData_invT]).toEqual(groups.map((g) => 1 / g.T));
    groups.forEach((g, i) => {
      expectRel(r.series.vantHoffData_lnF[i], plateauMean(g), 1e-12, `plateau mean ${i}`);
      expectRel(r.series.vantHoffFit_lnF[i], vh.dH / (GAS_CONSTANT * g.T) - vh.dS / GAS_CONSTANT, 1e-9, `line ${i}`);
    });
    // the least-squares fit starts from the van 't Hoff ΔH, ΔS
    const lsq = fitIsotherm(pts, 'plateau', { ...mat, dH: vh.dH, dS: vh.dS });
    expectRel(s.lsqDH as number, lsq.params.dH, 1e-6, 'lsqDH');
    expectRel(s.lsqDS as number, lsq.params.dS, 1e-6, 'lsqDS');
    expectRel(s.lsqRms as number, lsq.rms, 1e-6, 'lsqRms');
    // within 5 % of the truth (−30.8 kJ/mol, −108 J/(mol K))
    expectRel(s.lsqDH as number, -30800, 0.05, 'lsqDH against the truth');
  });

  it('desorption plateaus at exactly two temperatures beside absorption at three: desorption is fitted', async () => {
    const d = des([293, 313]);
    const r = await fit([...d, ...asAbs(des([293, 313, 333], 8), 0.3)]);
    expect(r.summary.fitDirection).toBe('des');
    expectRel(r.summary.dH as number, vantHoffFit(plateauGroups(d)).dH, 1e-9, 'dH of the desorption plateaus');
    expect(r.series.vantHoffData_invT.length).toBe(2);
  });

  it('desorption at one temperature, absorption at two: absorption is fitted', async () => {
    const a = asAbs(des([293, 333], 9), 0.3);
    const r = await fit([...des([313]), ...a]);
    expect(r.summary.fitDirection).toBe('abs');
    expectRel(r.summary.dH as number, vantHoffFit(plateauGroups(a)).dH, 1e-9, 'dH of the absorption plateaus');
    expect([...r.series.vantHoffData_invT]).toEqual([1 / 293, 1 / 333]);
  });

  it("the least-squares fit starts from the van 't Hoff line: a material 30 kJ/mol off still gives the truth (from the material's values the fit stalls at rms 0.19)", async () => {
    const far = { ...mat, dH: -60000, dS: -150 };
    const r = await fitData(csv(des([293, 313, 333])), 'plateau', far, 'ideal', new Chunker());
    expectRel(r.summary.lsqDH as number, -30800, 0.03, 'lsqDH');
    expect(r.summary.lsqRms as number).toBeLessThan(0.1);
  });

  it("absorption only, hysteresis 3: the fit starts from the desorption ΔS (van 't Hoff ΔS + R h) and reaches the truth", async () => {
    const h3 = { ...mat, hysteresis: 3 };
    const r = await fitData(csv(asAbs(des([293, 313, 333]), 3)), 'plateau', h3, 'ideal', new Chunker());
    expect(r.summary.fitDirection).toBe('abs');
    // the absorption plateaus' own ΔS is lower by R h
    expectRel(r.summary.dS as number, -108 - GAS_CONSTANT * 3, 0.03, 'van t Hoff dS of absorption');
    expectRel(r.summary.lsqDS as number, -108, 0.03, 'lsqDS');
    expect(r.summary.lsqRms as number).toBeLessThan(0.1);
  });

  it("one temperature: no van 't Hoff fit (its keys null, no van 't Hoff series) and the least-squares fit keeps the material's ΔH", async () => {
    const r = await fit(des([313]));
    for (const k of Object.keys(NO_FIT).filter((k) => !k.startsWith('lsq'))) expect(r.summary[k], k).toBeNull();
    expect(r.series.vantHoffData_invT).toBeUndefined();
    expect(r.summary.lsqDH).toBe(mat.dH);
    expect(r.summary.lsqRms as number).toBeLessThan(0.05);
  });

  it('NO_FIT has every fit key, all null', () => {
    expect(Object.keys(NO_FIT).sort()).toEqual(['dH', 'dHStdErr', 'dS', 'dSStdErr', 'fitDirection', 'lsqDH', 'lsqDS', 'lsqRms', 'vantHoffBirge', 'vantHoffCover2', 'vantHoffDof', 'vantHoffErrorSource', 'vantHoffPoints', 'vantHoffXMean']);
    expect(Object.values(NO_FIT).every((v) => v === null)).toBe(true);
  });

  it('pauses the chunker once when it is due, never when it is not', async () => {
    const text = csv(des([293, 313]));
    const due = countingChunker(true);
    await fitData(text, 'plateau', mat, 'ideal', due.chunker);
    expect(due.pauses()).toBe(1);
    const idle = countingChunker(false);
    await fitData(text, 'plateau', mat, 'ideal', idle.chunker);
    expect(idle.pauses()).toBe(0);
  });
});
