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
