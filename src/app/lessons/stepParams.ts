/**
 * The SI parameters a lesson step runs with: its query read as a link is (the preset over the
 * defaults, then the given values with their implications, e.g. R ⇒ drive=cooling), validated by
 * the model's own specs and cross-checks. Pure: used by the worksheet's answer key and the tests.
 */
import { defaultsOf, type ModelDefinition, type ParamValues } from '../../core/model';
import { applyImplications, validateParams, type ValidationResult } from '../../core/params';

/** Validates a step query against `model`; an unknown preset is reported as an issue on `preset`. */
export async function validateStepQuery(model: ModelDefinition, query: Record<string, string>): Promise<ValidationResult<ParamValues>> {
  const { preset: presetId, ...given } = query;
  const preset = presetId === undefined ? undefined : model.presets.find((p) => p.id === presetId);
  if (presetId !== undefined && !preset) {
    return { ok: false, issues: [{ field: 'preset', code: 'unknown', message: `preset: unknown preset "${presetId}"`, allowed: model.presets.map((p) => p.id).join(', ') }], values: {} };
  }
  const raw = { ...defaultsOf(model), ...(preset?.values ?? {}), ...applyImplications(model.params, given) };
  return validateParams(model.params, raw, model.crossChecks ?? []);
}
