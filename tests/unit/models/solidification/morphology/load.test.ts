/**
 * `PhaseFieldSolver.load` (how another engine's fields reach the frame, the profile and the
 * ledger): loading a run's fields, clock and booked boundary terms into a fresh solver of the same
 * problem reproduces that run's profile, ledger and subsequent steps.
 */
import { describe, expect, it } from 'vitest';
import { PhaseFieldSolver, setupMorphology } from '../../../../../src/models/solidification/morphology';
import { teaching } from './fixtures';

describe('PhaseFieldSolver.load', () => {
  it('takes over a run: same profile, ledger and next steps', () => {
    const p = setupMorphology(teaching(0.25, { nx: 24, nz: 48, epsilon4: 0.02, amplitude: 1, mode: 1 })).problem;
    const run = new PhaseFieldSolver(p);
    run.advance(600);
    expect(run.shifts).toBeGreaterThan(0);
    const texels = new Float32Array(4 * p.nx * p.nz);
    for (let j = 0; j < p.nz; j++) {
      for (let i = 0; i < p.nx; i++) {
        const q = 4 * (j * p.nx + i);
        texels[q] = run.phiAt(i, j);
        texels[q + 1] = run.concentrationAt(i, j) * p.k;
        texels[q + 2] = run.U[(j + 1) * (p.nx + 2) + i + 1];
      }
    }
    const l = run.ledger();
    const copy = new PhaseFieldSolver(p);
    copy.load(texels, { t: run.t, steps: run.steps, shifts: run.shifts }, l);
    expect(copy.zeta(0)).toBe(run.zeta(0));
    const a = run.interfaceProfile(new Float64Array(p.nx));
    const b = copy.interfaceProfile(new Float64Array(p.nx));
    for (let i = 0; i < p.nx; i++) expect(b[i]).toBeCloseTo(a[i], 5);
    // the fields were rounded to float32: the ledger sees the same content within that rounding
    expect(copy.ledger().relativeError).toBeLessThan(1e-6);
    run.advance(50);
    copy.advance(50);
    expect(Math.abs(copy.phiAt(3, 20) - run.phiAt(3, 20))).toBeLessThan(1e-5);
    expect(copy.steps).toBe(run.steps);
  });
});
