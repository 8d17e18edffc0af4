/**
 * The hydrogen model's run: checks the inputs only the run can judge, then computes the isotherms
 * at T, the plateau and capacity figures, the family of isotherms around T, the van 't Hoff lines
 * and coexistence dome, the PCT surface for the 3D view and the optional fit of measured data,
 * reporting partial results between the stages.
 */
import { Chunker, throwIfAborted } from '../../core/cooperative';
import { InvalidParamsError, type ModelResult, type RunContext } from '../../core/model';
import { reversibleMassPercent, massPercent, volumetricCapacity, type AlloyMass } from './capacity';
import { compositionAtPressure, isothermPair, pressureAtLnF } from './curves';
import { fitData, NO_FIT } from './dataFit';
import { temperatureWindow, vantHoffAndDome } from './dome';
import { equilibriumAt, type Equilibrium, type HydrideParams, type IsothermModel } from './equilibrium';
import { gasValidUpTo, isExtrapolated, lnPhi, type GasModel } from './gas';
import { LEACHMAN_TMAX } from './leachman';
import { resolveMaterial } from './materials';
import { meltingPressure } from './melting';
import type { HydrogenParams } from './params';
import { plateauParamsProblem, type MultiPlateauParams } from './plateau';
import { cachedSurface } from './surfaceCache';

/** Points per isotherm on the pressure grid. */
export const ISOTHERM_POINTS = 400;

/** Material as the run uses it: isotherm parameters and the alloy data for capacities. */
type RunMaterial = HydrideParams & MultiPlateauParams & AlloyMass;

/** Throws `InvalidParamsError` for inputs the specs cannot judge alone: pressure order, solid H₂, an impossible custom plateau. */
function checkInputs(p: HydrogenParams): void {
  if (!(p.pMax > p.pMin)) throw new InvalidParamsError('pMax', 'pMax: must be greater than pMin');
  for (const [pk, tk] of [
    ['pMax', 'T'],
    ['pCharge', 'TCharge'],
    ['pDischarge', 'TDischarge'],
  ] as const) {
    const pm = meltingPressure(p[tk]);
    if (p[pk] > pm) {
      throw new InvalidParamsError(pk, `${pk}: ${(p[pk] / 1e9).toPrecision(3)} GPa exceeds the melting pressure of H₂ at ${p[tk]} K (${(pm / 1e9).toPrecision(3)} GPa, Datchi et al. 2000); hydrogen would be solid`);
    }
  }
  if (p.material === 'custom' && p.model === 'plateau') {
    const problem = plateauParamsProblem({ ...resolveMaterial(p) });
    if (problem) throw new InvalidParamsError(problem.slice(0, problem.indexOf(':')), problem);
  }
}

/** Summary of every plateau at the isotherm's T: count, desorption and absorption pressures (Pa, null beyond 6 GPa), and whether two plateaus were joined. */
function plateauList(eq: Equilibrium, gas: GasModel): ModelResult['summary'] {
  return {
    plateauCount: eq.plateaus.length,
    plateaus: eq.plateaus.map((q) => pressureAtLnF(gas, q.lnfDes, eq.T)),
    plateausAbs: eq.plateaus.map((q) => pressureAtLnF(gas, q.lnfAbs, eq.T)),
    plateausJoined: eq.joined,
  };
}

/** Per-plateau series (one entry per plateau): pressures (Pa, NaN beyond 6 GPa) and H/M limits, desorption and absorption. */
function plateauSeries(eq: Equilibrium, gas: GasModel): ModelResult['series'] {
  const at = (v: number) => pressureAtLnF(gas, v, eq.T) ?? NaN;
  return {
    plateau_pDes: Float64Array.from(eq.plateaus, (q) => at(q.lnfDes)),
    plateau_pAbs: Float64Array.from(eq.plateaus, (q) => at(q.lnfAbs)),
    plateau_xDesStart: Float64Array.from(eq.plateaus, (q) => q.xDesStart),
    plateau_xDesEnd: Float64Array.from(eq.plateaus, (q) => q.xDesEnd),
    plateau_xAbsStart: Float64Array.from(eq.plateaus, (q) => q.xAbsStart),
    plateau_xAbsEnd: Float64Array.from(eq.plateaus, (q) => q.xAbsEnd),
  };
}

/** The isotherms at T (H/M against Pa, and mass%), the first plateau, every plateau, and the capacity and gas figures at pMax. */
function mainIsotherm(p: HydrogenParams, model: IsothermModel, mat: RunMaterial, gas: GasModel): ModelResult {
  const { eq, des, abs } = isothermPair(model, mat, gas, p.T, p.pMin, p.pMax, ISOTHERM_POINTS);
  const series: ModelResult['series'] = {
    isotherm_des_x: des.x,
    isotherm_des_p: des.p,
    isotherm_des_extrapolated: des.extrapolated,
    isotherm_abs_x: abs.x,
    isotherm_abs_p: abs.p,
    isotherm_abs_extrapolated: abs.extrapolated,
    isotherm_des_massPercent: des.x.map((x) => massPercent(x, mat)),
    ...plateauSeries(eq, gas),
  };
  const pl = eq.plateau;
  const xAtPMax = compositionAtPressure(eq, gas, p.pMax, true);
  const pMelt = meltingPressure(p.T);
  const summary: ModelResult['summary'] = {
    plateauPressureAbs: pl ? pressureAtLnF(gas, pl.lnfAbs, p.T) : null,
    plateauPressureDes: pl ? pressureAtLnF(gas, pl.lnfDes, p.T) : null,
    plateauStart: pl ? pl.xDesStart : null,
    plateauEnd: pl ? pl.xDesEnd : null,
    plateauStartAbs: pl ? pl.xAbsStart : null,
    plateauEndAbs: pl ? pl.xAbsEnd : null,
    ...plateauList(eq, gas),
    capacityHM: xAtPMax,
    capacityMass: massPercent(xAtPMax, mat),
    capacityVolumetric: volumetricCapacity(xAtPMax, mat),
    criticalT: model === 'lattice' ? mat.criticalT : null,
    fugacityCoefficient: Math.exp(lnPhi(gas, p.pMax, p.T, true)),
    meltingPressure: Number.isFinite(pMelt) ? pMelt : null,
    gasValidUpTo: gas === 'ideal' ? null : gasValidUpTo(gas),
    extrapolated: isExtrapolated(gas, p.pMax, p.T) || p.T > LEACHMAN_TMAX,
  };
  return { summary, series };
}

/** Reversible capacity between charge (absorption at pCharge, TCharge) and discharge (desorption at pDischarge, TDischarge): H/M, mass% and kg H₂/m³. */
function reversibleCapacity(p: HydrogenParams, model: IsothermModel, mat: RunMaterial, gas: GasModel): ModelResult['summary'] {
  const xCharge = compositionAtPressure(equilibriumAt(model, mat, p.TCharge), gas, p.pCharge, true);
  const xDischarge = compositionAtPressure(equilibriumAt(model, mat, p.TDischarge), gas, p.pDischarge, false);
  const dx = Math.max(0, xCharge - xDischarge);
  return {
    chargeHM: xCharge,
    dischargeHM: xDischarge,
    reversibleCapacityHM: dx,
    reversibleCapacityMass: reversibleMassPercent(xCharge, xCharge - dx, mat),
    reversibleCapacityVolumetric: volumetricCapacity(dx, mat),
  };
}

/** Temperatures (K) of the isotherm family: T ± 20 K and ± 40 K within 100–1200 K. */
export function familyTemperatures(T: number): number[] {
  return [-40, -20, 20, 40].map((d) => T + d).filter((t) => t >= 100 && t <= 1200);
}

/** Runs the model: isotherms, plateau, capacities, van 't Hoff line, dome, surface and the optional fit. */
export async function run(p: HydrogenParams, ctx: RunContext = {}): Promise<ModelResult> {
  throwIfAborted(ctx.signal);
  checkInputs(p);
  const chunker = new Chunker({ signal: ctx.signal });
  const model = p.model as IsothermModel;
  const gas = p.gas as GasModel;
  const mat = resolveMaterial(p);
  const { summary, series } = mainIsotherm(p, model, mat, gas);
  Object.assign(summary, reversibleCapacity(p, model, mat, gas));
  const progress = (fraction: number) => {
    if (ctx.onProgress && chunker.shouldReport()) ctx.onProgress({ fraction, partial: { summary: { ...summary }, series: { ...series } } });
  };
  progress(0.2);
  throwIfAborted(ctx.signal);

  const familyT = familyTemperatures(p.T);
  series.familyTemperatures = Float64Array.from(familyT);
  for (const [k, Tk] of familyT.entries()) {
    if (chunker.due()) await chunker.pause();
    const { des, abs } = isothermPair(model, mat, gas, Tk, p.pMin, p.pMax, ISOTHERM_POINTS);
    Object.assign(series, { [`family${k}_des_x`]: des.x, [`family${k}_des_p`]: des.p, [`family${k}_abs_x`]: abs.x, [`family${k}_abs_p`]: abs.p });
    progress(0.2 + (0.3 * (k + 1)) / familyT.length);
  }

  Object.assign(series, await vantHoffAndDome(model, mat, gas, p.T, chunker));
  if (chunker.due()) await chunker.pause();
  progress(0.6);

  const { tMin, tMax } = temperatureWindow(model, mat, p.T);
  const surface = cachedSurface({ model, params: mat, gas, pMin: p.pMin, pMax: p.pMax, tMin, tMax });
  Object.assign(series, { surface_x: surface.x, surface_T: surface.T, surface_log10p: surface.log10p });
  if (chunker.due()) await chunker.pause();
  progress(0.75);

  if (p.data.trim() === '') {
    Object.assign(summary, NO_FIT);
    return { summary, series };
  }
  const fit = await fitData(p.data, model, mat, gas, chunker);
  return { summary: Object.assign(summary, fit.summary), series: Object.assign(series, fit.series) };
}
