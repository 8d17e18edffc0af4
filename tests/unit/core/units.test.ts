import { describe, expect, it } from 'vitest';
import { parseQuantity } from '../../../src/core/units';

async function si(text: string, unit: string): Promise<number> {
  const r = await parseQuantity(text, unit);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.value;
}

describe('parseQuantity', () => {
  it('takes plain numbers as SI', async () => {
    expect(await si('1e-8', 'm^2/s')).toBe(1e-8);
    expect(await si(' -3.5 ', 'K')).toBe(-3.5);
  });

  it('converts the spellings people type (tolerance 1e-12 relative)', async () => {
    const cases: Array<[string, string, number]> = [
      ['7.7 K/mm', 'K/m', 7700],
      ['5 °C/min', 'K/s', 5 / 60],
      ['5 degC/min', 'K/s', 5 / 60],
      ['10 bar', 'Pa', 1e6],
      ['2 GPa', 'Pa', 2e9],
      ['300 °C', 'K', 573.15],
      ['1.5 Å', 'm', 1.5e-10],
      ['10 µm/s', 'm/s', 1e-5],
      ['1 cm²/s', 'm^2/s', 1e-4],
    ];
    for (const [text, unit, expected] of cases) {
      const got = await si(text, unit);
      expect(Math.abs(got - expected) / expected, `${text} → ${got}, expected ${expected}`).toBeLessThan(1e-12);
    }
  });

  it('reports wrong dimensions and nonsense', async () => {
    expect(await parseQuantity('3 kg', 'K/m')).toEqual({ ok: false, reason: 'dimension' });
    expect(await parseQuantity('abc def', 'K')).toEqual({ ok: false, reason: 'syntax' });
    expect(await parseQuantity('5 mm', '')).toEqual({ ok: false, reason: 'syntax' });
  });

  it('reads both micro signs, µ (U+00B5) and μ (U+03BC), as 1e-6 (relative tolerance 1e-12)', async () => {
    for (const micro of ['\u00b5', '\u03bc']) {
      const got = await si(`10 ${micro}m/s`, 'm/s');
      expect(Math.abs(got - 1e-5) / 1e-5, `U+${micro.codePointAt(0)?.toString(16)}: got ${got}, expected 1e-5`).toBeLessThan(1e-12);
    }
  });

  it('refuses a unit without a number instead of reading it as 1 of that unit (issue 11, item 1)', async () => {
    for (const [text, unit] of [
      ['K/mm', 'K/m'],
      ['angstrom', 'm'],
      ['Å', 'm'],
      ['bar', 'Pa'],
      ['degC/min', 'K/s'],
      ['µm/s', 'm/s'],
    ]) {
      expect(await parseQuantity(text, unit), text).toEqual({ ok: false, reason: 'number' });
    }
    // A number written with the unit still works.
    expect(await si('1 K/mm', 'K/m')).toBeCloseTo(1000, 9);
  });
});
