import { describe, expect, it } from 'vitest';
import { cachedSurface, surfaceWindow } from '../../../../src/models/hydrogen/surfaceCache';
import { buildSurface } from '../../../../src/models/hydrogen/curves';
import { MATERIALS } from '../../../../src/models/hydrogen/materials';

describe('surface cache', () => {
  it('snaps the window outward to 50 K and keeps T inside it with at least 100 K margin', () => {
    for (const T of [100, 123.4, 298.15, 555, 1199]) {
      const { tMin, tMax } = surfaceWindow(T);
      expect(tMin % 50).toBe(0);
      expect(tMin).toBeGreaterThanOrEqual(100);
      expect(tMax).toBeLessThanOrEqual(1200);
      expect(T - tMin).toBeGreaterThanOrEqual(Math.min(100, T - 100));
      expect(tMax - T).toBeGreaterThanOrEqual(Math.min(100, 1200 - T));
    }
    expect(surfaceWindow(260)).toEqual(surfaceWindow(295));
    // 300 K: 150 K below snaps down to 150, 150 K above snaps up to 450; the ends clip at 100 and 1200 K
    expect(surfaceWindow(300)).toEqual({ tMin: 150, tMax: 450 });
    expect(surfaceWindow(321)).toEqual({ tMin: 150, tMax: 500 });
    expect(surfaceWindow(120)).toEqual({ tMin: 100, tMax: 300 });
    expect(surfaceWindow(1150)).toEqual({ tMin: 1000, tMax: 1200 });
  });

  it('returns the same numbers as a fresh build, in arrays the caller may keep', () => {
    const spec = { model: 'plateau' as const, params: MATERIALS.LaNi5, gas: 'ideal' as const, pMin: 100, pMax: 1e8, tMin: 150, tMax: 450, nx: 20, nT: 10 };
    const fresh = buildSurface(spec);
    const first = cachedSurface(spec);
    first.log10p[0] = NaN;
    first.x[0] = NaN;
    first.T[0] = NaN;
    const second = cachedSurface(spec);
    expect(Array.from(second.log10p)).toEqual(Array.from(fresh.log10p));
    expect(Array.from(second.x)).toEqual(Array.from(fresh.x));
    expect(Array.from(second.T)).toEqual(Array.from(fresh.T));
    expect(second.log10p).not.toBe(first.log10p);
  });
});
