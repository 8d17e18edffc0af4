/**
 * Pressure–composition–temperature (PCT) isotherms for hydrogen-storage materials (issue 4):
 * lattice-gas (Lacher) or engineering plateau isotherms, equilibrium set by the H₂ fugacity from
 * an ideal, Abel–Noble or Leachman (2009) gas, capacities in H/M, mass% and kg H₂/m³, and fits of
 * measured data (van 't Hoff and Levenberg–Marquardt). This file holds the parameter
 * specification, presets, the run() orchestration and the description of the output series.
 */
import { defineModel, type CrossCheck, type ModelResult, type ParamValues, type Preset, type RunContext } from '../../core/model';
import type { ParamSpec } from '../../core/params';
import { Chunker, throwIfAborted } from '../../core/cooperative';
import { GAS_CONSTANT, STANDARD_PRESSURE } from '../../core/constants';
import { linspace } from '../../core/interpolate';
import { MATERIALS, MATERIAL_IDS, type Material } from './materials';
import { equilibriumAt, latticeCapacity, type Equilibrium, type HydrideParams, type IsothermModel, type PlateauInfo } from './equilibrium';
import { isExtrapolated, gasValidUpTo, lnPhi, pressureFromFugacity, type GasModel } from './gas';
import { isothermCurve, lnPhiOnGrid, pressureGrid } from './curves';
import { cachedSurface, surfaceWindow } from './surfaceCache';
import { meltingPressure } from './melting';
import { hmFromMassPercent, massPercent, reversibleMassPercent, volumetricCapacity, type AlloyMass } from './capacity';
import { parsePctCsv } from './csv';
import { fitIsotherm, reducedFugacity, type FitPoint } from './fit';
import { plateauGroups, plateauMean, vantHoffFit, type VantHoffFit } from './vantHoff';
import { plateauParamsProblem } from './plateau';
import { LEACHMAN_TMAX } from './leachman';
import { InvalidParamsError } from '../../core/model';
import type { MultiPlateauParams } from './plateau';
import { vantHoffLnF } from './lattice';

/** Validated parameters (SI). */
export interface HydrogenParams extends ParamValues {
  material: string;
  T: number;
  model: string;
  gas: string;
  pMin: number;
  pMax: number;
  dH: number;
  dS: number;
  hysteresis: number;
  maxHM: number;
  molarMass: number;
  atomsPerFormula: number;
  density: number;
  criticalT: number;
  alphaMax: number;
  betaMin: number;
  plateauSlope: number;
  betaExponent: number;
  pCharge: number;
  TCharge: number;
  pDischarge: number;
  TDischarge: number;
  data: string;
}

const custom = (v: ParamValues) => v.material === 'custom';
const bar = { unit: 'bar', factor: 1e-5 };

/** Parameter specifications in panel order. */
export const params: readonly ParamSpec[] = [
  {
    key: 'material',
    kind: 'choice',
    label: 'Material',
    help: 'Hydride from the library (each entry cites its source) or custom parameters.',
    choices: MATERIAL_IDS.map((id) => ({ value: id, label: id === 'custom' ? 'custom' : MATERIALS[id].label })),
    default: 'LaNi5',
  },
  { key: 'T', kind: 'number', label: 'Temperature', help: 'Temperature of the isotherm.', unit: 'K', min: 100, max: 1200, default: 298.15 },
  {
    key: 'model',
    kind: 'choice',
    label: 'Isotherm model',
    help: 'lattice: Lacher mean-field lattice gas with Maxwell plateau; plateau: engineering model (Sieverts α, sloping plateau, β branch).',
    choices: [
      { value: 'plateau', label: 'engineering plateau' },
      { value: 'lattice', label: 'lattice gas (Lacher)' },
    ],
    default: 'plateau',
  },
  {
    key: 'gas',
    kind: 'choice',
    label: 'Gas model',
    help: 'Equation of state giving the H₂ fugacity: ideal, Abel–Noble (to ≈200 MPa) or the Leachman 2009 reference equation (to 2 GPa, 1000 K).',
    choices: [
      { value: 'real', label: 'reference EOS (Leachman 2009)' },
      { value: 'abel-noble', label: 'Abel–Noble' },
      { value: 'ideal', label: 'ideal gas' },
    ],
    default: 'real',
  },
  { key: 'pMin', kind: 'number', label: 'Lowest pressure', help: 'Lower end of the logarithmic pressure axis.', unit: 'Pa', display: bar, min: 1e-3, max: 1e9, default: 100, log: true },
  { key: 'pMax', kind: 'number', label: 'Highest pressure', help: 'Upper end of the pressure axis; capacityMass is read here. Beyond 2 GPa the reference EOS is extrapolated; above the H₂ melting pressure the run is refused.', unit: 'Pa', display: bar, min: 1, max: 5e9, default: 2e9, log: true },
  { key: 'dH', kind: 'number', label: 'ΔH (formation)', help: 'Plateau formation enthalpy per mol H₂ (desorption branch), negative.', unit: 'J/mol', display: { unit: 'kJ/mol', factor: 1e-3 }, min: -300000, max: -1000, default: -30800, visibleWhen: custom, group: 'custom material' },
  { key: 'dS', kind: 'number', label: 'ΔS (formation)', help: 'Plateau formation entropy per mol H₂ (desorption branch), negative.', unit: 'J/(mol K)', min: -400, max: -5, default: -108, visibleWhen: custom, group: 'custom material' },
  { key: 'hysteresis', kind: 'number', label: 'Hysteresis ln(p_abs/p_des)', help: 'Logarithmic ratio of absorption to desorption plateau pressure.', unit: '', min: 0, max: 5, default: 0.15, visibleWhen: custom, group: 'custom material' },
  { key: 'maxHM', kind: 'number', label: 'Maximum H/M', help: 'Saturation composition (plateau model: limit of the β branch; lattice model: number of sites per metal atom).', unit: '', min: 0.05, max: 4, default: 1.2, visibleWhen: custom, group: 'custom material' },
  { key: 'molarMass', kind: 'number', label: 'Molar mass', help: 'Molar mass per formula unit of the H-free alloy.', unit: 'kg/mol', display: { unit: 'g/mol', factor: 1e3 }, min: 1e-3, max: 5, default: 0.43237, visibleWhen: custom, group: 'custom material' },
  { key: 'atomsPerFormula', kind: 'number', label: 'Metal atoms per formula unit', help: 'Metal atoms in one formula unit (LaNi5: 6), for mass% conversion.', unit: '', min: 1, max: 50, default: 6, visibleWhen: custom, group: 'custom material' },
  { key: 'density', kind: 'number', label: 'Alloy density', help: 'Density of the H-free alloy, for the volumetric capacity.', unit: 'kg/m^3', display: { unit: 'g/cm^3', factor: 1e-3 }, min: 500, max: 25000, default: 8300, visibleWhen: custom, group: 'custom material' },
  { key: 'criticalT', kind: 'number', label: 'Critical temperature', help: 'Lattice model: critical temperature T_c = E/(4R) of the two-phase region.', unit: 'K', min: 20, max: 5000, default: 450, visibleWhen: (v) => custom(v) && v.model === 'lattice', group: 'custom material' },
  { key: 'alphaMax', kind: 'number', label: 'α-phase limit', help: 'Plateau model: H/M where the plateau starts.', unit: '', min: 1e-4, max: 3.9, default: 0.08, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'betaMin', kind: 'number', label: 'β-phase onset', help: 'Plateau model: H/M where the plateau ends.', unit: '', min: 1e-3, max: 3.99, default: 0.9, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'plateauSlope', kind: 'number', label: 'Plateau slope', help: 'Plateau model: d ln p / d(H/M) across the plateau.', unit: '', min: 0, max: 10, default: 0.15, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'betaExponent', kind: 'number', label: 'β-branch exponent', help: 'Plateau model: n in x = x_max − (x_max − xβ)(fβ/f)^n.', unit: '', min: 0.01, max: 2, default: 0.12, visibleWhen: (v) => custom(v) && v.model === 'plateau', group: 'custom material' },
  { key: 'pCharge', kind: 'number', label: 'Charge pressure', help: 'Pressure at which the store is charged (absorption branch).', unit: 'Pa', display: bar, min: 1e-3, max: 5e9, default: 1e6, log: true, group: 'capacity' },
  { key: 'TCharge', kind: 'number', label: 'Charge temperature', help: 'Temperature during charging.', unit: 'K', min: 100, max: 1200, default: 298.15, group: 'capacity' },
  { key: 'pDischarge', kind: 'number', label: 'Discharge pressure', help: 'Delivery pressure during discharge (desorption branch).', unit: 'Pa', display: bar, min: 1e-3, max: 5e9, default: 1e5, log: true, group: 'capacity' },
  { key: 'TDischarge', kind: 'number', label: 'Discharge temperature', help: 'Temperature during discharge.', unit: 'K', min: 100, max: 1200, default: 298.15, group: 'capacity' },
  {
    key: 'data',
    kind: 'text',
    label: 'Measured data (CSV)',
    help: 'Columns T, p, H/M (or mass%), abs|des; optional header with units, e.g. "T[degC],p[bar],wt%,dir" (T: K, °C; p: Pa, hPa, kPa, MPa, GPa, bar, mbar, atm, torr, psi; H/M, wt%, mass%). Empty: no fit.',
    maxLength: 500000,
    file: true,
    default: '',
  },
];

/** Rules spanning several fields. */
export const crossChecks: readonly CrossCheck<HydrogenParams>[] = [
  { field: 'pMax', message: 'pMax must be greater than pMin', holds: (v) => v.pMax > v.pMin },
  { field: 'pMax', message: 'pMax exceeds the melting pressure of H₂ at T (hydrogen would be solid)', holds: (v) => v.pMax <= meltingPressure(v.T) },
  { field: 'pCharge', message: 'pCharge exceeds the melting pressure of H₂ at TCharge', holds: (v) => v.pCharge <= meltingPressure(v.TCharge) },
  { field: 'pDischarge', message: 'pDischarge exceeds the melting pressure of H₂ at TDischarge', holds: (v) => v.pDischarge <= meltingPressure(v.TDischarge) },
  {
    field: 'betaMin',
    message: 'alphaMax < betaMin < maxHM is required (custom material, plateau model)',
    holds: (v) => v.material !== 'custom' || v.model !== 'plateau' || (v.alphaMax < v.betaMin && v.betaMin < v.maxHM),
  },
];

/** Resolved material: isotherm parameters and the alloy data for capacities. */
export function resolveMaterial(p: HydrogenParams): HydrideParams & MultiPlateauParams & AlloyMass {
  if (p.material !== 'custom') {
    const m: Material | undefined = MATERIALS[p.material];
    if (!m) throw new InvalidParamsError('material', `material: unknown material "${p.material}"`);
    return { ...m };
  }
  return {
    dH: p.dH,
    dS: p.dS,
    hysteresis: p.hysteresis,
    alphaMax: p.alphaMax,
    betaMin: p.betaMin,
    maxHM: p.maxHM,
    slope: p.plateauSlope,
    betaExponent: p.betaExponent,
    criticalT: p.criticalT,
    latticeSites: p.maxHM,
    molarMass: p.molarMass,
    atomsPerFormula: p.atomsPerFormula,
    density: p.density,
  };
}

/** Points per isotherm on the pressure grid. */
export const ISOTHERM_POINTS = 400;

/** Pressure (Pa) whose fugacity is STANDARD_PRESSURE·e^v, or null when beyond 6 GPa. */
function pressureAt(gas: GasModel, v: number, T: number): number | null {
  try {
    return pressureFromFugacity(gas, STANDARD_PRESSURE * Math.exp(v), T, true);
  } catch {
    return null;
  }
}

/** Composition (H/M) on a branch at pressure p (Pa). */
function compositionAtPressure(eq: Equilibrium, gas: GasModel, p: number, absorption: boolean): number {
  return eq.composition(Math.log(p / STANDARD_PRESSURE) + lnPhi(gas, p, eq.T, true), absorption);
}

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
    plateaus: eq.plateaus.map((q) => pressureAt(gas, q.lnfDes, eq.T)),
    plateausAbs: eq.plateaus.map((q) => pressureAt(gas, q.lnfAbs, eq.T)),
    plateausJoined: eq.joined,
  };
}

/** Per-plateau series (one entry per plateau): pressures (Pa, NaN beyond 6 GPa) and H/M limits, desorption and absorption. */
function plateauSeries(eq: Equilibrium, gas: GasModel): ModelResult['series'] {
  const at = (v: number) => pressureAt(gas, v, eq.T) ?? NaN;
  return {
    plateau_pDes: Float64Array.from(eq.plateaus, (q) => at(q.lnfDes)),
    plateau_pAbs: Float64Array.from(eq.plateaus, (q) => at(q.lnfAbs)),
    plateau_xDesStart: Float64Array.from(eq.plateaus, (q) => q.xDesStart),
    plateau_xDesEnd: Float64Array.from(eq.plateaus, (q) => q.xDesEnd),
    plateau_xAbsStart: Float64Array.from(eq.plateaus, (q) => q.xAbsStart),
    plateau_xAbsEnd: Float64Array.from(eq.plateaus, (q) => q.xAbsEnd),
  };
}

/** van 't Hoff lines of one plateau: 1/T (1/K) and ln(·/1 bar) of the fugacity and pressure, desorption and absorption. */
interface VantHoffLines {
  invT: number[];
  lnFdes: number[];
  lnFabs: number[];
  lnPdes: number[];
  lnPabs: number[];
}

/** Appends plateau `q` at T (K) to its van 't Hoff lines, unless a pressure is beyond 6 GPa. */
function addVantHoffPoint(lines: VantHoffLines, gas: GasModel, q: PlateauInfo, T: number): void {
  const pd = pressureAt(gas, q.lnfDes, T);
  const pa = pressureAt(gas, q.lnfAbs, T);
  if (pd === null || pa === null) return;
  lines.invT.push(1 / T);
  lines.lnFdes.push(q.lnfDes);
  lines.lnFabs.push(q.lnfAbs);
  lines.lnPdes.push(Math.log(pd / STANDARD_PRESSURE));
  lines.lnPabs.push(Math.log(pa / STANDARD_PRESSURE));
}

/** Runs the model: isotherms, plateau, capacities, van 't Hoff line, dome, surface and the optional fit. */
export async function run(p: HydrogenParams, ctx: RunContext = {}): Promise<ModelResult> {
  throwIfAborted(ctx.signal);
  checkInputs(p);
  const chunker = new Chunker({ signal: ctx.signal });
  const model = p.model as IsothermModel;
  const gas = p.gas as GasModel;
  const mat = resolveMaterial(p);
  const series: ModelResult['series'] = {};
  const summary: ModelResult['summary'] = {};
  const progress = (fraction: number) => {
    if (ctx.onProgress && chunker.shouldReport()) ctx.onProgress({ fraction, partial: { summary: { ...summary }, series: { ...series } } });
  };

  // Main isotherm at T.
  const eq = equilibriumAt(model, mat, p.T);
  const grid = pressureGrid(p.pMin, p.pMax, p.T, ISOTHERM_POINTS);
  const phiGrid = lnPhiOnGrid(gas, grid, p.T);
  const des = isothermCurve(eq, gas, grid, phiGrid, false);
  const abs = isothermCurve(eq, gas, grid, phiGrid, true);
  series.isotherm_des_x = des.x;
  series.isotherm_des_p = des.p;
  series.isotherm_des_extrapolated = des.extrapolated;
  series.isotherm_abs_x = abs.x;
  series.isotherm_abs_p = abs.p;
  series.isotherm_abs_extrapolated = abs.extrapolated;
  series.isotherm_des_massPercent = des.x.map((x) => massPercent(x, mat));

  const pl = eq.plateau;
  summary.plateauPressureAbs = pl ? pressureAt(gas, pl.lnfAbs, p.T) : null;
  summary.plateauPressureDes = pl ? pressureAt(gas, pl.lnfDes, p.T) : null;
  summary.plateauStart = pl ? pl.xDesStart : null;
  summary.plateauEnd = pl ? pl.xDesEnd : null;
  summary.plateauStartAbs = pl ? pl.xAbsStart : null;
  summary.plateauEndAbs = pl ? pl.xAbsEnd : null;
  Object.assign(summary, plateauList(eq, gas));
  Object.assign(series, plateauSeries(eq, gas));
  const xAtPMax = compositionAtPressure(eq, gas, p.pMax, true);
  summary.capacityHM = xAtPMax;
  summary.capacityMass = massPercent(xAtPMax, mat);
  summary.capacityVolumetric = volumetricCapacity(xAtPMax, mat);
  summary.criticalT = model === 'lattice' ? mat.criticalT : null;
  summary.fugacityCoefficient = Math.exp(lnPhi(gas, p.pMax, p.T, true));
  const pMelt = meltingPressure(p.T);
  summary.meltingPressure = Number.isFinite(pMelt) ? pMelt : null;
  summary.gasValidUpTo = gas === 'ideal' ? null : gasValidUpTo(gas);
  summary.extrapolated = isExtrapolated(gas, p.pMax, p.T) || p.T > LEACHMAN_TMAX;

  // Reversible capacity between charge (absorption) and discharge (desorption) conditions.
  const xCharge = compositionAtPressure(equilibriumAt(model, mat, p.TCharge), gas, p.pCharge, true);
  const xDischarge = compositionAtPressure(equilibriumAt(model, mat, p.TDischarge), gas, p.pDischarge, false);
  const dx = Math.max(0, xCharge - xDischarge);
  summary.chargeHM = xCharge;
  summary.dischargeHM = xDischarge;
  summary.reversibleCapacityHM = dx;
  summary.reversibleCapacityMass = reversibleMassPercent(xCharge, xCharge - dx, mat);
  summary.reversibleCapacityVolumetric = volumetricCapacity(dx, mat);
  progress(0.2);
  throwIfAborted(ctx.signal);

  // Family of isotherms around T (±20 K, ±40 K within 100–1200 K).
  const familyT = [-40, -20, 20, 40].map((d) => p.T + d).filter((t) => t >= 100 && t <= 1200);
  series.familyTemperatures = Float64Array.from(familyT);
  for (let k = 0; k < familyT.length; k++) {
    if (chunker.due()) await chunker.pause();
    const Tk = familyT[k];
    const eqk = equilibriumAt(model, mat, Tk);
    const gk = pressureGrid(p.pMin, p.pMax, Tk, ISOTHERM_POINTS);
    const fk = lnPhiOnGrid(gas, gk, Tk);
    const dk = isothermCurve(eqk, gas, gk, fk, false);
    const ak = isothermCurve(eqk, gas, gk, fk, true);
    series[`family${k}_des_x`] = dk.x;
    series[`family${k}_des_p`] = dk.p;
    series[`family${k}_abs_x`] = ak.x;
    series[`family${k}_abs_p`] = ak.p;
    progress(0.2 + (0.3 * (k + 1)) / familyT.length);
  }

  // van 't Hoff lines and coexistence dome over the temperature window of the surface.
  const { tMin, tMax: windowMax } = surfaceWindow(p.T);
  let tMax = windowMax;
  if (model === 'lattice' && mat.criticalT > p.T && mat.criticalT < 1200) tMax = Math.min(1200, Math.max(tMax, mat.criticalT * 1.05));
  const temps = linspace(tMin, tMax, 60);
  const vhInvT: number[] = [];
  const vhFDes: number[] = [];
  const vhFAbs: number[] = [];
  const vhPDes: number[] = [];
  const vhPAbs: number[] = [];
  const domeT: number[] = [];
  const domeA: number[] = [];
  const domeB: number[] = [];
  const domeP: number[] = [];
  const higher: VantHoffLines[] = [];
  for (const Tj of temps) {
    if (chunker.due()) await chunker.pause();
    const e = equilibriumAt(model, mat, Tj);
    e.plateaus.slice(1).forEach((q, i) => addVantHoffPoint((higher[i] ??= { invT: [], lnFdes: [], lnFabs: [], lnPdes: [], lnPabs: [] }), gas, q, Tj));
    if (!e.plateau) continue;
    const pd = pressureAt(gas, e.plateau.lnfDes, Tj);
    const pa = pressureAt(gas, e.plateau.lnfAbs, Tj);
    domeT.push(Tj);
    domeA.push(e.plateau.xDesStart);
    domeB.push(e.plateau.xDesEnd);
    domeP.push(pd ?? Infinity);
    if (pd === null || pa === null) continue;
    vhInvT.push(1 / Tj);
    vhFDes.push(e.plateau.lnfDes);
    vhFAbs.push(e.plateau.lnfAbs);
    vhPDes.push(Math.log(pd / STANDARD_PRESSURE));
    vhPAbs.push(Math.log(pa / STANDARD_PRESSURE));
  }
  if (model === 'lattice' && mat.criticalT <= tMax && domeT.length > 0) {
    // close the dome at the critical point (θ = ½ of the first sublattice, plus what the others hold there)
    const lnfc = vantHoffLnF(mat.dH, mat.dS, mat.criticalT);
    const pc = pressureAt(gas, lnfc, mat.criticalT);
    const xc = latticeCapacity(mat) === mat.latticeSites ? 0.5 * mat.latticeSites : equilibriumAt(model, mat, mat.criticalT).composition(lnfc, false);
    if (pc !== null) {
      domeT.push(mat.criticalT);
      domeA.push(xc);
      domeB.push(xc);
      domeP.push(pc);
    }
  }
  const finiteDome = domeP.map((x, i) => (Number.isFinite(x) ? i : -1)).filter((i) => i >= 0);
  series.vantHoff_invT = Float64Array.from(vhInvT);
  series.vantHoff_lnFdes = Float64Array.from(vhFDes);
  series.vantHoff_lnFabs = Float64Array.from(vhFAbs);
  series.vantHoff_lnPdes = Float64Array.from(vhPDes);
  series.vantHoff_lnPabs = Float64Array.from(vhPAbs);
  higher.forEach((h, i) => {
    for (const [key, values] of Object.entries(h)) series[`vantHoff_p${i + 2}_${key}`] = Float64Array.from(values);
  });
  series.dome_T = Float64Array.from(finiteDome, (i) => domeT[i]);
  series.dome_xAlpha = Float64Array.from(finiteDome, (i) => domeA[i]);
  series.dome_xBeta = Float64Array.from(finiteDome, (i) => domeB[i]);
  series.dome_p = Float64Array.from(finiteDome, (i) => domeP[i]);
  if (chunker.due()) await chunker.pause();
  progress(0.6);

  // PCT surface for the 3D view.
  const surface = cachedSurface({ model, params: mat, gas, pMin: p.pMin, pMax: p.pMax, tMin, tMax });
  series.surface_x = surface.x;
  series.surface_T = surface.T;
  series.surface_log10p = surface.log10p;
  if (chunker.due()) await chunker.pause();
  progress(0.75);

  // Optional fit of measured data.
  Object.assign(summary, { dH: null, dS: null, dHStdErr: null, dSStdErr: null, vantHoffDof: null, vantHoffPoints: null, vantHoffErrorSource: null, vantHoffXMean: null, fitDirection: null, lsqDH: null, lsqDS: null, lsqRms: null });
  if (p.data.trim() !== '') {
    const set = await parsePctCsv(p.data);
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
      vh = vantHoffFit(chosen);
      Object.assign(summary, { dH: vh.dH, dS: vh.dS, dHStdErr: vh.dHStdErr, dSStdErr: vh.dSStdErr, vantHoffDof: vh.dof, vantHoffPoints: vh.n, vantHoffErrorSource: vh.errorSource, vantHoffXMean: vh.xMean, fitDirection: useDes ? 'des' : 'abs' });
      series.vantHoffData_invT = Float64Array.from(chosen, (g) => 1 / g.T);
      series.vantHoffData_lnF = Float64Array.from(chosen, plateauMean);
      series.vantHoffFit_lnF = Float64Array.from(chosen, (g) => vh!.dH / (GAS_CONSTANT * g.T) - vh!.dS / GAS_CONSTANT);
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
  }
  return { summary, series };
}

/** One plottable pair of series (x against y) with labels and SI units. */
export interface SeriesPair {
  x: string;
  y: string;
  label: string;
  xUnit: string;
  yUnit: string;
  /** Suggested axis scale for y. */
  yLog?: boolean;
}

/**
 * What to plot against what. Family isotherms `family{k}_*` (k = 0..familyTemperatures.length−1)
 * pair like the main isotherm; `vantHoff_p{k}_*` (k = 2…plateauCount) like `vantHoff_*`. `surface_log10p` is a row-major nT×nx grid: value at (surface_x[i],
 * surface_T[j]) is surface_log10p[j·nx + i] with nx = surface_x.length. `*_extrapolated` are 0/1
 * flags aligned with the isotherm points.
 */
export const seriesInfo: readonly SeriesPair[] = [
  { x: 'isotherm_des_x', y: 'isotherm_des_p', label: 'desorption isotherm at T', xUnit: 'H/M', yUnit: 'Pa', yLog: true },
  { x: 'isotherm_abs_x', y: 'isotherm_abs_p', label: 'absorption isotherm at T', xUnit: 'H/M', yUnit: 'Pa', yLog: true },
  { x: 'isotherm_des_massPercent', y: 'isotherm_des_p', label: 'desorption isotherm (mass%)', xUnit: 'mass%', yUnit: 'Pa', yLog: true },
  { x: 'vantHoff_invT', y: 'vantHoff_lnPdes', label: "van 't Hoff, desorption ln(p/1 bar)", xUnit: '1/K', yUnit: '' },
  { x: 'vantHoff_invT', y: 'vantHoff_lnPabs', label: "van 't Hoff, absorption ln(p/1 bar)", xUnit: '1/K', yUnit: '' },
  { x: 'vantHoff_invT', y: 'vantHoff_lnFdes', label: "van 't Hoff, desorption ln(f/1 bar)", xUnit: '1/K', yUnit: '' },
  { x: 'vantHoff_invT', y: 'vantHoff_lnFabs', label: "van 't Hoff, absorption ln(f/1 bar)", xUnit: '1/K', yUnit: '' },
  { x: 'vantHoff_p2_invT', y: 'vantHoff_p2_lnPdes', label: "van 't Hoff of plateau 2 (likewise p3, …; lnPabs, lnFdes, lnFabs)", xUnit: '1/K', yUnit: '' },
  { x: 'vantHoffData_invT', y: 'vantHoffData_lnF', label: 'plateaus from data ln(f/1 bar)', xUnit: '1/K', yUnit: '' },
  { x: 'vantHoffData_invT', y: 'vantHoffFit_lnF', label: "van 't Hoff fit", xUnit: '1/K', yUnit: '' },
  { x: 'dome_xAlpha', y: 'dome_T', label: 'coexistence dome, α side', xUnit: 'H/M', yUnit: 'K' },
  { x: 'dome_xBeta', y: 'dome_T', label: 'coexistence dome, β side', xUnit: 'H/M', yUnit: 'K' },
  { x: 'dome_T', y: 'dome_p', label: 'plateau pressure along the dome', xUnit: 'K', yUnit: 'Pa', yLog: true },
  { x: 'data_x', y: 'data_p', label: 'measured points', xUnit: 'H/M', yUnit: 'Pa', yLog: true },
  { x: 'data_x', y: 'fitResiduals', label: 'fit residuals (data − model)', xUnit: 'H/M', yUnit: 'H/M' },
];

const presets: readonly Preset<HydrogenParams>[] = [
  { id: 'lani5', label: 'LaNi₅ at 25 °C up to 2 GPa', source: MATERIALS.LaNi5.source, values: { material: 'LaNi5', T: 298.15, pMax: 2e9 } },
  { id: 'lani5al', label: 'LaNi₄.₇Al₀.₃ at 25 °C', source: MATERIALS['LaNi4.7Al0.3'].source, values: { material: 'LaNi4.7Al0.3', T: 298.15, pMax: 1e7 } },
  { id: 'feti', label: 'FeTi at 25 °C, two plateaus (TiFeH, TiFeH₂)', source: MATERIALS.FeTi.source, values: { material: 'FeTi', T: 298.15, pMax: 1e7 } },
  {
    id: 'lani5-gpa',
    label: 'LaNi₅ with a GPa plateau (fitted to Sato et al. 2023), 25 °C up to 2 GPa',
    source: MATERIALS['LaNi5-GPa'].source,
    values: { material: 'LaNi5-GPa', T: 298.15, pMax: 2e9 },
  },
  {
    id: 'mg',
    label: 'Mg/MgH₂ at 300 °C',
    source: MATERIALS.Mg.source,
    values: { material: 'Mg', T: 573.15, pMax: 1e7, pCharge: 2e6, TCharge: 573.15, pDischarge: 1e5, TDischarge: 623.15 },
  },
  { id: 'pdh-lattice', label: 'Pd–H lattice gas at 25 °C (T_c = 566 K)', source: MATERIALS.PdH.source, values: { material: 'PdH', model: 'lattice', T: 298.15, pMin: 1, pMax: 1e7 } },
  {
    id: 'ticrmn',
    label: 'Ti₁.₁CrMn hybrid-tank alloy, 33 → 0.1 MPa at 296 K',
    source: MATERIALS.TiCrMn.source,
    values: { material: 'TiCrMn', T: 296, pMax: 1e8, pCharge: 3.3e7, TCharge: 296, pDischarge: 1e5, TDischarge: 296 },
  },
];

/** The model definition. */
const hydrogenModel = defineModel<HydrogenParams>({
  id: 'hydrogen',
  title: 'PCT isotherms for hydrogen storage',
  params,
  crossChecks,
  presets,
  run,
});

export default hydrogenModel;
