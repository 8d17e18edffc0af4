import { describe, expect, it } from 'vitest';
import { validateParams, allowedText, toDisplay, fromDisplay, applyImplications } from '../../../src/core/params';
import wave from '../../fixtures/wave-model';

const specs = wave.params;

describe('validateParams', () => {
  it('fills defaults and accepts SI numbers', async () => {
    const r = await validateParams(specs, { amplitude: 0.02 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.values).toMatchObject({ steps: 200, amplitude: 0.02, shape: 'sine' });
  });

  it('converts unit strings to SI', async () => {
    const r = await validateParams(specs, { amplitude: '5 mm', workMs: '0.002 s' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.values.amplitude).toBeCloseTo(0.005, 15);
      expect(r.values.workMs).toBeCloseTo(2, 12);
    }
  });

  it('names the field, says why and what is allowed for an out-of-range value', async () => {
    const r = await validateParams(specs, { amplitude: '2 m' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]).toMatchObject({ field: 'amplitude', code: 'range' });
      expect(r.issues[0].message).toContain('2000 mm');
      expect(r.issues[0].allowed).toBe('0.001 – 1000 mm');
    }
  });

  it('rejects a quantity of the wrong dimension', async () => {
    const r = await validateParams(specs, { amplitude: '3 K' });
    expect(!r.ok && r.issues[0]).toMatchObject({ field: 'amplitude', code: 'dimension' });
  });

  it('rejects text that is not a number', async () => {
    const r = await validateParams(specs, { steps: 'many' });
    expect(!r.ok && r.issues[0]).toMatchObject({ field: 'steps', code: 'syntax' });
  });

  it('rejects NaN and infinity', async () => {
    for (const bad of [NaN, Infinity]) {
      const r = await validateParams(specs, { amplitude: bad });
      expect(!r.ok && r.issues[0].field).toBe('amplitude');
    }
  });

  it('rejects non-integers, unknown choices and unknown keys', async () => {
    const r = await validateParams(specs, { steps: 2.5, shape: 'triangle', bogus: 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const byField = Object.fromEntries(r.issues.map((i) => [i.field, i.code]));
      expect(byField).toEqual({ bogus: 'unknown', steps: 'integer', shape: 'choice' });
    }
  });

  it('runs cross-field checks only once fields are valid', async () => {
    const r = await validateParams(specs, { steps: 10, failAt: 20 }, wave.crossChecks);
    expect(!r.ok && r.issues[0]).toMatchObject({ field: 'failAt', code: 'cross' });
  });

  it('parses booleans from text', async () => {
    const r = await validateParams(specs, { ignoreCancel: 'true' });
    expect(r.ok && r.values.ignoreCancel).toBe(true);
  });
});

describe('display units', () => {
  it('round-trips SI ↔ display', () => {
    const spec = specs[1];
    if (spec.kind !== 'number') throw new Error('fixture changed');
    expect(toDisplay(spec, 0.0123)).toBeCloseTo(12.3, 12);
    expect(fromDisplay(spec, 12.3)).toBeCloseTo(0.0123, 15);
  });

  it('describes integer and choice ranges', () => {
    expect(allowedText(specs[0])).toBe('a whole number, 2 – 100000');
    expect(allowedText(specs[2])).toBe('one of sine, square');
  });
});

describe('applyImplications', () => {
  const specs = [
    { key: 'drive', kind: 'choice', label: 'Drive', help: '', choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' },
    { key: 'V', kind: 'number', label: 'V', help: '', unit: 'm/s', min: 0, max: 1, default: 0.1, implies: { drive: 'b' } },
  ] as const;

  it('adds what an explicit field implies', () => {
    expect(applyImplications(specs, { V: 0.2 })).toEqual({ V: 0.2, drive: 'b' });
  });

  it('never overrides an explicit value, and adds nothing for absent fields', () => {
    expect(applyImplications(specs, { V: 0.2, drive: 'a' })).toEqual({ V: 0.2, drive: 'a' });
    expect(applyImplications(specs, {})).toEqual({});
  });
});

describe('range messages never contradict their limits (issue 11, item 7)', () => {
  const seed = { key: 'seed', kind: 'integer', label: 'Seed', help: '.', unit: '', min: 0, max: 4294967295, default: 1 } as const;
  const vacancies = { key: 'vacancies', kind: 'integer', label: 'V', help: '.', unit: '', min: 0, max: 4194304, default: 0 } as const;
  const T = { key: 'T', kind: 'number', label: 'T', help: '.', unit: 'K', min: 100, max: 1200, default: 300 } as const;
  const tEnd = { key: 'tEnd', kind: 'number', label: 't', help: '.', unit: 's', display: { unit: 'min', factor: 1 / 60 }, min: 1, max: 1e6, default: 3000 } as const;

  it('shows integers exactly', () => {
    expect(allowedText(seed)).toBe('a whole number, 0 – 4294967295');
    expect(allowedText(vacancies)).toBe('a whole number, 0 – 4194304');
  });

  it('shows the value with enough digits to lie outside the range it shows', async () => {
    const cases: Array<[typeof seed | typeof vacancies | typeof T | typeof tEnd, unknown, string, string]> = [
      [seed, 4294967296, 'seed: 4294967296 is out of range', 'a whole number, 0 – 4294967295'],
      [vacancies, 4194305, 'vacancies: 4194305 is out of range', 'a whole number, 0 – 4194304'],
      [T, '1200.0001', 'T: 1200.0001 K is out of range', '100 – 1200 K'],
      [T, '99.999999999', 'T: 99.999999999 K is out of range', '100 – 1200 K'],
      [tEnd, '1000000.5', 'tEnd: 16666.675 min is out of range', '0.016666667 – 16666.667 min'],
    ];
    for (const [spec, raw, message, allowed] of cases) {
      const r = await validateParams([spec], { [spec.key]: raw });
      expect(r.ok, String(raw)).toBe(false);
      if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'range', message, allowed });
    }
  });

  it('shows a value that is not whole with the digits that make it so', async () => {
    const r = await validateParams([vacancies], { vacancies: '4.0000001' });
    expect(!r.ok && r.issues[0].message).toBe('vacancies: 4.0000001 is not a whole number');
  });
});
