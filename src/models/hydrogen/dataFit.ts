/**
 * Fit of measured PCT data (the `data` parameter): reads the CSV, fits a van 't Hoff line through
 * the plateaus found at two or more temperatures (desorption preferred), then fits the isotherm
 * model to every point by least squares, started from the van 't Hoff result.
 */
import type { Chunker } from '../../core/cooperative';
import { GAS_CONSTANT } from '../../core/constants';
import type { ModelResult } from '../../core/model';
import { hmFromMassPercent, type AlloyMass } from './capacity';
import { parsePctCsv } from './csv';
import type { HydrideParams, IsothermModel } from './equilibrium';
import { fitIsotherm, reducedFugacity, type FitPoint } from './fit';
import type { GasModel } from './gas';
import { plateauGroups, plateauMean } from './plateauSelect';
import { vantHoffFit, type VantHoffFit } from './vantHoff';

/** Summary keys of the fit, all null when there is no data (or no van 't Hoff fit). */
export const NO_FIT: ModelResult['summary'] = { dH: null, dS: null, dHStdErr: null, dSStdErr: null, vantHoffDof: null, vantHoffPoints: null, vantHoffErrorSource: null, vantHoffBirge: null, vantHoffCover2: null, vantHoffXMean: null, fitDirection: null, lsqDH: null, lsqDS: null, lsqRms: null };

/**
 * Fits CSV `data` with `model` under `gas`, starting from material `mat`: summary (ΔH J/mol, ΔS
 * J/(mol K), their standard errors, least-squares ΔH, ΔS and rms in H/M) and series `data_*`,
 * `vantHoffData_*`, `vantHoffFit_lnF`, `fitResiduals`. Malformed data throws `InvalidParamsError`
 * on `data`.
 */
export async function fitData(data: string, model: IsothermModel, mat: HydrideParams & AlloyMass, gas: GasModel, chunker: Chunker): Promise<ModelResult> {
  const summary: ModelResult['summary'] = { ...NO_FIT };
  const series: ModelResult['series'] = {};
  const set = await parsePctCsv(data);
  const points: FitPoint[] = set.rows.map((r) => ({
    line: r.line,
    T: r.T,
    v: reducedFugacity(gas, r.p, r.T),
    x: set.massPercent ? hmFromMassPercent(r.composition, mat) : r.composition,
    absorption: r.absorption,
  }));
  series.data_T = Float64Array.from(set.rows, (r) => r.T);
  series.data_p = Float64Array.from(set.rows, (r) => r.p);
  series.data_x = Float64Array.from(points, (q) => q.x);
  series.data_abs = Float64Array.from(set.rows, (r) => (r.absorption ? 1 : 0));
  const groups = plateauGroups(points);
  const useDes = groups.filter((g) => !g.absorption).length >= 2;
  const chosen = groups.filter((g) => g.absorption !== useDes);
  let vh: VantHoffFit | null = null;
  if (chosen.length >= 2) {
    const fit = vantHoffFit(chosen);
    vh = fit;
    Object.assign(summary, { dH: fit.dH, dS: fit.dS, dHStdErr: fit.dHStdErr, dSStdErr: fit.dSStdErr, vantHoffDof: fit.dof, vantHoffPoints: fit.n, vantHoffErrorSource: fit.errorSource, vantHoffBirge: fit.birgeRatio, vantHoffCover2: fit.coverage2, vantHoffXMean: fit.xMean, fitDirection: useDes ? 'des' : 'abs' });
    series.vantHoffData_invT = Float64Array.from(chosen, (g) => 1 / g.T);
    series.vantHoffData_lnF = Float64Array.from(chosen, plateauMean);
    series.vantHoffFit_lnF = Float64Array.from(chosen, (g) => fit.dH / (GAS_CONSTANT * g.T) - fit.dS / GAS_CONSTANT);
  }
  if (chunker.due()) await chunker.pause();
  const start: HydrideParams = { ...mat };
  if (vh) {
    start.dH = vh.dH;
    // an absorption-only fit gives the absorption plateau; the model's ΔS is the desorption one
    start.dS = useDes ? vh.dS : vh.dS + GAS_CONSTANT * mat.hysteresis;
  }
  const lsq = fitIsotherm(points, model, start, vh === null);
  series.fitResiduals = lsq.residuals;
  summary.lsqDH = lsq.params.dH;
  summary.lsqDS = lsq.params.dS;
  summary.lsqRms = lsq.rms;
  return { summary, series };
}
