/**
 * The query of a shareable link, written as the user sees it: numbers in their display unit at
 * the shortest precision that parses back to exactly the same SI value (`R=5 K/min`,
 * `G=7.7 K/mm`; otherwise the SI number), the preset the values start from (`preset=…`, then
 * only the edits made after it), the lesson step if any, and presenter mode. File contents (uploaded data) cannot travel
 * in a link: they are listed instead.
 */
import { defaultsOf, type ModelDefinition } from '../core/model';
import { roundSignificant } from '../core/format';
import { displayUnitOf, quantityToSi, toDisplay, type NumberSpec } from '../core/params';

/** A link's query and the parameters it cannot carry. */
export interface SharedQuery {
  query: Record<string, string>;
  /** Keys of parameters whose values are not in the link (file contents). */
  notInLink: string[];
}

/** What the link is made from. */
export interface ShareState {
  raw: Record<string, unknown>;
  /** Preset the values started from ('' for none). */
  presetId: string;
  present: boolean;
  /** The lesson step the view belongs to (written as `lesson=<id>&step=<n>` after the parameters). */
  lesson?: { id: string; step: number };
}

/**
 * `si` written in the spec's display unit with the fewest significant digits that parse back
 * (as a link or the panel reads it) to exactly `si`; the plain SI number when none does.
 */
export async function linkValue(spec: NumberSpec, si: number): Promise<string> {
  const unit = displayUnitOf(spec);
  if (unit === '' || !Number.isFinite(si)) return String(si);
  const shown = toDisplay(spec, si);
  for (let digits = 1; digits <= 17; digits++) {
    const text = `${roundSignificant(shown, digits)} ${unit}`;
    const back = await quantityToSi(spec, text);
    if (back.ok && back.value === si) return text;
  }
  return String(si);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

/** The query reproducing `state` for `model` (keys: preset, changed parameters in panel order, lesson and step, present). */
export async function shareQuery(model: ModelDefinition, state: ShareState): Promise<SharedQuery> {
  const preset = model.presets.find((p) => p.id === state.presetId);
  const base: Record<string, unknown> = { ...defaultsOf(model), ...(preset?.values ?? {}) };
  const query: Record<string, string> = preset ? { preset: preset.id } : {};
  const notInLink: string[] = [];
  for (const spec of model.params) {
    const v = state.raw[spec.key];
    if (v === undefined || same(v, base[spec.key])) continue;
    if (spec.kind === 'text' && spec.file) {
      if (v !== '') notInLink.push(spec.key);
      continue;
    }
    query[spec.key] = (spec.kind === 'number' || spec.kind === 'integer') && typeof v === 'number' ? await linkValue(spec, v) : String(v);
  }
  // a field given in a link implies others (V ⇒ drive=pulling): state them when they differ
  for (const spec of model.params) {
    if (!(spec.key in query) || !spec.implies) continue;
    for (const [k, implied] of Object.entries(spec.implies)) {
      const v = state.raw[k];
      if (!(k in query) && v !== undefined && !same(v, implied)) query[k] = String(v);
    }
  }
  if (state.lesson) {
    query.lesson = state.lesson.id;
    query.step = String(state.lesson.step);
  }
  if (state.present) query.present = '1';
  return { query, notInLink };
}
