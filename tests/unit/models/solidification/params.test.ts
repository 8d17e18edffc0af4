/**
 * The parameter rules of params.ts: which fields are shown for which choices, and each cross-field
 * rule at its boundary (just inside and just outside), applied only where its comment says.
 */
import { describe, expect, it } from 'vitest';
import { defaultsOf } from '../../../../src/core/model';
import model from '../../../../src/models/solidification';
import { crossChecks, MIN_STIRRED_LAYER, paramSpecs, type SolidificationParams } from '../../../../src/models/solidification/params';

const defaults = defaultsOf(model);
const dilute: SolidificationParams = { ...defaults, phaseDiagram: 'dilute', k: 0.3, m: -350, Tm: 1687 };

/** Fields whose cross-checks fail for these parameters. */
function failing(over: Partial<SolidificationParams>, base: SolidificationParams = dilute): string[] {
  const p = { ...base, ...over } as SolidificationParams;
  return crossChecks.filter((c) => !c.holds(p)).map((c) => c.field);
}

function visible(key: string, values: Record<string, string>): boolean {
  const spec = paramSpecs.find((s) => s.key === key)!;
  return spec.visibleWhen ? spec.visibleWhen(values) : true;
}

describe('visibility', () => {
  it('k, m and Tm only on the linearised diagram', () => {
    for (const key of ['k', 'm', 'Tm']) {
      expect(visible(key, { phaseDiagram: 'dilute' }), key).toBe(true);
      expect(visible(key, { phaseDiagram: 'SiGe' }), key).toBe(false);
    }
  });

  it('R unless pulling, V only when pulling', () => {
    expect(visible('R', { drive: 'cooling' })).toBe(true);
    expect(visible('R', { drive: 'pulling' })).toBe(false);
    expect(visible('V', { drive: 'pulling' })).toBe(true);
    expect(visible('V', { drive: 'cooling' })).toBe(false);
  });
});

describe('cross-checks', () => {
  it('defaults (Si–Ge) and the linearised teaching set pass every rule', () => {
    expect(failing({}, defaults)).toEqual([]);
    expect(failing({})).toEqual([]);
  });

  it('k must differ from 1 by at least 0.001 on the linearised diagram (0.999 passes, 0.9995 and 1.0005 fail); the Si–Ge diagram ignores k', () => {
    expect(failing({ k: 0.999 })).toEqual([]);
    expect(failing({ k: 0.9995 })).toEqual(['k']);
    expect(failing({ k: 1.0005, m: 350 })).toEqual(['k']);
    expect(failing({ k: 1 }, defaults)).toEqual([]);
    expect(crossChecks.find((c) => c.field === 'k')!.message).toMatch(/^k must differ from 1 by at least 0\.001/);
  });

  it('the slope m must have the sign of k − 1 (m = 0 fails too); not judged when k is too close to 1, nor on Si–Ge', () => {
    expect(failing({ k: 0.3, m: 350 })).toEqual(['m']);
    expect(failing({ k: 0.3, m: 0 })).toEqual(['m']);
    expect(failing({ k: 2, m: -350 })).toEqual(['m']);
    expect(failing({ k: 2, m: 350 })).toEqual([]);
    expect(failing({ k: 1.0005, m: -350 })).toEqual(['k']);
    expect(failing({ k: 0.3, m: 350 }, defaults)).toEqual([]);
  });

  it('the solidus at x0, Tm + m·x0/k, must stay above 1 K (Tm = 200, m = −100, k = 0.5: x0 = 0.99 passes, 0.995 gives exactly 1 K and fails)', () => {
    const low = { Tm: 200, m: -100, k: 0.5 };
    expect(failing({ ...low, x0: 0.99 })).toEqual([]);
    expect(failing({ ...low, x0: 0.995 })).toEqual(['x0']);
    expect(failing({ ...low, x0: 0.995 }, defaults)).toEqual([]);
  });

  it('the stirred layer must be shorter than half the melt (δ = L/2 fails, just below passes)', () => {
    expect(failing({ meltLength: 0.02, delta: 0.01 })).toEqual(['delta']);
    expect(failing({ meltLength: 0.02, delta: 0.0099 })).toEqual([]);
    expect(failing({ meltLength: 0.02, delta: 0.01 }, defaults)).toEqual(['delta']);
  });

  it(`a stirred layer is 0 or at least ${MIN_STIRRED_LAYER} m (0 and 1 nm pass, 0.9 nm fails)`, () => {
    expect(MIN_STIRRED_LAYER).toBe(1e-9);
    expect(failing({ delta: 0 })).toEqual([]);
    expect(failing({ delta: 1e-9 })).toEqual([]);
    expect(failing({ delta: 0.9e-9 })).toEqual(['delta']);
    expect(crossChecks.at(-1)!.message).toContain('at least 1e-9 m = 1 nm');
  });
});
