import { describe, expect, it } from 'vitest';
import { isPlainNumber, parseQuantity } from '../../../src/core/units';

async function si(text: string, unit: string): Promise<number> {
  const r = await parseQuantity(text, unit);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return r.value;
}

describe('parseQuantity: every spelling alias (relative tolerance 1e-12)', () => {
  it('reads °C with and without a space, ℃, °F, Å, ², ³, the middle dot and the minus sign', async () => {
    const cases: Array<[string, string, number]> = [
      ['20 ° C', 'K', 293.15],
      ['20 ℃', 'K', 293.15],
      ['212 °F', 'K', 373.15],
      ['212 ° F', 'K', 373.15],
      ['2 Å', 'm', 2e-10],
      ['3 m²', 'm^2', 3],
      ['2 cm³', 'm^3', 2e-6],
      ['4 N·m', 'J', 4],
      ['−5 degC', 'K', 268.15],
      ['−2.5', 'K', -2.5],
    ];
    for (const [text, unit, expected] of cases) {
      const got = await si(text, unit);
      expect(Math.abs(got - expected) / Math.abs(expected), `${text} → ${got}, expected ${expected}`).toBeLessThan(1e-12);
    }
  });

  it('refuses empty text as syntax, not as a number', async () => {
    expect(await parseQuantity('', 'K')).toEqual({ ok: false, reason: 'syntax' });
    expect(await parseQuantity('   ', 'K')).toEqual({ ok: false, reason: 'syntax' });
  });
});

describe('isPlainNumber', () => {
  it('accepts decimal numbers with optional sign, point and exponent, and nothing else', () => {
    for (const t of ['1', '-1', '+1.', '.5', '1.5e3', '2E-7', ' 4 ']) expect(isPlainNumber(t), t).toBe(true);
    for (const t of ['', '.', '1e', 'e5', '0x10', '1,5', '5 K', '--1', '1.2.3', 'Infinity', 'NaN']) expect(isPlainNumber(t), t).toBe(false);
  });
});
