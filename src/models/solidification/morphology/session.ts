/**
 * A live morphology run for a view: the solver of `setupMorphology`, advanced on request, and
 * frames to draw (melt/solid composition c/x₀ per cell, the interface profile, the time and the
 * measured primary spacing). Frames are new arrays (so a worker can transfer them); the solver
 * itself allocates nothing per step.
 */
import type { Regime } from '../stability';
import { peakToValley, primarySpacing } from './measure';
import type { MorphologyParams } from './params';
import { setupMorphology } from './setup';
import { PhaseFieldSolver, type PhaseFieldEngine, type PhaseFieldProblem } from './solver';

/** What a view shows beside the field (SI). */
export interface MorphologyInfo {
  nx: number;
  nz: number;
  /** Cell size, m. */
  cellSize: number;
  /** Growth velocity V, m/s. */
  V: number;
  /** Temperature gradient G, K/m. */
  G: number;
  /** Cooling rate R = V·G, K/s. */
  coolingRate: number;
  /** G/G_crit. */
  gradientRatio: number;
  /** Γ_eff/Γ. */
  gammaScale: number;
  /** Regime of the 1-D model (real Γ) and at Γ_eff. */
  regime: Regime;
  scaledRegime: Regime;
  /** Fastest-growing wavelength at Γ_eff, m (null when stable). */
  fastestWavelength: number | null;
}

/** One frame of the run. */
export interface MorphologyFrame {
  /** c/x₀ per cell, row-major from the bottom row (nx × nz). */
  concentration: Float32Array;
  /** Interface height above the T₀ isotherm per column, m (NaN where none). */
  profile: Float64Array;
  /** Height of the bottom row's centre above the T₀ isotherm, m. */
  bottom: number;
  /** Simulated time, s. */
  time: number;
  steps: number;
  /** Half the peak-to-valley height of the front, m. */
  amplitude: number;
  /** Spacing of the dominant mode, m (null while the front is flatter than one cell). */
  primarySpacing: number | null;
}

/** The solver of one parameter set plus frame extraction. */
export class MorphologySession {
  readonly info: MorphologyInfo;
  private readonly solver: PhaseFieldEngine;
  private readonly W: number;
  private readonly tau0: number;
  private readonly width: number;
  /** Cell size, W. */
  private readonly dx: number;

  /** Sets up the run of `p` on the engine `engine` makes (the CPU solver unless told). */
  constructor(p: MorphologyParams, engine: (problem: PhaseFieldProblem) => PhaseFieldEngine = (q) => new PhaseFieldSolver(q)) {
    const setup = setupMorphology(p);
    this.solver = engine(setup.problem);
    this.W = setup.scaling.W;
    this.tau0 = setup.scaling.tau0;
    this.width = setup.width;
    this.dx = p.dx;
    this.info = {
      nx: p.nx,
      nz: p.nz,
      cellSize: p.dx * this.W,
      V: setup.V,
      G: p.G,
      coolingRate: setup.V * p.G,
      gradientRatio: setup.scaling.gradientRatio,
      gammaScale: setup.scaling.gammaScale,
      regime: setup.regime,
      scaledRegime: setup.scaledRegime,
      fastestWavelength: setup.stability.fastestWavelength,
    };
  }

  /** Advances `steps` time steps. */
  advance(steps: number): void {
    this.solver.advance(steps);
  }

  /** The current frame. */
  frame(): MorphologyFrame {
    const { nx, nz } = this.solver;
    const concentration = new Float32Array(nx * nz);
    // Stryker disable next-line EqualityOperator: one more row or column writes past the end (a typed array ignores it) or on the next row's first cell, which that row then overwrites
    for (let j = 0; j < nz; j++) for (let i = 0; i < nx; i++) concentration[j * nx + i] = this.solver.concentrationAt(i, j);
    const h = this.solver.interfaceProfile(new Float64Array(nx));
    const amplitude = peakToValley(h) * this.W;
    const profile = h.map((v) => v * this.W);
    return {
      concentration,
      profile,
      bottom: this.solver.zeta(0) * this.W,
      time: this.solver.t * this.tau0,
      steps: this.solver.steps,
      amplitude,
      primarySpacing: primarySpacing(h, this.dx, this.width),
    };
  }
}
