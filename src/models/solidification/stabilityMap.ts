/**
 * Steady-state stability maps over a grid of temperature gradients G and growth velocities V (or
 * cooling rates R, with V = R/G): the regime code and the maximum constitutional supercooling at
 * every point. A pure function of plain data, so the app can split the G rows across workers
 * (`rowStart`/`rowEnd`) and stitch the blocks together.
 */
import { linspace, logspace } from '../../core/interpolate';
import { makeDiagram, type DiagramChoice } from './diagram';
import { absoluteStabilityVelocity, REGIMES } from './stability';
import { steadyInterface, steadyPoint, steadyRegime } from './steadyState';

/** A map request (SI). Rows are G values, columns V (m/s) or R (K/s) values. */
export interface StabilityMapRequest extends DiagramChoice {
  x0: number;
  D: number;
  gamma: number;
  /** Column axis: growth velocity V or cooling rate R (then V = R/G). */
  axis: 'V' | 'R';
  gMin: number;
  gMax: number;
  nG: number;
  /** Column range in m/s (axis V) or K/s (axis R). */
  yMin: number;
  yMax: number;
  nY: number;
  /** Logarithmic spacing of both axes (default true). */
  log?: boolean;
  /** First and one-past-last G row to compute (default all rows). */
  rowStart?: number;
  rowEnd?: number;
}

/** A computed block of the map; cell (i, j) of the block is at index (i − rowStart)·nY + j. */
export interface StabilityMapBlock {
  /** All G values, K/m (length nG). */
  G: Float64Array;
  /** All column values, m/s or K/s (length nY). */
  Y: Float64Array;
  rowStart: number;
  rowEnd: number;
  /** Regime code per cell: index into REGIMES ('planar', 'cellular', 'dendritic', 'absolute'). */
  regime: Uint8Array;
  /** Maximum constitutional supercooling per cell, K (0 when none). */
  deltaTcs: Float64Array;
  /** Growth velocity per cell, m/s. */
  V: Float64Array;
  /** Critical gradient G_crit = V·ΔT₀* / D per cell, K/m. */
  criticalGradient: Float64Array;
  /** Partition coefficient of the steady interface (the same at every cell). */
  interfaceK: number;
  /** Absolute-stability velocity V_abs, m/s (the same at every cell). */
  absoluteStabilityV: number;
}

export { REGIMES };

/** Computes rows [rowStart, rowEnd) of the steady-state G–V (or G–R) stability map. */
export function computeStabilityMap(req: StabilityMapRequest): StabilityMapBlock {
  const log = req.log ?? true;
  const axis = (a: number, b: number, n: number) => (log ? logspace(a, b, n) : linspace(a, b, n));
  const G = axis(req.gMin, req.gMax, req.nG);
  const Y = axis(req.yMin, req.yMax, req.nY);
  const rowStart = req.rowStart ?? 0;
  const rowEnd = req.rowEnd ?? req.nG;
  const diagram = makeDiagram(req);
  const iface = steadyInterface(diagram, req.x0);
  const cells = (rowEnd - rowStart) * req.nY;
  const regime = new Uint8Array(cells);
  const deltaTcs = new Float64Array(cells);
  const V = new Float64Array(cells);
  const criticalGradient = new Float64Array(cells);
  for (let i = rowStart; i < rowEnd; i++) {
    for (let j = 0; j < req.nY; j++) {
      const idx = (i - rowStart) * req.nY + j;
      const v = req.axis === 'R' ? Y[j] / G[i] : Y[j];
      const point = steadyPoint(diagram, iface, { V: v, G: G[i], D: req.D, gamma: req.gamma });
      V[idx] = v;
      criticalGradient[idx] = point.criticalGradient;
      deltaTcs[idx] = point.supercooling.maxSupercooling;
      regime[idx] = REGIMES.indexOf(steadyRegime(point));
    }
  }
  return { G, Y, rowStart, rowEnd, regime, deltaTcs, V, criticalGradient, interfaceK: iface.k, absoluteStabilityV: absoluteStabilityVelocity(req.D, iface.deltaT0Interface, iface.k, req.gamma) };
}
