/**
 * Turns a solver state (steady or transient) into the model's headless result: the summary keys
 * of the contract (SI, null where undefined) and the plot series (melt profile with liquidus and
 * actual temperature ahead of the front, Mullins–Sekerka dispersion, phase diagram; transient:
 * solid composition vs position and the interface history).
 */
import type { ModelResult, Series, SummaryValue } from '../../core/model';
import type { PhaseDiagram } from './phaseDiagram';
import { analyseStability, absoluteStabilityVelocity, classifyRegime, growthRate, wavenumberRange, type InterfaceState } from './stability';
import { supercoolingDiscrete, type SupercoolingResult } from './supercooling';
import type { SteadyInterface } from './steadyState';

/** The interface state common to both modes (SI). */
export interface FrontState {
  V: number;
  G: number;
  D: number;
  gamma: number;
  /** Interface liquid and solid compositions, mole fraction. */
  xL: number;
  xS: number;
  /** Interface temperature, K. */
  T: number;
}

/** Alloy figures at x0: liquidus, solidus, k, m and the real freezing range. */
export interface AlloyFigures {
  x0: number;
  k: number;
  m: number;
  liquidusT: number;
  solidusT: number;
  deltaT0: number;
}

/** k(x0), m(x0), T_L(x0), T_S(x0) and ΔT₀ = T_L − T_S of the alloy. */
export function alloyFigures(diagram: PhaseDiagram, x0: number): AlloyFigures {
  const liquidusT = diagram.liquidus(x0);
  const solidusT = diagram.solidus(x0);
  return { x0, k: diagram.partition(x0), m: diagram.slope(x0), liquidusT, solidusT, deltaT0: liquidusT - solidusT };
}

/** Alloy figures of a steady interface (no second diagram evaluation). */
export function alloyFromSteady(diagram: PhaseDiagram, iface: SteadyInterface): AlloyFigures {
  return {
    x0: iface.x0,
    k: diagram.partition(iface.x0),
    m: diagram.slope(iface.x0),
    liquidusT: iface.liquidusT,
    solidusT: iface.T,
    deltaT0: iface.deltaT0,
  };
}

/**
 * Linearised interface state for the stability analysis: k* = x_S/x_L, m* = m(x_L),
 * ΔT₀* = −m*·(x_L − x_S) (K) and mG_c = m*·∂x/∂z|₀ = (V/D)·ΔT₀* (K/m, from the flux balance).
 */
export function interfaceState(diagram: PhaseDiagram, f: FrontState): { state: InterfaceState; deltaT0Interface: number; m: number; k: number } {
  const m = diagram.slope(f.xL);
  const k = f.xL > 0 ? f.xS / f.xL : diagram.partition(0);
  const deltaT0Interface = -m * (f.xL - f.xS);
  const mGc = f.V > 0 ? (f.V * deltaT0Interface) / f.D : 0;
  return { state: { V: f.V, D: f.D, G: f.G, gamma: f.gamma, k, mGc }, deltaT0Interface, m, k };
}

/** Melt profile arrays ahead of the front: z (m), x, and the derived temperatures (K). */
export interface MeltProfile {
  z: Float64Array;
  x: Float64Array;
}

const DISPERSION_POINTS = 160;
const DIAGRAM_POINTS = 101;

/** The phase diagram on x ∈ [0, 1], K (the dilute diagram is drawn as its straight lines). */
function diagramSeries(diagram: PhaseDiagram): Series {
  const x = new Float64Array(DIAGRAM_POINTS);
  const tl = new Float64Array(DIAGRAM_POINTS);
  const ts = new Float64Array(DIAGRAM_POINTS);
  for (let i = 0; i < DIAGRAM_POINTS; i++) {
    x[i] = i / (DIAGRAM_POINTS - 1);
    tl[i] = diagram.liquidus(x[i]);
    ts[i] = diagram.solidus(x[i]);
  }
  return { diagram_x: x, diagram_liquidusT: tl, diagram_solidusT: ts };
}

/** σ(λ) over the scanned band (empty when there is no solute gradient). */
function dispersionSeries(state: InterfaceState): Series {
  if (!(state.mGc > 0) || !(state.V > 0)) return { dispersion_wavelength: new Float64Array(0), dispersion_sigma: new Float64Array(0) };
  const [a, b] = wavenumberRange(state);
  const lam = new Float64Array(DISPERSION_POINTS);
  const sig = new Float64Array(DISPERSION_POINTS);
  const la = Math.log(a * 1e3);
  const step = (Math.log(b) - la) / (DISPERSION_POINTS - 1);
  for (let i = 0; i < DISPERSION_POINTS; i++) {
    // increasing wavelength order
    const q = Math.exp(la + (DISPERSION_POINTS - 1 - i) * step);
    lam[i] = (2 * Math.PI) / q;
    sig[i] = growthRate(state, q);
  }
  return { dispersion_wavelength: lam, dispersion_sigma: sig };
}

/** Everything mode-specific a result needs besides the front and the melt profile. */
export interface ResultExtras {
  soluteBalanceError: number | null;
  summary?: Record<string, SummaryValue>;
  series?: Series;
  /** Use this supercooling (continuous steady solution) instead of the discrete profile's. */
  supercooling?: SupercoolingResult;
}

/**
 * Builds the summary and series. T(z) = T_i + G·z ahead of the front; ΔT_cs = T_L(x(z)) − T(z).
 * Criterion: supercooled iff G < G_crit = m(x_L*)·∂x/∂z|₀ = (V/D)·ΔT₀*.
 */
export function buildResult(diagram: PhaseDiagram, alloy: AlloyFigures, front: FrontState, melt: MeltProfile, extras: ResultExtras): ModelResult {
  const n = melt.z.length;
  const liq = new Float64Array(n);
  const act = new Float64Array(n);
  const cs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    liq[i] = diagram.liquidus(melt.x[i]);
    act[i] = front.T + front.G * melt.z[i];
    cs[i] = liq[i] - act[i];
  }
  cs[0] = 0;
  const sc = extras.supercooling ?? supercoolingDiscrete(melt.z, cs);
  const iface = interfaceState(diagram, front);
  const vAbs = absoluteStabilityVelocity(front.D, iface.deltaT0Interface, iface.k, front.gamma);
  const stab = analyseStability(iface.state);
  const regime = classifyRegime(iface.state, !stab.stable, vAbs);
  const summary: Record<string, SummaryValue> = {
    V: front.V,
    G: front.G,
    k: alloy.k,
    m: alloy.m,
    liquidusT: alloy.liquidusT,
    solidusT: alloy.solidusT,
    deltaT0: alloy.deltaT0,
    boundaryLayer: front.V > 0 ? front.D / front.V : null,
    criticalGradient: iface.state.mGc,
    supercooled: sc.supercooled,
    maxSupercooling: sc.maxSupercooling,
    supercooledDepth: sc.depth,
    interfaceT: front.T,
    absoluteStabilityV: vAbs,
    marginalWavelength: stab.marginalWavelength,
    fastestWavelength: stab.fastestWavelength,
    maxGrowthRate: stab.maxGrowthRate,
    regime,
    soluteBalanceError: extras.soluteBalanceError,
    interfaceLiquidX: front.xL,
    interfaceSolidX: front.xS,
    interfaceK: iface.k,
    interfaceM: iface.m,
    deltaT0Interface: iface.deltaT0Interface,
    ...extras.summary,
  };
  const series: Series = {
    melt_z: melt.z,
    melt_x: melt.x,
    melt_liquidusT: liq,
    melt_T: act,
    melt_supercooling: cs,
    ...dispersionSeries(iface.state),
    ...diagramSeries(diagram),
    ...extras.series,
  };
  return { summary, series };
}
