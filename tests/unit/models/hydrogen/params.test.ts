/**
 * Parameter specs and cross-field rules of the hydrogen model (params.ts): which custom fields are
 * shown for which material and model, and each rule at its boundary (pMax = pMin refused, pMax at
 * the melting pressure allowed, alphaMax < betaMin < maxHM only for a custom plateau material).
 */
import { describe, expect, it } from 'vitest';
import { crossChecks, paramSpecs, type HydrogenParams } from '../../../../src/models/hydrogen/params';
import { meltingPressure } from '../../../../src/models/hydrogen/melting';
import { defaultsOf } from '../../../../src/core/model';
import model from '../../../../src/models/hydrogen';

const base: HydrogenParams = defaultsOf(model);
/** The rules broken by `over` on top of the defaults, as `field: message` prefixes. */
const broken = (over: Partial<HydrogenParams>) => crossChecks.filter((c) => !c.holds({ ...base, ...over } as HydrogenParams)).map((c) => `${c.field}: ${c.message}`);
const visible = (key: string, over: Partial<HydrogenParams>) => {
  const spec = paramSpecs.find((s) => s.key === key)!;
  return spec.visibleWhen ? spec.visibleWhen({ ...base, ...over } as HydrogenParams) : true;
};

describe('hydrogen cross-field rules', () => {
  it('the defaults break none', () => {
    expect(broken({})).toEqual([]);
  });

  it('pMax must exceed pMin: equal is refused, just above is allowed', () => {
    expect(broken({ pMin: 1e6, pMax: 1e6 })).toEqual(['pMax: pMax must be greater than pMin']);
    expect(broken({ pMin: 1e6, pMax: 1.000001e6 })).toEqual([]);
  });

  it('pMax, pCharge and pDischarge may reach the melting pressure at their temperature, not exceed it', () => {
    const pm = meltingPressure(200);
    expect(broken({ T: 200, pMax: pm, TCharge: 200, pCharge: pm, TDischarge: 200, pDischarge: pm })).toEqual([]);
    expect(broken({ T: 200, pMax: pm * 1.001 })).toEqual(['pMax: pMax exceeds the melting pressure of H₂ at T (hydrogen would be solid)']);
    expect(broken({ TCharge: 200, pCharge: pm * 1.001 })).toEqual(['pCharge: pCharge exceeds the melting pressure of H₂ at TCharge']);
    expect(broken({ TDischarge: 200, pDischarge: pm * 1.001 })).toEqual(['pDischarge: pDischarge exceeds the melting pressure of H₂ at TDischarge']);
  });

  it('alphaMax < betaMin < maxHM for a custom plateau material only; equality at either end is refused', () => {
    const rule = ['betaMin: alphaMax < betaMin < maxHM is required (custom material, plateau model)'];
    const custom = { material: 'custom', model: 'plateau', alphaMax: 0.1, betaMin: 0.9, maxHM: 1.2 };
    expect(broken(custom)).toEqual([]);
    expect(broken({ ...custom, betaMin: 0.1 })).toEqual(rule);
    expect(broken({ ...custom, betaMin: 1.2 })).toEqual(rule);
    expect(broken({ ...custom, alphaMax: 0.95 })).toEqual(rule);
    expect(broken({ ...custom, betaMin: 1.3 })).toEqual(rule);
    // the same numbers are no concern of a library material or of the lattice model
    expect(broken({ ...custom, material: 'LaNi5', betaMin: 1.3 })).toEqual([]);
    expect(broken({ ...custom, model: 'lattice', betaMin: 1.3 })).toEqual([]);
  });
});

describe('hydrogen custom-material fields', () => {
  it('ΔH, ΔS, hysteresis, maxHM, molar mass, atoms and density show for a custom material, not for a library one', () => {
    for (const key of ['dH', 'dS', 'hysteresis', 'maxHM', 'molarMass', 'atomsPerFormula', 'density']) {
      expect(visible(key, { material: 'custom' }), key).toBe(true);
      expect(visible(key, { material: 'LaNi5' }), key).toBe(false);
    }
  });

  it('criticalT shows for a custom lattice material only; alphaMax, betaMin, slope and β exponent for a custom plateau material only', () => {
    const cases: [string, string, boolean][] = [
      ['custom', 'lattice', true],
      ['custom', 'plateau', false],
      ['LaNi5', 'lattice', false],
    ];
    for (const [material, m, shown] of cases) {
      expect(visible('criticalT', { material, model: m }), `criticalT ${material} ${m}`).toBe(shown);
      for (const key of ['alphaMax', 'betaMin', 'plateauSlope', 'betaExponent']) {
        expect(visible(key, { material, model: m }), `${key} ${material} ${m}`).toBe(material === 'custom' && m === 'plateau');
      }
    }
    expect(visible('alphaMax', { material: 'LaNi5', model: 'plateau' })).toBe(false);
  });

  it('the material choice lists every library material by its label and custom as "custom"', () => {
    const spec = paramSpecs.find((s) => s.key === 'material')!;
    const choices = spec.kind === 'choice' ? spec.choices : [];
    expect(choices.find((c) => c.value === 'custom')!.label).toBe('custom');
    expect(choices.find((c) => c.value === 'LaNi5')!.label).toBe('LaNi₅');
  });
});
