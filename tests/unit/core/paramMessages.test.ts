import { describe, expect, it } from 'vitest';
import { allowedText, displayUnitOf, formatNumber, fromDisplay, quantityToSi, schemaOf, toDisplay, validateParams, type ParamSpec } from '../../../src/core/params';
import * as v from 'valibot';

const T = { key: 'T', kind: 'number', label: 'T', help: '.', unit: 'K', display: { unit: '°C', factor: 1, offset: -273.15 }, min: 100, max: 1200, default: 300 } as const;
const x = { key: 'x', kind: 'number', label: 'x', help: '.', unit: '', min: 0, max: 1, default: 0.5 } as const;
const on = { key: 'on', kind: 'boolean', label: 'On', help: '.', default: false } as const;
const path = { key: 'path', kind: 'text', label: 'Path', help: '.', maxLength: 5, default: '' } as const;
const mode = { key: 'mode', kind: 'choice', label: 'Mode', help: '.', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' } as const;
const n = { key: 'n', kind: 'integer', label: 'n', help: '.', unit: '', min: 1, max: 9, default: 2 } as const;
const specs: readonly ParamSpec[] = [T, x, on, path, mode, n];

async function issue(raw: Record<string, unknown>) {
  const r = await validateParams(specs, raw);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return r.issues;
}

describe('validateParams messages, word for word', () => {
  it('explains each way a quantity fails to parse', async () => {
    expect(await issue({ T: '3 kg' })).toEqual([{ field: 'T', code: 'dimension', message: 'T: "3 kg" is not convertible to K', allowed: '-173.15 – 926.85 °C' }]);
    // a dimensionless field takes no unit at all: any unit is a syntax error there
    expect(await issue({ x: '3 kg' })).toEqual([{ field: 'x', code: 'syntax', message: 'x: "3 kg" is not a number', allowed: '0 – 1' }]);
    expect((await issue({ T: 'K' }))[0]).toMatchObject({ code: 'number', message: 'T: "K" is a unit without a number (a unit alone is not read as 1 of it; write the number too)' });
    expect((await issue({ T: 'hot' }))[0]).toMatchObject({ code: 'syntax', message: 'T: "hot" is not a number or a quantity with a unit' });
    expect((await issue({ x: 'half' }))[0]).toMatchObject({ code: 'syntax', message: 'x: "half" is not a number' });
  });

  it('reads booleans as true/1 and false/0 only, trimmed', async () => {
    for (const [text, want] of [['true', true], [' 1 ', true], ['false', false], ['0', false]] as const) {
      const r = await validateParams(specs, { on: text });
      expect(r.ok && r.values.on, text).toBe(want);
    }
    expect(await issue({ on: 'yes' })).toEqual([{ field: 'on', code: 'type', message: 'on: "yes" is not true or false', allowed: 'true or false' }]);
    expect(await issue({ on: 3 })).toEqual([{ field: 'on', code: 'type', message: 'on: must be true or false', allowed: 'true or false' }]);
  });

  it('names wrong types, non-finite numbers, long text, unknown choices and keys', async () => {
    expect(await issue({ x: Infinity })).toEqual([{ field: 'x', code: 'type', message: 'x: must be finite', allowed: '0 – 1' }]);
    expect(await issue({ x: true })).toEqual([{ field: 'x', code: 'type', message: 'x: must be a number', allowed: '0 – 1' }]);
    expect(await issue({ n: false })).toEqual([{ field: 'n', code: 'type', message: 'n: must be a number', allowed: 'a whole number, 1 – 9' }]);
    expect(await issue({ path: 'abcdef' })).toEqual([{ field: 'path', code: 'length', message: 'path: the text is too long', allowed: 'text of at most 5 characters' }]);
    expect(await issue({ mode: 'c' })).toEqual([{ field: 'mode', code: 'choice', message: 'mode: "c" is not a known option', allowed: 'one of a, b' }]);
    expect(await issue({ zz: 1 })).toEqual([{ field: 'zz', code: 'unknown', message: 'zz: unknown parameter', allowed: 'one of T, x, on, path, mode, n' }]);
    expect(await issue({ n: 0.5 })).toEqual([{ field: 'n', code: 'integer', message: 'n: 0.5 is not a whole number', allowed: 'a whole number, 1 – 9' }]);
    expect(await issue({ n: 10 })).toEqual([{ field: 'n', code: 'range', message: 'n: 10 is out of range', allowed: 'a whole number, 1 – 9' }]);
    expect(await issue({ T: 50 })).toEqual([{ field: 'T', code: 'range', message: 'T: -223.15 °C is out of range', allowed: '-173.15 – 926.85 °C' }]);
  });

  it('returns the fields that are valid beside the issues, and text values trimmed', async () => {
    const r = await validateParams(specs, { x: 2, path: ' ab ' });
    expect(r.ok).toBe(false);
    expect(r.values).toEqual({ T: 300, on: false, path: 'ab', mode: 'a', n: 2 });
  });

  it('reports a failed cross check with its field and message, and passes when it holds', async () => {
    const check = { field: 'n', message: 'must exceed 2·x', holds: (p: Record<string, unknown>) => (p.n as number) > 2 * (p.x as number) };
    const bad = await validateParams(specs, { n: 1, x: 0.9 }, [check]);
    expect(bad).toMatchObject({ ok: false, issues: [{ field: 'n', code: 'cross', message: 'n: must exceed 2·x', allowed: 'must exceed 2·x' }] });
    expect(bad.values).toMatchObject({ n: 1, x: 0.9 });
    expect((await validateParams(specs, { n: 2, x: 0.9 }, [check])).ok).toBe(true);
  });
});

describe('display units and numbers', () => {
  it('converts with an offset both ways and names the unit people see', () => {
    expect(toDisplay(T, 273.15)).toBe(0);
    expect(fromDisplay(T, 25)).toBeCloseTo(298.15, 12);
    expect(toDisplay(x, 0.25)).toBe(0.25);
    expect(fromDisplay(x, 0.25)).toBe(0.25);
    expect(displayUnitOf(T)).toBe('°C');
    expect(displayUnitOf(x)).toBe('');
  });

  it('divides by a factor with no exact integer inverse (1/60) and multiplies by an exact one (1e5)', () => {
    const perMin = { ...x, unit: 's', display: { unit: 'min', factor: 1 / 60 } };
    expect(fromDisplay(perMin, 1)).toBe(1 / (1 / 60));
    const third = { ...x, unit: 'm', display: { unit: 'u', factor: 3 } };
    expect(fromDisplay(third, 1)).toBe(1 / 3);
    const tenMicro = { ...x, unit: 'm', display: { unit: 'u', factor: 1e-5 } };
    expect(fromDisplay(tenMicro, 3)).toBe(3e5);
  });

  it('takes a number in exactly the display unit without mathjs, and other spellings through it', async () => {
    expect(await quantityToSi(T, '25 °C')).toEqual({ ok: true, value: 298.15 });
    expect(await quantityToSi(T, '300 K')).toEqual({ ok: true, value: 300 });
    expect(await quantityToSi(T, '25°C')).toEqual({ ok: true, value: 298.15 });
  });

  it('formats numbers for messages: exact integers, 6 digits in fixed range, exponents outside', () => {
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(-7e20)).toBe('-700000000000000000000');
    expect(formatNumber(1e21)).toBe('1e+21');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(0.001)).toBe('0.001');
    expect(formatNumber(0.000999)).toBe('9.99e-4');
    expect(formatNumber(123456.7)).toBe('123457');
    expect(formatNumber(1234567.5)).toBe('1.235e+6');
    expect(formatNumber(2.5e-7, 4)).toBe('2.5e-7');
    expect(formatNumber(2.54e-7, 4)).toBe('2.5e-7');
    expect(formatNumber(1 / 3, 3)).toBe('0.333');
  });

  it('says what boolean and text fields allow', () => {
    expect(allowedText(on)).toBe('true or false');
    expect(allowedText(path)).toBe('text of at most 5 characters');
  });

  it('builds a strict schema that refuses extra keys', () => {
    const schema = schemaOf([x]);
    expect(v.safeParse(schema, { x: 0.5 }).success).toBe(true);
    expect(v.safeParse(schema, { x: 0.5, y: 1 }).success).toBe(false);
    expect(v.safeParse(schema, {}).success).toBe(false);
  });
});
