/**
 * Snapshots of what a plot was drawn from, to skip redrawing a plot whose data and options did
 * not change (a streamed partial result rebuilds every series object, though most plots then show
 * the same numbers). A snapshot is a deep copy, so arrays mutated in place still count as changed;
 * comparing costs one pass over the data, far less than a redraw.
 */

/** A deep copy of plot data and options (opaque; compare with {@link samePlotSnapshot}). */
export type PlotSnapshot = unknown;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Deep copy of arrays, typed arrays and plain objects; anything else (numbers, strings, functions) as is. */
function copy(v: unknown): unknown {
  if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return (v as unknown as { slice(): unknown }).slice();
  if (Array.isArray(v)) return v.map(copy);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = copy(v[k]);
    return out;
  }
  return v;
}

function isList(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** Deep equality: lists element by element (an array equals a typed array with the same numbers; NaN equals NaN), plain objects key by key, the rest by identity. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (isList(a) && isList(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y) continue;
      if (typeof x === 'number' && typeof y === 'number') {
        if (Number.isNaN(x) && Number.isNaN(y)) continue;
        return false;
      }
      if (!same(x, y)) return false;
    }
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!same(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Snapshot of a plot's data and options as they are now. */
export function snapshotPlot(data: unknown, options: unknown): PlotSnapshot {
  return copy([data, options]);
}

/** True when two snapshots hold the same data and options (so the drawing would be the same). */
export function samePlotSnapshot(a: PlotSnapshot, b: PlotSnapshot): boolean {
  return same(a, b);
}
