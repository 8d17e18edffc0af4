/**
 * Transient directional solidification: solute diffusion in a finite melt column above a planar
 * interface that moves into it, no diffusion in the solid. Finite volumes on a grid attached to the
 * interface (stretched towards it, so the boundary layer D/V is resolved), moving with the
 * interface (face velocities satisfy the geometric conservation law), θ-scheme in time
 * (Crank–Nicolson by default, implicit and unconditionally stable), hybrid central/upwind relative
 * advection. The interface face carries exactly the solute the solid takes, V·x_S, so the global
 * solute balance is exact to round-off. Growth is either pulled at a fixed V or driven by a furnace
 * T(z, t) = T_L(x0) + G·z − R·t: then V is computed each step from T(s, t) = T_L(x_L*). Optional
 * stirring: a stagnant layer δ (Burton–Prim–Slichter) on a well-mixed bulk.
 * Lab coordinate z from the crucible bottom (m); the melt occupies [s(t), meltLength].
 */
import { brent } from '../../core/roots';
import { solveTridiagonal } from '../../core/tridiagonal';
import type { PhaseDiagram } from './phaseDiagram';
import { stretchedFaces } from './grid';
import { InvalidParamsError } from '../../core/model';
import { BoundedHistory } from './history';

/**
 * Why a run stopped: at tEnd; at fsMax solid; (stirred) less than 2δ of melt left; 'runaway': the
 * furnace drive would need the front faster than RUNAWAY_FACTOR·R/G (the whole remaining melt is
 * below its liquidus, which a planar front at equilibrium cannot describe); 'stepLimit': maxSteps.
 */
export type StopReason = 'running' | 'tEnd' | 'solidified' | 'stirredLayer' | 'runaway' | 'stepLimit';

/** Under cooling drive a step asking for V above this multiple of R/G stops the run as a runaway. */
export const RUNAWAY_FACTOR = 10;

/** Default hard limit on the time steps of one run (the up-front estimate refuses runs above half of it). */
export const HARD_STEP_LIMIT = 600_000;

/** Inputs of the transient solver (SI) and its numerical controls. */
export interface TransientInput {
  diagram: PhaseDiagram;
  /** Initial (uniform) melt composition, mole fraction. */
  x0: number;
  /** Temperature gradient, K/m (> 0). */
  G: number;
  /** Solute diffusivity in the melt, m²/s. */
  D: number;
  /** Initial melt length, m. */
  meltLength: number;
  /** Stagnant-layer thickness δ (m); 0 = unstirred melt (diffusion only). */
  delta: number;
  /** 'cooling': furnace cooled at R (K/s), V computed; 'pulling': V imposed. */
  drive: 'cooling' | 'pulling';
  R: number;
  V: number;
  /** Stop time, s. */
  tEnd: number;
  /** Stop when this fraction of the melt has solidified (default 0.995). */
  fsMax?: number;
  /** Time-weighting θ: 0.5 Crank–Nicolson (default), 1 backward Euler. */
  theta?: number;
  /** First cell as a fraction of min(D/V_ref, δ) (default 0.05). */
  firstCell?: number;
  /** Minimum number of cells in the diffusion layer (default 100). */
  minCells?: number;
  /** First time step as a fraction of D/V_ref² (default 0.002). */
  dtFactor?: number;
  /** Growth factor of successive time steps (default 1.05). */
  dtGrowth?: number;
  /** Largest fraction of the remaining melt solidified in one step (default 0.02). */
  lengthStep?: number;
  /** Largest advance of the front in one step, in boundary-layer thicknesses D/V (default 0.5). */
  layerStep?: number;
  /** Fixed time step, s (overrides the adaptive choice; for convergence studies). */
  dtFixed?: number;
  /** Largest number of steps; the run stops with 'stepLimit' there (default HARD_STEP_LIMIT). */
  maxSteps?: number;
  /** Rows kept in the interface history (default HISTORY_CAPACITY). */
  historyCapacity?: number;
}

interface Evaluation {
  V: number;
  s: number;
  x: Float64Array;
  xStar: number;
  kappa: number;
  xS: number;
}

/** Moving-interface solute-transport solver; advance with `step()` until `done`. */
export class TransientSolver {
  readonly input: Required<Omit<TransientInput, 'dtFixed' | 'historyCapacity'>> & { dtFixed: number };
  /** Layer faces ξ ∈ [0, 1]. */
  readonly xi: Float64Array;
  readonly nLayer: number;
  readonly nCells: number;
  readonly stirred: boolean;
  /** Reference (design) velocity for grid and step sizes, m/s. */
  readonly vRef: number;
  /** Furnace temperature at z = 0, t = 0 (K): T_L(x0), so the interface starts at s = 0. */
  readonly T0: number;

  t = 0;
  s = 0;
  V: number;
  x: Float64Array;
  xStar: number;
  kappa: number;
  xS: number;
  dt: number;
  done = false;
  /** Why the run stopped ('running' until it does). */
  stopReason: StopReason = 'running';
  /** Time steps taken. */
  steps = 0;
  /** Solute per unit area held by the solid (∫ x_S ds), m. */
  solidSolute = 0;
  readonly initialSolute: number;

  /** Recorded history (t = 0, then every step, thinned evenly once it is full; the last row is the latest state). */
  readonly hist: BoundedHistory;

  private readonly h: Float64Array;
  private readonly hNew: Float64Array;
  private readonly a: Float64Array;
  private readonly b: Float64Array;
  private readonly c: Float64Array;
  private readonly rhsBase: Float64Array;
  private readonly scratch: Float64Array;
  private readonly w: Float64Array;
  private readonly cNew: Float64Array;
  private readonly cOld: Float64Array;
  private readonly wa: Float64Array;
  private readonly wb: Float64Array;

  constructor(input: TransientInput) {
    this.input = {
      fsMax: 0.995,
      theta: 0.5,
      firstCell: 0.05,
      minCells: 100,
      dtFactor: 0.002,
      dtGrowth: 1.05,
      lengthStep: 0.02,
      layerStep: 0.5,
      maxSteps: HARD_STEP_LIMIT,
      ...input,
      dtFixed: input.dtFixed ?? 0,
    };
    this.hist = new BoundedHistory(input.historyCapacity);
    const p = this.input;
    this.stirred = p.delta > 0;
    if (this.stirred && p.delta * 2 >= p.meltLength) throw new InvalidParamsError('delta', 'delta: the stagnant layer must be shorter than half the melt');
    this.vRef = p.drive === 'pulling' ? p.V : (1.5 * p.R) / p.G;
    const layer = this.stirred ? p.delta : p.meltLength;
    const scale = Math.min(p.D / this.vRef, layer);
    this.xi = stretchedFaces((p.firstCell * scale) / layer, p.minCells, 1.06);
    this.nLayer = this.xi.length - 1;
    this.nCells = this.nLayer + (this.stirred ? 1 : 0);
    const n = this.nCells;
    this.h = new Float64Array(n);
    this.hNew = new Float64Array(n);
    this.a = new Float64Array(n);
    this.b = new Float64Array(n);
    this.c = new Float64Array(n);
    this.rhsBase = new Float64Array(n);
    this.scratch = new Float64Array(n);
    // Stryker disable next-line ArithmeticOperator: w is written and read back within one pass of faceAdvection (a write past a typed array's end is dropped), so its length never shows
    this.w = new Float64Array(n + 1);
    this.cNew = new Float64Array(n + 1);
    this.cOld = new Float64Array(n + 1);
    this.wa = new Float64Array(n + 1);
    this.wb = new Float64Array(n + 1);
    this.x = new Float64Array(n).fill(p.x0);
    this.T0 = p.diagram.liquidus(p.x0);
    this.V = p.drive === 'pulling' ? p.V : 0;
    this.cellSizes(this.s, this.h);
    // The melt starts uniform: no solute layer yet, so x_L* = x0 and the first solid is k(x0)·x0.
    this.xStar = p.x0;
    this.kappa = p.diagram.partition(p.x0);
    this.xS = this.kappa * this.xStar;
    this.dt = p.dtFixed > 0 ? p.dtFixed : (p.dtFactor * p.D) / (this.vRef * this.vRef);
    this.initialSolute = p.x0 * p.meltLength;
    this.record();
  }

  /** Remaining melt length, m. */
  get meltRemaining(): number {
    return this.input.meltLength - this.s;
  }

  /** Cell sizes (m) of the melt when the interface is at s. */
  cellSizes(s: number, out: Float64Array): Float64Array {
    const p = this.input;
    const layer = this.stirred ? p.delta : p.meltLength - s;
    // Stryker disable next-line EqualityOperator: one more pass writes out[nLayer], which is past the end unstirred (dropped) and overwritten by the bulk cell stirred
    for (let j = 0; j < this.nLayer; j++) out[j] = (this.xi[j + 1] - this.xi[j]) * layer;
    // Stryker disable next-line ConditionalExpression: unstirred, out[nLayer] is past the end of the typed array, so the write is dropped
    if (this.stirred) out[this.nLayer] = p.meltLength - s - p.delta;
    return out;
  }

  /** Centres of the cells, distance ahead of the interface (m); reservoir: its start at δ. */
  cellCentres(): Float64Array {
    const z = new Float64Array(this.nCells);
    let face = 0;
    for (let j = 0; j < this.nLayer; j++) {
      z[j] = face + 0.5 * this.h[j];
      face += this.h[j];
    }
    // Stryker disable next-line ConditionalExpression: unstirred, z[nLayer] is past the end of the typed array, so the write is dropped
    if (this.stirred) z[this.nLayer] = face;
    return z;
  }

  /** Interface liquid x_L* from the first cell: −D(x₀ − x*)/(h₀/2) = V(1 − κ)x*. */
  private interfaceValue(x0cell: number, V: number, kappa: number, h0: number): number {
    return x0cell / (1 - (V * (1 - kappa) * h0) / (2 * this.input.D));
  }

  /** Diffusive conductances D/d at the faces (interior only) for cell sizes h. */
  private conductances(h: Float64Array, out: Float64Array): void {
    const D = this.input.D;
    const n = this.nCells;
    out[0] = 0;
    out[n] = 0;
    // Stryker disable next-line EqualityOperator: out[n] (the top face) is never read: the operator and the matrix use faces 1 … n−1 only
    for (let f = 1; f < n; f++) {
      const reservoirFace = this.stirred && f === this.nLayer;
      out[f] = reservoirFace ? D / (0.5 * h[f - 1]) : D / (0.5 * (h[f - 1] + h[f]));
    }
  }

  /** Face velocities (m/s) and relative-advection weights for a step at velocity V. */
  private faceAdvection(V: number): void {
    const n = this.nCells;
    const D = this.input.D;
    // Stryker disable next-line EqualityOperator: the top face n never enters the operator or the matrix (faces 1 … n−1 only)
    for (let f = 0; f <= n; f++) {
      const w = f > this.nLayer ? 0 : this.stirred ? (f === n ? 0 : V) : V * (1 - this.xi[f]);
      this.w[f] = w;
      // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: the end faces 0 and n never enter the operator or the matrix (faces 1 … n−1 only), so their weights are never read
      if (f === 0 || f === n) {
        this.wa[f] = 0;
        this.wb[f] = 0;
        continue;
      }
      const reservoirFace = this.stirred && f === this.nLayer;
      const hl = this.hNew[f - 1];
      const hr = this.hNew[f];
      const d = reservoirFace ? 0.5 * hl : 0.5 * (hl + hr);
      if (reservoirFace || (w * d) / D > 2) {
        // upwind: the melt crosses the face towards −z relative to it, so the +z cell is upstream
        this.wa[f] = 0;
        this.wb[f] = w;
      } else {
        this.wa[f] = (w * hr) / (hl + hr);
        this.wb[f] = (w * hl) / (hl + hr);
      }
    }
  }

  /**
   * L(x)_j = −(F_{j+1} − F_j) for interior faces, F_f = −c_f(x_f − x_{f−1}) − (wa_f x_{f−1} + wb_f x_f);
   * the interface face flux is added by the caller.
   */
  private applyOperator(x: Float64Array, cond: Float64Array, out: Float64Array): void {
    const n = this.nCells;
    // Stryker disable next-line EqualityOperator: a pass at j = n writes past the end of out (dropped)
    for (let j = 0; j < n; j++) {
      let v = 0;
      if (j + 1 < n) {
        const f = j + 1;
        v += cond[f] * (x[j + 1] - x[j]) + this.wa[f] * x[j] + this.wb[f] * x[j + 1];
      }
      if (j > 0) {
        const f = j;
        v -= cond[f] * (x[j] - x[j - 1]) + this.wa[f] * x[j - 1] + this.wb[f] * x[j];
      }
      out[j] = v;
    }
  }

  /** Solves the step for a trial velocity V (new mesh, θ-scheme, Picard on κ = x_S/x_L*). */
  private evaluate(V: number, dt: number): Evaluation {
    const p = this.input;
    const th = p.theta;
    const n = this.nCells;
    const sNew = this.s + V * dt;
    this.cellSizes(sNew, this.hNew);
    this.conductances(this.hNew, this.cNew);
    this.conductances(this.h, this.cOld);
    this.faceAdvection(V);
    // explicit part: h x / dt + (1 − θ)(L_old x + F_0,old)
    this.applyOperator(this.x, this.cOld, this.rhsBase);
    // Stryker disable next-line EqualityOperator: a pass at j = n writes past the end of rhsBase (dropped)
    for (let j = 0; j < n; j++) this.rhsBase[j] = (this.h[j] * this.x[j]) / dt + (1 - th) * this.rhsBase[j];
    this.rhsBase[0] += (1 - th) * (-V * this.xS);
    // Stryker disable next-line EqualityOperator: a pass at j = n writes past the ends of a, b, c (dropped)
    for (let j = 0; j < n; j++) {
      const fl = j;
      const fr = j + 1;
      let diag = this.hNew[j] / dt;
      let lower = 0;
      let upper = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: at j = n − 1 the top face has conductance 0 and weights 0, so the terms add nothing (and c[n−1] is not read by the solver)
      if (j + 1 < n) {
        diag -= th * (-this.cNew[fr] + this.wa[fr]);
        upper = -th * (this.cNew[fr] + this.wb[fr]);
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: at j = 0 the interface face has conductance 0 and weights 0 (its flux is added through β), and a[0] is not read by the solver
      if (j > 0) {
        diag -= th * (-this.cNew[fl] - this.wb[fl]);
        lower = -th * (this.cNew[fl] - this.wa[fl]);
      }
      this.a[j] = lower;
      this.b[j] = diag;
      this.c[j] = upper;
    }
    const diag0 = this.b[0];
    let kappa = this.kappa;
    const x = new Float64Array(n);
    let xStar = 0;
    // Picard on κ; the κ of the last solve is the one kept, so the solute balance stays exact.
    // Stryker disable next-line EqualityOperator,UpdateOperator: κ converges to round-off in a few iterations, far from the cap of 30
    for (let it = 0; it < 30; it++) {
      // interface face flux F_0 = −V x_S = −V κ x* = −β x_0 (new level, weight θ)
      const beta = (V * kappa) / (1 - (V * (1 - kappa) * this.hNew[0]) / (2 * p.D));
      this.b[0] = diag0 + th * beta;
      solveTridiagonal(this.a, this.b, this.c, this.rhsBase, x, this.scratch);
      xStar = this.interfaceValue(x[0], V, kappa, this.hNew[0]);
      const kNew = p.diagram.partition(xStar);
      // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: the Picard stop only saves iterations: κ converges to round-off in a few, so iterating on to the cap of 30 (or stopping at 1e-12/κ) keeps the same κ (the test checks κ = k(x_L*) to 1e-11)
      if (Math.abs(kNew - kappa) <= 1e-12 * kappa || it === 29) break;
      kappa = kNew;
    }
    return { V, s: sNew, x, xStar, kappa, xS: kappa * xStar };
  }

  /** Largest velocity the grid and the remaining melt allow in one step of length dt, m/s. */
  private velocityCap(dt: number): number {
    const p = this.input;
    const room = this.meltRemaining - (this.stirred ? p.delta : 0);
    const h0 = this.h[0];
    const k = this.kappa;
    // Stryker disable next-line EqualityOperator: κ = 1 cannot occur (the dilute diagram refuses k = 1, Si–Ge has κ < 1)
    const gridCap = k < 1 ? (0.5 * 2 * p.D) / (h0 * (1 - k)) : Infinity;
    return Math.min((0.5 * room) / dt, gridCap);
  }

  /** Chooses the next step length, s. */
  private nextDt(): number {
    const p = this.input;
    const remaining = p.tEnd - this.t;
    if (p.dtFixed > 0) return Math.min(p.dtFixed, remaining);
    // the current speed (at least 1 % of the design speed, so a stalled front still moves on)
    const vNow = p.drive === 'pulling' ? p.V : Math.max(this.V, 0.01 * this.vRef);
    // the share of the melt is judged at the actual speed: a front lagging far behind R/G near the
    // end of the melt would otherwise take ever smaller steps (tens of thousands at G = 0.1 K/mm)
    const vAdvance = p.drive === 'pulling' ? p.V : Math.max(this.V, 1e-6 * this.vRef);
    const byLength = (p.lengthStep * (this.meltRemaining - (this.stirred ? p.delta : 0))) / vAdvance;
    const byLayer = (p.layerStep * p.D) / (vNow * vNow);
    return Math.min(this.dt * p.dtGrowth, byLength, byLayer, remaining);
  }

  /**
   * Cooling drive: the V for which the interface after the step sits where the furnace is at the
   * liquidus of x_L*, i.e. r(V) = (T_L(x_L*) − T0 + R·t')/G − s' = 0 (r decreases with V).
   * Safeguarded secant from the previous V; falls back to a bracket [0, V_hi] and Brent's method.
   * V = 0 when even a stalled front is above the liquidus isotherm (no melting back).
   */
  private solveVelocity(dt: number): Evaluation {
    const p = this.input;
    const tNew = this.t + dt;
    const residual = (e: Evaluation) => (p.diagram.liquidus(e.xStar) - this.T0 + p.R * tNew) / p.G - e.s;
    const cap = this.velocityCap(dt);
    const vTarget = p.R / p.G;
    const tol = 1e-8 * vTarget * dt + 1e-15 * p.meltLength;
    let v0 = Math.min(cap, Math.max(this.V, 0.01 * vTarget));
    let r0 = residual(this.evaluate(v0, dt));
    let v1 = v0 * 1.001;
    let e1 = this.evaluate(v1, dt);
    let r1 = residual(e1);
    for (let it = 0; it < 12; it++) {
      if (Math.abs(r1) <= tol && v1 < cap) return e1;
      const v2 = v1 - (r1 * (v1 - v0)) / (r1 - r0);
      if (!(v2 > 0 && v2 < cap)) break;
      v0 = v1;
      r0 = r1;
      v1 = v2;
      e1 = this.evaluate(v1, dt);
      r1 = residual(e1);
    }
    const at0 = this.evaluate(0, dt);
    if (residual(at0) <= 0) return at0;
    let hi = Math.min(cap, Math.max(2 * this.V, vTarget));
    let evHi = this.evaluate(hi, dt);
    while (residual(evHi) > 0 && hi < cap) {
      hi = Math.min(cap, 2 * hi);
      evHi = this.evaluate(hi, dt);
    }
    if (residual(evHi) > 0) return evHi;
    const V = brent((v) => residual(this.evaluate(v, dt)), 0, hi, { xtol: 1e-13 * hi });
    return this.evaluate(V, dt);
  }

  /**
   * Advances one time step; sets `done` (and `stopReason`) at tEnd, at fsMax, when the melt is
   * shorter than 2δ, at maxSteps, or before a runaway step (which is not taken).
   */
  step(): void {
    if (this.done) return;
    const p = this.input;
    const dt = this.nextDt();
    let ev: Evaluation;
    if (p.drive === 'pulling') {
      ev = this.evaluate(Math.min(p.V, this.velocityCap(dt)), dt);
    } else {
      ev = this.solveVelocity(dt);
      if (ev.V > (RUNAWAY_FACTOR * p.R) / p.G) {
        this.stop('runaway');
        return;
      }
    }
    const th = p.theta;
    this.solidSolute += ev.V * dt * (th * ev.xS + (1 - th) * this.xS);
    this.t += dt;
    this.dt = dt;
    this.s = ev.s;
    this.V = ev.V;
    this.x = ev.x;
    this.xStar = ev.xStar;
    this.kappa = ev.kappa;
    this.xS = ev.xS;
    this.cellSizes(this.s, this.h);
    this.steps++;
    this.record();
    if (this.t >= p.tEnd * (1 - 1e-12)) this.stop('tEnd');
    else if (this.s / p.meltLength >= p.fsMax) this.stop('solidified');
    else if (this.stirred && this.meltRemaining <= 2 * p.delta) this.stop('stirredLayer');
    else if (this.steps >= p.maxSteps) this.stop('stepLimit');
  }

  private stop(reason: StopReason): void {
    this.done = true;
    this.stopReason = reason;
  }

  /** Solute per unit area in the melt, Σ h_j x_j (m). */
  meltSolute(): number {
    let m = 0;
    for (let j = 0; j < this.nCells; j++) m += this.h[j] * this.x[j];
    return m;
  }

  /** Relative global solute balance error |melt + solid − initial| / initial (0 for a pure melt). */
  soluteBalanceError(): number {
    const total = this.meltSolute() + this.solidSolute;
    return this.initialSolute > 0 ? Math.abs(total - this.initialSolute) / this.initialSolute : Math.abs(total);
  }

  /** Interface temperature T_L(x_L*), K. */
  interfaceT(): number {
    return this.input.diagram.liquidus(this.xStar);
  }

  private record(): void {
    this.hist.push({ t: this.t, s: this.s, V: this.V, T: this.interfaceT(), xL: this.xStar, xS: this.xS });
  }
}
