/**
 * Which preset the current values are: a preset "is" the values when every parameter equals the
 * preset's value over the defaults (numbers to 1e-9 relative, so a value that went through a unit
 * conversion, e.g. 5 K/min → 0.0833… K/s, still counts). Pure: no Svelte, no DOM.
 */
import { defaultsOf, type ModelDefinition } from '../core/model';

/** Relative tolerance for two SI numbers to count as the same value. */
const SAME_RELATIVE = 1e-9;

/** True when two raw values are the same (numbers within `SAME_RELATIVE`, others strictly equal). */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= SAME_RELATIVE * Math.max(Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * Id of the preset whose values (over the defaults) equal `raw` in every parameter, or '' when
 * none does; where several do, `preferred` wins if it is one of them, else the first listed.
 */
export function matchingPreset(model: ModelDefinition, raw: Record<string, unknown>, preferred = ''): string {
  const defaults = defaultsOf(model);
  const matches = model.presets
    .filter((p) => {
      const full: Record<string, unknown> = { ...defaults, ...p.values };
      return model.params.every((spec) => same(raw[spec.key], full[spec.key]));
    })
    .map((p) => p.id);
  return matches.includes(preferred) ? preferred : (matches[0] ?? '');
}
