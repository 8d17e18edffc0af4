/**
 * How an answer quotes a step's result: a summary value or run parameter converted to its display
 * unit (factor and offset) at the asked significant digits, words and missing values through the
 * caller's translator, a prototype key never read, and templates split into text and placeholders.
 */
import { describe, expect, it } from 'vitest';
import { placeholders, resolveQuote, sourceLabel, templateParts } from '../../../../src/app/lessons/quotes';
import type { ModelResult } from '../../../../src/core/model';

const result: ModelResult = { summary: { T: 300, v: 2.5e-6, regime: 'cellular', flat: false, none: null }, series: {} };
const params = { G: 7700 };
const format = (v: number, d: number) => v.toPrecision(d);
const word = (w: string) => `<${w}>`;

describe('resolveQuote', () => {
  it('converts to the display unit (factor, offset) with the asked digits, default 3', () => {
    expect(resolveQuote({ from: { summary: 'T' }, unit: { unit: '°C', factor: 1, offset: -273.15 } }, result, params, format, word)).toEqual({ si: 300, text: '26.9 °C' });
    expect(resolveQuote({ from: { summary: 'v' }, unit: { unit: 'µm/s', factor: 1e6 }, digits: 2 }, result, params, format, word)).toEqual({ si: 2.5e-6, text: '2.5 µm/s' });
    expect(resolveQuote({ from: { param: 'G' }, unit: { unit: 'K/mm', factor: 1e-3 } }, result, params, format, word)).toEqual({ si: 7700, text: '7.70 K/mm' });
    expect(resolveQuote({ from: { param: 'G' } }, result, params, format, word)).toEqual({ si: 7700, text: '7.70e+3' });
  });

  it('passes words, flags and missing values through the translator; never reads an inherited key', () => {
    expect(resolveQuote({ from: { summary: 'regime' } }, result, params, format, word)).toEqual({ si: 'cellular', text: '<cellular>' });
    expect(resolveQuote({ from: { summary: 'flat' } }, result, params, format, word)).toEqual({ si: false, text: '<false>' });
    for (const from of [{ summary: 'none' }, { summary: 'absent' }, { summary: 'toString' }, { param: 'constructor' }]) {
      expect(resolveQuote({ from }, result, params, format, word), JSON.stringify(from)).toEqual({ si: null, text: '<>' });
    }
  });
});

describe('answer templates', () => {
  it('split into text and placeholders in order; list each placeholder once', () => {
    expect(templateParts('V = {v}, so {regime}; again {v}.')).toEqual([{ text: 'V = ' }, { name: 'v' }, { text: ', so ' }, { name: 'regime' }, { text: '; again ' }, { name: 'v' }, { text: '.' }]);
    expect(templateParts('{a}{b}')).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(templateParts('no values')).toEqual([{ text: 'no values' }]);
    expect(placeholders('V = {v}, so {regime}; again {v}.')).toEqual(['v', 'regime']);
  });

  it('name where a quote comes from', () => {
    expect(sourceLabel({ from: { summary: 'T' } })).toBe('summary:T');
    expect(sourceLabel({ from: { param: 'G' } })).toBe('param:G');
  });
});
