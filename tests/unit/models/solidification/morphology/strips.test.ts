/**
 * The explicit step split over horizontal strips (the schedule several threads follow, run here
 * phase by phase on one thread) gives the same fields, bit for bit, as the whole-grid step: with
 * noise, anisotropy and frame shifts, for 2, 3 and 5 strips (5 leaves strips of unequal height).
 */
import { describe, expect, it } from 'vitest';
import { advanceInStrips, PhaseFieldSolver, setupMorphology, stripRows } from '../../../../../src/models/solidification/morphology';
import { teaching } from './fixtures';

const setup = setupMorphology(teaching(0.25, { nx: 20, nz: 41, noise: 0.05, epsilon4: 0.03, amplitude: 1, seed: 11 }));
const STEPS = 1500;

/** Cells (ghosts included) where any of φ, c̃, U differs in its bits. */
function differingCells(a: PhaseFieldSolver, b: PhaseFieldSolver): number {
  let n = 0;
  for (const key of ['phi', 'c', 'U'] as const) {
    for (let i = 0; i < a[key].length; i++) if (!Object.is(a[key][i], b[key][i])) n++;
  }
  return n;
}

describe('strip-split step', () => {
  const whole = new PhaseFieldSolver(setup.problem);
  whole.advance(STEPS);

  it('shifts the frame in the reference run (so the shift is covered)', () => {
    expect(whole.shifts).toBeGreaterThan(0);
  });

  it('cuts the rows into contiguous strips covering the grid', () => {
    expect([0, 1, 2].map((i) => stripRows(41, 3, i))).toEqual([
      [0, 13],
      [13, 27],
      [27, 41],
    ]);
  });

  for (const count of [1, 2, 3, 5]) {
    it(`${count} strip(s): identical φ, c̃, U and ledger`, () => {
      const split = new PhaseFieldSolver(setup.problem);
      advanceInStrips(split, STEPS, count);
      expect(differingCells(whole, split)).toBe(0);
      expect(split.shifts).toBe(whole.shifts);
      expect(split.ledger()).toEqual(whole.ledger());
    });
  }
});
