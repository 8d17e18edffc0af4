/**
 * Morphology parameters: validation boundaries (the grid-size cross-check at exactly 262 144
 * cells, the 1-D model's alloy rules carried over with their fields and messages), and the 1-D
 * parameter set `asAlloyParams` builds for the same alloy.
 */
import { describe, expect, it } from 'vitest';
import { validateParams } from '../../../../../src/core/params';
import model from '../../../../../src/models/solidification/morphology';
import { asAlloyParams, morphologyCrossChecks, type MorphologyParams } from '../../../../../src/models/solidification/morphology/params';
import { teaching } from './fixtures';

/** Fields of the cross-checks that fail for `p`, with their messages. */
const failing = (p: MorphologyParams) => morphologyCrossChecks.filter((c) => !c.holds(p)).map((c) => [c.field, c.message]);

describe('morphology parameters', () => {
  it('the grid check holds at nx·nz = 262144 and fails one row above, on nz with its message', () => {
    expect(failing(teaching(2, { nx: 256, nz: 1024 }))).toEqual([]);
    expect(failing(teaching(2, { nx: 512, nz: 512 }))).toEqual([]);
    expect(failing(teaching(2, { nx: 257, nz: 1024 }))).toEqual([['nz', 'nx·nz must not exceed 262144 cells (e.g. 256 × 1024 or 512 × 512).']]);
  });

  it('the 1-D alloy rules apply with their own fields: k ≠ 1, liquidus slope sign, solidus above 1 K', () => {
    expect(failing(teaching(2))).toEqual([]);
    expect(failing(teaching(2, { k: 1 })).map(([f]) => f)).toEqual(['k']);
    expect(failing(teaching(2, { m: 350 })).map(([f]) => f)).toEqual(['m']);
    expect(failing(teaching(2, { m: -350, x0: 0.99, Tm: 500, k: 0.1 })).map(([f]) => f)).toEqual(['x0']);
    // the melt's stirred-layer rules do not exist here: the 2-D run has no melt length
    expect(morphologyCrossChecks.some((c) => c.field === 'delta')).toBe(false);
  });

  it('validateParams refuses a grid of 257 × 1024 and accepts 8 × 16', async () => {
    const bad = await validateParams<MorphologyParams>(model.params, { nx: 257, nz: 1024 }, model.crossChecks);
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(['nz']);
    const good = await validateParams<MorphologyParams>(model.params, { nx: 8, nz: 16 }, model.crossChecks);
    expect(good.ok).toBe(true);
  });

  it('asAlloyParams: the same alloy in steady mode with an unstirred melt of the default length', () => {
    const p = teaching(0.5);
    const a = asAlloyParams(p);
    for (const key of ['phaseDiagram', 'x0', 'k', 'm', 'Tm', 'G', 'drive', 'V', 'D', 'gamma'] as const) expect(a[key]).toBe(p[key]);
    expect(a.mode).toBe('steady');
    expect(a.delta).toBe(0);
    expect(a.meltLength).toBe(0.02);
  });
});
