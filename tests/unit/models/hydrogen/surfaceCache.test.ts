/**
 * The PCT surface cache: its temperature window, copies the caller may keep, and its
 * most-recently-used policy with six entries, counted through calls of buildSurface (wrapped by a
 * spy that still builds).
 */
import { describe, expect, it, vi } from 'vitest';
import { cachedSurface, surfaceWindow } from '../../../../src/models/hydrogen/surfaceCache';
import { buildSurface, type SurfaceSpec } from '../../../../src/models/hydrogen/curves';

vi.mock('../../../../src/models/hydrogen/curves', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../src/models/hydrogen/curves')>();
  return { ...original, buildSurface: vi.fn(original.buildSurface) };
});
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

describe('surface cache: most recently used, six entries', () => {
  // tiny surfaces; a nonce keeps these specs apart from any cached before
  const nonce = Math.random();
  const spec = (k: number): SurfaceSpec => ({ model: 'plateau', params: MATERIALS.LaNi5, gas: 'ideal', pMin: 100 + nonce, pMax: 1e6 + k, tMin: 250, tMax: 350, nx: 3, nT: 2 });
  const builds = () => vi.mocked(buildSurface).mock.calls.length;
  /** Builds caused by asking for `ks` in turn. */
  const buildsFor = (...ks: number[]) => {
    const before = builds();
    for (const k of ks) cachedSurface(spec(k));
    return builds() - before;
  };

  it('keeps six surfaces: the seventh evicts the least recently used, and a use refreshes an entry', () => {
    expect(buildsFor(1, 2, 3, 4, 5, 6), 'six new specs').toBe(6);
    expect(buildsFor(1, 2, 3, 4, 5, 6), 'all six cached').toBe(0);
    expect(buildsFor(1), 'spec 1 used again: now the most recent').toBe(0);
    expect(buildsFor(7), 'a seventh spec is built').toBe(1);
    expect(buildsFor(1), 'spec 1 was kept (refreshed)').toBe(0);
    expect(buildsFor(3, 4, 5, 6, 7), 'the rest kept').toBe(0);
    expect(buildsFor(2), 'spec 2, the least recently used, was evicted').toBe(1);
  });
});
