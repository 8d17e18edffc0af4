/**
 * Plateau pressures across temperature: the van 't Hoff lines of every plateau (1/T against
 * ln(p/1 bar) and ln(f/1 bar), desorption and absorption) and the coexistence dome of the first
 * plateau (its H/M limits and pressure against T), closed at the critical point for the lattice
 * model.
 */
import type { Chunker } from '../../core/cooperative';
import type { ModelResult } from '../../core/model';
import { STANDARD_PRESSURE } from '../../core/constants';
import { linspace } from '../../core/interpolate';
import { equilibriumAt, latticeCapacity, type HydrideParams, type IsothermModel, type PlateauInfo } from './equilibrium';
import { pressureAtLnF } from './curves';
import type { GasModel } from './gas';
import { vantHoffLnF } from './lattice';
import type { MultiPlateauParams } from './plateau';
import { surfaceWindow } from './surfaceCache';

/** Temperatures sampled along the van 't Hoff lines and the dome. */
const DOME_POINTS = 60;

/** van 't Hoff lines of one plateau: 1/T (1/K) and ln(·/1 bar) of the fugacity and pressure, desorption and absorption. */
interface VantHoffLines {
  invT: number[];
  lnFdes: number[];
  lnFabs: number[];
  lnPdes: number[];
  lnPabs: number[];
}

/** Coexistence dome of the first plateau: T (K), α and β limits (H/M) and pressure (Pa, ∞ beyond 6 GPa). */
interface Dome {
  T: number[];
  xAlpha: number[];
  xBeta: number[];
  p: number[];
}

const emptyLines = (): VantHoffLines => ({ invT: [], lnFdes: [], lnFabs: [], lnPdes: [], lnPabs: [] });

/** Appends plateau `q` at T (K) to its van 't Hoff lines, unless a pressure is beyond 6 GPa. */
function addVantHoffPoint(lines: VantHoffLines, gas: GasModel, q: PlateauInfo, T: number): void {
  const pd = pressureAtLnF(gas, q.lnfDes, T);
  const pa = pressureAtLnF(gas, q.lnfAbs, T);
  if (pd === null || pa === null) return;
  lines.invT.push(1 / T);
  lines.lnFdes.push(q.lnfDes);
  lines.lnFabs.push(q.lnfAbs);
  lines.lnPdes.push(Math.log(pd / STANDARD_PRESSURE));
  lines.lnPabs.push(Math.log(pa / STANDARD_PRESSURE));
}

/**
 * Temperature window (K) of the van 't Hoff lines, the dome and the PCT surface around T: the
 * surface cache's window, widened past T_c for a lattice model whose dome closes within 1200 K.
 * (A T_c at or below T needs no test: the window reaches T + 150 K ≥ 1.05 T or 1200 K anyway.)
 */
export function temperatureWindow(model: IsothermModel, mat: HydrideParams, T: number): { tMin: number; tMax: number } {
  const { tMin, tMax } = surfaceWindow(T);
  if (model === 'lattice' && mat.criticalT < 1200) return { tMin, tMax: Math.min(1200, Math.max(tMax, mat.criticalT * 1.05)) };
  return { tMin, tMax };
}

/**
 * Closes a lattice model's dome at the critical point (θ = ½ of the first sublattice, plus what the
 * others hold there on desorption); its pressure is ∞ beyond 6 GPa, which drops the point as any other.
 */
function closeDomeAtCriticalPoint(dome: Dome, mat: HydrideParams & MultiPlateauParams, gas: GasModel): void {
  const lnfc = vantHoffLnF(mat.dH, mat.dS, mat.criticalT);
  // Stryker disable next-line StringLiteral: equilibriumAt treats every model but 'plateau' as the lattice model
  const xc = latticeCapacity(mat) === mat.latticeSites ? 0.5 * mat.latticeSites : equilibriumAt('lattice', mat, mat.criticalT).composition(lnfc, false);
  dome.T.push(mat.criticalT);
  dome.xAlpha.push(xc);
  dome.xBeta.push(xc);
  dome.p.push(pressureAtLnF(gas, lnfc, mat.criticalT) ?? Infinity);
}

/**
 * Series `vantHoff_*` (first plateau), `vantHoff_p{k}_*` (plateau k ≥ 2) and `dome_*` over
 * `temperatureWindow` around T (K); pauses between temperatures when `chunker`
 * says so (throws `CancelledError` when cancelled).
 */
export async function vantHoffAndDome(model: IsothermModel, mat: HydrideParams & MultiPlateauParams, gas: GasModel, T: number, chunker: Chunker): Promise<ModelResult['series']> {
  const { tMin, tMax } = temperatureWindow(model, mat, T);
  const lines: VantHoffLines[] = [];
  const dome: Dome = { T: [], xAlpha: [], xBeta: [], p: [] };
  for (const Tj of linspace(tMin, tMax, DOME_POINTS)) {
    if (chunker.due()) await chunker.pause();
    const e = equilibriumAt(model, mat, Tj);
    e.plateaus.forEach((q, i) => addVantHoffPoint((lines[i] ??= emptyLines()), gas, q, Tj));
    if (!e.plateau) continue;
    dome.T.push(Tj);
    dome.xAlpha.push(e.plateau.xDesStart);
    dome.xBeta.push(e.plateau.xDesEnd);
    dome.p.push(pressureAtLnF(gas, e.plateau.lnfDes, Tj) ?? Infinity);
  }
  if (model === 'lattice' && mat.criticalT <= tMax && dome.T.length > 0) closeDomeAtCriticalPoint(dome, mat, gas);
  const series: ModelResult['series'] = {};
  const first = lines[0] ?? emptyLines();
  for (const [key, values] of Object.entries(first)) series[`vantHoff_${key}`] = Float64Array.from(values);
  lines.slice(1).forEach((h, i) => {
    for (const [key, values] of Object.entries(h)) series[`vantHoff_p${i + 2}_${key}`] = Float64Array.from(values);
  });
  const finite = dome.p.map((x, i) => (Number.isFinite(x) ? i : -1)).filter((i) => i >= 0);
  for (const [key, values] of Object.entries(dome)) series[`dome_${key}`] = Float64Array.from(finite, (i) => values[i]);
  return series;
}
