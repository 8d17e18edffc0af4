import { describe, expect, it } from 'vitest';
import { resultReplacer, toJson } from '../../../src/core/json';

describe('resultReplacer', () => {
  it('maps NaN and ±∞ to null and keeps finite numbers, strings and plain arrays', () => {
    expect(resultReplacer('k', NaN)).toBeNull();
    expect(resultReplacer('k', -Infinity)).toBeNull();
    expect(resultReplacer('k', -0.5)).toBe(-0.5);
    expect(resultReplacer('k', 'NaN')).toBe('NaN');
  });

  it('turns every typed array into a plain array, non-finite entries into null, and leaves a DataView alone', () => {
    expect(resultReplacer('k', new Float32Array([1.5, NaN]))).toEqual([1.5, null]);
    expect(resultReplacer('k', new Int32Array([-3, 7]))).toEqual([-3, 7]);
    const view = new DataView(new ArrayBuffer(2));
    expect(resultReplacer('k', view)).toBe(view);
  });

  it('indents when asked', () => {
    expect(toJson({ a: [1] }, 2)).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(toJson({ a: Infinity })).toBe('{"a":null}');
  });
});
