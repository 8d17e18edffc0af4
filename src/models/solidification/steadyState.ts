/**
 * Steady planar growth at velocity V into a semi-infinite melt of composition x0: the interface
 * tie-line (solid = x0, liquid x_L* from the diagram), the boundary-layer profile
 * x(z) = x0 + (x_L* − x0)·exp(−Vz/D) (exact for the dilute diagram, where x_L* = x0/k), the
 * constitutional supercooling against T(z) = T_S(x0) + G·z, the critical gradient, and the
 * Mullins–Sekerka analysis at the interface state. SI units; x = solute mole fraction.
 */
import type { PhaseDiagram } from './phaseDiagram';
import { supercoolingConcave, type SupercoolingResult } from './supercooling';
import {
  absoluteStabilityVelocity,
  analyseStability,
  classifyRegime,
  isUnstable,
  type InterfaceState,
  type Regime,
  type StabilityResult,
} from './stability';

/** The steady interface: independent of V and G for a planar front without kinetics. */
export interface SteadyInterface {
  x0: number;
  /** Interface liquid x_L* on the tie-line whose solid is x0. */
  xL: number;
  /** Interface temperature T_S(x0) = T_L(x_L*), K. */
  T: number;
  /** Liquidus T_L(x0), K. */
  liquidusT: number;
  /** Real freezing range ΔT₀ = T_L(x0) − T_S(x0), K. */
  deltaT0: number;
  /** Interface partition coefficient k* = x0/x_L*. */
  k: number;
  /** Liquidus slope at the interface m(x_L*), K per mole fraction. */
  m: number;
  /** Freezing range linearised at the interface ΔT₀* = −m(x_L*)·(x_L* − x0), K (= ΔT₀ for the dilute diagram). */
  deltaT0Interface: number;
}

/** Steady interface tie-line for a melt of composition x0. */
export function steadyInterface(diagram: PhaseDiagram, x0: number): SteadyInterface {
  const tie = diagram.fromSolid(x0);
  const liquidusT = diagram.liquidus(x0);
  const m = diagram.slope(tie.xL);
  const k = x0 > 0 ? x0 / tie.xL : diagram.partition(0);
  return {
    x0,
    xL: tie.xL,
    T: tie.T,
    liquidusT,
    deltaT0: liquidusT - tie.T,
    k,
    m,
    deltaT0Interface: -m * (tie.xL - x0),
  };
}

/** Growth conditions (SI). */
export interface GrowthConditions {
  V: number;
  G: number;
  D: number;
  gamma: number;
}

/** Everything the steady mode and the stability maps report for one (V, G) point. */
export interface SteadyPoint {
  boundaryLayer: number;
  criticalGradient: number;
  supercooling: SupercoolingResult;
  absoluteStabilityV: number;
  state: InterfaceState;
}

/** Melt composition ahead of the steady front, x(z) = x0 + (x_L* − x0)·exp(−Vz/D). */
export function steadyProfile(iface: SteadyInterface, V: number, D: number, z: number): number {
  return iface.x0 + (iface.xL - iface.x0) * Math.exp((-V * z) / D);
}

/**
 * Supercooling and critical gradient at (V, G). G_crit = m(x_L*)·∂x/∂z|₀ = (V/D)·ΔT₀*; the melt is
 * supercooled iff G < G_crit (ΔT_cs is concave in z on a concave liquidus).
 */
export function steadyPoint(diagram: PhaseDiagram, iface: SteadyInterface, c: GrowthConditions): SteadyPoint {
  const { V, G, D } = c;
  const criticalGradient = (V * iface.deltaT0Interface) / D;
  const excess = (z: number) => diagram.liquidus(steadyProfile(iface, V, D, z)) - iface.T - G * z;
  const slope = (z: number) => {
    const x = steadyProfile(iface, V, D, z);
    return (-diagram.slope(x) * V * (x - iface.x0)) / D - G;
  };
  const zMax = (1.01 * Math.max(iface.deltaT0, 0)) / G + 1e-12;
  const supercooling = supercoolingConcave(slope, excess, zMax);
  return {
    boundaryLayer: D / V,
    criticalGradient,
    supercooling,
    absoluteStabilityV: absoluteStabilityVelocity(D, iface.deltaT0Interface, iface.k, c.gamma),
    state: { V, D, G, gamma: c.gamma, k: iface.k, mGc: criticalGradient },
  };
}

/** Regime of a steady point (cheap: no wavelengths). */
export function steadyRegime(p: SteadyPoint): Regime {
  return classifyRegime(p.state, isUnstable(p.state), p.absoluteStabilityV);
}

/** Full stability analysis of a steady point. */
export function steadyStability(p: SteadyPoint): StabilityResult & { regime: Regime } {
  const r = analyseStability(p.state);
  return { ...r, regime: classifyRegime(p.state, !r.stable, p.absoluteStabilityV) };
}
