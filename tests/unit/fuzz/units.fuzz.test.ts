/**
 * Fuzz (issue 11, item 1, and issue 9): every numeric parameter of every model, given as a
 * quantity in its display unit (with either micro sign), validates to the same SI value (relative
 * tolerance 1e-9); a unit without a number is always refused; random text is refused with a
 * message naming the field, or read as a finite number — never NaN, never a crash.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelIds, modelLoaders } from '../../../src/models/registry';
import { displayUnitOf, toDisplay, validateParams, type NumberSpec } from '../../../src/core/params';
import { quoteInput } from '../../../src/core/quote';
import { fcParams, PROTOTYPE_NAMES } from './fuzzConfig';

const models = await Promise.all(modelIds.map((id) => modelLoaders[id]()));
const numeric = models.flatMap((m) => m.params.filter((s): s is NumberSpec => s.kind === 'number' || s.kind === 'integer').map((spec) => ({ model: m.id, spec })));
const withUnit = numeric.filter(({ spec }) => displayUnitOf(spec) !== '');

describe('fuzz: quantities with units', () => {
  it(`every numeric parameter (${numeric.length}) reads its display unit back to the SI value`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withUnit), fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.constantFrom('\u00b5', '\u03bc'), async ({ spec }, u, micro) => {
        const logScale = spec.min > 0 && spec.max / spec.min > 1e3;
        const si = logScale ? spec.min * (spec.max / spec.min) ** u : spec.min + u * (spec.max - spec.min);
        const value = spec.kind === 'integer' ? Math.round(si) : si;
        const text = `${String(toDisplay(spec, value))} ${displayUnitOf(spec).replace(/[\u00b5\u03bc]/g, micro)}`;
        const r = await validateParams([spec], { [spec.key]: text });
        expect(r.ok, `${spec.key} = "${text}": ${r.ok ? '' : r.issues[0].message}`).toBe(true);
        if (r.ok) {
          const got = r.values[spec.key] as number;
          const tol = 1e-9 * Math.max(Math.abs(value), 1e-300);
          expect(Math.abs(got - value), `${spec.key} = "${text}": expected ${value}, got ${got}, tolerance ${tol}`).toBeLessThanOrEqual(tol);
        }
      }),
      fcParams(200),
    );
  }, 120_000);

  it('a unit alone is refused for every parameter that has a unit, beside that field', async () => {
    for (const { model, spec } of withUnit) {
      const unit = displayUnitOf(spec);
      const r = await validateParams([spec], { [spec.key]: unit });
      expect(r.ok, `${model}.${spec.key} = "${unit}"`).toBe(false);
      if (!r.ok) expect(r.issues[0], `${model}.${spec.key} = "${unit}"`).toMatchObject({ field: spec.key, code: 'number' });
    }
  }, 120_000);

  it('random text is refused naming the field, or read as a finite in-range number', async () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...PROTOTYPE_NAMES),
      fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom('K/mm', 'bar', 'µm/s', 'μm/s', 'Å', 'eV', 'K', 'degC', 'min')).map(([a, b]) => `${a} ${b}`),
      fc.tuple(fc.double(), fc.constantFrom('K/mm', 'bar', 'µm/s', 'μm/s', 'Å', 'eV', 'K', 'degC', 'min', 'kg', '')).map(([a, b]) => `${a} ${b}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...numeric), text, async ({ spec }, input) => {
        const r = await validateParams([spec], { [spec.key]: input });
        if (r.ok) {
          const got = r.values[spec.key] as number;
          expect(Number.isFinite(got) && got >= spec.min && got <= spec.max, `${spec.key} = ${JSON.stringify(input)} → ${got}`).toBe(true);
        } else {
          expect(r.issues[0].field, JSON.stringify(input)).toBe(spec.key);
          expect(r.issues[0].message.startsWith(`${spec.key}: `), r.issues[0].message).toBe(true);
          // apart from the echo of the input itself, the message never shows NaN or undefined
          expect(r.issues[0].message.replace(quoteInput(input), ''), r.issues[0].message).not.toMatch(/NaN|undefined/);
        }
      }),
      fcParams(300),
    );
  }, 120_000);
});
