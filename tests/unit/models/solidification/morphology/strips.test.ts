/**
 * The explicit step split over horizontal strips (the schedule several threads follow, run here
 * phase by phase on one thread) gives the same fields, bit for bit, as the whole-grid step: with
 * noise, anisotropy and frame shifts, for 1, 2, 3 and 5 strips (5 leaves strips of unequal height),
 * on a tiny grid (8 × 17 cells, 60 steps); and what each strip phase writes and returns.
 */
import { describe, expect, it } from 'vitest';
import { advanceInStrips, PhaseFieldSolver, runStripPhase, STRIP_FACES, STRIP_PHI, STRIP_SOLUTE, stripRows } from '../../../../../src/models/solidification/morphology';
import { tinyProblem } from './fixtures';

const problem = tinyProblem({ nz: 17, noise: 0.05, epsilon4: 0.03, seed: 11, perturbation: (x) => 0.8 * Math.cos(x / 1.3) });
const STEPS = 60;

/** Cells (ghosts included) where any of φ, c̃, U differs in its bits. */
function differingCells(a: PhaseFieldSolver, b: PhaseFieldSolver): number {
  let n = 0;
  for (const key of ['phi', 'c', 'U'] as const) {
    for (let i = 0; i < a[key].length; i++) if (!Object.is(a[key][i], b[key][i])) n++;
  }
  return n;
}

describe('strip-split step', () => {
  it('cuts the rows into contiguous strips covering the grid', () => {
    expect([0, 1, 2].map((i) => stripRows(41, 3, i))).toEqual([
      [0, 13],
      [13, 27],
      [27, 41],
    ]);
    expect([0, 1, 2, 3, 4].map((i) => stripRows(17, 5, i))).toEqual([
      [0, 3],
      [3, 6],
      [6, 10],
      [10, 13],
      [13, 17],
    ]);
  });

  for (const count of [1, 2, 3, 5]) {
    it(`${count} strip(s): identical φ, c̃, U, clock and ledger through frame shifts`, () => {
      const whole = new PhaseFieldSolver(problem);
      whole.advance(STEPS);
      expect(whole.shifts).toBeGreaterThan(0);
      const split = new PhaseFieldSolver(problem);
      advanceInStrips(split, STEPS, count);
      expect(differingCells(whole, split)).toBe(0);
      expect([split.steps, split.shifts, split.t]).toEqual([whole.steps, whole.shifts, whole.t]);
      expect(split.ledger()).toEqual(whole.ledger());
    });
  }

  it('the φ and face phases return 0; the face phase writes only a strip above the bottom; the solute phase returns the top-face flux for the top strip only', () => {
    const s = new PhaseFieldSolver(problem);
    const faces = new Float64Array(3 * 8).fill(7);
    for (let i = 2; i >= 0; i--) expect(runStripPhase(s, STRIP_PHI, i, 3, faces)).toBe(0);
    for (let i = 2; i >= 0; i--) expect(runStripPhase(s, STRIP_FACES, i, 3, faces)).toBe(0);
    expect(Array.from(faces.subarray(0, 8))).toEqual(new Array(8).fill(7));
    const expected = new Float64Array(8);
    s.soluteSouthFaces(stripRows(17, 3, 1)[0], expected);
    expect(Array.from(faces.subarray(8, 16))).toEqual(Array.from(expected));
    expect(runStripPhase(s, STRIP_SOLUTE, 2, 3, faces)).toBeGreaterThan(0);
    expect(runStripPhase(s, STRIP_SOLUTE, 1, 3, faces)).toBe(0);
    expect(runStripPhase(s, STRIP_SOLUTE, 0, 3, faces)).toBe(0);
    s.completeStep(0);
    // the bottom strip took no south faces (its slot still holds 7s): the step equals the whole-grid one
    const whole = new PhaseFieldSolver(problem);
    whole.phiRows(0, problem.nz);
    whole.soluteRows(0, problem.nz, null, null);
    whole.completeStep(0);
    expect(differingCells(whole, s)).toBe(0);
    // an unknown phase does nothing, not even for the top strip
    expect(runStripPhase(s, 0, 2, 3, faces)).toBe(0);
    expect(differingCells(whole, s)).toBe(0);
  });
});
