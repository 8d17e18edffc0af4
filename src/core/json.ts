/**
 * JSON output for results: typed arrays become plain arrays, NaN and ±∞ become null.
 */

/** JSON.stringify replacer: typed arrays → arrays, non-finite numbers → null. */
export function resultReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : null));
  }
  return value;
}

/** Serialises a value to JSON with {@link resultReplacer}. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, resultReplacer, indent);
}
