/**
 * Test helpers for the ion-hopping model: a tolerance check that reports expected, got,
 * difference and tolerance, a runner with defaults filled in, and synthetic trajectories (engine
 * states and recorders filled from given displacements).
 */
import { expect } from 'vitest';
import model from '../../../../src/models/ionhop';
import { defaultsOf, type ModelResult, type RunContext } from '../../../../src/core/model';
import type { IonhopParams } from '../../../../src/models/ionhop/params';
import type { HopEngine } from '../../../../src/models/ionhop/engine';
import { TrajectoryRecorder } from '../../../../src/models/ionhop/observables';

/** Asserts |got − expected| ≤ tol, printing all four numbers on failure. */
export function expectWithin(what: string, got: number, expected: number, tol: number): void {
  const diff = Math.abs(got - expected);
  expect(diff <= tol, `${what}: expected ${expected}, got ${got}, |diff| = ${diff}, tol = ${tol}`).toBe(true);
}

/** Runs the model with defaults overridden by `values`. */
export function runWith(values: Partial<IonhopParams>, ctx?: RunContext): Promise<ModelResult> {
  return model.run({ ...defaultsOf(model), ...values } as IonhopParams, ctx);
}

/** A summary value that must be a number. */
export function numberOf(result: ModelResult, key: string): number {
  const v = result.summary[key];
  expect(typeof v, `summary.${key} should be a number, got ${String(v)}`).toBe('number');
  return v as number;
}

/** Coefficients c with d = Σ_r c_r·S_r for the supercell rows S_r (9 numbers, rows), by Cramer's rule. */
export function supercellCoefficients(supercell: ArrayLike<number>, d: readonly number[]): number[] {
  const det = (m: number[]) => m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
  const S = supercell;
  const M = [S[0], S[3], S[6], S[1], S[4], S[7], S[2], S[5], S[8]]; // columns = supercell rows
  const D = det(M);
  return [0, 1, 2].map((col) => {
    const Mc = M.slice();
    for (let row = 0; row < 3; row++) Mc[row * 3 + col] = d[row];
    return det(Mc) / D;
  });
}
/** The parts of a hop engine a recorder reads: unwrapped displacements and their sums (units of a). */
export interface EngineState {
  ux: Float64Array;
  uy: Float64Array;
  uz: Float64Array;
  sumX: number;
  sumY: number;
  sumZ: number;
}

/** An engine state from the displacements [x, y, z] of every ion (sums computed here). */
export function engineState(disp: readonly (readonly number[])[]): EngineState {
  const col = (c: number) => Float64Array.from(disp, (d) => d[c]);
  const sum = (c: number) => disp.reduce((s, d) => s + d[c], 0);
  return { ux: col(0), uy: col(1), uz: col(2), sumX: sum(0), sumY: sum(1), sumZ: sum(2) };
}

/**
 * A recorder filled through `record` from snapshots: times (s) and the displacements [x, y, z] of
 * all N ions per snapshot, the first M of them tagged.
 */
export function recorderOf(times: readonly number[], snapshots: readonly (readonly (readonly number[])[])[], M = snapshots[0].length): TrajectoryRecorder {
  const rec = new TrajectoryRecorder(times.length, M, snapshots[0].length);
  times.forEach((t, j) => rec.record(engineState(snapshots[j]) as unknown as HopEngine, t));
  return rec;
}

/** Times (s) of a small synthetic trajectory: uneven steps from a non-zero start. */
export const TIMES = [1, 2, 4, 7, 11];
/** Displacements [x, y, z] (units of a) of three ions at each of the TIMES; ion sums (1, 1, 1) at the start, (4, 5, 2) at the end. */
export const SNAPS = [
  [[1, 0, 0], [0, 0, 1], [0, 1, 0]],
  [[2, 0, 0], [0, 1, 1], [0, 1, -1]],
  [[3, 0, 0], [0, 1, 2], [1, 1, -1]],
  [[3, 1, 0], [-1, 1, 2], [1, 1, 0]],
  [[4, 1, 0], [-1, 2, 2], [1, 2, 0]],
];
