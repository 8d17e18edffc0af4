import { describe, expect, it } from 'vitest';
import { defineModel, summaryNumber, type ModelDefinition } from '../../../src/core/model';
import { modelIds, modelLoaders } from '../../../src/models/registry';
import wave from '../../fixtures/wave-model';

/** The wave fixture with some parts replaced (a malformed model for defineModel to refuse). */
function variant(parts: Partial<ModelDefinition>): ModelDefinition {
  return { ...wave, ...parts } as ModelDefinition;
}

describe('defineModel', () => {
  it('returns a well-formed definition unchanged, usable where a plain ModelDefinition is expected', () => {
    const plain: ModelDefinition = defineModel(variant({}));
    expect(plain.run).toBe(wave.run);
    expect(plain.params).toBe(wave.params);
  });

  it.each([
    ['a parameter declared twice', variant({ params: [...wave.params, wave.params[0]] }), 'model wave: parameter "steps" is declared twice'],
    ['a cross-check on an unknown parameter', variant({ crossChecks: [{ field: 'stepz', message: 'x', holds: () => true }] }), 'model wave: cross-check names unknown parameter "stepz"'],
    ['a preset declared twice', variant({ presets: [...wave.presets, ...wave.presets] }), 'model wave: preset "long" is declared twice'],
    ['a preset setting an unknown parameter', variant({ presets: [{ id: 'p', label: 'p', source: 's', values: { stepz: 3 } }] }), 'model wave: preset "p" sets unknown parameter "stepz"'],
  ])('refuses %s, naming it', (_what, model, message) => {
    expect(() => defineModel(model)).toThrow(message);
  });

  it('every registered model loads under its own id and passes defineModel', async () => {
    for (const id of modelIds) {
      const model = await modelLoaders[id]();
      expect(model.id, `registry id ${id}`).toBe(id);
      expect(defineModel(model)).toBe(model);
    }
  });
});

describe('summaryNumber', () => {
  it('keeps finite numbers (0 and negatives too); missing, non-finite and non-number values give null', () => {
    expect([2.5, 0, -3e-9].map(summaryNumber)).toEqual([2.5, 0, -3e-9]);
    expect([undefined, null, NaN, Infinity, -Infinity, true, '1', [1]].map(summaryNumber)).toEqual(Array(8).fill(null));
  });
});
