/**
 * `matchingPreset`: a preset is the values when all parameters equal the preset over the defaults
 * (numbers to 1e-9 relative), checked on the real models.
 */
import { describe, expect, it } from 'vitest';
import { matchingPreset } from '../../../src/app/presetMatch';
import { defaultsOf, type ModelDefinition } from '../../../src/core/model';
import sol from '../../../src/models/solidification';
import ion from '../../../src/models/ionhop';

describe('matchingPreset', () => {
  it('finds the preset the defaults equal, and each preset over the defaults', () => {
    expect(matchingPreset(sol, defaultsOf(sol))).toBe('sige-eimr-7.7');
    for (const p of ion.presets) expect(matchingPreset(ion, { ...defaultsOf(ion), ...p.values }), p.id).toBe(p.id);
    expect(matchingPreset(ion, defaultsOf(ion))).toBe('');
  });

  it('counts a number within 1e-9 relative as equal and one beyond it as an edit', () => {
    const d = defaultsOf(sol);
    const R = d.R as number;
    expect(matchingPreset(sol, { ...d, R: R * (1 + 5e-10) })).toBe('sige-eimr-7.7');
    expect(matchingPreset(sol, { ...d, R: R * (1 + 5e-9) })).toBe('');
    expect(matchingPreset(sol, { ...d, drive: 'pulling' })).toBe('');
    expect(matchingPreset(sol, { ...d, G: '7.7 K/mm' })).toBe('');
  });

  it('prefers the preset the values were chosen from when two presets are the same values', () => {
    const twin = { ...sol, presets: [...sol.presets, { ...sol.presets[0], id: 'twin' }] } as ModelDefinition;
    expect(matchingPreset(twin, defaultsOf(sol))).toBe('sige-eimr-7.7');
    expect(matchingPreset(twin, defaultsOf(sol), 'twin')).toBe('twin');
  });
});
