/**
 * `tangentMark`: a two-point dashed line y = y0 + slope·(x − x0) from x0 to xEnd, cut where it
 * leaves the y range, labelled at its end; null when it would have no length or an input is not finite.
 */
import { describe, expect, it } from 'vitest';
import { tangentMark } from '../../../src/viz/plot/tangent';

const base = { x0: 0, y0: 100, slope: 10, xEnd: 5, yRange: [90, 200] as [number, number], label: 'tangent' };

describe('tangentMark', () => {
  it('runs to xEnd when it stays inside the y range', () => {
    const m = tangentMark(base)!;
    expect(Array.from(m.x)).toEqual([0, 5]);
    expect(Array.from(m.y)).toEqual([100, 150]);
    expect(m.dashed).toBe(true);
    expect(Array.from(m.labels!)).toEqual(['tangent']);
  });
  it('stops at the top of the range (rising) or the bottom (falling), keeping the slope', () => {
    const up = tangentMark({ ...base, slope: 50 })!;
    expect(Array.from(up.x)).toEqual([0, 2]);
    expect(Array.from(up.y)).toEqual([100, 200]);
    const down = tangentMark({ ...base, slope: -5 })!;
    expect(Array.from(down.x)).toEqual([0, 2]);
    expect(Array.from(down.y)).toEqual([100, 90]);
  });
  it('a flat tangent runs to xEnd', () => {
    expect(Array.from(tangentMark({ ...base, slope: 0 })!.y)).toEqual([100, 100]);
  });
  it('null without length (start on or beyond the edge, xEnd ≤ x0) or with a non-finite input', () => {
    expect(tangentMark({ ...base, y0: 200 })).toBeNull();
    expect(tangentMark({ ...base, xEnd: 0 })).toBeNull();
    expect(tangentMark({ ...base, slope: NaN })).toBeNull();
    expect(tangentMark({ ...base, yRange: [90, Infinity] })).toBeNull();
  });
});
