/**
 * Test helpers for the ion-hopping model: a tolerance check that reports expected, got,
 * difference and tolerance, and a runner with defaults filled in.
 */
import { expect } from 'vitest';
import model from '../../../../src/models/ionhop';
import { defaultsOf, type ModelResult, type RunContext } from '../../../../src/core/model';
import type { IonhopParams } from '../../../../src/models/ionhop/params';

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
