/** Shared parameter sets of the morphology tests: the linearised teaching alloy at chosen G/G_crit. */
import { defaultsOf } from '../../../../../src/core/model';
import model, { type MorphologyParams, type PhaseFieldProblem } from '../../../../../src/models/solidification/morphology';
import { A1, A2 } from '../../../../../src/models/solidification/morphology/solver';

/** Teaching alloy: x0 = 0.2, k = 0.3, m = −350 K, so ΔT₀ = 350·0.2·0.7/0.3 K. */
export const DELTA_T0 = (350 * 0.2 * 0.7) / 0.3;
/** Pulling speed of the tests, m/s, and D, m²/s: l_D = D/V = 1 mm. */
export const V = 1e-5;
export const D = 1e-8;

/** Parameters of the teaching alloy pulled at V with G = ratio·G_crit (G_crit = V·ΔT₀/D). */
export function teaching(ratio: number, overrides: Partial<MorphologyParams> = {}): MorphologyParams {
  return {
    ...defaultsOf(model),
    phaseDiagram: 'dilute',
    x0: 0.2,
    k: 0.3,
    m: -350,
    Tm: 1687,
    D,
    gamma: 1.4e-7,
    drive: 'pulling',
    V,
    G: (ratio * V * DELTA_T0) / D,
    epsilon4: 0,
    noise: 0,
    ...overrides,
  };
}

/**
 * A small dimensionless problem (8 × 16 cells; l_D = 1 W, so the frame first shifts after about 30
 * steps and then every 20 or so; G = 0.25 G_crit) for solver tests that run in milliseconds, also
 * under mutation testing's instrumentation.
 */
export function tinyProblem(overrides: Partial<PhaseFieldProblem> = {}): PhaseFieldProblem {
  const wOverD0 = 4;
  const Dd = A1 * A2 * wOverD0;
  const lD = 1;
  return {
    k: 0.3,
    wOverD0,
    V: Dd / lD,
    lT: lD / 0.25,
    dx: 0.8,
    nx: 8,
    nz: 16,
    epsilon4: 0,
    noise: 0,
    seed: 1,
    interfaceRow: 6,
    perturbation: null,
    ...overrides,
  };
}
