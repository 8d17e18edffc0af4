/**
 * Writes, for each model, `src/app/models/<id>/specStrings.ts`: the English catalog entries of its
 * parameter labels and help, option names and preset names, taken from the model's specs, so
 * these English words live in one place (the specs) and the app's catalog is derived from them.
 * Run with `npx tsx scripts/spec-strings.ts` after changing a spec's words; a unit test checks the
 * files are current.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelDefinition } from '../src/core/model';

/** The catalog entries (`param.`, `help.`, `choice.`, `preset.` keys) of model `id`, in spec order. */
export function specEntries(id: string, model: ModelDefinition): [string, string][] {
  const out: [string, string][] = [];
  for (const s of model.params) {
    out.push([`param.${id}.${s.key}`, s.label], [`help.${id}.${s.key}`, s.help]);
    if (s.kind === 'choice') for (const c of s.choices) out.push([`choice.${id}.${s.key}.${c.value}`, c.label]);
  }
  for (const p of model.presets) out.push([`preset.${id}.${p.id}`, p.label]);
  return out;
}

/** The text of the generated module of model `id`. */
export function specStringsModule(id: string, model: ModelDefinition): string {
  const lines = specEntries(id, model).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return [
    '/**',
    ` * English words of the ${id} model's parameters, options and presets, generated from its specs`,
    ' * by `npx tsx scripts/spec-strings.ts`: do not edit here; change the specs and regenerate.',
    ' */',
    'export const specStringsEn = {',
    ...lines,
    '} as const;',
    '',
  ].join('\n');
}

/** Path of the generated module of model `id`. */
export function specStringsPath(id: string): string {
  return `src/app/models/${id}/specStrings.ts`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { modelLoaders } = await import('../src/models/registry');
  for (const [id, load] of Object.entries(modelLoaders)) {
    writeFileSync(specStringsPath(id), specStringsModule(id, await load()));
    console.log(`wrote ${specStringsPath(id)}`);
  }
}
