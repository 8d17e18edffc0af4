/**
 * Memoises PCT surfaces: the surface depends only on the material, the isotherm and gas models,
 * the pressure range and the temperature window, so dragging the temperature within one window
 * (see `surfaceWindow`) reuses it instead of recomputing 100 × 100 equilibria. A small
 * most-recently-used cache; results are shared read-only arrays, so callers copy before handing
 * them out (the worker transfers result buffers).
 */
import { buildSurface, type SurfaceSpec } from './curves';

type Surface = ReturnType<typeof buildSurface>;

const CAPACITY = 6;
const cache = new Map<string, Surface>();

/** Temperature window of the surface around T, K: ±150 K snapped outward to 50 K, inside 100–1200 K. */
export function surfaceWindow(T: number): { tMin: number; tMax: number } {
  return { tMin: Math.max(100, 50 * Math.floor((T - 150) / 50)), tMax: Math.min(1200, 50 * Math.ceil((T + 150) / 50)) };
}

/** The surface for `spec`, computed once per distinct spec (copies of the cached arrays). */
export function cachedSurface(spec: SurfaceSpec): Surface {
  const key = JSON.stringify(spec);
  let surface = cache.get(key);
  if (surface) cache.delete(key);
  else surface = buildSurface(spec);
  cache.set(key, surface);
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  return { ...surface, x: surface.x.slice(), T: surface.T.slice(), log10p: surface.log10p.slice() };
}
